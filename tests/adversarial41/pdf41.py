"""PDF documents of corpus 41 (pdf-text in columns, pdf-acroform, pdf-handwritten, a block-capital scan,
a phone photo, pdf-pades, not-application). Each builder writes one file and returns its truth."""
from __future__ import annotations

import datetime
import io
import random
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from kit41 import HERE, S20, ink_reader, register_fonts, truth

sys.path.insert(0, str(HERE.parent / "adversarial38"))
from pdf38 import _self_signed, _sign  # noqa: E402

W, H = A4


def _canvas(target, title="Søknad"):
    register_fonts()
    c = canvas.Canvas(target, pagesize=A4, invariant=1)
    c.setTitle(title)
    return c


def _column(c, x, y, lines, font="DV", size=9, width=230, lead=12):
    """Write (bold?, text) lines in a column, wrapping words at ``width`` points."""
    for bold, text in lines:
        f = font + "B" if bold else font
        c.setFont(f, size)
        words, line = text.split(), ""
        for w in words:
            t = (line + " " + w).strip()
            if c.stringWidth(t, f, size) > width and line:
                c.drawString(x, y, line)
                y -= lead
                line = w
            else:
                line = t
        c.drawString(x, y, line)
        y -= lead + (4 if bold else 0)
    return y


# ---------------------------------------------------------------- n09 pdf-text nb: two columns, over the cap
def n09(out: Path):
    c = _canvas(str(out))
    c.setFont("LSB", 13)
    c.drawString(50, H - 55, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.line(50, H - 62, W - 50, H - 62)
    left = [(True, "Søker"), (False, "Nav Harstad, Harstad kommune"), (False, "Organisasjonsnummer 974 189 909"),
            (True, "Kontaktperson"), (False, "Hanne Kristoffersen"), (False, "hanne.kristoffersen@nav.no"),
            (False, "Telefon 77 04 12 00"), (True, "Prosjekt"), (False, "Navn: Vei til arbeid Harstad"),
            (False, "Nytt prosjekt med oppstart 1. mars 2020."),
            (False, "Prosjektet skal bruke ordinære arbeidsplasser i Harstad som arena for avklaring og kvalifisering "
                    "av sosialhjelpsmottakere.")]
    right = [(True, "Stillinger og budsjett"), (False, "En 60 % stilling som jobbspesialist."),
             (False, "Lønn og sosiale kostnader: 380 000 kr"), (False, "Kompetansemidler: 10 000 kr"),
             (False, "Samlet søknadsbeløp: 390 000 kr"), (True, "Prioritert område"),
             (False, "☒ Bruk av ordinært arbeidsliv"), (False, "☐ Oppfølging av barnefamilier, ungdom og innvandrere"),
             (False, "☐ Sikring av sårbare overganger"), (True, "Samarbeid"),
             (False, "Nettverk/klyngesamarbeid: ja"), (False, "Ekstern prosessevaluering: ja")]
    _column(c, 50, H - 90, left, "LS")
    _column(c, 310, H - 90, right, "DV")
    y = 330
    c.setFont("LSB", 11)
    c.drawString(50, y, "Underskrift")
    for x, seed, who, tit, dt in [(50, "n09a", "Geir Are Olsen", "Nav-leder", "Harstad 20.01.2020"),
                                  (310, "n09b", "Hugo Thode", "Rådmann", "Harstad 21.01.2020")]:
        c.setFont("LS", 9)
        c.drawString(x, y - 20, dt)
        c.drawImage(ink_reader(seed), x, y - 75, 150, 45, mask="auto")
        c.line(x, y - 78, x + 200, y - 78)
        c.drawString(x, y - 90, f"{who} – {tit}")
    c.save()
    return truth("n09", "pdf", "pdf-text", lang="nb", scheme=S20, office=("Nav Harstad", "Harstad", "974189909"),
                 contact=("Hanne Kristoffersen", "hanne.kristoffersen@nav.no", "77041200"),
                 project=("Vei til arbeid Harstad", "new", "2020-03-01"), pct=60,
                 amounts={"positions": 380000, "competence": 10000, "total": 390000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Geir Are Olsen", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Hugo Thode", "Rådmann", "2020-01-21", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["two text columns side by side; defect: 60 % at 380 000 > 366 000"])


# ---------------------------------------------------------------- n10 pdf-text nn: three columns, approval table
def n10(out: Path):
    c = _canvas(str(out))
    c.setFillColorRGB(0.1, 0.25, 0.45)
    c.rect(0, H - 70, W, 70, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("DVSB", 13)
    c.drawString(40, H - 40, "Søknad om tilskot – sosiale tenester i Nav 2020")
    c.setFont("DVS", 9)
    c.drawString(40, H - 56, "Nav Volda · Volda kommune · org.nr. 974 214 504")
    c.setFillColorRGB(0, 0, 0)
    cols = [[(True, "Kontakt"), (False, "Torunn Aarflot"), (False, "torunn.aarflot@nav.no"), (False, "tlf. 70 05 87 00"),
             (True, "Prosjekt"), (False, "«Ungdomslosen i Volda»"), (False, "Nytt prosjekt, oppstart 1. august 2020.")],
            [(True, "Ressurs"), (False, "To stillingar à 50 %, til saman 100 %."), (True, "Budsjett"),
             (False, "Løn og sos. kostn.: 590 000"), (False, "Kompetansemidlar: 10 000"), (False, "Sum: 600 000")],
            [(True, "Prioritering"), (False, "Ungdom som står i fare for å falle frå skule og arbeid. Oppfølging av "
                                            "barnefamiliar, ungdom og innvandrarar."),
             (True, "Interesse"), (False, "Nettverk: nei"), (False, "Prosessevaluering: ja")]]
    for i, col in enumerate(cols):
        _column(c, 40 + i * 180, H - 100, col, "DVS", 9, 160)
    y = 470
    c.setFont("DVSB", 10)
    c.drawString(40, y, "Godkjenning")
    c.setFont("DVS", 9)
    c.drawString(40, y - 16, "Dokumentet er elektronisk godkjent i sak- og arkivsystemet og har difor ingen handskrivne signaturar.")
    rows = [("Godkjent av", "Dato", "Rolle"), ("Synnøve Bakke", "27.01.2020", "Nav-leiar"),
            ("Rune Sjurgard", "28.01.2020", "Kommunedirektør")]
    yy = y - 40
    for j, row in enumerate(rows):
        for k, v in enumerate(row):
            c.setFont("DVSB" if j == 0 else "DVS", 9)
            c.drawString(46 + k * 150, yy + 4, v)
            c.rect(40 + k * 150, yy - 2, 150, 16)
        yy -= 16
    c.save()
    return truth("n10", "pdf", "pdf-text", lang="nn", scheme=S20, office=("Nav Volda", "Volda", "974214504"),
                 contact=("Torunn Aarflot", "torunn.aarflot@nav.no", "70058700"),
                 project=("Ungdomslosen i Volda", "new", "2020-08-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Synnøve Bakke", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Rune Sjurgard", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                 notes=["three text columns under a coloured band; approval as a ruled table Godkjent av / Dato / Rolle",
                        "'To stillingar à 50 %, til saman 100 %' → 100"])


# ---------------------------------------------------------------- n13 pdf-acroform nb: percent missing
def n13(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont("Helvetica-Bold", 11)
    c.drawString(50, H - 50, "Tilskudd til sosiale tjenester i Nav – søknadsskjema 2020")
    form = c.acroForm
    y = H - 90
    layout = [("navkontor", "Søkende Nav-kontor", "kommune", "Kommune"), ("orgnr", "Org.nr.", "kontakt", "Kontaktperson"),
              ("epost", "E-post", "telefon", "Telefon"), ("prosjekt", "Prosjektnavn", "oppstart", "Oppstartsdato"),
              ("stilling", "Stillingsandel (%)", "lonn", "Lønnsmidler"), ("kompetanse", "Kompetansemidler", "sum", "Sum søknad")]
    c.setFont("Helvetica", 8)
    for a, la, b, lb in layout:
        c.drawString(50, y + 20, la)
        form.textfield(name=a, x=50, y=y, width=240, height=17, borderWidth=1, fontSize=9)
        c.drawString(310, y + 20, lb)
        form.textfield(name=b, x=310, y=y, width=240, height=17, borderWidth=1, fontSize=9)
        y -= 40
    for name, label in [("nytt", "Nytt prosjekt"), ("vfør", "Videreføring"), ("o1", "Bruk av ordinært arbeidsliv"),
                        ("o2", "Oppfølging av barnefamilier, ungdom og innvandrere"), ("o3", "Sikring av sårbare overganger"),
                        ("nettverk", "Ønsker nettverk/klyngesamarbeid"), ("evaluering", "Ønsker ekstern prosessevaluering")]:
        form.checkbox(name=name, x=50, y=y, size=11, buttonStyle="check")
        c.drawString(68, y + 2, label)
        y -= 18
    y -= 20
    for x, lab, seed in [(50, "Nav-leder (dato, underskrift)", "n13a"), (310, "Kommunedirektør (dato, underskrift)", "n13b")]:
        c.drawString(x, y, lab)
        c.drawImage(ink_reader(seed), x, y - 55, 150, 45, mask="auto")
        c.line(x, y - 57, x + 220, y - 57)
    form.textfield(name="sign1", x=50, y=y - 80, width=220, height=16, borderWidth=0, fontSize=9)
    form.textfield(name="sign2", x=310, y=y - 80, width=220, height=16, borderWidth=0, fontSize=9)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    vals = {"navkontor": "NAV Narvik", "kommune": "Narvik", "orgnr": "973950401", "kontakt": "Magnus Hanssen",
            "epost": "magnus.hanssen@nav.no", "telefon": "76 96 80 00", "prosjekt": "Arbeid først Narvik",
            "oppstart": "02.03.2020", "stilling": "", "lonn": "450000", "kompetanse": "10000", "sum": "460000",
            "sign1": "Linda Nilsen, 24.01.2020", "sign2": "Frode Berg, 27.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in ("nytt", "o1", "o3", "evaluering"):
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)
    return truth("n13", "pdf", "pdf-acroform", lang="nb", scheme=S20, office=("Nav Narvik", "Narvik", "973950401"),
                 contact=("Magnus Hanssen", "magnus.hanssen@nav.no", "76968000"),
                 project=("Arbeid først Narvik", "new", "2020-03-02"), pct=None,
                 amounts={"positions": 450000, "competence": 10000, "total": 460000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Linda Nilsen", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Frode Berg", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["POSITION_PERCENT_MISSING"],
                 notes=["two-column AcroForm, labels above fields; defect: Stillingsandel field left empty",
                        "titles come from the printed captions above the ink"])


# ---------------------------------------------------------------- scans: a printed form filled in block capitals
def _caps(c, x, y, text, seed, size=13):
    """Hand-printed block capitals: each letter nudged and tilted a little, pen blue."""
    rnd = random.Random(seed)
    c.setFillColorRGB(0.08, 0.12, 0.45)
    for ch in text.upper():
        c.saveState()
        c.translate(x, y + rnd.uniform(-1.2, 1.2))
        c.rotate(rnd.uniform(-4, 4))
        c.setFont("DVB" if rnd.random() < 0.5 else "DV", size + rnd.uniform(-1, 1))
        c.drawString(0, 0, ch)
        c.restoreState()
        x += c.stringWidth(ch, "DV", size) + rnd.uniform(0.5, 2.2)
    c.setFillColorRGB(0, 0, 0)


def _printed_form(c, title, rows, boxes, sigs, seed):
    c.setFont("DVB", 12)
    c.drawString(45, H - 50, title)
    y = H - 85
    for label, val in rows:
        c.setFont("DV", 8)
        c.drawString(45, y + 14, label)
        c.rect(45, y - 6, 505, 19)
        _caps(c, 50, y - 1, val, seed + label)
        y -= 36
    for label, on in boxes:
        c.rect(45, y - 2, 11, 11)
        if on:
            c.setStrokeColorRGB(0.08, 0.12, 0.45)
            c.setLineWidth(2)
            c.line(46, y - 1, 55, y + 8)
            c.line(46, y + 8, 55, y - 1)
            c.setLineWidth(1)
            c.setStrokeColorRGB(0, 0, 0)
        c.setFont("DV", 9)
        c.drawString(62, y, label)
        y -= 18
    y -= 20
    for x, role, place, ink, name in sigs:
        c.setFont("DV", 8)
        c.drawString(x, y, role)
        c.drawString(x, y - 14, "Sted og dato:")
        _caps(c, x + 60, y - 15, place, seed + place, 10)
        if ink:
            c.drawImage(ink_reader(ink), x, y - 70, 150, 45, mask="auto")
        c.line(x, y - 72, x + 220, y - 72)
        c.drawString(x, y - 84, "Navn med blokkbokstaver:")
        _caps(c, x + 105, y - 85, name, seed + name, 10)


def _scan(pdf_bytes: bytes, out: Path, dpi: int, angle: float, seed: int, photo: bool = False) -> None:
    import pypdfium2 as pdfium
    from PIL import Image, ImageDraw, ImageEnhance, ImageFilter
    doc = pdfium.PdfDocument(pdf_bytes)
    pages = []
    rnd = random.Random(seed)
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("RGB" if photo else "L")
        if photo:
            w, h = img.size
            m = int(w * 0.06)
            canvas_img = Image.new("RGB", (w + 2 * m, h + 2 * m), (92, 78, 60))
            canvas_img.paste(img, (m, m))
            img = canvas_img
            W2, H2 = img.size
            quad = (m - 40, m + 25, m + 30, H2 - m + 10, W2 - m + 45, H2 - m - 20, W2 - m - 10, m - 30)
            img = img.transform((W2, H2), Image.QUAD, quad, resample=Image.BICUBIC)
            light = Image.radial_gradient("L").resize((W2, H2))
            light = light.point(lambda v: 255 - int(v * 0.45))
            img = Image.composite(img, Image.new("RGB", (W2, H2), (40, 36, 30)), light)
            img = ImageEnhance.Color(img).enhance(0.8).filter(ImageFilter.GaussianBlur(0.9))
        else:
            img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=250)
            px = img.load()
            w, h = img.size
            for _ in range(2500):
                px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((60, 190))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=55 if photo else 70)
        pages.append(Image.open(jb))
    when = __import__("time").strptime("2020-01-25 09:00", "%Y-%m-%d %H:%M")
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], creationDate=when, modDate=when)


# ---------------------------------------------------------------- n14 pdf-scanned nb: block capitals, 1.5 årsverk
def n14(out: Path):
    buf = io.BytesIO()
    c = _canvas(buf)
    _printed_form(c, "SØKNADSSKJEMA – tilskudd sosiale tjenester i Nav 2020",
                  [("Nav-kontor", "Nav Hammerfest"), ("Kommune", "Hammerfest"), ("Organisasjonsnummer", "974 546 205"),
                   ("Kontaktperson, e-post og telefon", "Arne Mathisen  arne.mathisen@nav.no  78 40 20 00"),
                   ("Prosjektets navn", "Flere i jobb Hammerfest"), ("Nytt prosjekt eller videreføring", "Nytt"),
                   ("Oppstart", "01.04.2020"), ("Stillinger", "1,5 årsverk"),
                   ("Budsjett: lønn / kompetanse / sum", "915 000 / 0 / 915 000")],
                  [("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                   ("Sikring av sårbare overganger", False), ("Ønsker nettverk/klyngesamarbeid", True),
                   ("Ønsker ekstern prosessevaluering", False)],
                  [(45, "Nav-leder", "Hammerfest 23.01.20", "n14a", "Elin Pedersen"),
                   (310, "Rådmann", "Hammerfest 24.01.20", "n14b", "Jan Olav Eira")], "n14")
    c.save()
    _scan(buf.getvalue(), out, 200, 0.8, 14)
    return truth("n14", "pdf", "pdf-scanned", lang="nb", scheme=S20, office=("Nav Hammerfest", "Hammerfest", "974546205"),
                 contact=("Arne Mathisen", "arne.mathisen@nav.no", "78402000"),
                 project=("Flere i jobb Hammerfest", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 915000, "competence": 0, "total": 915000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Elin Pedersen", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Jan Olav Eira", "Rådmann", "2020-01-24", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["printed form filled by hand in BLOCK CAPITALS (names and title in upper case as written; "
                        "scored case-folded), scanned 200 dpi grey, 0.8°",
                        "near-miss: 1,5 årsverk at exactly 915 000; two-digit years 23.01.20"])


# ---------------------------------------------------------------- n15 pdf-scanned nn: phone photo, signed late
def n15(out: Path):
    buf = io.BytesIO()
    c = _canvas(buf)
    c.setFont("DVSB", 12)
    c.drawString(50, H - 55, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    lines = ["Nav-kontor: Nav Sykkylven", "Kommune: Sykkylven", "Organisasjonsnummer: 974 017 601",
             "Kontaktperson: Oddny Riksheim, oddny.riksheim@nav.no, tlf. 70 24 65 00",
             "Prosjekt: Jobbvegen Sykkylven (nytt prosjekt)", "Oppstart: 1. mai 2020", "Stilling: 100 %",
             "Løn og sosiale kostnader: 560 000 kr", "Kompetansemidlar: 10 000 kr", "Sum søkt: 570 000 kr",
             "Prioritert område: Bruk av ordinært arbeidsliv", "Nettverk/klyngesamarbeid: Ja",
             "Ekstern prosessevaluering: Ja"]
    y = H - 90
    for t in lines:
        c.setFont("DVS", 11)
        c.drawString(50, y, t)
        y -= 20
    y -= 20
    for x, role, dt, seed, name in [(50, "Nav-leiar", "Sykkylven, 30.01.2020", "n15a", "Bjørn Tandstad"),
                                    (310, "Kommunedirektør", "Sykkylven, 03.02.2020", "n15b", "Karianne Vik")]:
        c.setFont("DVS", 10)
        c.drawString(x, y, dt)
        c.drawImage(ink_reader(seed), x, y - 60, 150, 45, mask="auto")
        c.line(x, y - 62, x + 200, y - 62)
        c.drawString(x, y - 76, f"{name}, {role.lower() if role != 'Nav-leiar' else role}")
    c.save()
    _scan(buf.getvalue(), out, 170, 0, 15, photo=True)
    return truth("n15", "pdf", "pdf-scanned", lang="nn", scheme=S20, office=("Nav Sykkylven", "Sykkylven", "974017601"),
                 contact=("Oddny Riksheim", "oddny.riksheim@nav.no", "70246500"),
                 project=("Jobbvegen Sykkylven", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "total": 570000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Bjørn Tandstad", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Karianne Vik", "kommunedirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], optional=["LOW_CONFIDENCE"],
                 notes=["phone photo: page on a brown desk, perspective skew, vignetted light, colour JPEG q55",
                        "defect: kommunedirektør signed 03.02.2020"])


# ---------------------------------------------------------------- n16 pdf-pades nn: two PAdES, deadline day
def n16(out: Path):
    buf = io.BytesIO()
    c = _canvas(buf)
    y = _column(c, 50, H - 60, [(True, "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"),
                                (False, "Søkjar: Nav Bømlo (Bømlo kommune), org.nr. 974 879 123"),
                                (False, "Kontaktperson: Helge Totland – helge.totland@nav.no – 53 42 30 00"),
                                (False, "Prosjekttittel: Bømlo-trappa"),
                                (False, "Type: vidareføring (år 2). Oppstart for år 2: 01.01.2020"),
                                (False, "Stillingsressurs: to stillingar"),
                                (False, "Budsjett: løn 1 200 000 kr, kompetanse 10 000 kr, totalt 1 210 000 kr"),
                                (False, "Prioritert område: sikring av sårbare overgangar (frå skule til arbeid)"),
                                (False, "Nettverk/klyngesamarbeid: nei. Ekstern prosessevaluering: nei.")],
                "DVS", 10, 480, 16)
    c.setFont("DVS", 9)
    c.drawString(50, 350, "Signert digitalt av Nav-leiar")
    c.drawString(320, 350, "Signert digitalt av kommunedirektør")
    c.drawString(50, 286, "Torhild Lie, Nav-leiar")
    c.drawString(320, 286, "Sigmund Eide, kommunedirektør")
    c.save()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        data = buf.getvalue()
        s1 = _self_signed(Path(td), "Torhild Lie", "Nav Bømlo")
        s2 = _self_signed(Path(td), "Sigmund Eide", "Bømlo kommune")
        data = _sign(data, "Navleiar", (50, 300, 260, 340), s1, datetime.datetime(2020, 1, 31, 9, 40, tzinfo=tz))
        data = _sign(data, "Kommunen", (320, 300, 530, 340), s2, datetime.datetime(2020, 2, 1, 11, 15, tzinfo=tz))
    out.write_bytes(data)
    return truth("n16", "pdf", "pdf-pades", lang="nn", scheme=S20, office=("Nav Bømlo", "Bømlo", "974879123"),
                 contact=("Helge Totland", "helge.totland@nav.no", "53423000"),
                 project=("Bømlo-trappa", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "total": 1210000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Torhild Lie", "Nav-leiar", "2020-01-31", "digital"),
                       ("municipality", "Sigmund Eide", "kommunedirektør", "2020-02-01", "digital")],
                 notes=["near-miss: 'to stillingar' at 1 200 000 ≤ 1 220 000; municipal PAdES signature ON the deadline day"])


# ---------------------------------------------------------------- n17 pdf-handwritten nb: org number missing
def n17(out: Path):
    c = _canvas(str(out))
    c.setFont("DVB", 12)
    c.drawString(50, H - 55, "Nav Bamble – søknad om tilskudd til sosiale tjenester 2020")
    rows = [("Søker", "Nav Bamble, Bamble kommune"), ("Organisasjonsnummer", ""),
            ("Kontakt", "Kjetil Aasland, kjetil.aasland@nav.no, 35 96 50 00"), ("Prosjekt", "Sammen om jobb i Bamble"),
            ("Nytt/videreføring", "Nytt prosjekt"), ("Start", "01.06.2020"), ("Stillingsprosent", "100"),
            ("Lønn og sosiale utgifter", "NOK 595 000"), ("Kompetanse", "NOK 10 000"), ("Totalt", "NOK 605 000"),
            ("Prioriterte områder", "Bruk av ordinært arbeidsliv; sikring av sårbare overganger"),
            ("Nettverk", "Ja"), ("Prosessevaluering", "Nei")]
    y = H - 90
    for a, b in rows:
        c.setFont("DV", 10)
        c.drawString(50, y, a)
        c.drawString(50 + 150, y, b)
        c.setDash(1, 2)
        c.line(195, y - 3, 545, y - 3)
        c.setDash()
        y -= 22
    y -= 30
    c.drawString(50, y, "Porsgrunn/Bamble, 21.01.2020")
    c.drawString(320, y, "Langesund, 22.01.2020")
    c.drawImage(ink_reader("n17a"), 50, y - 65, 160, 48, mask="auto")
    c.drawImage(ink_reader("n17b"), 320, y - 65, 160, 48, mask="auto")
    c.line(50, y - 67, 260, y - 67)
    c.line(320, y - 67, 530, y - 67)
    c.drawString(50, y - 80, "Nav-leder Marianne Kittilsen")
    c.drawString(320, y - 80, "Kommunedirektør Per Ivar Bakke")
    c.save()
    return truth("n17", "pdf", "pdf-handwritten", lang="nb", scheme=S20, office=("Nav Bamble", "Bamble", None),
                 contact=("Kjetil Aasland", "kjetil.aasland@nav.no", "35965000"),
                 project=("Sammen om jobb i Bamble", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 595000, "competence": 10000, "total": 605000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Marianne Kittilsen", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Per Ivar Bakke", "Kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["ORG_NUMBER_MISSING"],
                 notes=["dotted answer lines; ink over the lines with 'title NAME' under; defect: org number line blank"])


# ---------------------------------------------------------------- n18 not-application nn: change request
def n18(out: Path):
    c = _canvas(str(out), "Endringssøknad")
    y = _column(c, 60, H - 60, [
        (False, "Nav Luster, 6868 Gaupne"), (False, "Statsforvaltaren i Vestland"), (False, "Gaupne, 14.05.2020"),
        (True, "Søknad om endring i prosjektet «Luster i arbeid» – tilskot til sosiale tenester i Nav 2020"),
        (False, "Vi viser til tilsegnsbrev av 28.04.2020, der Nav Luster fekk 305 000 kroner til ei 50 % stilling i "
                "prosjektet «Luster i arbeid». På grunn av koronasituasjonen har vi ikkje fått tilsett prosjektmedarbeidar."),
        (False, "Vi søkjer difor om å utsetje oppstarten frå 1. juni 2020 til 1. oktober 2020, og om å nytte "
                "ubrukte midlar i 2021. Budsjettet og målgruppa er elles uendra."),
        (False, "Kontaktperson: Anita Hauge, anita.hauge@nav.no, 57 68 55 00."),
        (False, "Med helsing"), (False, "")], "DVS", 10.5, 470, 16)
    c.drawImage(ink_reader("n18a"), 60, y - 40, 150, 45, mask="auto")
    c.setFont("DVS", 10.5)
    c.drawString(60, y - 55, "Eirik Øygard, Nav-leiar")
    c.save()
    return truth("n18", "pdf", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["request to change an approved project (endringssøknad) after the grant letter"])
