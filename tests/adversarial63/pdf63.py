"""reportlab PDFs of corpus 63 (pdf-text, pdf-handwritten): running headers and footers on every page,
a label at a page's foot with its answer on the next, pages out of order, a blank page, a split signing
block, KOPI/MOTTATT stamps. Scans and PAdES are in scan63.py."""
from __future__ import annotations

import io
import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit63 import S20, ink_reader, orgnr, register_fonts, spaced, truth

W, H = A4

DESC = ("Prosjektet skal utvikle en ny arbeidsmåte der veileder og sosialfaglig ansatt følger opp unge med "
        "sammensatte behov tett, sammen med arbeidsgivere i regionen. Vi vil bygge et forløp fra første samtale "
        "til varig tilknytning, dokumentere det og dele erfaringene med andre kontor.")
DESC_NN = ("Prosjektet skal utvikle ein ny arbeidsmåte der rettleiar og sosialfagleg tilsett følgjer opp unge med "
           "samansette behov tett, saman med arbeidsgivarar i regionen. Vi vil byggje eit forløp frå første samtale "
           "til varig tilknyting og dele røynslene med andre kontor.")


class Sheet:
    """A canvas with a cursor that draws the running header and footer on every page it starts."""

    def __init__(self, target, total, header, footer, font="DV", bold="DVB", size=10, pagesize=A4):
        register_fonts()
        self.c = canvas.Canvas(target, pagesize=pagesize, invariant=1)
        self.c.setTitle("Søknad")
        self.total, self.header, self.footer = total, header, footer
        self.f, self.b, self.s = font, bold, size
        self.no = 0
        self.stamps = []
        self._start()

    def _start(self):
        self.no += 1
        w, h = self.c._pagesize
        self.c.setFont(self.f, 7.5)
        for i, line in enumerate(self.header):
            self.c.drawString(50, h - 30 - 10 * i, line)
        self.c.setLineWidth(0.4)
        self.c.line(50, h - 35 - 10 * (len(self.header) - 1), w - 50, h - 35 - 10 * (len(self.header) - 1))
        self.c.line(50, 48, w - 50, 48)
        self.c.setFont(self.f, 7.5)
        for i, line in enumerate(self.footer):
            self.c.drawString(50, 38 - 10 * i, line)
        self.c.drawRightString(w - 50, 38, f"Side {self.no} av {self.total}")
        for st in self.stamps:
            st(self.c, self.no)
        self.y = h - 70 - 10 * len(self.header)

    def br(self, pagesize=None):
        self.c.showPage()
        if pagesize:
            self.c.setPageSize(pagesize)
        self._start()

    def text(self, s, x=60, bold=False, size=None, dy=None):
        size = size or self.s
        self.c.setFont(self.b if bold else self.f, size)
        self.c.drawString(x, self.y, s)
        self.y -= dy if dy is not None else size + 6

    def pair(self, a, v, x2=240):
        self.c.setFont(self.f, self.s)
        self.c.drawString(60, self.y, a)
        self.c.drawString(x2, self.y, v)
        self.y -= self.s + 8

    def wrap(self, s, width=92):
        for line in textwrap.wrap(s, width):
            self.text(line)

    def ink(self, seed, x, y, w=130, h=36):
        self.c.drawImage(ink_reader(seed), x, y, w, h, mask="auto")

    def save(self):
        self.c.save()


def _nums(c, rows, x_right=480, y=None, sheet=None, x=60, bold_last=True):
    for i, (a, v) in enumerate(rows):
        bold = bold_last and i == len(rows) - 1
        c.setFont(sheet.b if bold else sheet.f, sheet.s)
        c.drawString(x, sheet.y, a)
        c.drawRightString(x_right, sheet.y, v)
        sheet.y -= sheet.s + 8


# ---------------------------------------------------------------- pg09 pdf-text nb: label at a page's foot, answer on the next
def pg09(out: Path):
    org = orgnr("97451230")
    s = Sheet(str(out), 3, ["Nav Narvik", "Søknad om tilskudd til utvikling av sosiale tjenester 2020 · Saksnr. 20/01234-3"],
              [f"Nav Narvik · Kongens gate 47, 8514 Narvik · Org.nr. {spaced(org)} · Telefon 55 55 33 33"], "LS", "LSB", 10.5)
    s.text("SØKNADSSKJEMA 2020", bold=True, size=14, dy=26)
    for a, v in [("Søker (Nav-kontor)", "Nav Narvik"), ("Kommune", "Narvik"), ("Organisasjonsnummer", spaced(org)),
                 ("Kontaktperson", "Sigrid Pedersen"), ("E-post", "sigrid.pedersen@nav.no"), ("Mobil", "913 44 821")]:
        s.text(a, bold=True, dy=14)
        s.text(v, x=72, dy=22)
    s.y -= 10
    s.text("Beskrivelse av utfordringene", bold=True, dy=14)
    for _ in range(5):
        s.wrap(DESC, 90)
    while s.y > 90:
        s.wrap("Kontoret har mange unge brukere på sosialhjelp og lite kontakt med næringslivet i Ofoten.", 90)
    s.y = 70
    s.text("Prosjektets navn", bold=True, dy=14)
    s.br()
    s.text("Arbeidslivsløypa Ofoten", x=72, dy=22)
    for a, v in [("Nytt prosjekt eller videreføring", "Nytt prosjekt"), ("Planlagt oppstart", "1. april 2020"),
                 ("Stillingsprosent i prosjektet", "100 %")]:
        s.text(a, bold=True, dy=14)
        s.text(v, x=72, dy=22)
    s.text("Budsjett 2020", bold=True, dy=16)
    _nums(s.c, [("Lønn og sosiale kostnader", "598 000"), ("Kompetanse", "10 000"), ("Sum omsøkt", "608 000")], sheet=s)
    s.y -= 10
    s.text("Prioriterte områder (sett kryss)", bold=True, dy=16)
    for mark, a in [("X", "Bruk av ordinært arbeidsliv"), (" ", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    ("X", "Sikring av sårbare overganger")]:
        s.c.rect(62, s.y - 2, 10, 10)
        s.c.drawString(64.5, s.y, mark)
        s.text(a, x=80, dy=16)
    s.br()
    s.text("Nettverk og evaluering", bold=True, dy=16)
    s.pair("Interessert i nettverk/klyngesamarbeid:", "Ja", x2=300)
    s.pair("Interessert i ekstern prosessevaluering:", "Nei", x2=300)
    s.y -= 14
    s.text("Godkjenning", bold=True, dy=16)
    s.wrap("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    s.pair("Nav-leder:", "Tone Aronsen, godkjent 24.01.2020", x2=170)
    s.pair("Kommunedirektør:", "Geir Isaksen, godkjent 27.01.2020", x2=170)
    s.save()
    return truth("pg09", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Narvik", "Narvik", org),
                 contact=("Sigrid Pedersen", "sigrid.pedersen@nav.no", "91344821"),
                 project=("Arbeidslivsløypa Ofoten", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 598000, "competence": 10000, "total": 608000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Tone Aronsen", "Nav-leder", "2020-01-24", "electronic_approval"),
                       ("municipality", "Geir Isaksen", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["the label 'Prosjektets navn' is the last line of page 1, its answer the first of page 2 (under the running header)",
                        "running header with Saksnr. 20/01234-3, footer with org.nr., switchboard and Side N av 3"])


# ---------------------------------------------------------------- pg10 pdf-text nn: pages out of order
def pg10(out: Path):
    from pypdf import PdfReader, PdfWriter
    org = orgnr("97521117")
    buf = io.BytesIO()
    s = Sheet(buf, 3, ["Nav Ørland – søknad om tilskot 2020"], ["Utskrift 29.01.2020 · Nav Ørland, Rådhusgata 5, 7130 Brekstad"],
              "DVS", "DVSB", 10)
    s.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=12, dy=24)
    s.text("1. Søkjar", bold=True)
    for a, v in [("Nav-kontor", "Nav Ørland"), ("Kommune", "Ørland"), ("Organisasjonsnummer", spaced(org)),
                 ("Kontaktperson", "Hanne Berg"), ("E-post", "hanne.berg@nav.no"), ("Telefon", "481 22 905")]:
        s.pair(a + ":", v)
    s.text("2. Prosjektet", bold=True)
    for a, v in [("Namn på prosjektet", "Ung og i arbeid på Fosen"), ("Ny/vidareføring", "Vidareføring (2. år)"),
                 ("Oppstart", "01.01.2020")]:
        s.pair(a + ":", v)
    s.wrap(DESC_NN)
    s.br()
    s.text("3. Stillingar og budsjett", bold=True)
    _nums(s.c, [("Jobbspesialist, 100 % stilling", "600 000"), ("Ungdomsrettleiar, 50 % stilling", "300 000"),
                ("Kompetanse", "8 000"), ("Sum søkt tilskot", "908 000")], sheet=s)
    s.text("4. Prioriterte område", bold=True)
    s.wrap("Prosjektet er retta mot oppfølging av ungdom, og mot sikring av sårbare overgangar mellom skule og arbeid.")
    s.br()
    s.text("5. Interesse", bold=True)
    s.pair("Nettverk/klyngesamarbeid:", "Ja")
    s.pair("Ekstern prosessevaluering:", "Ja")
    s.text("6. Underskrift", bold=True, dy=20)
    y = s.y
    s.c.setFont(s.f, 10)
    for x, seed, place, name, title in [(60, "pg10a", "Brekstad, 23.01.2020", "Per Arne Hårstad", "Nav-leiar"),
                                        (320, "pg10b", "Brekstad, 24.01.2020", "Snorre Glørstad", "Kommunedirektør")]:
        s.c.drawString(x, y, place)
        s.ink(seed, x, y - 50)
        s.c.line(x, y - 54, x + 190, y - 54)
        s.c.drawString(x, y - 68, name)
        s.c.drawString(x, y - 82, title)
    s.save()
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter()
    for i in (0, 2, 1):
        w.add_page(r.pages[i])
    w.add_metadata({"/Producer": "ReportLab", "/Title": "Søknad"})
    with open(out, "wb") as f:
        w.write(f)
    return truth("pg10", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Ørland", "Ørland", org),
                 contact=("Hanne Berg", "hanne.berg@nav.no", "48122905"),
                 project=("Ung og i arbeid på Fosen", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 900000, "competence": 8000, "total": 908000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Per Arne Hårstad", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Snorre Glørstad", "Kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["pages out of order: physical order Side 1, Side 3 (signatures), Side 2 (budget)",
                        "near-miss: 150 % (100 + 50) at 900 000 under 915 000"])


# ---------------------------------------------------------------- pg11 pdf-text nb: blank page left in; invalid org.nr in the form, valid one in the footer
def pg11(out: Path):
    bad = orgnr("97620418", valid=False)
    kom = orgnr("96412290")
    s = Sheet(str(out), 4, ["LILLESAND KOMMUNE", "Nav Lillesand"],
              [f"Lillesand kommune · Org.nr. {spaced(kom)} · Postboks 23, 4791 Lillesand · Tlf. 37 26 15 00"], "DV", "DVB", 10)
    s.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", bold=True, size=11.5, dy=24)
    for a, v in [("Nav-kontor", "Nav Lillesand"), ("Kommune", "Lillesand"), ("Organisasjonsnummer (Nav-kontoret)", spaced(bad)),
                 ("Kontaktperson", "Tore Salvesen"), ("E-post", "tore.salvesen@nav.no"), ("Telefon", "37 26 15 40"),
                 ("Prosjektnavn", "Kystlinja – vei til arbeid"), ("Søknaden gjelder", "Nytt prosjekt"),
                 ("Oppstart", "01.02.2020"), ("Stilling", "50 % stilling som jobbkonsulent")]:
        s.pair(a + ":", v, x2=260)
    s.wrap(DESC)
    s.br()
    s.text("Budsjett 2020", bold=True)
    _nums(s.c, [("Lønn og sosiale kostnader", "kr 300 000"), ("Kompetanse", "kr 10 000"), ("Totalt", "kr 310 000")], sheet=s)
    s.text("Prioriterte områder", bold=True)
    s.wrap("☒ Bruk av ordinært arbeidsliv   ☐ Oppfølging av barnefamilier, ungdom og innvandrere   ☐ Sikring av sårbare overganger")
    s.pair("Nettverk/klyngesamarbeid:", "Ja", x2=260)
    s.pair("Ekstern prosessevaluering:", "Ja", x2=260)
    s.c.showPage()  # a blank page left in by the printer driver: no running matter at all
    s.no += 1
    s._start()
    s.text("Underskrifter", bold=True, dy=20)
    y = s.y
    s.c.setFont(s.f, 10)
    for x, seed, place, name, title in [(60, "pg11a", "Lillesand, 21.01.2020", "Wenche Berntsen", "Nav-leder"),
                                        (320, "pg11b", "Lillesand, 22.01.2020", "Hans Kristian Jensen", "Rådmann")]:
        s.c.drawString(x, y, place)
        s.ink(seed, x, y - 50)
        s.c.line(x, y - 54, x + 190, y - 54)
        s.c.drawString(x, y - 68, f"{name}, {title}")
    s.save()
    return truth("pg11", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Lillesand", "Lillesand", bad),
                 contact=("Tore Salvesen", "tore.salvesen@nav.no", "37261540"),
                 project=("Kystlinja – vei til arbeid", "new", "2020-02-01"), pct=50,
                 amounts={"positions": 300000, "competence": 10000, "total": 310000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Wenche Berntsen", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Hans Kristian Jensen", "Rådmann", "2020-01-22", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=[f"defect: the form's org.nr. {bad} fails MOD11; the footer's {kom} is the municipality's (valid)",
                        "a truly blank page 3 (no header/footer) between the budget and the signatures; footer says 'av 4'"])


# ---------------------------------------------------------------- pg12 pdf-handwritten nb: signing block split by the page break
def pg12(out: Path):
    org = orgnr("97318834")
    s = Sheet(str(out), 3, ["Sandnes kommune – Nav Sandnes"],
              ["Arkivkode F00 &13 · Saksnr. 20/00219-4"], "LSE", "LSEB", 11)
    s.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12.5, dy=26)
    for a, v in [("Navn på Nav-kontoret", "Nav Sandnes"), ("Kommune", "Sandnes"), ("Org.nr.", org),
                 ("Kontaktperson", "Kristin Haugland"), ("E-post", "kristin.haugland@nav.no"), ("Telefon", "51 97 50 00"),
                 ("Prosjektets tittel", "Familieløftet Sandnes"), ("Nytt/videreføring", "Videreføring – 2. år"),
                 ("Oppstart", "1. januar 2020"), ("Stillingsressurs", "To stillinger, 200 %")]:
        s.pair(a, v, x2=230)
    s.y -= 6
    for _ in range(3):
        s.wrap(DESC, 88)
    s.br()
    s.text("Økonomi", bold=True)
    _nums(s.c, [("Familiekoordinator 100 %", "610 000"), ("Jobbspesialist 100 %", "595 000"), ("Sum stillinger", "1 205 000"),
                ("Kompetanse", "10 000"), ("Totalt søkt", "1 215 000")], sheet=s)
    s.text("Prioriterte områder: Oppfølging av barnefamilier – ordinært arbeidsliv for foreldrene.", dy=18)
    s.pair("Nettverk/klyngesamarbeid", "Nei", x2=300)
    s.pair("Ekstern prosessevaluering", "Ja", x2=300)
    for _ in range(2):
        s.wrap(DESC, 88)
    s.text("Underskrifter", bold=True, dy=18)
    s.pair("Sted/dato: Sandnes, 22.01.2020", "Sted/dato: Sandnes, 23.01.2020", x2=320)
    s.y = 110
    s.ink("pg12a", 60, s.y)
    s.ink("pg12b", 320, s.y)
    s.c.line(60, s.y - 4, 250, s.y - 4)
    s.c.line(320, s.y - 4, 510, s.y - 4)
    s.br()
    s.pair("Kari Opsahl", "Ole Tjelta", x2=320)
    s.pair("Leder Nav Sandnes", "Kommunedirektør", x2=320)
    s.y -= 20
    s.text("Vedlegg: Prosjektbeskrivelse, budsjett for 2021", dy=18)
    s.save()
    return truth("pg12", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Sandnes", "Sandnes", org),
                 contact=("Kristin Haugland", "kristin.haugland@nav.no", "51975000"),
                 project=("Familieløftet Sandnes", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1205000, "competence": 10000, "total": 1215000},
                 prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Kari Opsahl", "Leder Nav Sandnes", "2020-01-22", "handwritten"),
                       ("municipality", "Ole Tjelta", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["signing block split: place/date, ink and lines at the foot of page 2; names and titles at the top of page 3",
                        "near-miss: one line at exactly 610 000 (100 %), 200 % at 1 205 000 under 1 220 000"])


# ---------------------------------------------------------------- pg13 pdf-text nn: municipal signature after the deadline
def pg13(out: Path):
    org = orgnr("98102273")
    s = Sheet(str(out), 2, ["Nav Stord · Saksnr. 20/00456-2 · Utskriven 28.01.2020"],
              ["Nav Stord, Borggata 2, 5411 Stord · Telefon 55 55 33 33"], "DV", "DVB", 10)
    s.text("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", bold=True, size=12, dy=24)
    for a, v in [("Søkjar", "Nav Stord"), ("Kommune", "Stord"), ("Org.nr.", spaced(org)),
                 ("Kontaktperson", "Ingvild Tvedt, ingvild.tvedt@nav.no, 53 45 77 00"),
                 ("Prosjektnamn", "Stord i arbeid"), ("Prosjekttype", "Nytt"), ("Oppstart", "1. mars 2020"),
                 ("Stillingsdel", "100 %")]:
        s.pair(a + ":", v, x2=200)
    for _ in range(4):
        s.wrap(DESC_NN)
    s.text("Budsjett", bold=True)
    _nums(s.c, [("Løn og sosiale kostnader", "590 000"), ("Kompetanse", "10 000"), ("Totalt", "600 000")], sheet=s)
    s.br()
    s.text("Prioriterte område", bold=True)
    s.wrap("Bruk av ordinært arbeidsliv: Ja.   Oppfølging av barnefamiliar, ungdom og innvandrarar: Nei.   "
           "Sikring av sårbare overgangar: Nei.")
    s.pair("Nettverk/klyngesamarbeid:", "Ja", x2=260)
    s.pair("Ekstern prosessevaluering:", "Nei", x2=260)
    s.y -= 10
    s.text("Underskrift", bold=True, dy=20)
    y = s.y
    s.c.setFont(s.f, 10)
    for x, seed, place, name, title in [(60, "pg13a", "Leirvik, 29.01.2020", "Åse Melkevik", "Nav-leiar"),
                                        (320, "pg13b", "Leirvik, 03.02.2020", "Ørjan Raknes Forthun", "Kommunedirektør")]:
        s.c.drawString(x, y, place)
        s.ink(seed, x, y - 50)
        s.c.line(x, y - 54, x + 190, y - 54)
        s.c.drawString(x, y - 68, name)
        s.c.drawString(x, y - 82, title)
    s.save()
    return truth("pg13", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Stord", "Stord", org),
                 contact=("Ingvild Tvedt", "ingvild.tvedt@nav.no", "53457700"), project=("Stord i arbeid", "new", "2020-03-01"),
                 pct=100, amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Åse Melkevik", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Ørjan Raknes Forthun", "Kommunedirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: the kommunedirektør signed 03.02.2020, after 1 February; the running header's print date 28.01.2020 is no signature date"])


# ---------------------------------------------------------------- pg14 pdf-handwritten nn: KOPI on every page, MOTTATT stamp after the deadline
def _kopi(c, no):
    c.saveState()
    c.setFillColorRGB(0.8, 0.1, 0.1, alpha=0.35)
    c.setFont("DVB", 90)
    c.translate(W / 2, H / 2)
    c.rotate(40)
    c.drawCentredString(0, 0, "KOPI")
    c.restoreState()
    if no == 1:
        c.saveState()
        c.setStrokeColorRGB(0.1, 0.2, 0.7)
        c.setFillColorRGB(0.1, 0.2, 0.7)
        c.roundRect(380, H - 140, 160, 62, 8)
        c.setFont("DVB", 11)
        c.drawCentredString(460, H - 96, "MOTTATT")
        c.setFont("DV", 10)
        c.drawCentredString(460, H - 112, "05 FEB. 2020")
        c.setFont("DV", 7)
        c.drawCentredString(460, H - 128, "Statsforvaltaren i Vestland")
        c.restoreState()


def pg14(out: Path):
    org = orgnr("97905516")
    s = Sheet(str(out), 2, ["Årdal kommune · Nav Årdal"], ["Nav Årdal, Statsråd Evensens veg 4, 6885 Årdalstangen"],
              "DVS", "DVSB", 10.5)
    s.stamps.append(_kopi)
    _kopi(s.c, 1)
    s.text("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", bold=True, size=12, dy=26)
    for a, v in [("Nav-kontor", "Nav Årdal"), ("Kommune", "Årdal"), ("Org.nr.", spaced(org)),
                 ("Kontaktperson", "Ragnhild Moe"), ("E-post", "ragnhild.moe@nav.no"), ("Telefon", "57 66 50 00"),
                 ("Prosjektnamn", "Saman om arbeid i Årdal"), ("Ny/vidareføring", "Ny"), ("Oppstart", "1. april 2020"),
                 ("Stillingsprosent", "50 %")]:
        s.pair(a + ":", v, x2=220)
    for _ in range(3):
        s.wrap(DESC_NN)
    s.text("Budsjett", bold=True)
    _nums(s.c, [("Løn og sosiale kostnader (50 %)", "305 000"), ("Kompetanse", "5 000"), ("Sum", "310 000")], sheet=s)
    s.br()
    s.text("Prioritert område: Oppfølging av barnefamiliar, ungdom og innvandrarar", dy=18)
    s.pair("Nettverk/klyngesamarbeid:", "Ja", x2=260)
    s.pair("Ekstern prosessevaluering:", "Ja", x2=260)
    s.y -= 10
    s.text("Underskrift", bold=True, dy=20)
    y = s.y
    s.c.setFont(s.f, 10)
    for x, seed, place, name, title in [(60, "pg14a", "Årdalstangen, 30.01.2020", "Jostein Offerdal", "Nav-leiar"),
                                        (320, "pg14b", "Årdalstangen, 30.01.2020", "Kari Øvrebø", "Rådmann")]:
        s.c.drawString(x, y, place)
        s.ink(seed, x, y - 50)
        s.c.line(x, y - 54, x + 190, y - 54)
        s.c.drawString(x, y - 68, name)
        s.c.drawString(x, y - 82, title)
    s.save()
    return truth("pg14", "pdf", "pdf-handwritten", lang="nn", scheme=S20, office=("Nav Årdal", "Årdal", org),
                 contact=("Ragnhild Moe", "ragnhild.moe@nav.no", "57665000"),
                 project=("Saman om arbeid i Årdal", "new", "2020-04-01"), pct=50,
                 amounts={"positions": 305000, "competence": 5000, "total": 310000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Jostein Offerdal", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Kari Øvrebø", "Rådmann", "2020-01-30", "handwritten")],
                 notes=["near-miss: the county's MOTTATT stamp 05 FEB. 2020 is a receipt date, not a signature date",
                        "diagonal KOPI on every page; 50 % at exactly 305 000"])


# ---------------------------------------------------------------- pg18 pdf-text nb: Oslo district, bydelsdirektør, district footer
def pg18(out: Path):
    org = orgnr("97533018")
    bydel = orgnr("87432110")
    s = Sheet(str(out), 2, ["Oslo kommune", "Bydel Grünerløkka – Nav Grünerløkka"],
              [f"Oslo kommune, Bydel Grünerløkka · Org.nr. {spaced(bydel)} · Postboks 2128 Grünerløkka, 0505 Oslo · Sentralbord 21 80 21 80"],
              "LS", "LSB", 10)
    s.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=12, dy=24)
    for a, v in [("Nav-kontor", "Nav Grünerløkka"), ("Kommune", "Oslo (bydel Grünerløkka)"), ("Org.nr. Nav-kontoret", spaced(org)),
                 ("Kontaktperson", "Ahmed Rashid"), ("E-post", "ahmed.rashid@nav.no"), ("Telefon", "406 33 912"),
                 ("Prosjektnavn", "Løkka jobbverksted"), ("Ny/videreføring", "Videreføring, 3. år"),
                 ("Oppstart", "01.01.2020"), ("Stillingsprosent", "2 x 75 % (150 %)")]:
        s.pair(a + ":", v, x2=220)
    for _ in range(5):
        s.wrap(DESC)
    s.text("Budsjett", bold=True)
    _nums(s.c, [("Lønn og sosiale kostnader", "915 000"), ("Kompetanse", "10 000"), ("Sum", "925 000")], sheet=s)
    s.br()
    s.text("Prioriterte områder: ordinært arbeidsliv; oppfølging av innvandrere", dy=18)
    s.pair("Nettverk/klyngesamarbeid:", "Ja", x2=260)
    s.pair("Ekstern prosessevaluering:", "Nei", x2=260)
    s.y -= 12
    s.text("Godkjenning", bold=True, dy=18)
    s.wrap("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    s.pair("Leder Nav Grünerløkka", "Nina Hovland – godkjent 28.01.2020", x2=220)
    s.pair("Bydelsdirektør", "Rune Stensrud – godkjent 31.01.2020", x2=220)
    s.save()
    return truth("pg18", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Grünerløkka", "Oslo", org),
                 contact=("Ahmed Rashid", "ahmed.rashid@nav.no", "40633912"),
                 project=("Løkka jobbverksted", "continuation", "2020-01-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Nina Hovland", "Leder Nav Grünerløkka", "2020-01-28", "electronic_approval"),
                       ("municipality", "Rune Stensrud", "Bydelsdirektør", "2020-01-31", "electronic_approval")],
                 notes=["near-miss: Oslo district signed by the bydelsdirektør; 150 % at exactly 915 000; third year (allowed)",
                        "footer carries the district's org.nr. and switchboard, not the Nav office's"])
