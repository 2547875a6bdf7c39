"""Build corpus 33 (near misses of the reading rules learned in session nine).

    python tests/adversarial33/build.py CACHE [--only z01,z05] [--write-truth]
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from truthlib import build_corpus, truth  # noqa: E402
from kit33 import org, spaced, to_docx, to_pdf, soffice_pdf, scan  # noqa: E402
import kit33  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
A1, A2, A3 = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"
NB_AREAS = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
            "Sikring av sårbare overganger"]
NN_AREAS = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar",
            "Sikring av sårbare overgangar"]


def areas(chosen, nn=False):
    ids = [A1, A2, A3]
    return [(t, i in chosen) for t, i in zip(NN_AREAS if nn else NB_AREAS, ids)]


def yn(v, nn=False):
    return [("Ja", v is True), ("Nei" if not nn else "Nei", v is False)]


# ------------------------------------------------------------------ z01 docx-form: a title with a dash
def z01(out):
    o = org("97451230")
    title = "Jobbhuset – arbeid for unge i Elverum"
    b = [("title", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
         ("h", "1. Søker"),
         ("kv", [("Søkende Nav-kontor", "Nav Elverum"), ("Kommune", "Elverum"), ("Organisasjonsnummer", spaced(o)),
                 ("Kontaktperson", "Lars Haugom"), ("E-post", "lars.haugom@nav.no"), ("Telefon", "916 24 873")]),
         ("h", "2. Prosjektet"),
         ("kv", [("Prosjektets navn", title), ("Nytt prosjekt eller videreføring", "Nytt prosjekt"),
                 ("Planlagt oppstart", "01.04.2020")]),
         ("p", "Jobbhuset skal gi unge mellom 18 og 29 år som mottar økonomisk sosialhjelp tett oppfølging ut i "
               "lønnet arbeid hos lokale arbeidsgivere, med en jobbspesialist som følger både den unge og arbeidsgiveren."),
         ("h", "3. Stillinger og budsjett"),
         ("tbl", [["Stilling", "Stillingsandel", "Beløp (kr)"], ["Jobbspesialist", "100 %", "600 000"],
                  ["Kompetansemidler", "", "10 000"], ["Sum omsøkt", "", "610 000"]]),
         ("checks", "4. Hvilke prioriterte områder dekker prosjektet?", areas({A1}), False),
         ("checks", "5. Er kontoret interessert i nettverk / klyngesamarbeid?", yn(True), True),
         ("checks", "6. Er kontoret interessert i ekstern prosessevaluering?", yn(False), True),
         ("h", "7. Underskrifter"),
         ("sigs", [dict(caption="Nav-leder", ink=101, name="Bente Skaret", title="Nav-leder", place_date="Elverum, 27.01.2020"),
                   dict(caption="Kommunedirektør", ink=102, name="Ole Martin Ree", title="Kommunedirektør",
                        place_date="Elverum, 28.01.2020")], "side")]
    to_docx(b, out)
    return truth("z01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", o),
                 contact=("Lars Haugom", "lars.haugom@nav.no", "91624873"), project=(title, "new", "2020-04-01"),
                 pct=100, amounts=dict(positions=600000, competence=10000, other=None, total=610000), prio=[A1],
                 interest=(True, False),
                 sigs=[("nav_leader", "Bente Skaret", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Ole Martin Ree", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near miss: the title itself holds a spaced dash (not a label – answer line)"])


# ------------------------------------------------------------------ z02 docx-form (nn): labels above answers, a dash after a label word in prose
def z02(out):
    o = org("96338110")
    title = "Familieløftet Voss"
    b = [("title", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"),
         ("above", [("Nav-kontor som søkjer", "Nav Voss"), ("Kommune", "Voss"), ("Organisasjonsnummer", o),
                    ("Namnet på prosjektet", title), ("Nytt prosjekt / vidareføring", "Nytt prosjekt"),
                    ("Oppstart", "1. mars 2020"),
                    ("Kontaktperson i prosjektet", "Sigrid Lunde"), ("E-post", "sigrid.lunde@nav.no"),
                    ("Telefon", "47 81 22 93"),
                    ("Kort skildring av prosjektet",
                     "Familiar med låg inntekt får éin fast rettleiar som følgjer heile familien. Kontaktperson – "
                     "ein fast rettleiar for kvar familie – er kjernen i modellen, og rettleiaren samarbeider "
                     "med skule, barnevern og arbeidsgjevarar."),
                    ("Stillingar", "Familierettleiar, 80 % stilling"),
                    ("Søknadsbeløp til stilling (løn og sosiale kostnader)", "480 000 kr"),
                    ("Samla søknadsbeløp", "480 000 kr")]),
         ("checks", "Prioriterte område prosjektet rettar seg mot", areas({A2}, nn=True), False),
         ("checks", "Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?", yn(True, True), True),
         ("checks", "Ønskjer kontoret ekstern prosessevaluering?", yn(True, True), True),
         ("h", "Underskrift"),
         ("sigs", [dict(caption="Nav-leiar", ink=201, lines=["Nav-leiar Torbjørn Vik"], place_date="Voss, 23.01.2020"),
                   dict(caption="Kommunedirektør", ink=202, lines=["Kommunedirektør Hilde Bøe"],
                        place_date="Voss, 24.01.2020")], "stack")]
    to_docx(b, out, glyphs=("☑", "☐"))
    return truth("z02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Voss", "Voss", o),
                 contact=("Sigrid Lunde", "sigrid.lunde@nav.no", "47812293"), project=(title, "new", "2020-03-01"),
                 pct=80, amounts=dict(positions=480000, competence=None, other=None, total=480000), prio=[A2],
                 interest=(True, True),
                 sigs=[("nav_leader", "Torbjørn Vik", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Hilde Bøe", "Kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["near miss: 'Kontaktperson – ein fast rettleiar …' inside the description is not the contact"])


# ------------------------------------------------------------------ z03 docx-letter: three-year arithmetic
def z03(out):
    o = org("97452010")
    title = "Ny start etter soning"
    b = [("p", "Nav Ringsaker, Postboks 94, 2381 Brumunddal – org.nr. " + spaced(o)),
         ("p", "Statsforvalteren i Innlandet"),
         ("p", "Brumunddal, 29. januar 2020"),
         ("title", "Søknad om tilskudd – " + title),
         ("p", "Nav Ringsaker søker med dette om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020. "
               f"Prosjektet heter «{title}» og er et nytt prosjekt med oppstart 1. mars 2020."),
         ("p", "Prosjektet skal sikre sårbare overganger for personer som løslates fra fengsel, slik at bolig, "
               "økonomi og aktivitet er på plass dagen de slipper ut."),
         ("p", "Vi søker om kr 200 000 til lønn og sosiale kostnader for en 40 % stilling som "
               "overgangskoordinator. Prosjektet er planlagt over tre år, med en samlet ramme på "
               "3 × 200 000 = 600 000 kroner over tre år, men denne søknaden gjelder bare 2020."),
         ("tbl", [["Budsjett 2020", "Beløp"], ["Overgangskoordinator 40 % (lønn og sosiale kostnader)", "200 000"],
                  ["Sum omsøkt", "200 000"]]),
         ("p", "Kontoret er interessert i å delta i nettverk og klyngesamarbeid, men ønsker ikke ekstern "
               "prosessevaluering."),
         ("p", "Kontaktperson: Hanne Berg, tlf. 62 33 44 55, hanne.berg@nav.no"),
         ("p", "Med vennlig hilsen"),
         ("p", "Jon Arne Dahl, Nav-leder"),
         ("p", "Tone Hegg, kommunedirektør"),
         ("p", "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")]
    to_docx(b, out)
    return truth("z03", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Ringsaker", "Ringsaker", o),
                 contact=("Hanne Berg", "hanne.berg@nav.no", "62334455"), project=(title, "new", "2020-03-01"),
                 pct=40, amounts=dict(positions=200000, competence=None, other=None, total=200000), prio=[A3],
                 interest=(True, False),
                 sigs=[("nav_leader", "Jon Arne Dahl", "Nav-leder", "2020-01-29", "electronic_approval"),
                       ("municipality", "Tone Hegg", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["near miss: '3 × 200 000 = 600 000 kroner over tre år' is the three-year frame, not the amount"])


# ------------------------------------------------------------------ z04 docx-letter (nn): 'femti prosent av brukarane', leader's e-mail footer
def z04(out):
    o = org("97454320")
    title = "Heile familien i arbeid"
    b = [("p", "Statsforvaltaren i Vestland"),
         ("p", "Leirvik, 27. januar 2020"),
         ("title", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"),
         ("p", f"Nav Stord (org.nr. {o}) søkjer om tilskot til prosjektet «{title}». Prosjektet er nytt og "
               "skal starte 1. april 2020."),
         ("p", "Om lag femti prosent av brukarane våre som får økonomisk sosialhjelp, er einslege forsørgjarar med "
               "barn under 18 år. Prosjektet rettar seg mot oppfølging av barnefamiliar, og skal gje foreldra "
               "tett oppfølging i og etter eit arbeidsretta løp."),
         ("p", "Vi søkjer om ei 100 % stilling som familiekoordinator. Løn og sosiale kostnader utgjer 590 000 kr, "
               "og vi søkjer i tillegg 10 000 kr til kompetanse. Samla søknadsbeløp er 600 000 kr."),
         ("tbl", [["Post", "Kr"], ["Familiekoordinator 100 %", "590 000"], ["Kompetanse", "10 000"],
                  ["Samla", "600 000"]]),
         ("p", "Vi ønskjer å vere med i nettverk/klyngesamarbeid og ønskjer ekstern prosessevaluering."),
         ("p", "Kontaktperson for søknaden er rettleiar Eirik Sæle, eirik.saele@nav.no, tlf. 917 23 456."),
         ("p", "Med helsing"),
         ("p", "Gunnhild Tveit, Nav-leiar        Arne Kvale, kommunedirektør"),
         ("p", "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")]
    to_docx(b, out, footer="Nav Stord · Nav-leiar Gunnhild Tveit · gunnhild.tveit@nav.no · Borggata 18, 5411 Stord")
    return truth("z04", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Stord", "Stord", o),
                 contact=("Eirik Sæle", "eirik.saele@nav.no", "91723456"), project=(title, "new", "2020-04-01"),
                 pct=100, amounts=dict(positions=590000, competence=10000, other=None, total=600000), prio=[A2],
                 interest=(True, True),
                 sigs=[("nav_leader", "Gunnhild Tveit", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Arne Kvale", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["near misses: 'femti prosent av brukarane' is not a position share; the leader's e-mail footer "
                        "is not the contact"])


# ------------------------------------------------------------------ z05 docx-controls: the call's areas quoted in the introduction
def z05(out):
    o = org("97451670")
    title = "Trygg overgang fra skole til arbeid"
    b = [("title", "Søknadsskjema 2020 – tilskudd til utvikling av sosiale tjenester i Nav-kontoret"),
         ("p", "Fra utlysningen: «Tilskuddet skal gå til prosjekter innenfor ett eller flere av disse prioriterte områdene:"),
         ("p", "Bruk av ordinært arbeidsliv"),
         ("p", "Oppfølging av barnefamilier, ungdom og innvandrere"),
         ("p", "Sikring av sårbare overganger»"),
         ("p", "Fyll ut skjemaet nedenfor. Kryss av for de områdene prosjektet faktisk dekker."),
         ("kv", [("Nav-kontor", "Nav Steinkjer"), ("Kommune", "Steinkjer"), ("Org.nr.", o),
                 ("Prosjektnavn", title), ("Type prosjekt", "Nytt"), ("Oppstartsdato", "15.03.2020"),
                 ("Kontaktperson", "Randi Sve"), ("E-postadresse", "randi.sve@nav.no"), ("Mobil", "+47 994 12 503"),
                 ("Stilling og stillingsprosent", "Overgangsveileder 60 %"),
                 ("Lønn og sosiale kostnader", "kr 360 000"), ("Kompetanse", "kr 10 000"),
                 ("Totalt omsøkt beløp", "kr 370 000")]),
         ("checks", "Prioritert område (kryss av)", areas({A3}), False),
         ("checks", "Interessert i nettverk/klyngesamarbeid", yn(False), True),
         ("checks", "Interessert i ekstern prosessevaluering", yn(True), True),
         ("h", "Godkjenning"),
         ("kv", [("Godkjent av Nav-leder", "Rune Aas, 28.01.2020"),
                 ("Godkjent av kommunedirektør", "Liv Hegge, 29.01.2020")]),
         ("p", "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")]
    to_docx(b, out, controls=True)
    return truth("z05", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Steinkjer", "Steinkjer", o),
                 contact=("Randi Sve", "randi.sve@nav.no", "99412503"), project=(title, "new", "2020-03-15"),
                 pct=60, amounts=dict(positions=360000, competence=10000, other=None, total=370000), prio=[A3],
                 interest=(False, True),
                 sigs=[("nav_leader", "Rune Aas", "Nav-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Liv Hegge", "Kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["near miss: the three areas listed one a line in the quoted call are not the answer; only the "
                        "ticked content-control box is"])


# ------------------------------------------------------------------ z06 docx-controls (nn): monthly rate beside yearly; DEFECT competence over cap
def z06(out):
    o = org("97452890")
    title = "Ungdomsloset Sogndal"
    b = [("title", "Søknad om tilskot 2020 – sosiale tenester i Nav"),
         ("kv", [("Søkjar (Nav-kontor)", "Nav Sogndal"), ("Kommune", "Sogndal"), ("Organisasjonsnummer", o),
                 ("Prosjekttittel", title), ("Nytt eller vidareført", "Nytt prosjekt"),
                 ("Startdato", "01.05.2020"),
                 ("Kontaktperson", "Kjersti Fet"), ("E-post", "kjersti.fet@nav.no"), ("Telefon", "57 62 90 14")]),
         ("h", "Budsjett"),
         ("kv", [("Stilling", "Ungdomsrettleiar, 100 %"),
                 ("Løn", "38 500 kr per månad (462 000 kr per år)"),
                 ("Sosiale kostnader", "128 000 kr"),
                 ("Sum løn og sosiale kostnader", "590 000 kr"),
                 ("Kompetanse", "15 000 kr"),
                 ("Samla søknadsbeløp", "605 000 kr")]),
         ("checks", "Prioriterte område", areas({A2}, nn=True), False),
         ("checks", "Interesse for nettverk/klyngesamarbeid", yn(True, True), True),
         ("checks", "Interesse for ekstern prosessevaluering", yn(False, True), True),
         ("h", "Signaturar"),
         ("sigs", [dict(caption="Nav-leiar", ink=601, name="Marit Solvang", title="Nav-leiar", place_date="Sogndal, 22.01.2020"),
                   dict(caption="Rådmann", ink=602, name="Geir Nesse", title="Rådmann", place_date="Sogndal, 22.01.2020")],
          "side")]
    to_docx(b, out, controls=True)
    return truth("z06", "docx", "docx-controls", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", o),
                 contact=("Kjersti Fet", "kjersti.fet@nav.no", "57629014"), project=(title, "new", "2020-05-01"),
                 pct=100, amounts=dict(positions=590000, competence=15000, other=None, total=605000), prio=[A2],
                 interest=(True, False),
                 sigs=[("nav_leader", "Marit Solvang", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Geir Nesse", "Rådmann", "2020-01-22", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["planted: competence 15 000 > 10 000", "near miss: monthly rate beside the yearly salary; "
                        "a 'Sum løn og sosiale kostnader' subtotal restating the lines above"])


# ------------------------------------------------------------------ z07 pdf-text: ● bullets in a description
def z07(out):
    o = org("97455010")
    title = "Arbeid først i Narvik"
    b = [("title", "Søknad om tilskudd 2020 – sosiale tjenester i Nav-kontoret"),
         ("h", "Søker"),
         ("kv", [("Nav-kontor", "Nav Narvik"), ("Kommune", "Narvik"), ("Organisasjonsnummer", spaced(o)),
                 ("Kontaktperson", "Anders Lie"), ("E-post", "anders.lie@nav.no"), ("Telefon", "76 96 41 20")]),
         ("h", "Prosjekt"),
         ("kv", [("Prosjektnavn", title), ("Nytt / videreføring", "Nytt"), ("Oppstart", "01.03.2020")]),
         ("p", "Prosjektet bygger på tre grep:"),
         ("p", "● tett oppfølging av deltakeren i og utenfor arbeidsplassen"),
         ("p", "● arbeidstrening i ordinære bedrifter fra første uke"),
         ("p", "○ samarbeid med videregående skole om de yngste deltakerne"),
         ("h", "Budsjett"),
         ("tbl", [["Post", "Beløp"], ["Jobbspesialist 100 % (lønn og sosiale kostnader)", "605 000"],
                  ["Kompetanse", "5 000"], ["Totalt", "610 000"]]),
         ("checks", "Prioriterte områder", areas({A1}), False),
         ("checks", "Nettverk / klyngesamarbeid", yn(True), True),
         ("checks", "Ekstern prosessevaluering", yn(True), True),
         ("h", "Godkjenning"),
         ("p", "Nav-leder Kjell Ove Sandnes, 24.01.2020"),
         ("p", "Kommunedirektør Berit Aune, 27.01.2020"),
         ("p", "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")]
    to_pdf(b, out, glyphs=("[X]", "[ ]"))
    return truth("z07", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Narvik", "Narvik", o),
                 contact=("Anders Lie", "anders.lie@nav.no", "76964120"), project=(title, "new", "2020-03-01"),
                 pct=100, amounts=dict(positions=605000, competence=5000, other=None, total=610000), prio=[A1],
                 interest=(True, True),
                 sigs=[("nav_leader", "Kjell Ove Sandnes", "Nav-leder", "2020-01-24", "electronic_approval"),
                       ("municipality", "Berit Aune", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["near miss: a ●/○ bulleted list in the description is not a radio group"])


# ------------------------------------------------------------------ z08 pdf-text: colon captions, salary subtotal, typed names
def z08(out):
    o = org("97456110")
    title = "Overgangsteamet"
    b = [("title", "NAV Harstad – søknad om tilskudd til sosiale tjenester 2020"),
         ("kv", [("Søker", "NAV Harstad"), ("Kommune", "Harstad"), ("Org. nr.", o),
                 ("Tittel på prosjektet", title), ("Status", "Nytt prosjekt"), ("Start", "1. april 2020"),
                 ("Kontaktperson", "Silje Mo"), ("E-post", "silje.mo@nav.no"), ("Tlf.", "77 04 12 00")]),
         ("p", "Teamet skal sikre at unge som går ut av barnevernet eller avbryter videregående skole, får en sårbar "
               "overgang som er planlagt, med bolig, inntekt og aktivitet fra første dag."),
         ("h", "Budsjett"),
         ("tbl", [["Post", "Beløp"], ["Boveileder 50 %", "220 000"], ["Jobbkonsulent 50 %", "220 000"],
                  ["Sosiale kostnader", "130 000"], ["Sum lønn og sosiale kostnader", "570 000"],
                  ["Kompetanse", "8 000"], ["Sum omsøkt", "578 000"]]),
         ("checks", "Prioriterte områder:", areas({A3}), False),
         ("checks", "Interessert i nettverk/klyngesamarbeid:", yn(False), True),
         ("checks", "Interessert i ekstern prosessevaluering:", yn(False), True),
         ("h", "Underskrifter"),
         ("sigs", [dict(caption="Underskrift Nav-leder:", place_date="Sted/dato: Harstad, 29.01.2020",
                        lines=["Stein Rørvik", "Nav-leder"]),
                   dict(caption="Underskrift kommunedirektør:", place_date="Sted/dato: Harstad, 30.01.2020",
                        lines=["Anne Grete Moe", "Kommunedirektør"])], "side")]
    to_pdf(b, out, drawn_boxes=True)
    return truth("z08", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Harstad", "Harstad", o),
                 contact=("Silje Mo", "silje.mo@nav.no", "77041200"), project=(title, "new", "2020-04-01"),
                 pct=100, amounts=dict(positions=570000, competence=8000, other=None, total=578000), prio=[A3],
                 interest=(False, False),
                 sigs=[("nav_leader", "Stein Rørvik", "Nav-leder", "2020-01-29", "typed"),
                       ("municipality", "Anne Grete Moe", "Kommunedirektør", "2020-01-30", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["near misses: captions ending in a colon; 'Sum lønn og sosiale kostnader' subtotal and a separate "
                        "social-cost line (positions = 570 000, not 570 000 + subtotal)",
                        "typed names only: SIGNATURE_UNVERIFIED (warning), no error"])


# ------------------------------------------------------------------ z09 pdf-from-office: case officer IS the contact
def z09(out):
    o = org("97457220")
    title = "Bolig og arbeid"
    b = [("title", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"),
         ("kv", [("Søker", "Nav Kristiansund"), ("Kommune", "Kristiansund"), ("Organisasjonsnummer", spaced(o)),
                 ("Prosjektets navn", title), ("Nytt prosjekt / videreføring", "Videreføring (år 2)"),
                 ("Oppstart", "01.01.2020"),
                 ("Kontaktperson", "Mona Berg, tlf. 71 57 30 11, mona.berg@nav.no")]),
         ("p", "Bolig og arbeid følger opp barnefamilier i midlertidig bolig, med mål om fast bolig og arbeid for "
               "de voksne i familien."),
         ("tbl", [["Stilling", "Andel", "Kr"], ["Boligkonsulent", "100 %", "610 000"], ["Sum", "", "610 000"]]),
         ("checks", "Prioriterte områder", areas({A2}), False),
         ("checks", "Nettverk/klyngesamarbeid", yn(True), True),
         ("checks", "Ekstern prosessevaluering", yn(True), True),
         ("h", "Underskrifter"),
         ("sigs", [dict(caption="Nav-leder", ink=901, name="Trond Eide", title="Nav-leder",
                        place_date="Kristiansund, 21.01.2020"),
                   dict(caption="Kommunalsjef helse og velferd", ink=902, name="Ragnhild Bæverfjord",
                        title="Kommunalsjef helse og velferd", place_date="Kristiansund, 23.01.2020")], "side")]
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "z09.docx"
        to_docx(b, src, header=["Nav Kristiansund", "Saksbehandler: Mona Berg", "Vår dato: 23.01.2020"])
        soffice_pdf(src, out)
    return truth("z09", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Kristiansund", "Kristiansund", o),
                 contact=("Mona Berg", "mona.berg@nav.no", "71573011"), project=(title, "continuation", "2020-01-01"),
                 pct=100, amounts=dict(positions=610000, competence=None, other=None, total=610000), prio=[A2],
                 interest=(True, True),
                 sigs=[("nav_leader", "Trond Eide", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Ragnhild Bæverfjord", "Kommunalsjef helse og velferd", "2020-01-23",
                        "handwritten")],
                 notes=["near miss: the letterhead's Saksbehandler IS the contact (same person, labelled contact too)",
                        "positions exactly at the cap: no finding"])


# ------------------------------------------------------------------ z10 pdf-from-office (nn): dash title in guillemets; DEFECT sum mismatch
def z10(out):
    o = org("97458330")
    title = "Saman – ut i arbeid"
    b = [("title", "Søknad om tilskot til sosiale tenester i Nav 2020"),
         ("p", f"Nav Orkland søkjer om tilskot til prosjektet «{title}»."),
         ("kv", [("Nav-kontor", "Nav Orkland"), ("Kommune", "Orkland"), ("Org.nr.", o),
                 ("Prosjekt", "Nytt"), ("Oppstart", "1. april 2020"),
                 ("Kontaktperson", "Ingvild Rø"), ("E-post", "ingvild.ro@nav.no"), ("Telefon", "72 48 33 10")]),
         ("p", "Prosjektet skal bruke ordinært arbeidsliv aktivt: deltakarane får praksis og lønna arbeid hos "
               "lokale verksemder med rettleiar på arbeidsplassen."),
         ("tbl", [["Budsjettpost", "Kr"], ["Jobbrettleiar 90 % (løn og sosiale kostnader)", "500 000"],
                  ["Kompetanse", "10 000"], ["Samla søknadsbeløp", "520 000"]]),
         ("checks", "Prioriterte område", areas({A1}, nn=True), False),
         ("checks", "Nettverk/klyngesamarbeid", yn(True, True), True),
         ("checks", "Ekstern prosessevaluering", yn(False, True), True),
         ("sigs", [dict(caption="Nav-leiar", ink=1001, name="Oddbjørn Hoel", title="Nav-leiar", place_date="Orkanger, 20.01.2020"),
                   dict(caption="Kommunedirektør", ink=1002, name="Kari Grøtte", title="Kommunedirektør",
                        place_date="Orkanger, 21.01.2020")], "side")]
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "z10.docx"
        to_docx(b, src)
        soffice_pdf(src, out)
    return truth("z10", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Orkland", "Orkland", o),
                 contact=("Ingvild Rø", "ingvild.ro@nav.no", "72483310"), project=(title, "new", "2020-04-01"),
                 pct=90, amounts=dict(positions=500000, competence=10000, other=None, total=520000), prio=[A1],
                 interest=(True, False),
                 sigs=[("nav_leader", "Oddbjørn Hoel", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Kari Grøtte", "Kommunedirektør", "2020-01-21", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["planted: 500 000 + 10 000 ≠ 520 000", "near miss: the title in guillemets contains a dash"])


# ------------------------------------------------------------------ AcroForm helper
def acro(out, labels, values, checks, sigs, seed, heading):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    from pypdf import PdfReader, PdfWriter
    import io
    from reportlab.lib.utils import ImageReader
    W, H = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("DVB", 13)
    c.drawString(50, H - 55, heading)
    y = H - 90
    f = c.acroForm
    for name, lab, tall in labels:
        c.setFont("DV", 9.5)
        c.drawString(50, y + 4, lab)
        h = 42 if tall else 18
        f.textfield(name=name, x=230, y=y - h + 18, width=315, height=h, borderWidth=0.6, fontName="Helvetica",
                    fontSize=9, fieldFlags="multiline" if tall else "", value="")
        y -= h + 8
    for q, opts in checks:
        c.setFont("DVB", 9.5)
        c.drawString(50, y + 4, q)
        y -= 18
        for name, text, on in opts:
            f.checkbox(name=name, x=60, y=y, size=11, checked=on, buttonStyle="cross", borderWidth=0.6)
            c.setFont("DV", 9.5)
            c.drawString(78, y + 2, text)
            y -= 16
        y -= 4
    y -= 10
    for j, s in enumerate(sigs):
        x = 50 + 260 * j
        c.setFont("DVB", 9.5)
        c.drawString(x, y, s["caption"])
        c.setFont("DV", 9.5)
        c.drawString(x, y - 14, s["place_date"])
        if s.get("ink") is not None:
            c.drawImage(ImageReader(io.BytesIO(kit33.ink_png(s["ink"]))), x + 5, y - 62, 140, 36, mask="auto")
        c.line(x, y - 60, x + 210, y - 60)
        c.drawString(x, y - 74, s["name"])
        c.drawString(x, y - 87, s["title"])
    c.showPage()
    c.save()
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter(clone_from=r)
    w.update_page_form_field_values(w.pages[0], values, auto_regenerate=False)
    w.set_need_appearances_writer(True)
    w._ID = None
    with open(out, "wb") as fh:
        w.write(fh)


def z11(out):
    o = org("97459440")
    title = "Ny start – arbeid og bolig"
    labels = [("kontor", "Nav-kontor", False), ("kommune", "Kommune", False), ("orgnr", "Organisasjonsnummer", False),
              ("tittel", "Prosjektets tittel", False), ("type", "Nytt prosjekt / videreføring", False),
              ("start", "Oppstartsdato", False), ("kontakt", "Kontaktperson", False), ("epost", "E-post", False),
              ("tlf", "Telefon", False), ("beskr", "Kort beskrivelse", True), ("stilling", "Stilling(er)", False),
              ("lonn", "Lønn og sosiale kostnader (kr)", False), ("komp", "Kompetansemidler (kr)", False),
              ("sum", "Sum omsøkt (kr)", False)]
    values = {"kontor": "Nav Fredrikstad", "kommune": "Fredrikstad", "orgnr": spaced(o), "tittel": title,
              "type": "Nytt", "start": "01.04.2020", "kontakt": "Camilla Strand", "epost": "camilla.strand@nav.no",
              "tlf": "69 30 55 12",
              "beskr": "Prosjektleder – en erfaren veileder – skal følge opp unge voksne. Målet er at 50 prosent av "
                       "deltakerne er i arbeid eller utdanning etter ett år.",
              "stilling": "Ungdomsveileder 100 %", "lonn": "595 000", "komp": "10 000", "sum": "605 000"}
    checks = [("Prioriterte områder", [("pa1", NB_AREAS[0], False), ("pa2", NB_AREAS[1], True),
                                       ("pa3", NB_AREAS[2], False)]),
              ("Interessert i nettverk/klyngesamarbeid", [("nj", "Ja", True), ("nn", "Nei", False)]),
              ("Interessert i ekstern prosessevaluering", [("pj", "Ja", False), ("pn", "Nei", True)])]
    sigs = [dict(caption="Nav-leder", place_date="Fredrikstad, 24.01.2020", ink=1101, name="Espen Tangen", title="Nav-leder"),
            dict(caption="Kommunedirektør", place_date="Fredrikstad, 27.01.2020", ink=1102, name="Nina Kolstad",
                 title="Kommunedirektør")]
    acro(out, labels, values, checks, sigs, 11, "Søknad om tilskudd – sosiale tjenester i Nav 2020")
    return truth("z11", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Fredrikstad", "Fredrikstad", o),
                 contact=("Camilla Strand", "camilla.strand@nav.no", "69305512"), project=(title, "new", "2020-04-01"),
                 pct=100, amounts=dict(positions=595000, competence=10000, other=None, total=605000), prio=[A2],
                 interest=(True, False),
                 sigs=[("nav_leader", "Espen Tangen", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Nina Kolstad", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["near misses: dash in the title field; 'Prosjektleder – …' and '50 prosent av deltakerne' "
                        "in the description field"])


def z12(out):
    o = org("97460550")
    bad = o[:8] + str((int(o[8]) + 3) % 10)
    title = "Sosialhjelp og arbeid"
    labels = [("kontor", "Søkende kontor", False), ("kommune", "Kommune", False), ("orgnr", "Org.nr.", False),
              ("tittel", "Prosjektnavn", False), ("type", "Prosjekttype", False),
              ("start", "Oppstart", False), ("kontakt", "Kontaktperson (navn)", False), ("epost", "E-post", False),
              ("tlf", "Mobil", False), ("stilling", "Stilling og andel", False),
              ("lonn", "Månedslønn", False), ("aar", "Lønn og sosiale kostnader per år", False),
              ("sum", "Totalt omsøkt", False)]
    values = {"kontor": "Nav Sandefjord", "kommune": "Sandefjord", "orgnr": bad, "tittel": title,
              "type": "Videreføring", "start": "01.01.2020", "kontakt": "Henrik Bull", "epost": "henrik.bull@nav.no",
              "tlf": "941 22 310", "stilling": "Arbeidslivskoordinator 100 %", "lonn": "kr 37 000",
              "aar": "kr 580 000", "sum": "kr 580 000"}
    checks = [("Prioriterte områder", [("pa1", NB_AREAS[0], True), ("pa2", NB_AREAS[1], False),
                                       ("pa3", NB_AREAS[2], False)]),
              ("Nettverk/klyngesamarbeid", [("nj", "Ja", False), ("nn", "Nei", True)]),
              ("Ekstern prosessevaluering", [("pj", "Ja", True), ("pn", "Nei", False)])]
    sigs = [dict(caption="Nav-leder", place_date="Sandefjord, 28.01.2020", ink=1201, name="Line Holt", title="Nav-leder"),
            dict(caption="Kommunalsjef", place_date="Sandefjord, 29.01.2020", ink=1202, name="Per Ivar Sand",
                 title="Kommunalsjef")]
    acro(out, labels, values, checks, sigs, 12, "Søknadsskjema – tilskudd til sosiale tjenester i Nav 2020")
    return truth("z12", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Sandefjord", "Sandefjord", bad),
                 contact=("Henrik Bull", "henrik.bull@nav.no", "94122310"), project=(title, "continuation", "2020-01-01"),
                 pct=100, amounts=dict(positions=580000, competence=None, other=None, total=580000), prio=[A1],
                 interest=(False, True),
                 sigs=[("nav_leader", "Line Holt", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Per Ivar Sand", "Kommunalsjef", "2020-01-29", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["planted: check digit changed", "near miss: monthly salary field beside the yearly amount"])


# ------------------------------------------------------------------ z13 pdf-scanned: a good searchable scan with shaded bars
def z13(out):
    o = org("97461660")
    title = "Vei til jobb"
    b = [("title", "Søknad om tilskudd til sosiale tjenester i Nav-kontoret 2020"),
         ("h", "Del 1 – Søker"),
         ("kv", [("Nav-kontor", "Nav Arendal"), ("Kommune", "Arendal"), ("Organisasjonsnummer", spaced(o)),
                 ("Kontaktperson", "Tuva Lind"), ("E-post", "tuva.lind@nav.no"), ("Telefon", "37 01 36 00")]),
         ("h", "Del 2 – Prosjekt"),
         ("kv", [("Prosjektnavn", title), ("Nytt / videreføring", "Nytt"), ("Oppstart", "01.03.2020")]),
         ("h", "Del 3 – Budsjett"),
         ("tbl", [["Post", "Kr"], ["Veileder 70 % (lønn og sosiale kostnader)", "420 000"], ["Kompetanse", "10 000"],
                  ["Sum", "430 000"]]),
         ("h", "Del 4 – Prioriteringer"),
         ("checks", "Prioriterte områder", areas({A1, A3}), False),
         ("checks", "Nettverk/klyngesamarbeid", yn(True), True),
         ("checks", "Ekstern prosessevaluering", yn(True), True),
         ("h", "Del 5 – Underskrift"),
         ("sigs", [dict(caption="Nav-leder", ink=1301, name="Hege Mørland", title="Nav-leder", place_date="Arendal, 22.01.2020"),
                   dict(caption="Kommunedirektør", ink=1302, name="Harald Furre", title="Kommunedirektør",
                        place_date="Arendal, 24.01.2020")], "side")]
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        to_pdf(b, src, bars=True, drawn_boxes=True)
        scan(src, out, dpi=300, jpeg=85, text_blocks=b, text_kw=dict(drawn_boxes=True))
    return truth("z13", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Arendal", "Arendal", o),
                 contact=("Tuva Lind", "tuva.lind@nav.no", "37013600"), project=(title, "new", "2020-03-01"),
                 pct=70, amounts=dict(positions=420000, competence=10000, other=None, total=430000), prio=[A1, A3],
                 interest=(True, True),
                 sigs=[("nav_leader", "Hege Mørland", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Harald Furre", "Kommunedirektør", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["near miss: a good 300 dpi scan whose invisible text layer fits, with grey shaded bars"])


# ------------------------------------------------------------------ z14 pdf-scanned (nn): angled low-contrast photo; DEFECT empty municipal block
def z14(out):
    o = org("97462770")
    title = "Ungdom i arbeid Vefsn"
    b = [("title", "Søknad om tilskot til sosiale tenester i Nav 2020"),
         ("kv", [("Nav-kontor", "Nav Vefsn"), ("Kommune", "Vefsn"), ("Organisasjonsnummer", spaced(o)),
                 ("Prosjektnamn", title), ("Nytt / vidareføring", "Nytt"), ("Oppstart", "01.04.2020"),
                 ("Kontaktperson", "Oda Nilsen"), ("E-post", "oda.nilsen@nav.no"), ("Telefon", "75 10 44 20")]),
         ("tbl", [["Post", "Kr"], ["Ungdomsrettleiar 100 %", "560 000"], ["Samla", "560 000"]]),
         ("checks", "Prioriterte område", areas({A2}, nn=True), False),
         ("checks", "Nettverk/klyngesamarbeid", yn(False, True), True),
         ("checks", "Ekstern prosessevaluering", yn(False, True), True),
         ("sigs", [dict(caption="Nav-leiar", ink=1401, name="Siri Kvitnes", title="Nav-leiar", place_date="Mosjøen, 20.01.2020"),
                   dict(caption="Kommunedirektør", place_date="Stad/dato:", lines=[])], "side")]
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        to_pdf(b, src, drawn_boxes=True)
        scan(src, out, dpi=200, angle=1.8, contrast=0.55, brightness=40, jpeg=55, noise=3000, seed=14)
    return truth("z14", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Vefsn", "Vefsn", o),
                 contact=("Oda Nilsen", "oda.nilsen@nav.no", "75104420"), project=(title, "new", "2020-04-01"),
                 pct=100, amounts=dict(positions=560000, competence=None, other=None, total=560000), prio=[A2],
                 interest=(False, False),
                 sigs=[("nav_leader", "Siri Kvitnes", "Nav-leiar", "2020-01-20", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"], optional=["LOW_CONFIDENCE"],
                 notes=["planted: the municipal block has a caption and an empty 'Stad/dato:' but no name or mark"])


# ------------------------------------------------------------------ z15 pdf-handwritten: side by side, leader's e-mail footer
def z15(out):
    o = org("97463880")
    title = "Jobbsjansen Grimstad"
    b = [("title", "Søknad om tilskudd til utvikling av sosiale tjenester 2020"),
         ("kv", [("Nav-kontor", "Nav Grimstad"), ("Kommune", "Grimstad"), ("Org.nr.", spaced(o)),
                 ("Prosjekt", title), ("Ny eller videreføring", "Videreføring"), ("Oppstart", "01.01.2020")]),
         ("p", "Kontaktperson for søknaden: Jonas Vik, jonas.vik@nav.no, tlf. 930 11 245."),
         ("p", "Jobbsjansen gir innvandrere med lang tid på sosialhjelp arbeid i ordinære bedrifter med lønnstilskudd og "
               "mentor."),
         ("tbl", [["Budsjett", "Kr"], ["Jobbspesialist 50 %", "300 000"], ["Kompetanse", "10 000"], ["Sum", "310 000"]]),
         ("checks", "Prioriterte områder", areas({A1, A2}), False),
         ("checks", "Nettverk/klyngesamarbeid", yn(True), True),
         ("checks", "Ekstern prosessevaluering", yn(False), True),
         ("sigs", [dict(caption="Nav-leder", place_date="Sted/dato: Grimstad, 25.01.2020", ink=1501, name="Turid Holm",
                        title="Nav-leder"),
                   dict(caption="Kommunedirektør", place_date="Sted/dato: Grimstad, 28.01.2020", ink=1502,
                        name="Bjørn Tore Aas", title="Kommunedirektør")], "side")]
    to_pdf(b, out, glyphs=("☒", "☐"),
           footer="Nav Grimstad · Nav-leder Turid Holm · turid.holm@nav.no · Storgaten 4, 4876 Grimstad")
    return truth("z15", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Grimstad", "Grimstad", o),
                 contact=("Jonas Vik", "jonas.vik@nav.no", "93011245"), project=(title, "continuation", "2020-01-01"),
                 pct=50, amounts=dict(positions=300000, competence=10000, other=None, total=310000), prio=[A1, A2],
                 interest=(True, False),
                 sigs=[("nav_leader", "Turid Holm", "Nav-leder", "2020-01-25", "handwritten"),
                       ("municipality", "Bjørn Tore Aas", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near miss: the leader's name and e-mail in the page footer are not the contact"])


# ------------------------------------------------------------------ z16 pdf-handwritten: stacked, names then titles, monthly equivalent
def z16(out):
    o = org("97464990")
    title = "Los til arbeid"
    b = [("title", "Søknad om tilskudd – sosiale tjenester i Nav-kontoret 2020"),
         ("above", [("Søkende Nav-kontor", "Nav Nordre Follo"), ("Kommune", "Nordre Follo"),
                    ("Organisasjonsnummer", spaced(o)), ("Prosjektets navn", title),
                    ("Nytt prosjekt eller videreføring", "Nytt prosjekt"), ("Oppstart", "1. mai 2020"),
                    ("Kontaktperson", "Marte Fjeld, marte.fjeld@nav.no, 64 85 40 00"),
                    ("Stillinger", "Arbeidslos, 100 % stilling"),
                    ("Søknadsbeløp stilling", "600 000 kr (tilsvarer 50 000 kr per måned inkl. sosiale kostnader)"),
                    ("Totalt søknadsbeløp", "600 000 kr")]),
         ("checks", "Prioriterte områder", areas({A3}), False),
         ("checks", "Nettverk/klyngesamarbeid", yn(False), True),
         ("checks", "Ekstern prosessevaluering", yn(True), True),
         ("sigs", [dict(caption="For Nav-kontoret", place_date="Ski, 21.01.2020", ink=1601,
                        lines=["Øystein Brun", "Nav-leder"]),
                   dict(caption="For kommunen", place_date="Ski, 22.01.2020", ink=1602,
                        lines=["Randi Kleven", "Kommunedirektør"])], "stack")]
    to_pdf(b, out, glyphs=("☒", "☐"))
    return truth("z16", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Nordre Follo", "Nordre Follo", o),
                 contact=("Marte Fjeld", "marte.fjeld@nav.no", "64854000"), project=(title, "new", "2020-05-01"),
                 pct=100, amounts=dict(positions=600000, competence=None, other=None, total=600000), prio=[A3],
                 interest=(False, True),
                 sigs=[("nav_leader", "Øystein Brun", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Randi Kleven", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["near miss: the monthly equivalent in brackets beside the yearly amount"])


DOCS = [("z01", "docx", z01), ("z02", "docx", z02), ("z03", "docx", z03), ("z04", "docx", z04),
        ("z05", "docx", z05), ("z06", "docx", z06), ("z07", "pdf", z07), ("z08", "pdf", z08),
        ("z09", "pdf", z09), ("z10", "pdf", z10), ("z11", "pdf", z11), ("z12", "pdf", z12),
        ("z13", "pdf", z13), ("z14", "pdf", z14), ("z15", "pdf", z15), ("z16", "pdf", z16)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
