"""PDF documents of corpus 64 (pdf-text, pdf-acroform, pdf-handwritten): forms with a guidance column,
grey hints under the labels, and example values. Each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4

from kit64 import S20, truth
from pdfkit64 import Page

W, H = A4
AREAS_NB = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
            "Sikring av sårbare overganger"]


def grey(p: Page, s: str, x: float, y: float, size: float = 7.5) -> None:
    p.c.setFillGray(0.45)
    p.c.setFont("DV", size)
    p.c.drawString(x, y, s)
    p.c.setFillGray(0)


# ---------------------------------------------------------------- gd09 pdf-text nb, sidebar of hints beside every row
def gd09(out: Path):
    p = Page(str(out), "LS", "LSB", 10)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=13, dy=18)
    p.text("Statsforvalteren i Trøndelag – søknadsfrist 1. februar 2020", size=9, dy=20)
    p.c.setFillGray(0.93)
    p.c.rect(372, 80, 175, p.y - 70, stroke=0, fill=1)
    p.c.setFillGray(0)
    p.c.setFont("LSB", 9)
    p.c.drawString(378, p.y, "Utfyllingshjelp")
    p.y -= 18
    rows = [("Nav-kontor", "Nav Stjørdal", "Eksempel: Nav Eksempelby"), ("Kommune", "Stjørdal", "Eksempel: Eksempelby"),
            ("Organisasjonsnummer", "974 055 198", "f.eks. 123 456 789"),
            ("Kontaktperson", "Marit Wollan", "Eksempel: Ola Nordmann"),
            ("E-post / telefon", "marit.wollan@nav.no / 74 83 12 00", "Eks. ola.nordmann@nav.no / 12 34 56 78"),
            ("Prosjektnavn", "Stjørdalsmodellen for unge", "Eks. «Sammen om arbeid»"),
            ("Nytt / videreføring", "Nytt prosjekt", "Videreføring: oppgi år 2 eller 3"),
            ("Oppstart", "15.08.2020", "dd.mm.åååå"), ("Stillingsprosent", "50 % stilling", "f.eks. 50 % stilling"),
            ("Lønn og sosiale kostnader", "kr 305 000", "Eksempel: kr 400 000 (maks 610 000 per 100 %)"),
            ("Kompetanse", "kr 10 000", "maks kr 10 000"), ("Sum omsøkt", "kr 315 000", "Eksempel: kr 410 000")]
    for lab, val, hnt in rows:
        p.c.setFont("LSB", 10)
        p.c.drawString(60, p.y, lab)
        p.c.setFont("LS", 10)
        p.c.drawString(190, p.y, val)
        grey(p, hnt, 378, p.y)
        p.c.setStrokeGray(0.8)
        p.c.line(60, p.y - 5, 365, p.y - 5)
        p.c.setStrokeGray(0)
        p.y -= 22
    p.y -= 6
    p.text("Prioriterte områder", bold=True)
    grey(p, "Sett X ved ett eller flere områder", 378, p.y + 16)
    for mark, a in zip([" ", "X", " "], AREAS_NB):
        p.text(f"[{mark}]  {a}")
    p.y -= 4
    p.text("Nettverk/klyngesamarbeid: Ja          Ekstern prosessevaluering: Ja")
    grey(p, "Svar Ja eller Nei", 378, p.y + 16)
    p.y -= 6
    p.text("Beskrivelse", bold=True)
    p.wrap("Unge mellom 16 og 24 år som står utenfor skole og arbeid får én fast veileder som følger dem og familien "
           "gjennom hele løpet, sammen med oppfølgingstjenesten i fylkeskommunen.", 62)
    p.y -= 10
    p.text("Godkjenning", bold=True)
    grey(p, "eks. Ola Nordmann, Nav-leder", 378, p.y + 16)
    p.wrap("Søknaden er elektronisk godkjent og har derfor ingen håndskrevne signaturer. Godkjent av Nav-leder "
           "Ole Kristian Berg 27.01.2020 og kommunedirektør Hilde Bjørnstad 28.01.2020.", 62)
    p.save()
    return truth("gd09", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Stjørdal", "Stjørdal", "974055198"),
                 contact=("Marit Wollan", "marit.wollan@nav.no", "74831200"),
                 project=("Stjørdalsmodellen for unge", "new", "2020-08-15"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "total": 315000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Ole Kristian Berg", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Hilde Bjørnstad", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                 notes=["near-miss: 50 % at exactly 305 000; a grey 'Utfyllingshjelp' column on the right carries an "
                        "example value on the same line as every answer"])


# ---------------------------------------------------------------- gd10 pdf-text nn, Bokmål hints under Nynorsk labels, phone only
def gd10(out: Path):
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", bold=True, size=12, dy=16)
    grey(p, "Fyll ut alle felt. Grå tekst er veiledning og skal ikke besvares. Frist 1. februar 2020.", 60, p.y, 8)
    p.y -= 22
    rows = [("Nav-kontor", "Nav Midt-Telemark", "Skriv kontorets navn, f.eks. Nav Eksempelby"),
            ("Kommune", "Midt-Telemark", None), ("Organisasjonsnummer", "923 551 840", "9 siffer"),
            ("Kontaktperson", "Torunn Aasland, tlf. 35 95 80 00", "Navn, e-post og telefon"),
            ("Prosjektnamn", "Heile vegen i Midt-Telemark", "f.eks. «Sammen om arbeid»"),
            ("Nytt prosjekt / vidareføring", "Vidareføring (år 2)", "Prosjekter kan få støtte i inntil tre år"),
            ("Oppstart", "01.01.2020", "dd.mm.åååå"),
            ("Stillingar", "Ei stilling (100 %) som prosjektleiar", "f.eks. 50 % stilling"),
            ("Løn og sosiale kostnader", "580 000 kr", "Maks 610 000 kr per 100 % stilling. Eksempel: 400 000 kr"),
            ("Kompetanse", "10 000 kr", "Maks 10 000 kr"), ("Sum søkt", "590 000 kr", None)]
    for lab, val, hnt in rows:
        p.c.rect(55, p.y - 20 if hnt else p.y - 8, 490, 34 if hnt else 22, stroke=1, fill=0)
        p.c.setFont("DVSB", 10)
        p.c.drawString(60, p.y + 2, lab)
        p.c.setFont("DVS", 10)
        p.c.drawString(250, p.y + 2, val)
        if hnt:
            grey(p, hnt, 60, p.y - 12)
            p.y -= 36
        else:
            p.y -= 24
    p.y -= 8
    p.text("Prioriterte område (kryss av ett eller fleire)", bold=True)
    for mark, a in zip(["X", "X", " "], ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og "
                                         "innvandrarar", "Sikring av sårbare overgangar"]):
        p.text(f"  {mark}   {a}" if mark.strip() else f"       {a}")
    p.text("Ønskjer de nettverk/klyngesamarbeid?  Ja")
    p.text("Ønskjer de ekstern prosessevaluering?  Nei")
    p.y -= 6
    p.text("Sjekkliste", bold=True)
    for q in ["Er søknaden signert av Nav-leiar?", "Er søknaden signert av rådmann/kommunedirektør?",
              "Er stillingsprosent oppgitt?"]:
        p.text(f"{q}   X Ja    Nei")
    p.y -= 10
    p.need(130)
    for i, (head, place, seed, name) in enumerate([("Nav-leiar", "Bø, 30.01.2020", "gd10a", "Gunn Hilde Tveit, Nav-leiar"),
                                                    ("Kommunedirektør", "Bø, 30.01.2020", "gd10b",
                                                     "Halvor Kasin, kommunedirektør")]):
        x = 60 + i * 260
        p.c.setFont("DVSB", 10)
        p.c.drawString(x, p.y, head)
        p.c.setFont("DVS", 10)
        p.c.drawString(x, p.y - 14, place)
        p.ink(seed, x, p.y - 62)
        p.c.line(x, p.y - 64, x + 200, p.y - 64)
        p.c.drawString(x, p.y - 77, name)
    p.save()
    return truth("gd10", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Midt-Telemark", "Midt-Telemark", "923551840"),
                 contact=("Torunn Aasland", None, "35958000"),
                 project=("Heile vegen i Midt-Telemark", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Gunn Hilde Tveit", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Halvor Kasin", "Kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["near-miss: the contact has a phone and no e-mail although the hint asks for both",
                        "Bokmål hints under Nynorsk labels; checklist with 'X Ja    Nei' answers"])


# ---------------------------------------------------------------- gd11 pdf-text nb, hints in brackets, invalid org number
def gd11(out: Path):
    p = Page(str(out), "DV", "DVB", 9.5)
    p.c.setFillColorRGB(0.0, 0.27, 0.45)
    p.c.rect(0, H - 70, W, 70, stroke=0, fill=1)
    p.c.setFillGray(1)
    p.c.setFont("DVB", 13)
    p.c.drawString(60, H - 42, "SØKNADSSKJEMA 2020 · Sosiale tjenester i Nav-kontoret")
    p.c.setFillGray(0)
    p.y = H - 100
    for lab, hnt, val in [("Søker", "Nav-kontorets navn, eks. Nav Eksempelby", "Nav Ålesund"),
                          ("Kommune", None, "Ålesund"), ("Organisasjonsnummer", "9 siffer, eks. 123 456 789", "981 306 725"),
                          ("Kontaktperson", "navn · e-post · telefon", "Frode Longva · frode.longva@nav.no · 70 16 30 00"),
                          ("Prosjektnavn", "eks. «Sammen om arbeid»", "Arbeid først Ålesund"),
                          ("Prosjekttype", "nytt / videreføring", "Nytt"), ("Oppstart", "dd.mm.åååå", "01.03.2020"),
                          ("Stillingsprosent", "f.eks. 50 %", "100 %"),
                          ("Lønn og sosiale kostnader", "eksempel: kr 400 000", "kr 600 000"),
                          ("Kompetanse", "maks kr 10 000", "kr 10 000"), ("Sum", None, "kr 610 000")]:
        p.c.setFont("DVB", 9.5)
        p.c.drawString(60, p.y, lab)
        w = p.c.stringWidth(lab, "DVB", 9.5)
        if hnt:
            grey(p, f"[{hnt}]", 64 + w, p.y)
        p.c.setFont("DV", 9.5)
        p.c.drawString(330, p.y, val)
        p.y -= 19
    p.y -= 8
    p.text("Prioriterte områder (ett eller flere)", bold=True)
    for mark, a in zip(["☐", "☐", "☒"], AREAS_NB):
        p.text(f"{mark} {a}")
    p.text("Nettverk/klyngesamarbeid:  ☐ Ja  ☒ Nei        Ekstern prosessevaluering:  ☐ Ja  ☒ Nei")
    p.y -= 8
    p.wrap("Prosjektet skal sikre overgangen fra kvalifiseringsprogrammet til arbeid, med en los som følger "
           "deltakeren de første seks månedene i ny jobb.", 100)
    p.y -= 20
    for i, (head, date, seed, name) in enumerate([("Nav-leder", "20.01.2020", "gd11a", "Kristin Valderhaug"),
                                                   ("Kommunedirektør", "23.01.2020", "gd11b", "Astrid Eidsvik")]):
        x = 60 + i * 260
        p.c.setFont("DVB", 9.5)
        p.c.drawString(x, p.y, head)
        p.ink(seed, x, p.y - 55)
        p.c.line(x, p.y - 57, x + 200, p.y - 57)
        p.c.setFont("DV", 9.5)
        p.c.drawString(x, p.y - 70, f"Navn: {name}")
        p.c.drawString(x, p.y - 83, f"Dato: {date}")
    p.save()
    return truth("gd11", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Ålesund", "Ålesund", "981306725"),
                 contact=("Frode Longva", "frode.longva@nav.no", "70163000"),
                 project=("Arbeid først Ålesund", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Kristin Valderhaug", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Astrid Eidsvik", "Kommunedirektør", "2020-01-23", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["defect: org number 981 306 725 fails MOD11 (981 306 724 would be valid); the hint beside it "
                        "shows the example 123 456 789"])
