"""Documents of the fourth adversarial corpus; each builder writes its file and returns its truth."""
from __future__ import annotations

import io
import math
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as rl_canvas

from truthlib import truth

W, H = A4
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
pdfmetrics.registerFont(TTFont("DV", FONT))
pdfmetrics.registerFont(TTFont("DVB", FONTB))
S20 = "nav-sosiale-tjenester-2020"


def orgnr(base8: str) -> str:
    """9 digits with a valid MOD11 check digit."""
    for bump in range(100):
        b = str(int(base8) + bump).zfill(8)
        s = sum(int(d) * w for d, w in zip(b, [3, 2, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c != 10:
            return b + str(c)
    raise ValueError(base8)


def ink_png(seed: int, w: int = 420, h: int = 110) -> bytes:
    """A scribbled signature as a transparent-free PNG (dark blue strokes on white)."""
    rnd = random.Random(seed)
    im = Image.new("RGB", (w, h), "white")
    d = ImageDraw.Draw(im)
    x, y = 15, h * 0.6
    pts = []
    for i in range(60):
        x += rnd.uniform(3, 8)
        y = h * 0.55 + math.sin(i * rnd.uniform(0.5, 1.2)) * rnd.uniform(10, 35)
        pts.append((x, y))
    d.line(pts, fill=(20, 30, 110), width=3)
    d.line([(20, h * 0.8), (x, h * 0.72)], fill=(20, 30, 110), width=2)
    buf = io.BytesIO()
    im.save(buf, "PNG")
    return buf.getvalue()


def lo_convert(src: Path, fmt: str, out: Path) -> None:
    """Convert with LibreOffice headless into out (own profile dir so parallel runs do not clash)."""
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        made = [p for p in Path(td).iterdir() if p.is_file() and p.suffix == "." + fmt.split(":")[0]]
        shutil.copy(made[0], out)


class Page:
    """A simple text flow on reportlab pages."""

    def __init__(self, out: Path, title: str = "Søknad"):
        self.c = rl_canvas.Canvas(str(out), pagesize=A4, invariant=1)
        self.c.setTitle(title)
        self.y = H - 60

    def line(self, text: str, size: float = 10, bold: bool = False, x: float = 56, gap: float = 4):
        if self.y < 70:
            self.new()
        self.c.setFont("DVB" if bold else "DV", size)
        self.c.drawString(x, self.y, text)
        self.y -= size + gap

    def para(self, text: str, size: float = 10, width: int = 95):
        import textwrap
        for ln in textwrap.wrap(text, width):
            self.line(ln, size)
        self.y -= 4

    def new(self):
        self.c.showPage()
        self.y = H - 60

    def image(self, png: bytes, x: float, w: float, h: float):
        self.c.drawImage(ImageReader(io.BytesIO(png)), x, self.y - h, w, h)

    def save(self):
        self.c.save()


INTRO = ("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 — søknadsskjema. "
         "Søknadsfrist 1. februar 2020. Søknaden sendes Fylkesmannen.")


def app_lines(f: dict) -> list[tuple[str, str]]:
    """Label/answer pairs of a Bokmål application from facts."""
    return [
        ("Nav-kontor", f["office"]), ("Kommune", f["mun"]), ("Organisasjonsnummer", f["org"]),
        ("Kontaktperson", f["cname"]), ("E-post", f["email"]), ("Telefon", f["phone"]),
        ("Tiltakets navn", f["title"]), ("Nytt tiltak eller videreføring", f["kind"]),
        ("Oppstart", f["start"]),
    ]


PROSE_NB = ("Tiltaket skal gi unge mellom 18 og 29 år som mottar sosialhjelp tett oppfølging mot ordinært "
            "arbeidsliv. Vi vil prøve ut en ny arbeidsmåte der veilederen møter ungdommen sammen med lokale "
            "arbeidsgivere, og utvikle en modell for samarbeid med videregående skole.")


def render_form(p: Page, f: dict, budget: list[tuple[str, str]], prose: str = PROSE_NB,
                interest=("Ja", "Ja"), sig_block=True):
    p.line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 13, True)
    p.para(INTRO, 8)
    p.line("1. Søker", 11, True)
    for k, v in app_lines(f):
        p.line(f"{k}: {v}")
    p.line("2. Beskrivelse av tiltaket", 11, True)
    p.para(prose)
    p.line("Prioriterte områder: Bruk av ordinært arbeidsliv; Oppfølging av barnefamilier, ungdom og innvandrere")
    p.line("3. Budsjett", 11, True)
    for k, v in budget:
        p.line(f"{k}: {v}")
    p.line("4. Interesse", 11, True)
    p.line(f"Er kontoret interessert i nettverk/klyngesamarbeid? {interest[0]}")
    p.line(f"Er kontoret interessert i ekstern prosessevaluering? {interest[1]}")


def sig_table(p: Page, sigs, ink=True, seed=1):
    p.line("5. Underskrifter", 11, True)
    for i, (name, title, date) in enumerate(sigs):
        if p.y < 160:
            p.new()
        if ink:
            p.image(ink_png(seed + i), 60, 150, 40)
            p.y -= 44
        p.line("_" * 40)
        p.line(f"{date}   {name}, {title}")
        p.y -= 10


FACTS = {
    "d01": dict(office="Nav Hadsel", mun="Hadsel", org=orgnr("97410001"), cname="Ingrid Sortland",
                email="ingrid.sortland@nav.no", phone="76 16 44 10", title="Jobbvei Vesterålen",
                kind="Nytt tiltak", start="01.04.2020"),
}


def save_docx(d, out: Path) -> None:
    """Save a python-docx document byte-identically: fixed core dates and fixed zip entry times."""
    import datetime
    import zipfile
    d.core_properties.created = d.core_properties.modified = datetime.datetime(2020, 1, 20)
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(buf) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 20, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))


def _sigs(nav, mun, kind="handwritten"):
    return [("nav_leader", nav[0], nav[1], nav[2], kind), ("municipality", mun[0], mun[1], mun[2], kind)]


def d01(out: Path) -> dict:
    """AcroForm PDF: the answers are only in the field values, labels in the page text."""
    f = FACTS["d01"]
    c = rl_canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setFont("DVB", 13)
    c.drawString(50, H - 50, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont("DV", 8)
    c.drawString(50, H - 64, "Søknadsfrist 1. februar 2020. Fyll ut feltene elektronisk.")
    form = c.acroForm
    rows = app_lines(f) + [("Stillingsprosent", "100 %"), ("Lønn og sosiale utgifter", "600 000"),
                           ("Kompetansemidler", "10 000"), ("Sum omsøkt", "610 000"),
                           ("Nettverk/klyngesamarbeid (ja/nei)", "Ja"), ("Ekstern prosessevaluering (ja/nei)", "Nei")]
    y = H - 100
    for i, (k, v) in enumerate(rows):
        c.setFont("DV", 10)
        c.drawString(50, y + 5, k)
        form.textfield(name=f"felt{i:02d}", value=v, x=250, y=y, width=290, height=18, fontName="Helvetica",
                       fontSize=10, borderWidth=1)
        y -= 26
    c.setFont("DV", 10)
    c.drawString(50, y, "Beskrivelse av tiltaket:")
    form.textfield(name="beskrivelse", value=("Oppfølging av ungdom og unge voksne mot ordinært arbeidsliv "
                   "med jobbspesialist og lokale arbeidsgivere."), x=50, y=y - 60, width=490, height=50,
                   fontName="Helvetica", fontSize=9, fieldFlags="multiline", borderWidth=1)
    y -= 100
    for i, (lab, name, title) in enumerate([("Nav-leder", "Per Kristian Olsen", "Nav-leder"),
                                             ("Rådmann", "Randi Hansen", "Rådmann")]):
        c.drawImage(ImageReader(io.BytesIO(ink_png(10 + i))), 50 + i * 260, y - 40, 150, 40)
        c.line(50 + i * 260, y - 44, 260 + i * 260, y - 44)
        c.drawString(50 + i * 260, y - 58, f"{lab}: ")
        form.textfield(name=f"signnavn{i}", value=name, x=110 + i * 260, y=y - 62, width=150, height=16,
                       fontName="Helvetica", fontSize=9, borderWidth=0)
        form.textfield(name=f"signdato{i}", value="28.01.2020", x=110 + i * 260, y=y - 82, width=150, height=16,
                       fontName="Helvetica", fontSize=9, borderWidth=0)
    c.save()
    return truth("d01", "pdf", "acroform", lang="nb", scheme=S20,
                 office=("Nav Hadsel", "Hadsel", f["org"]), contact=(f["cname"], f["email"], "76164410"),
                 project=(f["title"], "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=_sigs(("Per Kristian Olsen", "Nav-leder", "2020-01-28"), ("Randi Hansen", "Rådmann", "2020-01-28")),
                 notes=["values only in AcroForm fields; ink images above the lines"])


def _docx_app(f: dict, budget, prose, sigs_text, nn=False, interest=("Ja", "Ja"), ink=True):
    import docx
    from docx.shared import Cm
    d = docx.Document()
    d.core_properties.created = __import__("datetime").datetime(2020, 1, 20)
    d.add_heading(("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020" if nn else
                   "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"), 1)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in f:
        r = t.add_row().cells
        r[0].text, r[1].text = k, v
    d.add_paragraph(prose)
    t2 = d.add_table(rows=0, cols=2)
    t2.style = "Table Grid"
    for k, v in budget:
        r = t2.add_row().cells
        r[0].text, r[1].text = k, v
    if nn:
        d.add_paragraph(f"Er kontoret interessert i nettverk/klyngesamarbeid? {interest[0]}")
        d.add_paragraph(f"Er kontoret interessert i ekstern prosessevaluering? {interest[1]}")
        d.add_heading("Underskrifter", 2)
    else:
        d.add_paragraph(f"Er kontoret interessert i nettverk/klyngesamarbeid? {interest[0]}")
        d.add_paragraph(f"Er kontoret interessert i ekstern prosessevaluering? {interest[1]}")
        d.add_heading("Underskrifter", 2)
    for i, (name, title, date) in enumerate(sigs_text):
        if ink:
            d.add_paragraph().add_run().add_picture(io.BytesIO(ink_png(40 + i)), width=Cm(4))
        d.add_paragraph("______________________________")
        d.add_paragraph(f"{date}, {name}, {title}")
    return d


def d02(out: Path) -> dict:
    """python-docx → LibreOffice Word 97 .doc; 'halv stilling', amounts 'kr 305.000,-'."""
    org = orgnr("99220304")
    f = [("Nav-kontor", "NAV Sauda"), ("Kommune", "Sauda"), ("Org.nr.", org),
         ("Kontaktperson", "Kjetil Vik, kjetil.vik@nav.no, tlf. 52 78 40 00"),
         ("Navn på tiltaket", "Ny start etter soning"), ("Nytt eller videreføring", "Videreføring (år 2)"),
         ("Planlagt oppstart", "1. mars 2020")]
    budget = [("Stilling", "Miljøarbeider, halv stilling"), ("Lønn og sosiale utgifter", "kr 305.000,-"),
              ("Kompetanse", "kr 0,-"), ("Totalt omsøkt", "kr 305.000,-")]
    prose = ("Tiltaket sikrer sårbare overganger for personer som løslates fra fengsel. Vi samarbeider med "
             "kriminalomsorgen om en ny modell for tilbakeføring der bolig og arbeid er på plass før løslatelse.")
    d = _docx_app(f, budget, prose, [("Liv Brekke", "Nav-leder", "27.01.2020"),
                                     ("Tor Amdal", "Kommunedirektør", "29.01.2020")], interest=("Nei", "Ja"))
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "d02.docx"
        save_docx(d, src)
        lo_convert(src, "doc", out)
    return truth("d02", "doc", "word97", lang="nb", scheme=S20, office=("Nav Sauda", "Sauda", org),
                 contact=("Kjetil Vik", "kjetil.vik@nav.no", "52784000"),
                 project=("Ny start etter soning", "continuation", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": 0, "total": 305000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=_sigs(("Liv Brekke", "Nav-leder", "2020-01-27"), ("Tor Amdal", "Kommunedirektør", "2020-01-29")),
                 notes=["competence 'kr 0,-' read as 0; null would also be defensible but the form states 0"])


def d03(out: Path) -> dict:
    """reportlab: amounts written in words only, 'fire hundre og femti tusen kroner'; 75 % position."""
    org = orgnr("96411702")
    f = dict(office="NAV Ørland", mun="Ørland", org=org, cname="Siri Grande", email="siri.grande@nav.no",
             phone="72 51 40 00", title="Familiekoordinator Ørland", kind="Nytt tiltak", start="01.05.2020")
    p = Page(out)
    render_form(p, f, [("Stilling", "Familiekoordinator, 75 prosent stilling"),
                       ("Omsøkt til lønn og sosiale utgifter", "fire hundre og femti tusen kroner"),
                       ("Kompetanse", "ti tusen kroner"),
                       ("Samlet søknadsbeløp", "fire hundre og sekstitusen kroner")],
                prose=("Familiekoordinatoren skal følge opp barnefamilier med lav inntekt og bidra til at "
                       "foreldrene kommer i jobb. Vi prøver ut en ny samarbeidsform mellom Nav og barnevernet."))
    sig_table(p, [("Eva Lian", "Nav-leder", "30.01.2020"), ("Jon Rian", "Rådmann", "30.01.2020")], seed=20)
    p.save()
    return truth("d03", "pdf", "amount-words", lang="nb", scheme=S20, office=("Nav Ørland", "Ørland", org),
                 contact=("Siri Grande", "siri.grande@nav.no", "72514000"),
                 project=("Familiekoordinator Ørland", "new", "2020-05-01"), pct=75,
                 amounts={"positions": 450000, "competence": 10000, "total": 460000},
                 prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=_sigs(("Eva Lian", "Nav-leder", "2020-01-30"), ("Jon Rian", "Rådmann", "2020-01-30")),
                 notes=["every amount in words only; 450 000 ≤ 0.75 × 610 000 = 457 500"])


def _std(id_, ext, cat, f, pct, am, sigs, expected=(), prio=("ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"),
         interest=(True, True), kind="new", start="2020-04-01", title="__", notes=(), optional=(), lang="nb"):
    return truth(id_, ext, cat, lang=lang, scheme=S20, office=(f["office"].replace("NAV", "Nav"), f["mun"], f["org"]),
                 contact=(f["cname"], f["email"], f["phone"].replace(" ", "")),
                 project=(f["title"] if title == "__" else title, kind, start), pct=pct, amounts=am, prio=list(prio),
                 interest=interest, sigs=sigs, expected=expected, notes=list(notes), optional=list(optional))


def _f(office, mun, base, cname, email, phone, title, start="01.04.2020"):
    return dict(office=office, mun=mun, org=orgnr(base), cname=cname, email=email, phone=phone, title=title,
                kind="Nytt tiltak", start=start)


def d04(out: Path) -> dict:
    """Budget in thousands: 'Beløp i 1000 kr' with 915 / 10 / 925."""
    f = _f("Nav Gjøvik", "Gjøvik", "97410220", "Lars Moen", "lars.moen@nav.no", "61 14 55 00", "Arbeid for alle i Gjøvik")
    p = Page(out)
    render_form(p, f, [("Stillinger", "1,5 årsverk (jobbspesialist 100 % og veileder 50 %)"),
                       ("Beløp i 1000 kr — lønn og sosiale utgifter", "915"),
                       ("Beløp i 1000 kr — kompetanse", "10"), ("Beløp i 1000 kr — sum", "925")])
    sig_table(p, [("Hilde Berg", "Nav-leder", "24.01.2020"), ("Knut Strand", "Kommunedirektør", "25.01.2020")], seed=30)
    p.save()
    return _std("d04", "pdf", "budget-thousands", f, 150, {"positions": 915000, "competence": 10000, "total": 925000},
                _sigs(("Hilde Berg", "Nav-leder", "2020-01-24"), ("Knut Strand", "Kommunedirektør", "2020-01-25")))


def d05(out: Path) -> dict:
    """Nynorsk docx with Nynorsk labels, dates in words, 'eitt årsverk'."""
    org = orgnr("96470133")
    f = [("Nav-kontor", "Nav Sogndal"), ("Kommune", "Sogndal"), ("Organisasjonsnummer", org),
         ("Kontaktperson", "Gunnhild Hauge"), ("E-post", "gunnhild.hauge@nav.no"), ("Telefon", "57 62 91 00"),
         ("Kva heiter tiltaket?", "Vegen vidare"), ("Er tiltaket nytt eller ei vidareføring?", "Nytt tiltak"),
         ("Når startar tiltaket?", "første mars 2020")]
    budget = [("Stilling", "eitt årsverk, jobbspesialist"), ("Lønn og sosiale utgifter", "600 000 kroner"),
              ("Kompetansemidlar", "10 000 kroner"), ("Sum det vert søkt om", "610 000 kroner")]
    prose = ("Tiltaket skal hjelpe unge vaksne og innvandrarar ut i ordinært arbeidsliv. Jobbspesialisten skal "
             "prøve ut ein ny arbeidsmåte saman med lokale bedrifter.")
    d = _docx_app(f, budget, prose, [("Ola Nes", "Nav-leiar", "tjueåttande januar 2020"),
                                     ("Marit Fosse", "Kommunedirektør", "tjueniande januar 2020")], nn=True)
    save_docx(d, out)
    return truth("d05", "docx", "nynorsk-words", lang="nn", scheme=S20, office=("Nav Sogndal", "Sogndal", org),
                 contact=("Gunnhild Hauge", "gunnhild.hauge@nav.no", "57629100"),
                 project=("Vegen vidare", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=_sigs(("Ola Nes", "Nav-leiar", "2020-01-28"), ("Marit Fosse", "Kommunedirektør", "2020-01-29")))


def d06(out: Path) -> dict:
    """E-mail body printed to PDF forwarding the application; the form behind it."""
    f = _f("Nav Vefsn", "Vefsn", "97410550", "Trine Aas", "trine.aas@nav.no", "75 10 12 00", "Ungdomslosen Vefsn")
    p = Page(out)
    for ln in ["Fra: Bjørn Solheim <bjorn.solheim@vefsn.kommune.no>", "Sendt: 31. januar 2020 14:02",
               "Til: postmottak@fylkesmannen.no", "Kopi: Trine Aas <trine.aas@nav.no>",
               "Emne: VS: Søknad tilskudd sosiale tjenester 2020 - Nav Vefsn"]:
        p.line(ln, 9)
    p.para("Hei! Vedlagt følger søknaden fra Nav Vefsn. Ta gjerne kontakt med meg på 911 22 333 om noe er uklart. "
           "Søknaden er behandlet i kommunens ledergruppe 20.01.2020.")
    p.line("Med vennlig hilsen Bjørn Solheim, rådgiver, Vefsn kommune", 9)
    p.new()
    render_form(p, f, [("Stillingsprosent", "100 %"), ("Lønn og sosiale utgifter", "kr 580 000"),
                       ("Kompetanse", "kr 10 000"), ("Sum", "kr 590 000")])
    sig_table(p, [("Anne Lund", "Nav-leder", "22.01.2020"), ("Geir Moe", "Rådmann", "23.01.2020")], seed=60)
    p.save()
    return _std("d06", "pdf", "email-bundle", f, 100, {"positions": 580000, "competence": 10000, "total": 590000},
                _sigs(("Anne Lund", "Nav-leder", "2020-01-22"), ("Geir Moe", "Rådmann", "2020-01-23")))


def _sig_scan_png(names) -> bytes:
    """A scanned signature page fragment: ink, lines and typed names in a grey, slightly rotated picture."""
    im = Image.new("L", (1400, 500), 235)
    d = ImageDraw.Draw(im)
    fnt = ImageFont.truetype(FONT, 30)
    for i, (n, t, dt) in enumerate(names):
        x = 60 + i * 680
        ink = Image.open(io.BytesIO(ink_png(70 + i, 500, 130))).convert("L")
        im.paste(ink, (x, 100))
        d.line([(x, 250), (x + 560, 250)], fill=40, width=3)
        d.text((x, 270), f"{n}", font=fnt, fill=30)
        d.text((x, 320), f"{t}, {dt}", font=fnt, fill=30)
    im = im.rotate(0.8, fillcolor=235).filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=70)
    return buf.getvalue()


def d07(out: Path) -> dict:
    """Signatures, names and dates only inside a scanned picture pasted on the last page."""
    f = _f("Nav Levanger", "Levanger", "97410660", "Mona Lie", "mona.lie@nav.no", "74 05 20 00", "Veien til jobb")
    p = Page(out)
    render_form(p, f, [("Stillingsprosent", "100 %"), ("Lønn og sosiale utgifter", "610 000"),
                       ("Kompetanse", "0"), ("Sum omsøkt", "610 000")])
    p.new()
    p.line("5. Underskrifter (skannet og limt inn)", 11, True)
    p.image(_sig_scan_png([("Rune Dahl", "Nav-leder", "27.01.2020"), ("Kari Vang", "Rådmann", "27.01.2020")]),
            56, 480, 170)
    p.save()
    return _std("d07", "pdf", "pasted-signature-scan", f, 100, {"positions": 610000, "competence": 0, "total": 610000},
                _sigs(("Rune Dahl", "Nav-leder", "2020-01-27"), ("Kari Vang", "Rådmann", "2020-01-27")),
                optional=["LOW_CONFIDENCE"], notes=["names/dates only inside the pasted JPEG (OCR needed)"])


def d08(out: Path) -> dict:
    """Phone photo of a one-page form: drawn with Pillow, keystone, shadow, JPEG."""
    rnd = random.Random(8)
    W0, H0 = 1240, 1754
    im = Image.new("RGB", (W0, H0), "white")
    d = ImageDraw.Draw(im)
    fb = ImageFont.truetype(FONTB, 30)
    fn = ImageFont.truetype(FONT, 26)
    org = orgnr("97410770")
    y = 90
    d.text((70, y), "Søknad om tilskudd til utvikling av sosiale", font=fb, fill=0)
    d.text((70, y + 40), "tjenester i Nav-kontoret 2020", font=fb, fill=0)
    y += 110
    rows = [("Nav-kontor", "Nav Nesna"), ("Kommune", "Nesna"), ("Org.nr.", org),
            ("Kontaktperson", "Eirik Hals"), ("E-post", "eirik.hals@nav.no"), ("Telefon", "75 05 66 00"),
            ("Tiltakets navn", "Sammen i arbeid"), ("Nytt/videreføring", "Nytt tiltak"),
            ("Oppstart", "01.06.2020"), ("Stillingsprosent", "80 %"),
            ("Lønn og sosiale utgifter", "480 000"), ("Kompetanse", "8 000"), ("Sum omsøkt", "488 000"),
            ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")]
    for k, v in rows:
        d.rectangle([60, y - 8, 1180, y + 42], outline=0, width=2)
        d.text((75, y), k, font=fn, fill=0)
        d.text((520, y), v, font=fn, fill=0)
        y += 50
    y += 20
    for ln in ["Tiltaket skal gi innvandrere og ungdom tett oppfølging mot",
               "ordinært arbeidsliv i samarbeid med lokale bedrifter."]:
        d.text((70, y), ln, font=fn, fill=0)
        y += 36
    y += 60
    for i, (n, t) in enumerate([("Siv Aune", "Nav-leder"), ("Ole Rønning", "Rådmann")]):
        x = 80 + i * 560
        ink = Image.open(io.BytesIO(ink_png(80 + i, 420, 110)))
        im.paste(ink, (x, y))
        d.line([(x, y + 120), (x + 460, y + 120)], fill=0, width=2)
        d.text((x, y + 130), f"{n}, {t}", font=fn, fill=0)
        d.text((x, y + 165), "29.01.2020", font=fn, fill=0)
    # photo: keystone onto a bigger dark desk, shadow gradient, blur, jpeg
    desk = Image.new("RGB", (1500, 2000), (90, 75, 60))
    coeffs = _persp([(0, 0), (W0, 0), (W0, H0), (0, H0)], [(140, 110), (1380, 150), (1420, 1900), (90, 1860)])
    warped = im.transform((1500, 2000), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(90, 75, 60))
    mask = Image.new("L", (W0, H0), 255).transform((1500, 2000), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=0)
    desk.paste(warped, (0, 0), mask)
    shade = Image.linear_gradient("L").resize((1500, 2000)).rotate(90).point(lambda v: 255 - int(v * 0.35))
    desk = Image.composite(desk, Image.new("RGB", desk.size, "black"), shade)
    desk = desk.filter(ImageFilter.GaussianBlur(1.0))
    desk.save(out, "JPEG", quality=80)
    return truth("d08", "jpg", "phone-photo", lang="nb", scheme=S20, office=("Nav Nesna", "Nesna", org),
                 contact=("Eirik Hals", "eirik.hals@nav.no", "75056600"),
                 project=("Sammen i arbeid", "new", "2020-06-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "total": 488000},
                 prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=_sigs(("Siv Aune", "Nav-leder", "2020-01-29"), ("Ole Rønning", "Rådmann", "2020-01-29")),
                 optional=["LOW_CONFIDENCE"])


def _persp(src, dst):
    """Coefficients for Image.transform(PERSPECTIVE) mapping output dst points back to input src points."""
    import numpy as np
    a = []
    b = []
    for (x, y), (u, v) in zip(src, dst):
        a.append([u, v, 1, 0, 0, 0, -x * u, -x * v])
        a.append([0, 0, 0, u, v, 1, -y * u, -y * v])
        b += [x, y]
    return list(np.linalg.solve(np.array(a, float), np.array(b, float)))


def d09(out: Path) -> dict:
    """Defect: '0,5 årsverk' with 400 000 for salary (cap 305 000): AMOUNT_OVER_CAP."""
    f = _f("Nav Alta", "Alta", "97410880", "Ellen Sara", "ellen.sara@nav.no", "78 45 50 00", "Losen Alta")
    p = Page(out)
    render_form(p, f, [("Stilling", "0,5 årsverk, ungdomslos"), ("Lønn og sosiale utgifter", "400 000"),
                       ("Kompetanse", "10 000"), ("Sum omsøkt", "410 000")])
    sig_table(p, [("Nils Eira", "Nav-leder", "21.01.2020"), ("Berit Kemi", "Rådmann", "22.01.2020")], seed=90)
    p.save()
    return _std("d09", "pdf", "defect", f, 50, {"positions": 400000, "competence": 10000, "total": 410000},
                _sigs(("Nils Eira", "Nav-leder", "2020-01-21"), ("Berit Kemi", "Rådmann", "2020-01-22")),
                expected=["AMOUNT_OVER_CAP"])


def d10(out: Path) -> dict:
    """Defect (docx): only the Nav leader signs: SIGNATURE_MUNICIPALITY_MISSING."""
    org = orgnr("97410990")
    f = [("Nav-kontor", "Nav Tynset"), ("Kommune", "Tynset"), ("Organisasjonsnummer", org),
         ("Kontaktperson", "Pål Brenden"), ("E-post", "pal.brenden@nav.no"), ("Telefon", "62 48 50 00"),
         ("Prosjektnavn", "Fjellnær oppfølging"), ("Nytt eller videreføring", "Nytt"), ("Oppstart", "15.03.2020")]
    budget = [("Stillingsandel", "100 %"), ("Lønn og sosiale utgifter", "590 000"), ("Kompetanse", "10 000"),
              ("Totalt", "600 000")]
    d = _docx_app(f, budget, PROSE_NB, [("Hege Tangen", "Nav-leder", "30.01.2020")])
    save_docx(d, out)
    return truth("d10", "docx", "defect", lang="nb", scheme=S20, office=("Nav Tynset", "Tynset", org),
                 contact=("Pål Brenden", "pal.brenden@nav.no", "62485000"),
                 project=("Fjellnær oppfølging", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Hege Tangen", "Nav-leder", "2020-01-30", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"])


def d11(out: Path) -> dict:
    """Defect: 2 × 100 % lines 600 000 + 590 000 + 10 000 stated as 1 100 000: AMOUNT_SUM_MISMATCH."""
    f = _f("Nav Steinkjer", "Steinkjer", "97411100", "Rita Holm", "rita.holm@nav.no", "74 16 90 00", "Tett på familien")
    p = Page(out)
    render_form(p, f, [("Stilling 1", "Familieveileder 100 %: 600 000"), ("Stilling 2", "Jobbspesialist 100 %: 590 000"),
                       ("Lønn og sosiale utgifter i alt", "1 190 000"), ("Kompetanse", "10 000"),
                       ("Sum omsøkt", "1 100 000")])
    sig_table(p, [("Arne Vik", "Nav-leder", "29.01.2020"), ("Sissel Rø", "Kommunedirektør", "29.01.2020")], seed=110)
    p.save()
    return _std("d11", "pdf", "defect", f, 200, {"positions": 1190000, "competence": 10000, "total": 1100000},
                _sigs(("Arne Vik", "Nav-leder", "2020-01-29"), ("Sissel Rø", "Kommunedirektør", "2020-01-29")),
                expected=["AMOUNT_SUM_MISMATCH"])


def d12(out: Path) -> dict:
    """Defect (docx → LibreOffice ODT): the title cell is empty: TITLE_MISSING."""
    org = orgnr("97411200")
    f = [("Nav-kontor", "Nav Kvinesdal"), ("Kommune", "Kvinesdal"), ("Organisasjonsnummer", org),
         ("Kontaktperson", "Tone Egeland"), ("E-post", "tone.egeland@nav.no"), ("Telefon", "38 35 77 00"),
         ("Tiltakets navn", ""), ("Nytt eller videreføring", "Nytt tiltak"), ("Oppstart", "01.04.2020")]
    budget = [("Stillingsprosent", "60 %"), ("Lønn og sosiale utgifter", "360 000"), ("Kompetanse", "5 000"),
              ("Sum", "365 000")]
    d = _docx_app(f, budget, PROSE_NB, [("Jarle Fidje", "Nav-leder", "28.01.2020"),
                                        ("Ida Netland", "Rådmann", "28.01.2020")])
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "d12.docx"
        save_docx(d, src)
        lo_convert(src, "odt", out)
    return truth("d12", "odt", "defect", lang="nb", scheme=S20, office=("Nav Kvinesdal", "Kvinesdal", org),
                 contact=("Tone Egeland", "tone.egeland@nav.no", "38357700"),
                 project=(None, "new", "2020-04-01"), pct=60,
                 amounts={"positions": 360000, "competence": 5000, "total": 365000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=_sigs(("Jarle Fidje", "Nav-leder", "2020-01-28"), ("Ida Netland", "Rådmann", "2020-01-28")),
                 expected=["TITLE_MISSING"])
