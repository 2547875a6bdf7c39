"""Corpus 77: shared helpers (priority areas, interest questions, signature blocks) and documents fb01–fb09
(Word forms, content controls, legacy fields, letter, AcroForms). Each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from kit77 import S20, orgnr, render, spaced, truth, write_docx

AREAS = {"nb": [("ordinaert-arbeidsliv", "Bruk av ordinært arbeidsliv"),
                ("barnefamilier-ungdom-innvandrere", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                ("saarbare-overganger", "Sikring av sårbare overganger")],
         "nn": [("ordinaert-arbeidsliv", "Bruk av ordinært arbeidsliv"),
                ("barnefamilier-ungdom-innvandrere", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                ("saarbare-overganger", "Sikring av sårbare overgangar")]}
Q = {"nb": ("Ønsker kontoret å delta i nettverk / klyngesamarbeid?", "Ønsker kontoret ekstern prosessevaluering?"),
     "nn": ("Ønskjer kontoret å vere med i nettverk / klyngesamarbeid?", "Ønskjer kontoret ekstern prosessevaluering?")}


def areas(lang, ticked, head=None):
    out = [("h", head or "Satsingsområde (kryss av)")]
    return out + [("box", text, aid in ticked) for aid, text in AREAS[lang]]


def interest(lang, net, proc):
    yes, no = ("Ja", "Nei")
    out = []
    for q, v in zip(Q[lang], (net, proc)):
        out += [("p", q), ("box", yes, v), ("box", no, not v)]
    return out


def sigblock(head, ink, name, title, date, lang="nb", place=""):
    lab = ("Navn", "Stilling", "Sted og dato") if lang == "nb" else ("Namn", "Stilling", "Stad og dato")
    return {"head": head, "ink": ink, "fields": [(lab[0], name), (lab[1], title),
                                                (lab[2], f"{place}, {date}" if place and date else date)]}


def H(lang):
    return ("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020" if lang == "nb" else
            "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020")


# ---------------------------------------------------------------- fb01 docx-form nb, clean
def fb01(out: Path):
    o = orgnr("97412875")
    items = [("h", H("nb")), ("p", "Skjemaet sendes Statsforvalteren i Innlandet innen 1. februar 2020."),
             ("h", "1. Søker"),
             ("row", [("Nav-kontor", "NAV Gjøvik"), ("Kommune", "Gjøvik"), ("Organisasjonsnummer", spaced(o))]),
             ("row", [("Kontaktperson", "Marte Lien Haugen"), ("E-post", "Marte.Lien.Haugen@nav.no"),
                      ("Telefon", "61 14 70 00")]),
             ("h", "2. Prosjektet"),
             ("row", [("Prosjektets navn", "Ung jobb Gjøvik")]),
             ("row", [("Ny søknad / videreføring", "Ny søknad"), ("Planlagt oppstart", "01.03.2020"),
                      ("Stillingsandel (%)", "100")]),
             ("row", [("Stilling", "Jobbspesialist for ungdom 18–29 år")]),
             ("h", "3. Budsjett (kr)"),
             ("row", [("Lønn og sosiale kostnader", "600 000"), ("Kompetansemidler", "10 000"),
                      ("Andre kostnader", ""), ("Sum søknadsbeløp", "610 000")]),
             *areas("nb", {"ordinaert-arbeidsliv", "saarbare-overganger"}),
             ("h", "Interesse"), *interest("nb", True, False),
             ("h", "4. Underskrifter"),
             ("sig", [sigblock("Leder NAV Gjøvik", "fb01a", "Torunn Bakken", "Nav-leder", "24.01.2020", place="Gjøvik"),
                      sigblock("For Gjøvik kommune", "fb01b", "Per Egil Strand", "Kommunedirektør", "27.01.2020",
                               place="Gjøvik")])]
    write_docx(items, out, "table")
    return truth("fb01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Gjøvik", "Gjøvik", o),
                 contact=("Marte Lien Haugen", "marte.lien.haugen@nav.no", "61147000"),
                 project=("Ung jobb Gjøvik", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Torunn Bakken", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Per Egil Strand", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["labels in a shaded header row, values in the row below; 'Andre kostnader' box empty "
                        "right of the competence value"])


# ---------------------------------------------------------------- fb02 docx-form nn, clean
def fb02(out: Path):
    o = orgnr("99113452")
    items = [("h", H("nn")), ("h", "Del A – Opplysningar om søkjar"),
             ("row", [("Namn på Nav-kontoret", "Nav Sogndal"), ("Kommune", "Sogndal"), ("Org.nr.", o)]),
             ("row", [("Kontaktperson i prosjektet", "Solveig Årdal Nes"), ("E-postadresse", ""),
                      ("Telefonnummer", "+47 57 62 91 00")]),
             ("h", "Del B – Om prosjektet"),
             ("row", [("Prosjektnamn", "«Kvardagsmeistring for unge vaksne»"), ("Ny / vidareføring", "Vidareføring (år 2)")]),
             ("row", [("Oppstart", "1. mars 2020"), ("Tal på stillingar", "Ei stilling"), ("Stillingsprosent", "60 %")]),
             ("h", "Del C – Budsjett"),
             ("row", [("Løn og sosiale kostnader", "366 000"), ("Kompetanse", "10 000"), ("Sum det vert søkt om", "376 000"),
                      ("Eigenfinansiering frå kommunen", "")]),
             *areas("nn", {"barnefamilier-ungdom-innvandrere"}),
             *interest("nn", False, True),
             ("h", "Del D – Underskrift"),
             ("sig", [sigblock("Leiar Nav Sogndal", "fb02a", "Kari Hovland", "Nav-leiar", "28.01.2020", "nn", "Sogndal"),
                      sigblock("Sogndal kommune", "fb02b", "Eirik Systad", "Kommunedirektør", "29.01.2020", "nn",
                               "Sogndal")])]
    write_docx(items, out, "table", font="Arial")
    return truth("fb02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", o),
                 contact=("Solveig Årdal Nes", None, "57629100"),
                 project=("Kvardagsmeistring for unge vaksne", "continuation", "2020-03-01"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "other": None, "total": 376000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Kari Hovland", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Eirik Systad", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["60 % at exactly 366 000; e-mail box and own-funding box empty beside filled neighbours"])


# ---------------------------------------------------------------- fb03 docx-controls nb, percent missing
def fb03(out: Path):
    o = orgnr("97480212")
    items = [("h", H("nb")), ("h", "Opplysninger om søker"),
             ("row", [("Søker (Nav-kontor)", "Nav Bodø"), ("Kommune", "Bodø"), ("Organisasjonsnr.", o)]),
             ("row", [("Kontaktperson", "Lars Martin Eidem"), ("E-post", "lars.martin.eidem@nav.no"),
                      ("Mobil", "958 41 207")]),
             ("h", "Prosjekt"),
             ("row", [("Prosjekttittel", "Familieløftet Bodø"), ("Type søknad", "Nytt prosjekt"),
                      ("Oppstartsdato", "15.04.2020")]),
             ("row", [("Stillingstittel", "Familiekoordinator"), ("Stillingsprosent", ""),
                      ("Lønn og sosiale utgifter (kr)", "450 000")]),
             ("row", [("Kompetansemidler (kr)", "10 000"), ("Totalt omsøkt beløp (kr)", "460 000")]),
             *areas("nb", {"barnefamilier-ungdom-innvandrere"}, "Hvilke satsingsområder dekker prosjektet?"),
             *interest("nb", True, True),
             ("sig", [sigblock("Nav-leder", "fb03a", "Hilde Johansen", "Leder Nav Bodø", "21.01.2020", place="Bodø"),
                      sigblock("Kommunal ledelse", "fb03b", "Rolf Kåre Jensen", "Rådmann", "23.01.2020", place="Bodø")])]
    write_docx(items, out, "controls")
    return truth("fb03", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Bodø", "Bodø", o),
                 contact=("Lars Martin Eidem", "lars.martin.eidem@nav.no", "95841207"),
                 project=("Familieløftet Bodø", "new", "2020-04-15"), pct=None,
                 amounts={"positions": 450000, "competence": 10000, "other": None, "total": 460000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Hilde Johansen", "Leder Nav Bodø", "2020-01-21", "handwritten"),
                       ("municipality", "Rolf Kåre Jensen", "Rådmann", "2020-01-23", "handwritten")],
                 expected=["POSITION_PERCENT_MISSING"],
                 notes=["'Stillingsprosent' control shows Word's placeholder, between the title and the amount"])


# ---------------------------------------------------------------- fb04 docx-legacy-fields nn, clean
def fb04(out: Path):
    o = orgnr("92187604")
    items = [("h", "SØKNADSSKJEMA – Tilskot til utvikling av sosiale tenester i Nav 2020"),
             ("row", [("Nav-kontor", "NAV Sunnfjord"), ("Kommune", "Sunnfjord"), ("Organisasjonsnummer", o)]),
             ("row", [("Kontaktperson", "Ingrid Førde Solheim"), ("E-post", "ingrid.forde.solheim@nav.no"),
                      ("Telefon", "57 72 30 00")]),
             ("row", [("Tittel på prosjektet", "Overgang til arbeid etter soning"), ("Nytt / vidareført", "Nytt"),
                      ("Planlagd oppstart", "01.05.2020")]),
             ("h", "Stillingar i prosjektet"),
             ("table", [["Stilling", "Stillingsprosent", "Beløp (kr)"], ["Prosjektleiar", "100 %", "610 000"],
                        ["Jobbkonsulent", "50 %", "305 000"], ["Sum stillingar", "150 %", "915 000"]]),
             ("row", [("Kompetansemidlar (kr)", "8 000"), ("Anna finansiering", ""), ("Totalt søkt (kr)", "923 000")]),
             *areas("nn", {"saarbare-overganger", "ordinaert-arbeidsliv"}),
             *interest("nn", True, True),
             ("sig", [sigblock("Nav-leiar", "fb04a", "Arne Kvåle", "Leiar Nav Sunnfjord", "30.01.2020", "nn", "Førde"),
                      sigblock("Kommuneleiinga", "fb04b", "Britt Sandal", "Kommunalsjef helse og velferd", "31.01.2020",
                               "nn", "Førde")])]
    write_docx(items, out, "legacy", font="Times New Roman")
    return truth("fb04", "docx", "docx-legacy-fields", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", o),
                 contact=("Ingrid Førde Solheim", "ingrid.forde.solheim@nav.no", "57723000"),
                 project=("Overgang til arbeid etter soning", "new", "2020-05-01"), pct=150,
                 amounts={"positions": 915000, "competence": 8000, "other": None, "total": 923000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Arne Kvåle", "Leiar Nav Sunnfjord", "2020-01-30", "handwritten"),
                       ("municipality", "Britt Sandal", "Kommunalsjef helse og velferd", "2020-01-31", "handwritten")],
                 notes=["FORMTEXT values under header-row labels; 150 % at exactly 915 000; empty FORMTEXT beside "
                        "the competence value"])


# ---------------------------------------------------------------- fb05 docx-letter nb, clean
def fb05(out: Path):
    o = orgnr("97402516")
    items = [("p", "Nav Alta\nPostboks 1203, 9504 Alta\nOrg.nr. " + spaced(o)),
             ("p", "Statsforvalteren i Troms og Finnmark\nAlta, 24. januar 2020"),
             ("h", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – «Sammen om arbeid»"),
             ("p", "Nav Alta søker med dette om midler til et nytt prosjekt, «Sammen om arbeid», med oppstart "
                   "1. april 2020. Prosjektet skal bruke ordinært arbeidsliv aktivt: en arbeidsinkluderingsrådgiver "
                   "i 80 % stilling skal følge opp sosialhjelpsmottakere direkte ut på arbeidsplasser i Alta."),
             ("p", "Vi søker om følgende beløp:"),
             ("table", [["Lønn inkl. sosiale kostnader (80 %)", "Kompetanse", "Totalt omsøkt"],
                        ["488 000 kr", "10 000 kr", "498 000 kr"]]),
             ("p", "Alta kommune dekker selv kontorplass og utstyr for prosjektet."),
             ("p", "Nav Alta ønsker å delta i nettverk/klyngesamarbeid med andre kontorer, men ønsker ikke ekstern "
                   "prosessevaluering i 2020."),
             ("p", "Kontaktperson for søknaden er Hanne Kristoffersen, hanne.kristoffersen@nav.no, tlf. 78 45 60 00."),
             ("p", "Med vennlig hilsen"),
             ("p", "Siri Mathisen, leder Nav Alta\nBjørn-Atle Hansen, kommunedirektør i Alta kommune"),
             ("p", "Dokumentet er elektronisk godkjent av Siri Mathisen 24.01.2020 og Bjørn-Atle Hansen 27.01.2020, "
                   "og har derfor ingen håndskrevne signaturer.")]
    write_docx(items, out, "letter", font="Georgia", size=11)
    return truth("fb05", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Alta", "Alta", o),
                 contact=("Hanne Kristoffersen", "hanne.kristoffersen@nav.no", "78456000"),
                 project=("Sammen om arbeid", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "other": None, "total": 498000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Siri Mathisen", "leder Nav Alta", "2020-01-24", "electronic_approval"),
                       ("municipality", "Bjørn-Atle Hansen", "kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["budget as a header-row table with values below; 80 % at exactly 488 000; municipality "
                        "covers office space without an amount (own funding null)"])


# ---------------------------------------------------------------- fb06 pdf-acroform nb, labels above, comb org nr
def fb06(out: Path):
    o = orgnr("99038213")
    items = [("h", H("nb")), ("p", "Fyll ut alle felt. Skjemaet signeres av Nav-leder og kommunens ledelse."),
             ("row", [("Nav-kontor", "Nav Drammen", .5), ("Kommune", "Drammen", .2),
                      ("Organisasjonsnummer", o, .3, {"comb": 9})]),
             ("row", [("Kontaktperson", "Jonas Aamodt", .35), ("E-post", "jonas.aamodt@nav.no", .4),
                      ("Telefon", "32 21 65 00", .25)]),
             ("row", [("Prosjektnavn", "Arbeid for hele familien", .6), ("Ny / videreføring", "Ny", .2),
                      ("Oppstart", "01.06.2020", .2)]),
             ("row", [("Stilling 1", "Familieveileder", .5), ("Stillingsprosent", "100", .2),
                      ("Beløp (kr)", "610 000", .3)]),
             ("row", [("Stilling 2", "Jobbspesialist", .5), ("Stillingsprosent", "100", .2),
                      ("Beløp (kr)", "610 000", .3)]),
             ("row", [("Sum stillinger (kr)", "1 220 000", .35), ("Kompetanse (kr)", "10 000", .3),
                      ("Totalt søknadsbeløp (kr)", "1 230 000", .35)]),
             *areas("nb", {"barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"}),
             *interest("nb", True, True),
             ("sig", [sigblock("Nav-leder", "fb06a", "Camilla Berg Holm", "Leder Nav Drammen", "22.01.2020"),
                      sigblock("Kommunens ledelse", "fb06b", "Marius Dahl", "Kommunalsjef", "28.01.2020")])]
    render(items, str(out), label="above", fields="acro")
    return truth("fb06", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Drammen", "Drammen", o),
                 contact=("Jonas Aamodt", "jonas.aamodt@nav.no", "32216500"),
                 project=("Arbeid for hele familien", "new", "2020-06-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "other": None, "total": 1230000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Camilla Berg Holm", "Leder Nav Drammen", "2020-01-22", "handwritten"),
                       ("municipality", "Marius Dahl", "Kommunalsjef", "2020-01-28", "handwritten")],
                 notes=["AcroForm, labels above the fields, comb org number field; 200 % at exactly 1 220 000"])


# ---------------------------------------------------------------- fb07 pdf-acroform nn, labels below, over cap
def fb07(out: Path):
    o = orgnr("97631234")
    items = [("h", H("nn")),
             ("row", [("Nav-kontor", "Nav Voss", .4), ("Kommune", "Voss", .25), ("Organisasjonsnummer", o, .35)]),
             ("row", [("Kontaktperson", "Gunnhild Lønning", .35), ("E-post", "gunnhild.lonning@nav.no", .4),
                      ("Telefon", "56 52 31 00", .25)]),
             ("row", [("Prosjektnamn", "Ut i jobb på Voss", .6), ("Ny / vidareføring", "Nytt prosjekt", .4)]),
             ("row", [("Kort omtale av prosjektet",
                       "Ein jobbspesialist i halv stilling skal følgje opp unge sosialhjelpsmottakarar\n"
                       "ut i ordinært arbeid hos lokale verksemder i Voss herad.", 1.0,
                       {"multiline": True, "lines": 3})]),
             ("row", [("Oppstart", "03.08.2020", .25), ("Stillingsprosent", "50 %", .25),
                      ("Løn og sosiale kostnader (kr)", "320 000", .5)]),
             ("row", [("Kompetansemidlar (kr)", "10 000", .5), ("Sum søknadsbeløp (kr)", "330 000", .5)]),
             *areas("nn", {"ordinaert-arbeidsliv"}),
             *interest("nn", False, False),
             ("sig", [sigblock("Nav-leiar", "fb07a", "Olav Skjerve", "Nav-leiar", "27.01.2020", "nn"),
                      sigblock("Voss herad", "fb07b", "Hilde Mjelde", "Kommunedirektør", "29.01.2020", "nn")])]
    render(items, str(out), label="below", fields="acro")
    return truth("fb07", "pdf", "pdf-acroform", lang="nn", scheme=S20, office=("Nav Voss", "Voss", o),
                 contact=("Gunnhild Lønning", "gunnhild.lonning@nav.no", "56523100"),
                 project=("Ut i jobb på Voss", "new", "2020-08-03"), pct=50,
                 amounts={"positions": 320000, "competence": 10000, "other": None, "total": 330000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=[("nav_leader", "Olav Skjerve", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Hilde Mjelde", "Kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["AcroForm, captions below the fields, multi-line description; 50 % with 320 000 > 305 000"])


# ---------------------------------------------------------------- fb08 pdf-acroform nb, flattened, clean
def fb08(out: Path):
    o = orgnr("97409155")
    items = [("h", "Søknadsskjema 2020 – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret"),
             ("row", [("Nav-kontor:", "NAV Steinkjer", .6, {"lw": 90}), ("Org.nr.:", spaced(o), .4, {"lw": 50})]),
             ("row", [("Kommune:", "Steinkjer", .6, {"lw": 90}), ("Telefon:", "74 16 29 00", .4, {"lw": 50})]),
             ("row", [("Kontaktperson:", "Eva Marie Sandvik", .6, {"lw": 90}), ("E-post:", "eva.marie.sandvik@nav.no", .4,
                                                                             {"lw": 50})]),
             ("row", [("Prosjekt:", "Kom deg videre", .6, {"lw": 90}), ("Oppstart:", "1.9.2020", .4, {"lw": 50})]),
             ("row", [("Søknadstype:", "Ny", .6, {"lw": 90}), ("Stilling %:", "40", .4, {"lw": 50})]),
             ("row", [("Lønn/sos. kost.:", "244 000", .5, {"lw": 90}), ("Kompetanse:", "10 000", .5, {"lw": 80})]),
             ("row", [("Andre kostnader:", "", .5, {"lw": 90}), ("Egenandel kommunen:", "100 000", .5, {"lw": 100})]),
             ("row", [("Søknadssum:", "254 000", .5, {"lw": 90})]),
             *areas("nb", {"saarbare-overganger"}),
             *interest("nb", False, True),
             ("sig", [sigblock("Leder Nav Steinkjer", "fb08a", "Knut Ove Lyng", "Nav-leder", "20.01.2020"),
                      sigblock("Steinkjer kommune", "fb08b", "Anita Moe Skjærvø", "Kommunedirektør", "22.01.2020")])]
    render(items, str(out), label="left", fields="static", font=("LS", "LSB"))
    return truth("fb08", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Steinkjer", "Steinkjer", o),
                 contact=("Eva Marie Sandvik", "eva.marie.sandvik@nav.no", "74162900"),
                 project=("Kom deg videre", "new", "2020-09-01"), pct=40,
                 amounts={"positions": 244000, "competence": 10000, "other": None, "total": 254000},
                 own_funding=100000,
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Knut Ove Lyng", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Anita Moe Skjærvø", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["flattened form, labels left of boxes in two columns; 'Andre kostnader' empty beside own "
                        "funding 100 000; 40 % at exactly 244 000"])


# ---------------------------------------------------------------- fb09 pdf-acroform nb, title missing
def fb09(out: Path):
    o = orgnr("97451786")
    items = [("h", H("nb")),
             ("row", [("Nav-kontor", "Nav Ringsaker", 1.0, {"lw": 170})]),
             ("row", [("Kommune", "Ringsaker", 1.0, {"lw": 170})]),
             ("row", [("Organisasjonsnummer", o, 1.0, {"lw": 170, "comb": 9})]),
             ("row", [("Kontaktperson", "Stian Bråten", 1.0, {"lw": 170})]),
             ("row", [("E-post / telefon", "stian.braaten@nav.no / 62 33 71 00", 1.0, {"lw": 170})]),
             ("row", [("Prosjektets tittel", "", 1.0, {"lw": 170})]),
             ("row", [("Kort beskrivelse av prosjektet",
                       "Tett oppfølging av unge sosialhjelpsmottakere med mål om arbeid\n"
                       "eller utdanning, i samarbeid med videregående skole og næringslivet.", 1.0,
                       {"lw": 170, "multiline": True, "lines": 3})]),
             ("row", [("Ny eller videreføring", "Ny", 1.0, {"lw": 170})]),
             ("row", [("Ønsket oppstart", "01.04.2020", 1.0, {"lw": 170})]),
             ("row", [("Stillingsprosent", "100", 1.0, {"lw": 170})]),
             ("row", [("Lønn og sosiale kostnader", "590 000", 1.0, {"lw": 170})]),
             ("row", [("Kompetansemidler", "10 000", 1.0, {"lw": 170})]),
             ("row", [("Sum omsøkt", "600 000", 1.0, {"lw": 170})]),
             *areas("nb", {"barnefamilier-ungdom-innvandrere", "saarbare-overganger"}),
             *interest("nb", True, False),
             ("sig", [sigblock("Nav-leder", "fb09a", "Anne Lise Sveen", "Nav-leder", "29.01.2020", place="Brumunddal"),
                      sigblock("Ringsaker kommune", "fb09b", "Johan Arnt Elverum", "Rådmann", "30.01.2020",
                               place="Brumunddal")])]
    render(items, str(out), label="left", fields="acro")
    return truth("fb09", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Ringsaker", "Ringsaker", o),
                 contact=("Stian Bråten", "stian.braaten@nav.no", "62337100"),
                 project=(None, "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Anne Lise Sveen", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Johan Arnt Elverum", "Rådmann", "2020-01-30", "handwritten")],
                 expected=["TITLE_MISSING"],
                 notes=["title field empty, directly above a filled multi-line description field"])
