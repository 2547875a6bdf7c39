"""PDF documents of adversarial25 (z08-z11, z14-z17), each with its hand-written truth."""
from __future__ import annotations

import io
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from lib25 import ink_png, normalize_pdf, scan_pdf, truth

F = "/usr/share/fonts/truetype/"
for name, path in [("DV", "dejavu/DejaVuSans.ttf"), ("DVB", "dejavu/DejaVuSans-Bold.ttf"),
                   ("DVS", "dejavu/DejaVuSerif.ttf"), ("DVSB", "dejavu/DejaVuSerif-Bold.ttf"),
                   ("LS", "liberation/LiberationSerif-Regular.ttf"), ("LSB", "liberation/LiberationSerif-Bold.ttf"),
                   ("LA", "liberation/LiberationSans-Regular.ttf"), ("LAB", "liberation/LiberationSans-Bold.ttf")]:
    pdfmetrics.registerFont(TTFont(name, F + path))

W, H = A4


class Pg:
    """A tiny flowing writer on a reportlab canvas."""

    def __init__(self, out, font="DV", bold="DVB", size=10, margin=56):
        self.c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
        self.c.setTitle("Søknad")
        self.f, self.b, self.s, self.m = font, bold, size, margin
        self.y = H - margin

    def need(self, h):
        if self.y - h < 60:
            self.page()

    def page(self):
        self.c.showPage()
        self.y = H - self.m

    def text(self, s, *, bold=False, size=None, x=None, dy=None, wrap=95):
        size = size or self.s
        import textwrap
        for ln in textwrap.wrap(s, wrap) or [""]:
            self.need(size + 4)
            self.c.setFont(self.b if bold else self.f, size)
            self.c.drawString(x if x is not None else self.m, self.y, ln)
            self.y -= dy or size + 4

    def kv(self, k, v, x2=220, wrap=60):
        import textwrap
        lines = textwrap.wrap(v, wrap) or [""]
        self.need(len(lines) * 14 + 4)
        self.c.setFont(self.b, self.s)
        self.c.drawString(self.m, self.y, k)
        self.c.setFont(self.f, self.s)
        for ln in lines:
            self.c.drawString(x2, self.y, ln)
            self.y -= 14
        self.c.setLineWidth(0.3)
        self.c.line(self.m, self.y + 10, W - self.m, self.y + 10)
        self.y -= 2

    def gap(self, h=8):
        self.y -= h

    def ink(self, seed, x, y, w=130, h=38):
        self.c.drawImage(ImageReader(io.BytesIO(ink_png(seed))), x, y, w, h, mask="auto")

    def save(self):
        self.c.save()


# --------------------------------------------------------------------------- z08
def z08(out: Path):
    """Nav Harstad: county template, numbered sections with sub-questions, answers indented BELOW;
    '1,5 årsverk'; approval table; project plan with project group and total cost behind."""
    p = Pg(out, "LA", "LAB", 10)
    p.text("Fylkesmannen i Troms og Finnmark", size=9)
    p.text("Søknadsskjema 2020 – Tilskudd til utvikling av sosiale tjenester i NAV-kontoret", bold=True, size=13)
    p.gap()
    secs = [("1. Søker", [("a) Hvilket NAV-kontor søker?", "NAV Harstad"), ("b) Kommune", "Harstad"),
                          ("c) Organisasjonsnummer", "974 900 173")]),
            ("2. Kontaktperson", [("a) Navn", "Vibeke Johansen"), ("b) Telefon", "770 26 415"),
                                  ("c) E-post", "vibeke.johansen@nav.no")]),
            ("3. Prosjekt", [("a) Prosjektets navn", "Sammen ut i arbeid"), ("b) Nytt eller videreføring", "Nytt"),
                             ("c) Oppstartsdato", "1. mars 2020")]),
            ("4. Stillinger", [("a) Hvor mange årsverk søkes det om?", "1,5 årsverk"),
                               ("b) Stillinger", "Jobbspesialist 100 % (kr 600 000) og veileder ungdom 50 % (kr 300 000)")]),
            ("5. Prioriterte områder (kryss av)", [("", "[X] Bruk av ordinært arbeidsliv"),
                                                   ("", "[X] Oppfølging av barnefamilier, ungdom og innvandrere"),
                                                   ("", "[  ] Sikring av sårbare overganger")]),
            ("6. Budsjett", [("a) Lønn og sosiale kostnader", "kr 900 000"), ("b) Kompetansemidler", "kr 10 000"),
                             ("c) Sum omsøkt", "kr 910 000")]),
            ("7. Nettverk og evaluering", [("a) Ønsker dere å delta i nettverk/klyngesamarbeid?", "Ja"),
                                           ("b) Ønsker dere ekstern prosessevaluering?", "Ja")])]
    for head, qs in secs:
        p.text(head, bold=True, size=11)
        for q, a in qs:
            if q:
                p.text(q, x=70)
            p.text(a, x=90)
        p.gap(4)
    p.text("8. Godkjenning", bold=True, size=11)
    p.text("Søknaden er godkjent elektronisk av leder for NAV-kontoret og kommuneledelsen:", x=70)
    for row in [("Navn", "Rolle", "Dato"), ("Geir Arne Nilsen", "NAV-leder", "30.01.2020"),
                ("Marianne Bjørnstad", "Rådmann", "31.01.2020")]:
        for x, v in zip((90, 250, 400), row):
            p.c.setFont(p.b if row[0] == "Navn" else p.f, 10)
            p.c.drawString(x, p.y, v)
        p.y -= 15
    p.page()
    p.text("Vedlegg: Prosjektplan «Sammen ut i arbeid»", bold=True, size=12)
    p.text("Prosjektgruppe: Vibeke Johansen (prosjektleder), Tone Hanssen (oppfølgingstjenesten), "
           "Jan Erik Pettersen (næringsforeningen).")
    p.text("Samlet kostnad for prosjektet over tre år: kr 3 100 000, herav kommunens egenandel kr 370 000 per år.")
    p.text("Milepæler: oppstart mars 2020, første evaluering desember 2020.")
    p.save()
    normalize_pdf(out, out)
    return truth("z08", "pdf", "pdf-text", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Harstad", "Harstad", "974900173"),
                 contact=("Vibeke Johansen", "vibeke.johansen@nav.no", "77026415"),
                 project=("Sammen ut i arbeid", "new", "2020-03-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "other": None, "total": 910000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Geir Arne Nilsen", "NAV-leder", "2020-01-30", "electronic_approval"),
                       ("municipality", "Marianne Bjørnstad", "Rådmann", "2020-01-31", "electronic_approval")])


# --------------------------------------------------------------------------- z09
def z09(out: Path):
    """Nynorsk two-column form in Liberation Serif; budget total does not add up (defect)."""
    p = Pg(out, "LS", "LSB", 11)
    p.text("Nav Bjørnafjorden", bold=True, size=12)
    p.text("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020", bold=True, size=14)
    p.gap(10)
    for k, v in [("Søkjar", "Nav Bjørnafjorden"), ("Kommune", "Bjørnafjorden"), ("Org.nr.", "974556324"),
                 ("Kontaktperson", "Håkon Fosse"), ("Kontaktinfo", "hakon.fosse@nav.no / 56 57 45 02"),
                 ("Namn på prosjektet", "«Ny start»"), ("Nytt/vidareføring", "Nytt prosjekt"),
                 ("Oppstart", "02.03.2020"), ("Stilling", "Jobbspesialist 100 %"),
                 ("Prioriterte område", "Bruk av ordinært arbeidsliv; Sikring av sårbare overgangar"),
                 ("Nettverk", "Ja, vi ønskjer klyngesamarbeid"), ("Prosessevaluering", "Nei")]:
        p.kv(k, v, x2=200)
    p.gap(6)
    p.text("Om prosjektet", bold=True)
    p.text("Personar som har vore lenge ute av arbeidslivet etter rusbehandling skal få ein jobbspesialist "
           "som følgjer dei frå behandlinga og ut i ordinært arbeid, slik at overgangen ikkje blir broten.")
    p.gap(6)
    p.text("Budsjett 2020", bold=True)
    for k, v in [("Løn", "430 000"), ("Sosiale kostnader", "120 000"), ("Sum løn og sosiale kostnader", "550 000"),
                 ("Kompetansemidlar", "10 000"), ("Sum søknadsbeløp", "570 000")]:
        p.c.setFont(p.f, 11)
        p.c.drawString(70, p.y, k)
        p.c.drawRightString(380, p.y, v)
        p.y -= 15
    p.gap(10)
    p.text("Dokumentet er elektronisk godkjent og har difor ingen handskriven signatur.")
    p.text("Godkjent 27.01.2020 av Lise Tveit, Nav-leiar")
    p.text("Godkjent 28.01.2020 av Øystein Nordtveit, kommunedirektør")
    p.save()
    normalize_pdf(out, out)
    return truth("z09", "pdf", "pdf-text", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Bjørnafjorden", "Bjørnafjorden", "974556324"),
                 contact=("Håkon Fosse", "hakon.fosse@nav.no", "56574502"),
                 project=("Ny start", "new", "2020-03-02"), pct=100,
                 amounts={"positions": 550000, "competence": 10000, "other": None, "total": 570000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Lise Tveit", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Øystein Nordtveit", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["planted: 550 000 + 10 000 ≠ 570 000"])


# --------------------------------------------------------------------------- z10
def z10(out: Path):
    """2018, Fylkesmannen i Hedmark: labels above answers in boxes (serif); the 2018 areas."""
    p = Pg(out, "DVS", "DVSB", 10)
    p.text("Til Fylkesmannen i Hedmark", size=9)
    p.text("SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2018", bold=True, size=12)
    p.gap(8)

    def box(label, value):
        p.need(40)
        p.c.setFont(p.b, 8)
        p.c.drawString(p.m + 4, p.y, label.upper())
        p.c.rect(p.m, p.y - 22, W - 2 * p.m, 32, stroke=1, fill=0)
        p.c.setFont(p.f, 10)
        p.c.drawString(p.m + 4, p.y - 16, value)
        p.y -= 38

    box("Søker (NAV-kontor)", "NAV Hamar")
    box("Kommune / organisasjonsnummer", "Hamar kommune / 974661101")
    box("Kontaktperson", "Kjersti Lunde, kjersti.lunde@nav.no, tlf. 62 51 40 77")
    box("Prosjektnavn", "Barna først – familieoppfølging i NAV Hamar")
    box("Nytt prosjekt / videreføring – oppstart", "Nytt prosjekt – oppstart 01.04.2018")
    box("Stilling(er) og stillingsprosent", "Familiekoordinator, 100 %")
    box("Omsøkt beløp (lønn og sosiale kostnader)", "kr 600 000,-")
    p.text("Prioriterte områder i 2018 (kryss av):", bold=True)
    for ch, t in [("X", "Bruk av ordinært arbeidsliv"), (" ", "Ungdom og innvandrere"),
                  (" ", "Tiltak begrunnet i funn fra tilsyn"), ("X", "Barneperspektivet"),
                  ("X", "Overganger mellom tjenester, skole og arbeidsliv")]:
        p.c.rect(p.m + 4, p.y - 2, 9, 9)
        p.c.setFont(p.b, 9)
        p.c.drawString(p.m + 6, p.y, ch)
        p.c.setFont(p.f, 10)
        p.c.drawString(p.m + 20, p.y, t)
        p.y -= 15
    p.gap(4)
    p.text("Beskrivelse: Familier med barn som mottar sosialhjelp over tid får en familiekoordinator som ser "
           "barnas behov, samordner tjenestene rundt familien og hjelper foreldrene over i arbeid.", wrap=100)
    p.gap(6)
    p.text("Søknaden er godkjent elektronisk:", bold=True)
    p.text("Elektronisk godkjent 25.01.2018 av Svein Erik Bakke, leder NAV Hamar")
    p.text("Elektronisk godkjent 26.01.2018 av Tove Hoel Gundersen, rådmann i Hamar kommune")
    p.save()
    normalize_pdf(out, out)
    return truth("z10", "pdf", "pdf-text", lang="nb", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Hamar", "Hamar", "974661101"),
                 contact=("Kjersti Lunde", "kjersti.lunde@nav.no", "62514077"),
                 project=("Barna først – familieoppfølging i NAV Hamar", "new", "2018-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": None, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "barneperspektivet", "overganger"], interest=(None, None),
                 sigs=[("nav_leader", "Svein Erik Bakke", "Leder NAV Hamar", "2018-01-25", "electronic_approval"),
                       ("municipality", "Tove Hoel Gundersen", "Rådmann", "2018-01-26", "electronic_approval")])


# --------------------------------------------------------------------------- z11
def z11(out: Path):
    """Nav Levanger AcroForm (reportlab), filled with pypdf; ink stamped on the signature lines."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    with tempfile.TemporaryDirectory() as td:
        blank = Path(td) / "blank.pdf"
        c = canvas.Canvas(str(blank), pagesize=A4, invariant=1)
        c.setFont("DVB", 11)
        c.drawString(50, 800, "Søknadsskjema: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
        c.setFont("DV", 9)
        c.drawString(50, 786, "Fyll ut skjemaet elektronisk og send til Fylkesmannen i Trøndelag innen 1. februar 2020.")
        f = c.acroForm
        y = 755
        fields = [("kontor", "Nav-kontor"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
                  ("kontakt", "Kontaktperson"), ("epost", "E-post"), ("telefon", "Telefon"),
                  ("tittel", "Prosjektets tittel"), ("start", "Oppstartsdato"), ("stilling", "Stilling og %"),
                  ("lonn", "Lønn og sosiale kostnader (kr)"), ("komp", "Kompetansemidler (kr)"), ("sum", "Sum omsøkt (kr)")]
        for name, label in fields:
            c.setFont("DV", 10)
            c.drawString(50, y + 5, label)
            f.textfield(name=name, x=230, y=y, width=300, height=18, borderWidth=0.5, fontName="Helvetica", fontSize=10)
            y -= 26
        y -= 6
        boxes = [("ny", "Nytt prosjekt"), ("vid", "Videreføring"), ("p1", "Bruk av ordinært arbeidsliv"),
                 ("p2", "Oppfølging av barnefamilier, ungdom og innvandrere"), ("p3", "Sikring av sårbare overganger"),
                 ("nett", "Ønsker nettverk/klyngesamarbeid"), ("eval", "Ønsker ekstern prosessevaluering")]
        for name, label in boxes:
            f.checkbox(name=name, x=50, y=y, size=12, buttonStyle="cross", borderWidth=0.5, checked=False)
            c.drawString(70, y + 2, label)
            y -= 20
        y -= 20
        c.setFont("DVB", 10)
        c.drawString(50, y, "Underskrift")
        y -= 55
        c.line(50, y, 250, y)
        c.line(320, y, 520, y)
        c.setFont("DV", 8)
        c.drawString(50, y - 10, "Leder Nav-kontoret")
        c.drawString(320, y - 10, "Kommunens ledelse")
        f.textfield(name="sig1", x=50, y=y - 38, width=200, height=16, borderWidth=0, fontName="Helvetica", fontSize=9)
        f.textfield(name="sig2", x=320, y=y - 38, width=200, height=16, borderWidth=0, fontName="Helvetica", fontSize=9)
        f.textfield(name="dato1", x=50, y=y - 58, width=200, height=16, borderWidth=0, fontName="Helvetica", fontSize=9)
        f.textfield(name="dato2", x=320, y=y - 58, width=200, height=16, borderWidth=0, fontName="Helvetica", fontSize=9)
        sig_y = y
        c.save()
        ink = Path(td) / "ink.pdf"
        c = canvas.Canvas(str(ink), pagesize=A4, invariant=1)
        c.drawImage(ImageReader(io.BytesIO(ink_png(1101))), 60, sig_y + 2, 150, 40, mask="auto")
        c.drawImage(ImageReader(io.BytesIO(ink_png(1102))), 330, sig_y + 2, 150, 40, mask="auto")
        c.save()
        r = PdfReader(str(blank))
        w = PdfWriter()
        w.append(r)
        w.pages[0].merge_page(PdfReader(str(ink)).pages[0])
        vals = {"kontor": "Nav Levanger", "kommune": "Levanger", "orgnr": "975218767", "kontakt": "Silje Skogset",
                "epost": "silje.skogset@nav.no", "telefon": "74 05 22 90", "tittel": "Arbeid for alle",
                "start": "01.09.2020", "stilling": "Arbeidslivscoach 60 %", "lonn": "360 000", "komp": "5 000",
                "sum": "365 000", "sig1": "Kjell Ove Moe, leder Nav Levanger", "sig2": "Ingunn Aarseth, rådmann",
                "dato1": "Levanger 21.01.2020", "dato2": "Levanger 22.01.2020"}
        w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
        on = {"ny", "p1", "p3", "nett"}
        for a in w.pages[0]["/Annots"]:
            a = a.get_object()
            nm = a.get("/T")
            if nm in {"ny", "vid", "p1", "p2", "p3", "nett", "eval"}:
                st = NameObject("/Yes" if nm in on else "/Off")
                a[NameObject("/V")] = st
                a[NameObject("/AS")] = st
        w.set_need_appearances_writer(True)
        with open(out, "wb") as fh:
            w.write(fh)
    normalize_pdf(out, out)
    return truth("z11", "pdf", "pdf-acroform", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Levanger", "Levanger", "975218767"),
                 contact=("Silje Skogset", "silje.skogset@nav.no", "74052290"),
                 project=("Arbeid for alle", "new", "2020-09-01"), pct=60,
                 amounts={"positions": 360000, "competence": 5000, "other": None, "total": 365000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Kjell Ove Moe", "Leder Nav Levanger", "2020-01-21", "handwritten"),
                       ("municipality", "Ingunn Aarseth", "Rådmann", "2020-01-22", "handwritten")])


# --------------------------------------------------------------------------- z14
def _steinkjer(out: Path, p=None):
    p = Pg(out, "DV", "DVB", 10)
    p.text("Nav Steinkjer – søknad om tilskudd til utvikling av sosiale tjenester 2020", bold=True, size=13)
    p.text("Til: Fylkesmannen i Trøndelag", size=9)
    p.gap(6)
    for k, v in [("Søker:", "Nav Steinkjer"), ("Kommune:", "Steinkjer kommune"), ("Org.nr.:", "974 788 055"),
                 ("Kontaktperson:", "Eva Marie Sørli"), ("Tlf./e-post:", "74 16 93 50 / eva.marie.sorli@nav.no"),
                 ("Prosjekt:", "Ungdomsteamet Steinkjer"), ("Nytt/videreføring:", "Videreføring, år 2"),
                 ("Oppstart år 2:", "01.01.2020"), ("Stilling:", "Ungdomsveileder 100 %"),
                 ("Prioritert område:", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                 ("Nettverk:", "Ja"), ("Prosessevaluering:", "Nei")]:
        p.kv(k, v, x2=180)
    p.gap(4)
    p.text("Ungdomsteamet gir ungdom 16–25 år som mottar sosialhjelp én fast veileder, og har i 2019 hjulpet 41 "
           "ungdommer over i skole eller arbeid. Vi søker om videreføring for 2020.")
    p.gap(4)
    p.text("Budsjett 2020", bold=True)
    for k, v in [("Lønn og sosiale kostnader, ungdomsveileder 100 %", "610 000"), ("Kompetansemidler", "–"),
                 ("Totalt omsøkt", "610 000")]:
        p.c.setFont(p.f, 10)
        p.c.drawString(70, p.y, k)
        p.c.drawRightString(420, p.y, "kr " + v)
        p.y -= 15
    p.gap(24)
    p.text("Underskrifter", bold=True)
    p.gap(4)
    y0 = p.y
    for i, (x, seed, role, name, place) in enumerate([(60, 1401, "Nav-leder", "Gunhild Ryan", "Steinkjer, 29.01.2020"),
                                                      (60, 1402, "Rådmann", "Anders Lein", "Steinkjer, 29.01.2020")]):
        y = y0 - i * 105
        p.c.setFont("DV", 9)
        p.c.drawString(x, y, place)
        p.ink(seed, x, y - 50)
        p.c.line(x, y - 52, x + 220, y - 52)
        p.c.setFont("DVB", 9)
        p.c.drawString(x, y - 64, role)
        p.c.setFont("DV", 10)
        p.c.drawString(x, y - 77, name)
    p.save()
    return p


def z14(out: Path):
    """Nav Steinkjer, continuation year 2: stacked blocks place/date, ink, rule, TITLE, then name."""
    _steinkjer(out)
    normalize_pdf(out, out)
    return truth("z14", "pdf", "pdf-handwritten", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Steinkjer", "Steinkjer", "974788055"),
                 contact=("Eva Marie Sørli", "eva.marie.sorli@nav.no", "74169350"),
                 project=("Ungdomsteamet Steinkjer", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": None, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Gunhild Ryan", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Anders Lein", "Rådmann", "2020-01-29", "handwritten")])


# --------------------------------------------------------------------------- z15
def z15(out: Path):
    """Nav Senja: printed form photographed with a phone (perspective, shadow, 150 dpi, low contrast, JPEG)."""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        p = Pg(src, "LA", "LAB", 11)
        p.text("SØKNAD – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=13)
        p.gap(8)
        for k, v in [("Nav-kontor", "Nav Senja"), ("Kommune", "Senja"), ("Organisasjonsnummer", "974499010"),
                     ("Kontaktperson", "Roger Karlsen"), ("Telefon", "77 85 30 60"), ("E-post", "roger.karlsen@nav.no"),
                     ("Prosjektnavn", "Heim til Senja"), ("Nytt / videreføring", "Nytt prosjekt"),
                     ("Oppstart", "01.05.2020"), ("Stilling", "Overgangskoordinator 100 %"),
                     ("Lønn og sosiale kostnader", "kr 590 000"), ("Kompetansemidler", "kr 10 000"),
                     ("Sum omsøkt", "kr 600 000")]:
            p.kv(k, v, x2=230)
        p.gap(4)
        p.text("Prioriterte områder:", bold=True)
        for ch, t in [(" ", "Bruk av ordinært arbeidsliv"), (" ", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      ("X", "Sikring av sårbare overganger")]:
            p.c.rect(p.m, p.y - 2, 11, 11)
            p.c.setFont("LAB", 11)
            p.c.drawString(p.m + 2, p.y, ch)
            p.c.setFont("LA", 11)
            p.c.drawString(p.m + 18, p.y, t)
            p.y -= 17
        p.text("Koordinatoren følger innbyggere fra Senja som løslates fra fengsel eller skrives ut fra "
               "døgnbehandling, slik at bolig, inntekt og arbeid er på plass fra første dag.", wrap=90)
        p.text("Nettverk/klyngesamarbeid: Ja      Ekstern prosessevaluering: Ja")
        p.gap(30)
        y = p.y
        for x, seed, place, name, title in [(60, 1501, "Finnsnes 23.01.2020", "Hege Bakkevoll", "Nav-leder"),
                                            (320, 1502, "Finnsnes 24.01.2020", "Trond Arild Olsen", "Rådmann")]:
            p.c.setFont("LA", 10)
            p.c.drawString(x, y, place)
            p.ink(seed, x, y - 52, 150, 42)
            p.c.line(x, y - 55, x + 200, y - 55)
            p.c.drawString(x, y - 68, name)
            p.c.drawString(x, y - 81, title)
        p.save()
        scan_pdf(src, out, seed=15, dpi=150, angle=-1.6, contrast=0.55, shadow=True, quality=40)
    return truth("z15", "pdf", "pdf-scanned", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Senja", "Senja", "974499010"),
                 contact=("Roger Karlsen", "roger.karlsen@nav.no", "77853060"),
                 project=("Heim til Senja", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Hege Bakkevoll", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Trond Arild Olsen", "Rådmann", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"])


# --------------------------------------------------------------------------- z16
def _cert(cn: str, seed: int):
    """A self-signed certificate made at build time from the fixed key in testkey25.py."""
    import datetime as dt
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.x509.oid import NameOID
    from testkey25 import KEY_PEM
    key = serialization.load_pem_private_key(KEY_PEM, None)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    t0 = dt.datetime(2019, 6, 1, tzinfo=dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1000 + seed).not_valid_before(t0).not_valid_after(t0 + dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    return (key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()), cert.public_bytes(serialization.Encoding.DER))


class _pinned:
    """Pin pyHanko's clock and the /ID randomness so the signed file is the same on every build."""

    def __enter__(self):
        import datetime as dt
        import os
        from pyhanko.pdf_utils.metadata import info, xmp_xml
        from pyhanko.sign.signers import functions, pdf_cms, pdf_signer

        class Frozen(dt.datetime):
            @classmethod
            def now(cls, tz=None):
                return dt.datetime(2020, 1, 28, 9, 30, tzinfo=dt.timezone.utc)

        self.mods = [(m, m.datetime) for m in (functions, pdf_cms, pdf_signer, info, xmp_xml)]
        for m, _ in self.mods:
            m.datetime = Frozen
        self.urandom = os.urandom
        os.urandom = lambda n: bytes(range(n))
        return self

    def __exit__(self, *a):
        import os
        for m, orig in self.mods:
            m.datetime = orig
        os.urandom = self.urandom


def z16(out: Path):
    """Nav Elverum: Nav leader signs with a PAdES signature; the rådmann's ink is on the page."""
    from asn1crypto import keys, x509 as ax
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "src.pdf"
        p = Pg(src, "DV", "DVB", 10)
        p.text("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", bold=True, size=13)
        p.text("Sendes: Fylkesmannen i Innlandet", size=9)
        p.gap(6)
        for k, v in [("Søkende kontor", "Nav Elverum"), ("Kommune", "Elverum"), ("Organisasjonsnummer", "974 463 121"),
                     ("Kontaktperson", "Anette Bråten"), ("E-post", "anette.braten@nav.no"), ("Telefon", "624 32 810"),
                     ("Prosjekt", "Arbeidslinja Elverum"), ("Type", "Nytt prosjekt"), ("Oppstart", "01.03.2020"),
                     ("Stilling", "Jobbspesialist, 100 prosent"), ("Lønn og sosiale kostnader", "kr 600 000"),
                     ("Kompetansemidler", "kr 10 000"), ("Totalt", "kr 610 000"),
                     ("Prioriterte områder", "Bruk av ordinært arbeidsliv"),
                     ("Nettverk / klynge", "Ja"), ("Ekstern prosessevaluering", "Ja")]:
            p.kv(k, v, x2=210)
        p.gap(4)
        p.text("Jobbspesialisten skal hjelpe langtidsmottakere av sosialhjelp ut i ordinære jobber hos "
               "arbeidsgivere i Elverum og følge opp arbeidsgiver og arbeidstaker etter ansettelse.")
        p.gap(10)
        p.text("Signaturer", bold=True)
        y = p.y - 10
        p.c.setFont("DV", 9)
        p.c.drawString(60, y, "Leder Nav Elverum: signert digitalt (se signaturpanel)")
        p.c.drawString(60, y - 14, "Kristin Moen, 28.01.2020")
        p.c.drawString(320, y, "Elverum, 29.01.2020")
        p.ink(1601, 320, y - 52)
        p.c.line(320, y - 54, 520, y - 54)
        p.c.drawString(320, y - 66, "Rune Haugland, rådmann")
        p.save()
        kd, cd = _cert("Kristin Moen", 16)
        signer = signers.SimpleSigner(signing_cert=ax.Certificate.load(cd), signing_key=keys.PrivateKeyInfo.load(kd),
                                      cert_registry=SimpleCertificateStore.from_certs([ax.Certificate.load(cd)]))
        with open(src, "rb") as fh, _pinned():
            w = IncrementalPdfFileWriter(fh)
            meta = signers.PdfSignatureMetadata(field_name="NavLeder", name="Kristin Moen", reason="Godkjent av Nav-leder",
                                                location="Elverum", subfilter=fields.SigSeedSubFilter.PADES)
            buf = signers.sign_pdf(w, meta, signer=signer,
                                   new_field_spec=fields.SigFieldSpec("NavLeder", on_page=0, box=(60, 60, 260, 100)))
        out.write_bytes(buf.getvalue())
    return truth("z16", "pdf", "pdf-pades", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Elverum", "Elverum", "974463121"),
                 contact=("Anette Bråten", "anette.braten@nav.no", "62432810"),
                 project=("Arbeidslinja Elverum", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Kristin Moen", "Leder Nav Elverum", "2020-01-28", "digital"),
                       ("municipality", "Rune Haugland", "Rådmann", "2020-01-29", "handwritten")],
                 notes=["signature timestamp is the build time; the signature date in truth is the printed one"])


# --------------------------------------------------------------------------- z17
def z17(out: Path):
    """Not an application: the county's invitation to a network meeting for grant-funded projects."""
    p = Pg(out, "LS", "LSB", 11)
    p.text("Fylkesmannen i Nordland", bold=True, size=12)
    p.text("Sosial- og familieavdelingen", size=9)
    p.gap(10)
    p.text("Til: NAV-kontorene i Nordland med tilskudd til utvikling av sosiale tjenester", size=10)
    p.text("Bodø, 10.01.2020", size=10)
    p.gap(10)
    p.text("Invitasjon til nettverkssamling 12.–13. mars 2020", bold=True, size=14)
    p.gap(4)
    p.text("Fylkesmannen inviterer NAV-kontor som har fått tilskudd til utvikling av sosiale tjenester i "
           "NAV-kontoret til nettverkssamling på Scandic Havet i Bodø. Samlingen er en del av klyngesamarbeidet "
           "og tar for seg bruk av ordinært arbeidsliv, oppfølging av barnefamilier og sikring av sårbare overganger.")
    p.gap(4)
    p.text("Program", bold=True)
    for ln in ["Torsdag 12. mars kl. 10.00: Velkommen v/ fylkesmann",
               "kl. 10.30: Erfaringer fra prosjektet «Ung i jobb» v/ NAV Rana",
               "kl. 13.00: Gruppearbeid: Hvordan dokumentere resultater?",
               "Fredag 13. mars kl. 09.00: Ekstern prosessevaluering v/ Arbeids- og velferdsdirektoratet"]:
        p.text(ln, x=70)
    p.gap(4)
    p.text("Påmelding innen 20. februar 2020 til postmottak@fmno.no. Samlingen er gratis; reise dekkes av "
           "kontorene. Spørsmål kan rettes til seniorrådgiver Bente Olsen, tlf. 75 53 15 00.")
    p.gap(10)
    p.text("Med hilsen")
    p.text("Bente Olsen, seniorrådgiver (sign.)")
    p.save()
    normalize_pdf(out, out)
    return truth("z17", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["invitation to a network meeting for grant holders"])


DOCS = [("z08", "pdf", z08), ("z09", "pdf", z09), ("z10", "pdf", z10), ("z11", "pdf", z11),
        ("z14", "pdf", z14), ("z15", "pdf", z15), ("z16", "pdf", z16), ("z17", "pdf", z17)]
