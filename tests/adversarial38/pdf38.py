"""PDF documents of corpus 38 (pdf-text, pdf-acroform, pdf-handwritten, pdf-scanned, pdf-pades,
not-application). Each builder writes one file and returns its truth."""
from __future__ import annotations

import datetime
import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit38 import S20, ink_reader, register_fonts, truth

W, H = A4


class Page:
    """A reportlab canvas with a cursor, for simple top-down forms."""

    def __init__(self, target, font="DV", bold="DVB", size=10):
        register_fonts()
        self.c = canvas.Canvas(target, pagesize=A4, invariant=1)
        self.c.setTitle("Søknad")
        self.f, self.b, self.s = font, bold, size
        self.y = H - 60

    def text(self, s, x=60, bold=False, size=None, dy=None):
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy if dy is not None else size + 6

    def pair(self, label, value, x2=250, leader=False):
        """One 'label value' line; with ``leader`` a dot leader fills the gap and stops before the value."""
        self.c.setFont(self.f, self.s)
        self.c.drawString(60, self.y, label)
        if leader:
            x0 = 60 + self.c.stringWidth(label, self.f, self.s) + 4
            dot = self.c.stringWidth(".", self.f, self.s)
            self.c.drawString(x0, self.y, "." * max(0, int((x2 - 6 - x0) / dot)))
        self.c.drawString(x2, self.y, value)
        self.y -= self.s + 7

    def wrap(self, s, width=95):
        import textwrap
        for line in textwrap.wrap(s, width):
            self.text(line)

    def ink(self, seed, x, y, w=140, h=40):
        self.c.drawImage(ink_reader(seed), x, y, w, h, mask="auto")

    def need(self, dy):
        if self.y < dy:
            self.c.showPage()
            self.y = H - 60

    def save(self):
        self.c.save()


# ---------------------------------------------------------------- z08 pdf-text nb, competence over cap
def z08(out: Path):
    p = Page(str(out), "LS", "LSB", 10)
    p.c.setFillColorRGB(0.85, 0.9, 0.95)
    p.c.rect(40, H - 80, W - 80, 40, stroke=0, fill=1)
    p.c.setFillColorRGB(0, 0, 0)
    p.y = H - 65
    p.text("SØKNAD 2020 – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret", bold=True, size=12, dy=40)
    p.text("Del 1 – Søker", bold=True)
    p.pair("Navn på Nav-kontoret", "Nav Kristiansund", x2=280, leader=True)
    p.pair("Kommune", "Kristiansund", x2=280, leader=True)
    p.pair("Org. nr.", "940 178 347", x2=280, leader=True)
    p.pair("Kontaktperson", "Marius Gjerde", x2=280, leader=True)
    p.pair("E-post", "marius.gjerde@nav.no", x2=280, leader=True)
    p.pair("Telefon", "971 40 225", x2=280, leader=True)
    p.y -= 6
    p.text("Del 2 – Prosjektet", bold=True)
    p.pair("Prosjektets navn", "Sjøveien til arbeid", x2=280, leader=True)
    p.pair("Nytt eller videreført", "Nytt prosjekt", x2=280, leader=True)
    p.pair("Oppstartsdato", "1. mars 2020", x2=280, leader=True)
    p.pair("Stillingsprosent", "100 %", x2=280, leader=True)
    p.y -= 6
    p.text("Del 3 – Økonomi", bold=True)
    p.pair("Lønn og sosiale kostnader", "kr 600 000", x2=280, leader=True)
    p.pair("Kompetansetiltak (prosjektspesifikt)", "kr 15 000", x2=280, leader=True)
    p.pair("Totalt søkt beløp", "kr 615 000", x2=280, leader=True)
    p.y -= 6
    p.text("Del 4 – Prioritering og interesse", bold=True)
    for mark, area in [("Ja", "Bruk av ordinært arbeidsliv"), ("Nei", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                       ("Nei", "Sikring av sårbare overganger")]:
        p.pair(area, mark, x2=420)
    p.pair("Interesse for nettverk/klyngesamarbeid", "Ja", x2=420)
    p.pair("Interesse for ekstern prosessevaluering", "Ja", x2=420)
    p.y -= 6
    p.text("Del 5 – Beskrivelse", bold=True)
    p.wrap("Prosjektet skal utvikle en ny arbeidsmåte der veileder og arbeidsgiver sammen følger opp deltakerne tett "
           "i de første månedene i jobb, med vekt på sjømatnæringen i regionen.")
    p.y -= 10
    p.text("Del 6 – Godkjenning", bold=True)
    p.wrap("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    p.pair("Leder Nav Kristiansund", "Elin Sæther – godkjent 22.01.2020")
    p.pair("Kommunedirektør", "Arnt Holm – godkjent 23.01.2020")
    p.save()
    return truth("z08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Kristiansund", "Kristiansund", "940178347"),
                 contact=("Marius Gjerde", "marius.gjerde@nav.no", "97140225"),
                 project=("Sjøveien til arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 15000, "total": 615000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Elin Sæther", "Leder Nav Kristiansund", "2020-01-22", "electronic_approval"),
                       ("municipality", "Arnt Holm", "Kommunedirektør", "2020-01-23", "electronic_approval")],
                 expected=["COMPETENCE_OVER_CAP"], notes=["defect: competence 15 000 > 10 000"])


# ---------------------------------------------------------------- z09 pdf-text nn, two 50 % lines, signed on deadline day
def z09(out: Path):
    p = Page(str(out), "DVS", "DVSB", 10)
    p.text("Nav Os", bold=True, size=14)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=11, dy=26)
    p.text("I  Søkjar", bold=True)
    for a, v in [("Nav-kontor:", "Nav Os"), ("Kommune:", "Bjørnafjorden"), ("Organisasjonsnummer:", "942620845"),
                 ("Kontaktperson:", "Ingvild Søvik"), ("E-post:", "ingvild.sovik@nav.no"), ("Telefon:", "+47 56 57 50 00")]:
        p.pair(a, v, x2=200)
    p.text("II  Prosjekt", bold=True)
    for a, v in [("Prosjektnamn:", "Fleire i arbeid på Os"), ("Type:", "Nytt prosjekt"), ("Oppstart:", "mars 2020")]:
        p.pair(a, v, x2=200)
    p.text("III  Stillingar og budsjett", bold=True)
    p.c.setFont("DVSB", 9)
    for x, s in [(60, "Stilling"), (300, "Stillingsprosent"), (430, "Beløp (kr)")]:
        p.c.drawString(x, p.y, s)
    p.y -= 14
    p.c.setFont("DVS", 9)
    for row in [("Jobbspesialist", "50 %", "305 000"), ("Familiekoordinator", "50 %", "305 000"),
                ("Sum stillingar", "100 %", "610 000"), ("Samla søknadssum", "", "610 000")]:
        for x, s in zip((60, 300, 430), row):
            p.c.drawString(x, p.y, s)
        p.c.line(60, p.y - 3, 520, p.y - 3)
        p.y -= 15
    p.y -= 6
    p.text("IV  Prioriterte område (kryss av)", bold=True)
    for mark, area in [("[X]", "Bruk av ordinært arbeidsliv"), ("[X]", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                       ("[  ]", "Sikring av sårbare overgangar")]:
        p.text(f"{mark}  {area}")
    p.text("V  Nettverk og evaluering", bold=True)
    p.text("Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?   [X] Ja   [  ] Nei")
    p.text("Ønskjer kontoret ekstern prosessevaluering?   [X] Ja   [  ] Nei")
    p.y -= 4
    p.wrap("Prosjektet skal utvikle ein ny arbeidsmåte der rettleiar og arbeidsgjevar saman følgjer opp deltakarane "
           "tett dei første månadene i arbeid.")
    p.y -= 10
    p.text("VI  Godkjenning", bold=True)
    p.wrap("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")
    p.text("Godkjent av Nav-leiar Jostein Lygre, 31.01.2020")
    p.text("Godkjent av kommunedirektør Margrethe Hopsdal, 01.02.2020")
    p.save()
    return truth("z09", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Os", "Bjørnafjorden", "942620845"),
                 contact=("Ingvild Søvik", "ingvild.sovik@nav.no", "56575000"),
                 project=("Fleire i arbeid på Os", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Jostein Lygre", "Nav-leiar", "2020-01-31", "electronic_approval"),
                       ("municipality", "Margrethe Hopsdal", "Kommunedirektør", "2020-02-01", "electronic_approval")],
                 notes=["near-miss: two 50 % lines at 305 000 each (sum 610 000 = cap); municipal approval ON the "
                        "deadline day 01.02.2020 (not after it)",
                        "office Nav Os in Bjørnafjorden municipality (Os merged into Bjørnafjorden 2020)"])


# ---------------------------------------------------------------- z10 pdf-text nb, sum mismatch
def z10(out: Path):
    p = Page(str(out), "DV", "DVB", 9.5)
    p.text("Statsforvalteren i Innlandet", size=9)
    p.text("SØKNADSSKJEMA – SOSIALE TJENESTER I NAV 2020", bold=True, size=12, dy=24)
    p.c.setStrokeColorRGB(0.6, 0.6, 0.6)
    rows = [("Søker", "Nav Nord-Østerdal, vertskontor Tynset"), ("Kommune", "Tynset"),
            ("Org.nr", "936018815"), ("Kontaktperson", "Bente Moen · bente.moen@nav.no · 62 48 50 00"),
            ("Prosjekt", "Fjellregionen i jobb"), ("Søknadstype", "Ny søknad"), ("Start", "01.04.2020"),
            ("Stilling", "80 % prosjektstilling")]
    for a, v in rows:
        p.c.rect(60, p.y - 5, 470, 18, stroke=1, fill=0)
        p.c.setFont("DVB", 9.5)
        p.c.drawString(65, p.y, a)
        p.c.setFont("DV", 9.5)
        p.c.drawString(200, p.y, v)
        p.y -= 18
    p.y -= 12
    p.text("Budsjett", bold=True)
    for a, v in [("Lønn og sosiale kostnader (80 %)", "488 000"), ("Kompetansemidler", "10 000"),
                 ("Totalt omsøkt", "508 000")]:
        p.c.drawString(65, p.y, a)
        p.c.drawRightString(520, p.y, v)
        p.y -= 15
    p.y -= 10
    p.text("Prioriterte områder", bold=True)
    for on, area in [(False, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     (True, "Sikring av sårbare overganger")]:
        p.c.rect(65, p.y - 1, 9, 9)
        if on:
            p.c.line(66, p.y, 73, p.y + 7)
            p.c.line(66, p.y + 7, 73, p.y)
        p.c.drawString(82, p.y, area)
        p.y -= 15
    p.text("Nettverk/klyngesamarbeid: Nei        Ekstern prosessevaluering: Ja", dy=22)
    p.wrap("Prosjektet skal utvikle en ny arbeidsmåte der veileder følger opp unge voksne i overgangen fra "
           "videregående opplæring til arbeid, i samarbeid med arbeidsgivere i fjellregionen.")
    p.y -= 30
    p.c.drawString(60, p.y + 50, "Tynset, 21.01.2020")
    p.c.drawString(320, p.y + 50, "Tynset, 22.01.2020")
    p.ink("z10a", 60, p.y + 5)
    p.ink("z10b", 320, p.y + 5)
    p.c.line(60, p.y, 250, p.y)
    p.c.line(320, p.y, 510, p.y)
    p.c.drawString(60, p.y - 13, "Nav-leder Ola Brenden")
    p.c.drawString(320, p.y - 13, "Kommunedirektør Siri Nyhus")
    p.save()
    return truth("z10", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Nord-Østerdal", "Tynset", "936018815"),
                 contact=("Bente Moen", "bente.moen@nav.no", "62485000"),
                 project=("Fjellregionen i jobb", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 508000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Ola Brenden", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Siri Nyhus", "Kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["defect: 488 000 + 10 000 = 498 000, stated total 508 000"])


# ---------------------------------------------------------------- z13 pdf-acroform nb, title missing
def z13(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 12)
    c.drawString(60, H - 60, "Søknad om tilskudd – sosiale tjenester i NAV 2020 (utfyllbart skjema)")
    form = c.acroForm
    fields = [("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
              ("kontakt", "Kontaktperson"), ("epost", "E-post"), ("tlf", "Telefon"), ("tittel", "Prosjektets tittel"),
              ("start", "Oppstart"), ("prosent", "Stillingsprosent"), ("lonn", "Lønnsmidler"),
              ("komp", "Kompetansemidler"), ("sum", "Sum omsøkt")]
    y = H - 100
    c.setFont("Helvetica", 10)
    for name, label in fields:
        c.drawString(60, y + 4, label)
        form.textfield(name=name, x=220, y=y, width=300, height=18, borderWidth=1, fontSize=10)
        y -= 26
    boxes = [("ny", "Nytt prosjekt"), ("vf", "Videreføring"), ("p1", "Bruk av ordinært arbeidsliv"),
             ("p2", "Oppfølging av barnefamilier, ungdom og innvandrere"), ("p3", "Sikring av sårbare overganger"),
             ("nett", "Interessert i nettverk/klyngesamarbeid"), ("eval", "Interessert i ekstern prosessevaluering")]
    for name, label in boxes:
        form.checkbox(name=name, x=60, y=y, size=12, buttonStyle="cross")
        c.drawString(80, y + 2, label)
        y -= 20
    y -= 10
    c.drawString(60, y, "Signatur Nav-leder")
    c.drawString(320, y, "Signatur kommunen")
    c.drawImage(ink_reader("z13a"), 60, y - 50, 140, 40, mask="auto")
    c.drawImage(ink_reader("z13b"), 320, y - 50, 140, 40, mask="auto")
    c.line(60, y - 52, 250, y - 52)
    c.line(320, y - 52, 510, y - 52)
    c.drawString(60, y - 65, "Navn/dato")
    c.drawString(320, y - 65, "Navn/dato")
    form.textfield(name="sig1", x=115, y=y - 70, width=150, height=16, borderWidth=0, fontSize=9)
    form.textfield(name="sig2", x=375, y=y - 70, width=150, height=16, borderWidth=0, fontSize=9)
    c.save()
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter(clone_from=r)
    vals = {"kontor": "Nav Alta", "kommune": "Alta", "orgnr": "987964065", "kontakt": "Sindre Eira",
            "epost": "sindre.eira@nav.no", "tlf": "78 45 60 00", "tittel": "", "start": "01.03.2020",
            "prosent": "100", "lonn": "590000", "komp": "10000", "sum": "600000",
            "sig1": "Hilde Isaksen 20.01.2020", "sig2": "Kåre Somby, rådmann 24.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in ("ny", "p3", "nett"):
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)
    return truth("z13", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Alta", "Alta", "987964065"), contact=("Sindre Eira", "sindre.eira@nav.no", "78456000"),
                 project=(None, "new", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Hilde Isaksen", None, "2020-01-20", "handwritten"),
                       ("municipality", "Kåre Somby", "Rådmann", "2020-01-24", "handwritten")],
                 expected=["TITLE_MISSING"], notes=["defect: the title field is empty"])


# ---------------------------------------------------------------- pdf-handwritten helpers
def _hand_form(p: Page, rows, areas, interest, sigs, title_line):
    p.text(title_line, bold=True, size=12, dy=24)
    for a, v in rows:
        p.c.setFont(p.b, p.s)
        p.c.drawString(60, p.y, a)
        p.y -= p.s + 3
        p.c.setFont(p.f, p.s)
        p.c.drawString(75, p.y, v)
        p.y -= p.s + 8
    for line in areas + interest:
        p.text(line)
    p.y -= 20
    for i, (head, place, seed, name, title) in enumerate(sigs):
        x = 60 + i * 260
        p.c.setFont(p.b, p.s)
        p.c.drawString(x, p.y, head)
        p.c.setFont(p.f, p.s)
        p.c.drawString(x, p.y - 15, place)
        p.ink(seed, x, p.y - 65)
        p.c.line(x, p.y - 67, x + 200, p.y - 67)
        if name:
            p.c.drawString(x, p.y - 80, name)
            p.c.drawString(x, p.y - 93, title)


# ---------------------------------------------------------------- z14 pdf-handwritten nb, phone-only contact
def z14(out: Path):
    p = Page(str(out), "LS", "LSB", 10)
    _hand_form(p, [("Nav-kontor og kommune", "Nav Grimstad, Grimstad kommune"), ("Organisasjonsnummer", "946775231"),
                   ("Kontaktperson og telefon", "Anders Thorsen, tlf. 992 31 504"),
                   ("Prosjektnavn", "Kom i gang Grimstad"), ("Prosjekttype", "Nytt"),
                   ("Ønsket oppstart", "01.05.2020"), ("Stillinger", "100 % stilling"),
                   ("Budsjett", "Lønn og sosiale kostnader 610 000 – Sum omsøkt 610 000")],
               ["Prioriterte områder:", "  X  Oppfølging av barnefamilier, ungdom og innvandrere"],
               ["Nettverk/klyngesamarbeid: Ja", "Ekstern prosessevaluering: Nei"],
               [("Leder Nav Grimstad", "Sted/dato: Grimstad, 16.01.2020", "z14a", "Nina Åsland", "Nav-leder"),
                ("For Grimstad kommune", "Sted/dato: Grimstad, 17.01.2020", "z14b", "Tore Mykland", "Kommunedirektør")],
               "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    p.save()
    return truth("z14", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Grimstad", "Grimstad", "946775231"), contact=("Anders Thorsen", None, "99231504"),
                 project=("Kom i gang Grimstad", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Nina Åsland", "Nav-leder", "2020-01-16", "handwritten"),
                       ("municipality", "Tore Mykland", "Kommunedirektør", "2020-01-17", "handwritten")],
                 notes=["near-miss: contact with a phone and no e-mail; 100 % at exactly 610 000"])


# ---------------------------------------------------------------- z15 pdf-handwritten nn, signed after deadline
def z15(out: Path):
    p = Page(str(out), "DVS", "DVSB", 10)
    _hand_form(p, [("Nav-kontor", "Nav Kvinnherad"), ("Kommune", "Kvinnherad"), ("Org.nr.", "969195941"),
                   ("Kontaktperson", "Lars Økland – lars.okland@nav.no – 53 48 31 00"),
                   ("Namn på prosjektet", "Heilskapleg oppfølging i Kvinnherad"), ("Nytt eller vidareført", "Nytt"),
                   ("Oppstart", "1. mars 2020"), ("Stillingsprosent", "100 %"),
                   ("Budsjett", "Løn og sosiale utgifter 560 000 kr, kompetanse 10 000 kr, sum 570 000 kr")],
               ["Prioriterte område:", "  X  Bruk av ordinært arbeidsliv", "  X  Sikring av sårbare overgangar"],
               ["Nettverk/klyngesamarbeid: Ja", "Ekstern prosessevaluering: Ja"],
               [("Nav-leiar", "Stad/dato: Husnes, 30.01.2020", "z15a", "Turid Lunde", "Nav-leiar"),
                ("Kommunedirektør", "Stad/dato: Husnes, 04.02.2020", "z15b", "Magne Kvinge", "Kommunedirektør")],
               "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    p.save()
    return truth("z15", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Kvinnherad", "Kvinnherad", "969195941"),
                 contact=("Lars Økland", "lars.okland@nav.no", "53483100"),
                 project=("Heilskapleg oppfølging i Kvinnherad", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Turid Lunde", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Magne Kvinge", "Kommunedirektør", "2020-02-04", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], notes=["defect: the kommunedirektør signed 04.02.2020"])


# ---------------------------------------------------------------- z16 pdf-scanned nb, 150 dpi photo-like scan
def z16(out: Path):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    buf = io.BytesIO()
    p = Page(buf, "DVS", "DVSB", 11)
    _hand_form(p, [("Nav-kontor", "Nav Gjøvik"), ("Kommune", "Gjøvik kommune"), ("Organisasjonsnummer", "920 933 947"),
                   ("Kontaktperson", "Mona Bakken, mona.bakken@nav.no, 61 18 90 00"),
                   ("Prosjektnavn", "Veien videre Gjøvik"), ("Søknaden gjelder", "Videreføring (år 2)"),
                   ("Oppstart", "01.01.2020"), ("Stillinger", "50 % stilling"),
                   ("Budsjett", "Lønn 300 000 kr, kompetanse 5 000 kr, sum 305 000 kr")],
               ["Prioriterte områder: X Bruk av ordinært arbeidsliv"],
               ["Nettverk: Ja      Prosessevaluering: Nei"],
               [("Nav-leder", "Gjøvik, 23.01.2020", "z16a", "Jan Erik Hagen", "Nav-leder"),
                ("Kommunedirektør", "Gjøvik, 24.01.2020", "z16b", "Gro Lundby", "Kommunedirektør")],
               "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    p.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    img = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    img = img.rotate(-1.4, resample=Image.BICUBIC, expand=True, fillcolor=235)
    img = ImageEnhance.Contrast(img).enhance(0.7)
    w, h = img.size
    shade = Image.linear_gradient("L").rotate(90).resize((w, h))
    img = Image.composite(img, Image.new("L", (w, h), 120), shade.point(lambda v: 255 if v > 60 else 150 + v))
    rnd = random.Random(16)
    px = img.load()
    for _ in range(4000):
        x, y = rnd.randrange(w), rnd.randrange(h)
        px[x, y] = rnd.choice((70, 200))
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=40)
    Image.open(jb).save(out, "PDF", resolution=150)
    return truth("z16", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Gjøvik", "Gjøvik", "920933947"), contact=("Mona Bakken", "mona.bakken@nav.no", "61189000"),
                 project=("Veien videre Gjøvik", "continuation", "2020-01-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Jan Erik Hagen", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Gro Lundby", "Kommunedirektør", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["150 dpi grey scan, rotated 1.4°, low contrast, shadow band along the left edge, speckle, JPEG q40"])


# ---------------------------------------------------------------- z17 pdf-pades nb, two PAdES signatures
def _self_signed(td: Path, cn: str, org: str):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.sign import signers
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, org)])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(int.from_bytes(cn.encode()[:8], "big")).not_valid_before(datetime.datetime(2019, 1, 1))
            .not_valid_after(datetime.datetime(2030, 1, 1))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    kp, cp = td / f"{cn}.key", td / f"{cn}.crt"
    kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                     serialization.NoEncryption()))
    cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    return signers.SimpleSigner.load(str(kp), str(cp))


def _sign(data: bytes, field: str, box, signer, when: datetime.datetime) -> bytes:
    """Sign with pyHanko at a fixed time: every pyhanko module's ``datetime.now`` returns ``when``."""
    import sys as _sys
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    real = datetime.datetime

    class Fixed(real):
        @classmethod
        def now(cls, tz=None):
            return when

    mods = [m for n, m in list(_sys.modules.items()) if n.startswith("pyhanko") and getattr(m, "datetime", None) is real]
    for m in mods:
        m.datetime = Fixed
    try:
        w = IncrementalPdfFileWriter(io.BytesIO(data))
        fields.append_signature_field(w, fields.SigFieldSpec(field, on_page=0, box=box))
        meta = signers.PdfSignatureMetadata(field_name=field, subfilter=fields.SigSeedSubFilter.PADES)
        out = io.BytesIO()
        signers.PdfSigner(meta, signer=signer).sign_pdf(w, output=out)
    finally:
        for m in mods:
            m.datetime = real
    return out.getvalue()


def z17(out: Path):
    import tempfile
    buf = io.BytesIO()
    p = Page(buf, "LS", "LSB", 10)
    p.text("Nav Bodø", bold=True, size=14)
    p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", bold=True, dy=24)
    for a, v in [("Søker", "Nav Bodø"), ("Kommune", "Bodø"), ("Org.nr.", "912 915 069"),
                 ("Kontaktperson", "Camilla Hansen"), ("E-post", "camilla.hansen@nav.no"), ("Telefon", "75 55 40 00"),
                 ("Prosjekttittel", "Bodø-trappa"), ("Prosjekttype", "Videreføring, år 2"),
                 ("Oppstart", "1. januar 2020"), ("Stillingsressurs", "To stillinger (200 %)"),
                 ("Lønn og sosiale kostnader", "1 150 000 kr"), ("Kompetanse", "10 000 kr"),
                 ("Totalt omsøkt", "1 160 000 kr"),
                 ("Prioriterte områder", "Bruk av ordinært arbeidsliv; Sikring av sårbare overganger"),
                 ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")]:
        p.pair(a + ":", v, x2=230)
    p.y -= 10
    p.wrap("Prosjektet skal utvikle en ny arbeidsmåte der veileder og arbeidsgiver sammen følger opp deltakerne "
           "tett i de første månedene i jobb.")
    p.y -= 20
    p.text("Signaturer (PAdES)", bold=True)
    y = p.y
    p.c.drawString(60, y - 15, "Nav-leder Rune Bakkeli, Bodø 20.01.2020")
    p.c.drawString(320, y - 15, "Kommunedirektør Liv Ellingsen, Bodø 22.01.2020")
    p.c.drawString(60, y - 30, "Signert digitalt")
    p.c.drawString(320, y - 30, "Signert digitalt")
    p.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Rune Bakkeli", "Nav Bodø")
        s2 = _self_signed(Path(td), "Liv Ellingsen", "Bodø kommune")
        data = _sign(data, "NavLeder", (60, 300, 260, 340), s1, datetime.datetime(2020, 1, 20, 10, 5, tzinfo=tz))
        data = _sign(data, "Kommune", (320, 300, 520, 340), s2, datetime.datetime(2020, 1, 22, 14, 30, tzinfo=tz))
    out.write_bytes(data)
    return truth("z17", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Bodø", "Bodø", "912915069"), contact=("Camilla Hansen", "camilla.hansen@nav.no", "75554000"),
                 project=("Bodø-trappa", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1150000, "competence": 10000, "total": 1160000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Rune Bakkeli", "Nav-leder", "2020-01-20", "digital"),
                       ("municipality", "Liv Ellingsen", "Kommunedirektør", "2020-01-22", "digital")],
                 notes=["two incremental PAdES signatures (second after the first: the first stays valid)",
                        "near-miss: 200 % at 1 150 000 under 1 220 000; bytes differ between builds (RSA keys)"])


# ---------------------------------------------------------------- z18 not-application: final report on last year's grant
def z18(out: Path):
    p = Page(str(out), "DV", "DVB", 10)
    p.text("Nav Steinkjer", bold=True, size=13)
    p.text("Sluttrapport – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2019", bold=True, dy=24)
    for a, v in [("Tilskuddsmottaker", "Nav Steinkjer, org.nr. 910 895 907"), ("Prosjekt", "Ung i Steinkjer"),
                 ("Tilsagn 2019", "610 000 kr (100 % stilling)"), ("Rapporteringsperiode", "01.01.2019–31.12.2019"),
                 ("Kontaktperson", "Heidi Aune, heidi.aune@nav.no, 74 16 90 00")]:
        p.pair(a + ":", v, x2=210)
    p.y -= 8
    p.text("1. Måloppnåelse", bold=True)
    p.wrap("Prosjektet har fulgt opp 46 ungdommer i 2019. 19 er i ordinært arbeid og 11 i utdanning ved årets slutt. "
           "Arbeidsmåten er nå en del av kontorets ordinære drift.")
    p.text("2. Regnskap", bold=True)
    for a, v in [("Lønn og sosiale kostnader", "598 420"), ("Kompetanse", "9 870"), ("Sum brukt", "608 290"),
                 ("Ubrukte midler tilbakeføres", "1 710")]:
        p.pair(a, v, x2=400)
    p.text("3. Videre arbeid", bold=True)
    p.wrap("Kontoret søker ikke om videreføring for 2020; prosjektet avsluttes med denne rapporten.")
    p.y -= 20
    p.text("Steinkjer, 28.02.2020")
    p.ink("z18a", 60, p.y - 45)
    p.y -= 55
    p.text("Ingrid Rostad, leder Nav Steinkjer")
    p.save()
    return truth("z18", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["final report (sluttrapport) on the 2019 grant, with accounts and ink"])
