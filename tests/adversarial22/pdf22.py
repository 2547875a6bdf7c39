"""PDF documents of tests/adversarial22: LibreOffice export of a multi-column docx, reportlab text
and AcroForm PDFs, a photographed scan, vector ink, PAdES (pyHanko), a zero-page PDF."""
from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
from truthlib import truth  # noqa: E402

from kit22 import CELL, P, R, SECT, TBL, Docx, T, ink_png, orgnr  # noqa: E402
from reportlab.lib.colors import Color, black, grey  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
PRIO = ["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"]
FONTS = {"DVS": "dejavu/DejaVuSans.ttf", "DVSB": "dejavu/DejaVuSans-Bold.ttf", "LSer": "liberation2/LiberationSerif-Regular.ttf",
         "LSerB": "liberation2/LiberationSerif-Bold.ttf"}


def fonts():
    for n, f in FONTS.items():
        p = Path("/usr/share/fonts/truetype") / f
        if not p.exists():
            sys.exit(f"font missing: {p}")
        if n not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(n, str(p)))


def ink(c, x, y, seed, w=150, h=30):
    """Seeded vector ink (a signature scribble) drawn with bezier strokes."""
    rnd = random.Random(seed)
    c.saveState()
    c.setStrokeColorRGB(0.08, 0.12, 0.45)
    c.setLineWidth(1.3)
    p = c.beginPath()
    px, py = x, y + h / 2
    p.moveTo(px, py)
    while px < x + w - 12:
        nx = px + rnd.uniform(6, 16)
        ny = y + rnd.uniform(0, h)
        p.curveTo(px + 3, py + rnd.uniform(-h, h) / 2, nx - 3, ny + rnd.uniform(-h, h) / 2, nx, ny)
        px, py = nx, ny
    c.drawPath(p, stroke=1, fill=0)
    c.line(x + 5, y - 2, x + w - 20, y + rnd.uniform(-3, 3))
    c.restoreState()


# =========================================================================== x09
def x09(out: Path):
    """pdf-from-office: an ONLYOFFICE-saved docx with a two-column section (w:cols) for the
    project text and priority areas, continuous section breaks, ink images; LibreOffice PDF."""
    org = orgnr("97400518")
    d = Docx(font="Carlito", app="ONLYOFFICE/7.3.3.49", app_version="7.3")
    cont = lambda s: s.replace("<w:sectPr>", '<w:sectPr><w:type w:val="continuous"/>')  # noqa: E731
    lab = lambda t: CELL(P(R(t, b=True, sz=20)), 3400)  # noqa: E731
    body = [
        T("SØKNAD OM TILSKUDD – sosiale tjenester i Nav-kontoret 2020", style="Heading1"),
        TBL([[lab("Nav-kontorets navn"), CELL("Nav Kongsberg", 6200)],
             [lab("Kommune"), CELL("Kongsberg", 6200)],
             [lab("Org.nummer"), CELL(org, 6200)],
             [lab("Prosjektleder/kontakt"), CELL("Hilde Vik Andersen", 6200)],
             [lab("Kontaktinfo"), CELL("hilde.vik.andersen@nav.no  |  tlf 404 18 772", 6200)],
             [lab("Prosjekt"), CELL("Sammen for ungdom", 6200)],
             [lab("Søknadstype"), CELL("Videreføring, år 3", 6200)],
             [lab("Prosjektperiode"), CELL("01.01.2020 – 31.12.2020", 6200)]], [3400, 6200]),
        P(sect=cont(SECT())),
        T("Beskrivelse av prosjektet", style="Heading2"),
        P(R("Prosjektet gir ungdom mellom 16 og 25 år som står i fare for å falle ut av skole en fast veileder i Nav. "
            "Veilederen jobber tett med videregående skole og oppfølgingstjenesten slik at overgangen fra skole til "
            "arbeid eller utdanning ikke blir et brudd i oppfølgingen. ")),
        P(R("Vi bruker ordinære arbeidsplasser som arena for avklaring og opplæring, med lærlingplasser i kommunen "
            "og lokalt næringsliv. Tredje prosjektår skal brukes til å forankre arbeidsformen i ordinær drift.")),
        T("Prioriterte områder", style="Heading2"),
        P(R("☒ Bruk av ordinært arbeidsliv")),
        P(R("☒ Oppfølging av barnefamilier, ungdom og innvandrere")),
        P(R("☒ Sikring av sårbare overganger")),
        T("Nettverk og evaluering", style="Heading2"),
        P(R("Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei")),
        P(R("Ekstern prosessevaluering: ☐ Ja ☒ Nei")),
        P(sect=cont(SECT(cols=2))),
        T("Budsjett 2020", style="Heading2"),
        TBL([[CELL(P(R("Stilling", b=True)), 4000), CELL(P(R("Andel", b=True)), 1800), CELL(P(R("Kostnad", b=True)), 2400)],
             [CELL("Ungdomsveileder", 4000), CELL("100 %", 1800), CELL(P(R("kr 610 000"), jc="right"), 2400)],
             [CELL("Kompetanse", 4000), CELL("", 1800), CELL(P(R("kr 10 000"), jc="right"), 2400)],
             [CELL(P(R("Omsøkt totalt", b=True)), 4000), CELL("", 1800), CELL(P(R("kr 620 000", b=True), jc="right"), 2400)]],
            [4000, 1800, 2400]),
        P(R("Underskrifter", b=True)),
        TBL([[CELL(P(R("Kongsberg, 21.01.2020")), 4800), CELL(P(R("Kongsberg, 22.01.2020")), 4800)],
             [CELL(P(d.image(ink_png(909))), 4800), CELL(P(d.image(ink_png(910))), 4800)],
             [CELL(P(R("Nav-leder Espen Rud")), 4800), CELL(P(R("Kommunedirektør Kirsti Lund")), 4800)]], [4800, 4800], borders=False),
        SECT(),
    ]
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "x09.docx"
        d.save(src, "".join(body))
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=180)
        shutil.copy(Path(td) / "x09.pdf", out)
    return truth("x09", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", org),
                 contact=("Hilde Vik Andersen", "hilde.vik.andersen@nav.no", "40418772"),
                 project=("Sammen for ungdom", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=PRIO, interest=(True, False),
                 sigs=[("nav_leader", "Espen Rud", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Kirsti Lund", "Kommunedirektør", "2020-01-22", "handwritten")],
                 notes=["project text and priority areas in a two-column section (w:cols num=2)",
                        "continuation year 3: allowed (CONTINUATION_LIMIT only beyond the third year)"])


# =========================================================================== x10
def x10(out: Path):
    """pdf-text: numbered sections, each label printed small above its answer, two positions
    written '2 x 100 %'; DEFECT: COMPETENCE_OVER_CAP (25 000)."""
    fonts()
    org = orgnr("97155021")
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    W, H = A4
    y = H - 60
    c.setFont("LSerB", 15)
    c.drawString(56, y, "Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    y -= 30
    def sec(n, t):
        nonlocal y
        c.setFont("LSerB", 12)
        c.drawString(56, y, f"{n}. {t}")
        y -= 20
    def qa(label, ans, x=70):
        nonlocal y
        c.setFont("LSer", 8)
        c.setFillColor(grey)
        c.drawString(x, y, label.upper())
        c.setFillColor(black)
        c.setFont("LSer", 11)
        c.drawString(x, y - 13, ans)
        c.setStrokeColor(grey)
        c.line(x, y - 16, W - 56, y - 16)
        y -= 32
    sec(1, "Søker")
    qa("Nav-kontor", "NAV Alta")
    qa("Kommune", "Alta kommune")
    qa("Organisasjonsnummer", f"{org[:3]} {org[3:6]} {org[6:]}")
    qa("Kontaktperson, e-post og telefon", "Marius Isaksen – marius.isaksen@nav.no – 78 45 60 12")
    sec(2, "Prosjekt")
    qa("Prosjektets navn", "Arbeidslinja Alta")
    qa("Nytt prosjekt / videreføring", "Nytt prosjekt")
    qa("Oppstart", "1. september 2020")
    qa("Stillinger", "2 x 100 % stilling (jobbspesialister)")
    sec(3, "Budsjett")
    for lbl, val in [("Lønn og sosiale kostnader, 2 stillinger", "1 220 000"), ("Kompetansemidler (opplæring og veiledning)", "25 000"),
                     ("Sum omsøkt", "1 245 000")]:
        c.setFont("LSerB" if lbl.startswith("Sum") else "LSer", 11)
        c.drawString(70, y, lbl)
        c.drawRightString(W - 70, y, f"kr {val}")
        y -= 17
    y -= 10
    sec(4, "Prioriterte områder")
    c.setFont("LSer", 11)
    c.drawString(70, y, "Prosjektet retter seg mot bruk av ordinært arbeidsliv og oppfølging av ungdom og innvandrere.")
    y -= 26
    sec(5, "Nettverk og evaluering")
    c.setFont("LSer", 11)
    c.drawString(70, y, "Ønsker nettverk/klyngesamarbeid: Ja        Ønsker ekstern prosessevaluering: Ja")
    y -= 26
    sec(6, "Godkjenning")
    c.setFont("LSer", 11)
    for line in ["Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
                 "Leder Nav Alta: Siri Pedersen, godkjent 20.01.2020",
                 "Rådmann: Bjørn-Atle Hansen, godkjent 21.01.2020"]:
        c.drawString(70, y, line)
        y -= 16
    c.showPage()
    c.save()
    return truth("x10", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Alta", "Alta", org), contact=("Marius Isaksen", "marius.isaksen@nav.no", "78456012"),
                 project=("Arbeidslinja Alta", "new", "2020-09-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 25000, "other": None, "total": 1245000},
                 prio=PRIO[:2], interest=(True, True),
                 sigs=[("nav_leader", "Siri Pedersen", "Nav-leder", "2020-01-20", "electronic_approval"),
                       ("municipality", "Bjørn-Atle Hansen", "Rådmann", "2020-01-21", "electronic_approval")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["labels printed in small capitals ABOVE the answers", "defect: competence 25 000 > 10 000"])


# =========================================================================== x11
def x11(out: Path):
    """pdf-acroform: a reportlab form with text fields and check boxes, filled with pypdf;
    field names are opaque (f1..f20), the labels printed beside them."""
    fonts()
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    org = orgnr("97611302")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    W, H = A4
    c.setFont("DVSB", 13)
    c.drawString(50, H - 55, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknad 2020")
    c.setFont("DVS", 8)
    c.drawString(50, H - 70, "Utfyllbart skjema. Sendes Fylkesmannen i Nordland innen 1. februar 2020.")
    form = c.acroForm
    y = H - 100
    texts = [("f01", "Søkerkontor"), ("f02", "Kommune"), ("f03", "Org.nr."), ("f04", "Kontaktperson"), ("f05", "E-post"),
             ("f06", "Telefon"), ("f07", "Prosjektnavn"), ("f08", "Startdato"), ("f09", "Stilling og %"),
             ("f10", "Beløp lønn"), ("f11", "Beløp kompetanse"), ("f12", "Sum omsøkt")]
    for name, lab in texts:
        c.setFont("DVS", 9)
        c.drawString(50, y + 5, lab)
        form.textfield(name=name, x=190, y=y, width=340, height=18, borderWidth=0.5, fontName="Helvetica", fontSize=10)
        y -= 26
    y -= 4
    boxes = [("c1", "Nytt prosjekt"), ("c2", "Videreføring"), ("c3", "Bruk av ordinært arbeidsliv"),
             ("c4", "Oppfølging av barnefamilier, ungdom og innvandrere"), ("c5", "Sikring av sårbare overganger"),
             ("c6", "Ønsker nettverk/klyngesamarbeid"), ("c7", "Ønsker ekstern prosessevaluering")]
    for name, lab in boxes:
        form.checkbox(name=name, x=50, y=y - 2, size=12, buttonStyle="cross", borderWidth=0.5, checked=False)
        c.setFont("DVS", 9)
        c.drawString(70, y, lab)
        y -= 20
    y -= 8
    c.setFont("DVSB", 10)
    c.drawString(50, y, "Godkjenning")
    y -= 16
    c.setFont("DVS", 9)
    c.drawString(50, y, "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    y -= 22
    for name, lab in [("f13", "Leder Nav-kontoret (navn, dato)"), ("f14", "Kommunedirektør (navn, dato)")]:
        c.drawString(50, y + 5, lab)
        form.textfield(name=name, x=220, y=y, width=310, height=18, borderWidth=0.5, fontName="Helvetica", fontSize=10)
        y -= 26
    c.showPage()
    c.save()
    vals = {"f01": "NAV Bodø", "f02": "Bodø", "f03": org, "f04": "Kjersti Olsen", "f05": "kjersti.olsen@nav.no",
            "f06": "75 54 20 00", "f07": "Ny start Bodø", "f08": "01.06.2020", "f09": "Jobbkonsulent 100 %, miljøarbeider 50 %",
            "f10": "915 000", "f11": "", "f12": "915 000", "f13": "Tore Berg, 29.01.2020", "f14": "Ellen Sandvik, 30.01.2020"}
    ticks = {"c1": True, "c2": False, "c3": False, "c4": True, "c5": True, "c6": False, "c7": True}
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter()
    w.append(r)
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for a in w.pages[0].get("/Annots", []):
        a = a.get_object()
        n = a.get("/T")
        if n in ticks:
            v = NameObject("/Yes") if ticks[n] else NameObject("/Off")
            a[NameObject("/V")] = v
            a[NameObject("/AS")] = v
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)
    return truth("x11", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Bodø", "Bodø", org), contact=("Kjersti Olsen", "kjersti.olsen@nav.no", "75542000"),
                 project=("Ny start Bodø", "new", "2020-06-01"), pct=150,
                 amounts={"positions": 915000, "competence": None, "other": None, "total": 915000},
                 prio=PRIO[1:], interest=(False, True),
                 sigs=[("nav_leader", "Tore Berg", "Nav-leder", "2020-01-29", "electronic_approval"),
                       ("municipality", "Ellen Sandvik", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["opaque field names; values only in AcroForm /V (NeedAppearances)",
                        "competence field left empty -> null",
                        "single check boxes: unticked 'Ønsker nettverk' = false",
                        "915 000 = exactly the cap for 150 %"])


# =========================================================================== x12 / x16 page
def nn_form_page(path, org, seed, printed_names=True):
    fonts()
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    W, H = A4
    c.setFont("DVSB", 13)
    c.drawString(50, H - 60, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    y = H - 95
    rows = [("Nav-kontor", "Nav Ørsta"), ("Kommune", "Ørsta"), ("Organisasjonsnummer", f"{org[:3]} {org[3:6]} {org[6:]}"),
            ("Kontaktperson", "Synnøve Liadal"), ("E-post / telefon", "synnove.liadal@nav.no / 977 31 460"),
            ("Prosjektnamn", "Heile folk i arbeid"), ("Nytt / vidareføring", "Nytt prosjekt"), ("Oppstart", "1. mars 2020"),
            ("Stilling", "Jobbspesialist, 50 % stilling"), ("Løn og sosiale kostnader", "305 000 kr"),
            ("Kompetanse", "10 000 kr"), ("Sum søknadsbeløp", "315 000 kr")]
    for lab, val in rows:
        c.setStrokeColor(black)
        c.rect(50, y - 6, 180, 22)
        c.rect(230, y - 6, 315, 22)
        c.setFont("DVS", 10)
        c.drawString(56, y, lab)
        c.setFont("DVS", 11)
        c.drawString(236, y, val)
        y -= 22
    y -= 18
    c.setFont("DVSB", 11)
    c.drawString(50, y, "Prioriterte område")
    y -= 18
    c.setFont("DVS", 10)
    for on, t in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                  (True, "Sikring av sårbare overgangar")]:
        c.rect(52, y - 2, 10, 10)
        if on:
            c.setLineWidth(1.6)
            c.line(52, y - 2, 62, y + 8)
            c.line(52, y + 8, 62, y - 2)
            c.setLineWidth(1)
        c.drawString(70, y, t)
        y -= 16
    y -= 6
    c.drawString(50, y, "Nettverk/klyngesamarbeid: Ja        Ekstern prosessevaluering: Nei")
    y -= 40
    c.setFont("DVSB", 11)
    c.drawString(50, y, "Underskrift")
    y -= 60
    for i, (x, role, name, date) in enumerate([(50, "Leiar Nav Ørsta", "Jostein Hovden", "Ørsta, 28.01.2020"),
                                                (310, "Kommunedirektør", "Aud Brunstad", "Ørsta, 29.01.2020")]):
        c.setFont("DVS", 9)
        c.drawString(x, y + 48, f"Stad/dato: {date}")
        ink(c, x + 10, y + 6, seed + i)
        c.line(x, y, x + 220, y)
        c.drawString(x, y - 12, role + (f": {name}" if printed_names else ""))
    c.showPage()
    c.save()


def x12(out: Path):
    """pdf-scanned: the Nynorsk form printed, signed in ink and PHOTOGRAPHED: 150 dpi, tilted 3°,
    a shadow across the left half, low contrast, strong JPEG artefacts; image-only PDF."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    org = orgnr("96408830")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "p.pdf"
        nn_form_page(src, org, 1212)
        pg = pdfium.PdfDocument(str(src))[0]
        im = pg.render(scale=150 / 72).to_pil().convert("L")
    im = im.point(lambda v: 95 + int(v * 0.55))  # low contrast (ink ~95, paper ~235)
    w, h = im.size
    shade = Image.linear_gradient("L").rotate(90).resize((w, h))  # dark on the left
    im = Image.composite(im, im.point(lambda v: int(v * 0.72)), shade.point(lambda v: min(255, v * 2)))
    im = im.rotate(-3.0, resample=Image.BICUBIC, expand=True, fillcolor=70)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    rnd = random.Random(1212)
    px = im.load()
    for _ in range(6000):
        x, y = rnd.randrange(im.size[0]), rnd.randrange(im.size[1])
        px[x, y] = max(0, px[x, y] - rnd.randint(20, 60))
    b = io.BytesIO()
    im.save(b, "JPEG", quality=30)
    Image.open(io.BytesIO(b.getvalue())).save(out, "PDF", resolution=150)
    return truth("x12", "pdf", "pdf-scanned", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", org), contact=("Synnøve Liadal", "synnove.liadal@nav.no", "97731460"),
                 project=("Heile folk i arbeid", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "other": None, "total": 315000},
                 prio=PRIO[1:], interest=(True, False),
                 sigs=[("nav_leader", "Jostein Hovden", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Aud Brunstad", "Kommunedirektør", "2020-01-29", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["photo-like: 150 dpi, -3° tilt, shadow, low contrast, JPEG q30", "305 000 = cap for 50 %"])


def x16(out: Path):
    """pdf-handwritten: the same Nynorsk form as a text PDF with vector ink over the signature
    lines and NO printed names under them (only the roles)."""
    org = orgnr("96408830")
    nn_form_page(out, org, 1616, printed_names=False)
    return truth("x16", "pdf", "pdf-handwritten", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", org), contact=("Synnøve Liadal", "synnove.liadal@nav.no", "97731460"),
                 project=("Heile folk i arbeid", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "other": None, "total": 315000},
                 prio=PRIO[1:], interest=(True, False),
                 sigs=[("nav_leader", None, "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", None, "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["ink only, names not printed: signature names null"])


# =========================================================================== x13
def x13(out: Path):
    """pdf-pades: a reportlab application in two columns of label:value pairs, signed twice with
    PAdES (pyHanko, a self-signed certificate made at build time): Nav leader then kommunalsjef."""
    fonts()
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    org = orgnr("97701234")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    W, H = A4
    c.setFont("DVSB", 14)
    c.drawString(50, H - 60, "Søknad om tilskudd 2020 – sosiale tjenester i Nav-kontoret")
    pairs = [("Kontor", "Nav Tromsø"), ("Kommune", "Tromsø"), ("Org.nr", org), ("Kontakt", "Anders Eriksen"),
             ("E-post", "anders.eriksen@nav.no"), ("Tlf", "913 44 208"), ("Prosjekt", "Jobbhuset Tromsø"),
             ("Type", "Videreføring (år 2)"), ("Oppstart", "01.01.2020"), ("Stillinger", "200 % (2 jobbspesialister)"),
             ("Lønn/sos.", "1 200 000"), ("Kompetanse", "10 000"), ("Sum", "1 210 000"), ("Egenandel kommunen", "300 000")]
    y0 = H - 100
    for i, (k, v) in enumerate(pairs):
        col, row = divmod(i, 7)
        x, y = 50 + col * 260, y0 - row * 24
        c.setFont("DVSB", 9)
        c.drawString(x, y, k + ":")
        c.setFont("DVS", 10)
        c.drawString(x + 115, y, v)
    y = y0 - 7 * 24 - 20
    c.setFont("DVS", 10)
    for line in ["Prioriterte områder: bruk av ordinært arbeidsliv; sikring av sårbare overganger.",
                 "Nettverk/klyngesamarbeid: ja. Ekstern prosessevaluering: nei.",
                 "", "Søknaden er signert digitalt av:",
                 "Leder Nav Tromsø Lise Johansen, Tromsø 27.01.2020",
                 "Kommunalsjef Helge Nilssen, Tromsø 28.01.2020"]:
        c.drawString(50, y, line)
        y -= 16
    c.showPage()
    c.save()
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subj = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Nav Tromsø test"), x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj).public_key(key.public_key())
            .serial_number(2222).not_valid_before(dt.datetime(2019, 1, 1)).not_valid_after(dt.datetime(2035, 1, 1))
            .sign(key, hashes.SHA256()))
    with tempfile.TemporaryDirectory() as td:
        kp, cp = Path(td) / "k.pem", Path(td) / "c.pem"
        kp.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
        cp.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        signer = signers.SimpleSigner.load(str(kp), str(cp))
        data = buf.getvalue()
        import pyhanko.sign.signers.pdf_cms as m_cms
        import pyhanko.sign.signers.pdf_signer as m_sig
        saved = (m_cms.datetime, m_sig.datetime)
        for fname, box, day in [("SigNavLeder", (50, 80, 250, 130), 27), ("SigKommunalsjef", (310, 80, 510, 130), 28)]:
            class Fixed(dt.datetime):  # the CMS signing time and /M = the printed signing date
                @classmethod
                def now(cls, tz=None, _d=day):
                    return cls(2020, 1, _d, 10, 30, tzinfo=tz or dt.timezone.utc)
            m_cms.datetime = m_sig.datetime = Fixed
            w = IncrementalPdfFileWriter(io.BytesIO(data))
            o = io.BytesIO()
            signers.sign_pdf(w, signers.PdfSignatureMetadata(field_name=fname, subfilter=fields.SigSeedSubFilter.PADES),
                             signer=signer, new_field_spec=fields.SigFieldSpec(fname, box=box), output=o)
            data = o.getvalue()
        m_cms.datetime, m_sig.datetime = saved
    out.write_bytes(data)
    return truth("x13", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Tromsø", "Tromsø", org), contact=("Anders Eriksen", "anders.eriksen@nav.no", "91344208"),
                 project=("Jobbhuset Tromsø", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "other": None, "total": 1210000}, own_funding=300000,
                 prio=[PRIO[0], PRIO[2]], interest=(True, False),
                 sigs=[("nav_leader", "Lise Johansen", "Nav-leder", "2020-01-27", "digital"),
                       ("municipality", "Helge Nilssen", "Kommunalsjef", "2020-01-28", "digital")],
                 notes=["two PAdES signatures (incremental), certificate CN is not a person's name",
                        "signing times (CMS and /M) set to the printed dates 27/28.01.2020"])


# =========================================================================== x14
def x14(out: Path):
    """bad-input: a syntactically valid PDF with a page tree of zero pages."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>",
            b"<< /Producer (Nav arkiv eksport) /Title (Soknad tilskudd 2020) >>"]
    o = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, ob in enumerate(objs, 1):
        offs.append(len(o))
        o += f"{i} 0 obj\n".encode() + ob + b"\nendobj\n"
    x = len(o)
    o += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offs:
        o += f"{off:010d} 00000 n \n".encode()
    o += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 3 0 R >>\nstartxref\n{x}\n%%EOF\n".encode()
    out.write_bytes(bytes(o))
    return truth("x14", "pdf", "bad-input", lang=None, scheme=None, score_fields=False, expected=["DOCUMENT_UNREADABLE"],
                 notes=["valid PDF structure, /Count 0: nothing to read"])
