"""Born-digital PDFs of corpus 56 (pdf-text, pdf-handwritten). Each builder writes one file and returns its truth."""
from __future__ import annotations

import io
from pathlib import Path

from kit56 import S20, Sheet, ink_png, initials_png, org, spaced, stamp_png, truth


def rows(p: Sheet, items, x2=215, label_bold=True, gap=6):
    for a, v in items:
        p.need(80)
        p.c.setFont(p.b if label_bold else p.f, p.s)
        p.c.drawString(p.m, p.y, a)
        p.c.setFont(p.f, p.s)
        p.c.drawString(x2, p.y, v)
        p.y -= p.s + gap


def section(p: Sheet, title, fill=(0.85, 0.9, 0.95)):
    p.need(110)
    p.y -= 6
    p.c.setFillColorRGB(*fill)
    p.c.rect(p.m - 4, p.y - 4, p.W - 2 * p.m + 8, p.s + 8, stroke=0, fill=1)
    p.c.setFillColorRGB(0, 0, 0)
    p.text(title, bold=True, dy=p.s + 12)


# ---------------------------------------------------------------- ws07 pdf-text nb, empty signing lines, e-mail approvals
def ws07(out: Path):
    o = org("99612540")
    buf = io.BytesIO()
    p = Sheet(buf, "LS", "LSB", 10)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, size=13)
    p.text("Tilskuddsår 2020 · kap. 0621 post 63", dy=22)
    section(p, "A. Søker")
    rows(p, [("Nav-kontor", "Nav Eidsvoll"), ("Kommune", "Eidsvoll"), ("Organisasjonsnummer", spaced(o)),
             ("Kontaktperson", "Kari Lund"), ("E-post / telefon", "kari.lund@nav.no / 63 95 80 00")])
    section(p, "B. Prosjekt")
    rows(p, [("Prosjektnavn", "Jobbklar Eidsvoll"), ("Status", "Videreføring, 3. år"),
             ("Periode", "01.01.2020–31.12.2020"), ("Stillingsressurs", "100 % (én stilling)")])
    p.wrap("Prosjektet kombinerer arbeidspraksis i ordinære bedrifter med tett oppfølging av unge voksne som "
           "skrives ut fra rusbehandling eller løslates fra fengsel, slik at overgangen til arbeid blir sammenhengende.")
    section(p, "C. Budsjett")
    rows(p, [("Lønn og sosiale kostnader", "kr 560 000"), ("Kompetanse", "kr 10 000"), ("Sum omsøkt", "kr 570 000")])
    section(p, "D. Prioriterte områder")
    rows(p, [("Bruk av ordinært arbeidsliv", "Ja"), ("Oppfølging av barnefamilier, ungdom og innvandrere", "Nei"),
             ("Sikring av sårbare overganger", "Ja")], x2=420, label_bold=False)
    section(p, "E. Nettverk og evaluering")
    rows(p, [("Deltakelse i nettverk/klyngesamarbeid", "Nei"), ("Ekstern prosessevaluering", "Nei")], x2=420,
         label_bold=False)
    section(p, "F. Signatur")
    p.y -= 30
    for x, cap in [(p.m, "Dato og underskrift, Nav-leder"), (320, "Dato og underskrift, kommunedirektør")]:
        p.c.line(x, p.y, x + 210, p.y)
        p.c.setFont(p.f, 8)
        p.c.drawString(x, p.y - 11, cap)
    p.y -= 34
    p.wrap("Søknaden er ikke underskrevet for hånd. Nav-leder og kommunedirektør har godkjent den per e-post:")
    p.text("«Jeg godkjenner søknaden.» – Geir Moe, Nav-leder, e-post 27.01.2020", x=p.m + 14)
    p.text("«Godkjent fra kommunens side.» – Anne Bø, kommunedirektør, e-post 29.01.2020", x=p.m + 14)
    p.save()
    out.write_bytes(buf.getvalue())
    return truth("ws07", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Eidsvoll", "Eidsvoll", o), contact=("Kari Lund", "kari.lund@nav.no", "63958000"),
                 project=("Jobbklar Eidsvoll", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Geir Moe", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Anne Bø", "kommunedirektør", "2020-01-29", "electronic_approval")],
                 notes=["near-miss: the signing lines under 'F. Signatur' are empty (not signatures); both leaders' "
                        "approvals are quoted from e-mail with dates: electronic_approval, no finding",
                        "continuation in its 3rd year (the limit, not beyond)"])


# ---------------------------------------------------------------- ws08 pdf-text nb, typed names only
def ws08(out: Path):
    o = org("97012888")
    buf = io.BytesIO()
    p = Sheet(buf, "DVS", "DVSB", 10)
    p.c.setFillColorRGB(0.2, 0.35, 0.3)
    p.c.rect(0, p.H - 70, p.W, 70, stroke=0, fill=1)
    p.c.setFillColorRGB(1, 1, 1)
    p.c.setFont("DVSB", 14)
    p.c.drawString(p.m, p.H - 45, "Nav Melhus – søknad om tilskudd 2020")
    p.c.setFillColorRGB(0, 0, 0)
    p.y = p.H - 100
    p.text("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret. Til Fylkesmannen i Trøndelag.", dy=22)
    items = [("1", "Nav-kontor", "Nav Melhus"), ("2", "Kommune", "Melhus"), ("3", "Org.nr.", o),
             ("4", "Kontaktperson", "Lars Gjersvold"), ("5", "E-post", "lars.gjersvold@nav.no"),
             ("6", "Telefon", "72 85 80 00"), ("7", "Prosjekt", "Ny start Melhus"), ("8", "Ny/videreføring", "Ny"),
             ("9", "Oppstart", "15.04.2020"), ("10", "Stillingsandel", "50 %"),
             ("11", "Lønn og sosiale kostnader", "290 000"), ("12", "Kompetansemidler", "5 000"),
             ("13", "Sum", "295 000"),
             ("14", "Prioritert område", "Oppfølging av barnefamilier, ungdom og innvandrere"),
             ("15", "Nettverk", "Ja"), ("16", "Prosessevaluering", "Ja")]
    top = p.y + 14
    for n, a, v in items:
        p.c.setFont("DVS", 10)
        p.c.drawString(p.m + 4, p.y, n)
        p.c.drawString(p.m + 30, p.y, a)
        p.c.drawString(260, p.y, v)
        p.c.line(p.m, p.y - 5, p.W - p.m, p.y - 5)
        p.y -= 20
    p.c.rect(p.m, p.y + 15, p.W - 2 * p.m, top - p.y - 15)
    p.c.line(p.m + 24, p.y + 15, p.m + 24, top)
    p.c.line(254, p.y + 15, 254, top)
    p.y -= 10
    p.wrap("Ny start Melhus gir familier med barn som mottar sosialhjelp en fast familiekoordinator.")
    p.y -= 14
    p.text("17  Underskrift", bold=True, dy=20)
    for x, role, name in [(p.m, "Nav-leder", "Trude Gran"), (310, "Rådmann", "Kjetil Eggen")]:
        y = p.y
        p.c.rect(x, y - 92, 230, 100)
        p.c.setFont("DVSB", 10)
        p.c.drawString(x + 6, y - 8, role)
        p.c.setFont("DVS", 10)
        p.c.drawString(x + 6, y - 28, "Dato: 24.01.2020")
        p.c.drawString(x + 6, y - 48, f"Navn: {name}")
        p.c.drawString(x + 6, y - 78, "Underskrift:")
        p.c.line(x + 70, y - 80, x + 222, y - 80)
    p.save()
    out.write_bytes(buf.getvalue())
    return truth("ws08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Melhus", "Melhus", o), contact=("Lars Gjersvold", "lars.gjersvold@nav.no", "72858000"),
                 project=("Ny start Melhus", "new", "2020-04-15"), pct=50,
                 amounts={"positions": 290000, "competence": 5000, "total": 295000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Trude Gran", "Nav-leder", "2020-01-24", "typed"),
                       ("municipality", "Kjetil Eggen", "Rådmann", "2020-01-24", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["defect: both boxes carry a typed name and date but the 'Underskrift:' lines are empty"])


# ---------------------------------------------------------------- ws09 pdf-text nn, rådmann's e-mail approval after the deadline
def ws09(out: Path):
    o = org("96478523")
    buf = io.BytesIO()
    p = Sheet(buf, "DV", "DVB", 10, margin=64)
    p.text("Nav Luster", bold=True, size=16, dy=20)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", size=12, dy=26)
    p.wrap(f"Søkjar er Nav Luster i Luster kommune, organisasjonsnummer {o}. Kontaktperson er Mari Øvrebø, "
           "e-post mari.ovrebo@nav.no, telefon 57 68 55 00.")
    p.y -= 8
    p.text("Prosjekt", bold=True)
    p.wrap("Prosjektet heiter «Arbeid i Luster» og er eit nytt prosjekt med oppstart 1. april 2020. Målgruppa er "
           "unge flyktningar og andre unge innvandrarar som har fullført introduksjonsprogrammet utan å kome i arbeid.")
    p.y -= 8
    p.text("Økonomi", bold=True)
    for a, v in [("Ei stilling (100 %), lønn og sosiale kostnader", "600 000 kr"), ("Kompetansemidlar", "10 000 kr"),
                 ("Samla søknadssum", "610 000 kr")]:
        p.c.setFont("DV", 10)
        p.c.drawString(p.m, p.y, a)
        p.c.drawRightString(p.W - p.m, p.y, v)
        p.y -= 16
    p.y -= 8
    p.text("Nettverk og evaluering", bold=True)
    p.wrap("Nav Luster ønskjer å vere med i nettverk/klyngesamarbeid. Kontoret ønskjer ikkje ekstern "
           "prosessevaluering.")
    p.y -= 8
    p.text("Godkjenning", bold=True)
    p.wrap("Søknaden er godkjend elektronisk av Nav-leiar Siri Haug 28.01.2020.")
    p.wrap("Godkjend av rådmann Ivar Dale per e-post 3.2.2020.")
    p.save()
    out.write_bytes(buf.getvalue())
    return truth("ws09", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Luster", "Luster", o), contact=("Mari Øvrebø", "mari.ovrebo@nav.no", "57685500"),
                 project=("Arbeid i Luster", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Siri Haug", "Nav-leiar", "2020-01-28", "electronic_approval"),
                       ("municipality", "Ivar Dale", "rådmann", "2020-02-03", "electronic_approval")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: the rådmann's approval by e-mail is dated 3.2.2020, after the 1 February deadline"])


# ---------------------------------------------------------------- ws10 pdf-handwritten nb, signatures on the last page after the attachments
def ws10(out: Path):
    o = org("97455521")
    buf = io.BytesIO()
    p = Sheet(buf, "DV", "DVB", 10)
    p.text("SØKNAD – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12, dy=24)
    rows(p, [("Søker (Nav-kontor):", "Nav Ringebu"), ("Kommune:", "Ringebu"), ("Org.nr.:", o),
             ("Kontaktperson:", "Trine Hov, trine.hov@nav.no, 61 28 35 00"),
             ("Prosjekt:", "Trappetrinn Ringebu"), ("Søknaden gjelder:", "Nytt prosjekt"),
             ("Oppstart:", "1.5.2020"), ("Stilling:", "100 % prosjektstilling"),
             ("Søknadsbeløp lønn/sos. kostn.:", "575 000"), ("Kompetansemidler:", "10 000"),
             ("Sum søknadsbeløp 2020:", "585 000"),
             ("Prioritert område:", "Bruk av ordinært arbeidsliv"),
             ("Nettverk/klyngesamarbeid:", "Ja"), ("Ekstern prosessevaluering:", "Ja")], x2=230)
    p.y -= 10
    p.wrap("Prosjektet skal gi deltakere med lang tid på sosialhjelp arbeidstrening i lokale bedrifter, med "
           "jobbspesialist og arbeidsgiverkontakt i samme stilling.")
    p.y -= 10
    p.text("Underskrifter: se siste side.", bold=True)
    p.page()
    p.text("Vedlegg 1 – Prosjektplan", bold=True, size=12, dy=22)
    p.wrap("Prosjekteier: Nav Ringebu. Prosjektgruppe: prosjektleder Trine Hov (Nav), rådgiver Jon Lien "
           "(Ringebu kommune), representant fra næringsforeningen. Styringsgruppe: kommunens ledergruppe.")
    p.wrap("Samlet kostnad for prosjektperioden 2020–2021 er beregnet til 1 200 000 kroner, hvorav kommunen "
           "dekker 30 000 kroner i kontorplass og utstyr.")
    p.y -= 16
    p.text("Vedlegg 2 – Stillingsbeskrivelse", bold=True, size=12, dy=22)
    p.wrap("Jobbspesialist (100 %): kartlegging, jobbsøk sammen med deltaker, oppfølging på arbeidsplassen, "
           "kontakt med arbeidsgivere. Krav: relevant høyere utdanning, førerkort klasse B.")
    p.page()
    p.text("Underskrifter til søknaden fra Nav Ringebu 2020", bold=True, size=12, dy=40)
    y = p.y
    for x, cap, seed, name in [(p.m, "Nav-leder", "ws10a", None), (315, "Kommunedirektør", "ws10b", "Ola Kvarberg")]:
        p.c.setFont("DV", 10)
        p.c.drawString(x, y, "Ringebu, 22.01.2020")
        p.image(ink_png(seed), x, y - 70, 150, 44)
        p.c.line(x, y - 74, x + 200, y - 74)
        p.c.setFont("DV", 9)
        p.c.drawString(x, y - 86, cap if name is None else f"{name}, {cap.lower()}")
    p.save()
    out.write_bytes(buf.getvalue())
    return truth("ws10", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Ringebu", "Ringebu", o), contact=("Trine Hov", "trine.hov@nav.no", "61283500"),
                 project=("Trappetrinn Ringebu", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 575000, "competence": 10000, "total": 585000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", None, "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Ola Kvarberg", "kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["near-miss: the signatures are on page 3, AFTER two attachment pages",
                        "the Nav leader's ink has no printed name under it (caption 'Nav-leder' only): name null",
                        "the attachment's total project cost 1 200 000 and the municipality's 30 000 are not the "
                        "application's amounts (own funding is not stated in the application part)"])


# ---------------------------------------------------------------- ws11 pdf-handwritten nn, office stamp plus initials
def ws11(out: Path):
    o = org("97123456")
    buf = io.BytesIO()
    p = Sheet(buf, "DVS", "DVSB", 10.5)
    p.text("Nav Stryn", bold=True, size=15, dy=18)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", size=12, dy=28)
    for a, v in [("Namn på kontoret", "Nav Stryn"), ("Kommune", "Stryn"), ("Organisasjonsnummer", spaced(o)),
                 ("Kontaktperson", "Ragnhild Tefre"), ("E-post", "ragnhild.tefre@nav.no"), ("Telefon", "57 87 47 00"),
                 ("Prosjektnamn", "Ny veg Stryn"), ("Type", "Vidareføring, år 2"), ("Oppstart", "01.01.2020"),
                 ("Stillingar", "Ei stilling"), ("Lønn og sosiale kostnader", "605 000 kr"),
                 ("Søknadssum i alt", "605 000 kr")]:
        p.c.setFont("DVS", 8)
        p.c.setFillColorRGB(0.35, 0.35, 0.35)
        p.c.drawString(p.m, p.y + 10, a.upper())
        p.c.setFillColorRGB(0, 0, 0)
        p.c.setFont("DVS", 10.5)
        p.c.drawString(p.m, p.y - 3, v)
        p.y -= 30
    p.text("Prioritert område", bold=True)
    p.wrap("Sikring av sårbare overgangar: ungdom som går frå vidaregåande skule til arbeid, og som manglar "
           "fagbrev eller har brote skulegangen.")
    p.text("Nettverk/klyngesamarbeid: Nei      Ekstern prosessevaluering: Ja", dy=30)
    p.text("Underskrift", bold=True, dy=16)
    y = p.y
    p.c.setFont("DVS", 10)
    p.c.drawString(p.m, y, "Stryn, 21.01.2020")
    p.image(stamp_png(["NAV STRYN", "6783 Stryn"], seed="ws11s"), p.m + 2, y - 88, 130, 64)
    p.image(initials_png("ws11i"), p.m + 110, y - 66, 56, 40)
    p.c.line(p.m, y - 92, p.m + 210, y - 92)
    p.c.drawString(p.m, y - 105, "Hilde Bøe, Nav-leiar")
    p.c.drawString(315, y, "Stryn, 23.01.2020")
    p.image(ink_png("ws11b"), 320, y - 80, 150, 44)
    p.c.line(315, y - 92, 525, y - 92)
    p.c.drawString(315, y - 105, "Ivar Loen, kommunedirektør")
    p.save()
    out.write_bytes(buf.getvalue())
    return truth("ws11", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Stryn", "Stryn", o), contact=("Ragnhild Tefre", "ragnhild.tefre@nav.no", "57874700"),
                 project=("Ny veg Stryn", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 605000, "total": 605000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Hilde Bøe", "Nav-leiar", "2020-01-21", "handwritten"),
                       ("municipality", "Ivar Loen", "kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["near-miss: the Nav leader's mark is the office stamp plus short initials over her printed name",
                        "captions above values in small grey capitals"])


# ---------------------------------------------------------------- ws12 pdf-handwritten nb, deputy e.f.; the rådmann only gets a copy
def ws12(out: Path):
    o = org("96478911")
    buf = io.BytesIO()
    p = Sheet(buf, "LS", "LSB", 10)
    p.text("NAV Nome", bold=True, size=13)
    p.text("Til Fylkesmannen i Vestfold og Telemark", dy=24)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020", bold=True, size=11, dy=22)
    t = p.y
    for a, v in [("Navn på NAV-kontor", "NAV Nome"), ("Kommune", "Nome"), ("Organisasjonsnummer", o),
                 ("Kontaktperson", "Gunn Hegna – gunn.hegna@nav.no – 35 94 60 00"), ("Prosjektnavn", "Nome i arbeid"),
                 ("Nytt/videreføring", "Nytt"), ("Oppstart", "01.09.2020"), ("Stillingsprosent", "50"),
                 ("Lønn og sosiale kostnader", "300 000"), ("Kompetanse", "10 000"), ("Totalt", "310 000")]:
        p.c.rect(p.m, p.y - 5, 170, 18)
        p.c.rect(p.m + 170, p.y - 5, p.W - 2 * p.m - 170, 18)
        p.c.drawString(p.m + 4, p.y, a)
        p.c.drawString(p.m + 176, p.y, v)
        p.y -= 18
    assert t > p.y
    p.y -= 14
    p.text("Prioritert område: oppfølging av barnefamilier (prosjektet retter seg mot familier med barn og "
           "langvarig sosialhjelp).", size=9)
    p.text("Ønsker deltakelse i nettverk: ja. Ønsker ekstern prosessevaluering: nei.", size=9)
    p.text("Forankring i kommuneledelsen: Søknaden er drøftet med rådmannen.", size=9, dy=30)
    y = p.y
    p.c.drawString(p.m, y, "Sted og dato: Ulefoss, 29.01.2020")
    p.image(ink_png("ws12a"), p.m, y - 60, 150, 44)
    p.c.line(p.m, y - 62, p.m + 220, y - 62)
    p.c.drawString(p.m, y - 75, "Lars Moen")
    p.c.drawString(p.m, y - 88, "e.f. NAV-leder")
    p.y = y - 130
    p.text("Kopi: Rådmann Kjell Aas, Nome kommune", size=9)
    p.save()
    out.write_bytes(buf.getvalue())
    return truth("ws12", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Nome", "Nome", o), contact=("Gunn Hegna", "gunn.hegna@nav.no", "35946000"),
                 project=("Nome i arbeid", "new", "2020-09-01"), pct=50,
                 amounts={"positions": 300000, "competence": 10000, "total": 310000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Lars Moen", "NAV-leder", "2020-01-29", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: no municipal signature; the rådmann is only named in a copy line ('Kopi:') and "
                        "'drøftet med rådmannen' is no approval",
                        "the Nav leader's line is signed 'e.f.' by a deputy: a nav_leader signature named Lars Moen"])
