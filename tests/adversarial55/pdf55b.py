"""PDF documents of corpus 55, second part: fillable forms, ink on paper, scans and PAdES."""
from __future__ import annotations

import datetime
import io
import random
import tempfile
import time
from pathlib import Path

from pdf38 import Page, _self_signed, _sign

from kit55 import S20, truth
from pdf55 import HEAD_NB, HEAD_NN, _boxed, _ticks


def _acro(out: Path, head, rows, boxes, sig_rows, seed):
    """A fillable form: a text field per row (value filled in), check boxes, ink drawn above name/date fields."""
    p = Page(str(out), "LS", "LSB", 10)
    c, form = p.c, p.c.acroForm
    p.text(head, bold=True, size=11, dy=26)
    for i, (label, value) in enumerate(rows):
        c.setFont("LS", 9)
        c.drawString(60, p.y + 3, label)
        form.textfield(name=f"f{i}", value=value, x=230, y=p.y - 2, width=300, height=16, borderWidth=0.6,
                       fontName="Helvetica", fontSize=9)
        p.y -= 21
    p.y -= 6
    for i, (label, on) in enumerate(boxes):
        form.checkbox(name=f"cb{i}", x=60, y=p.y - 2, size=11, checked=on, buttonStyle="cross", borderWidth=0.6)
        c.setFont("LS", 9)
        c.drawString(78, p.y, label)
        p.y -= 18
    p.y -= 20
    for i, (cap, name, date) in enumerate(sig_rows):
        x = 60 + 250 * i
        c.setFont("LSB", 9)
        c.drawString(x, p.y, cap)
        p.ink(f"{seed}{i}", x, p.y - 50, 140, 40)
        c.line(x, p.y - 52, x + 200, p.y - 52)
        c.setFont("LS", 8)
        c.drawString(x, p.y - 62, "Navn og tittel")
        form.textfield(name=f"sn{i}", value=name, x=x, y=p.y - 84, width=200, height=16, borderWidth=0.6,
                       fontName="Helvetica", fontSize=9)
        c.drawString(x, p.y - 96, "Dato")
        form.textfield(name=f"sd{i}", value=date, x=x, y=p.y - 116, width=100, height=16, borderWidth=0.6,
                       fontName="Helvetica", fontSize=9)
    p.save()


# ---------------------------------------------------------------- cf11 pdf-acroform nb
def cf11(out: Path):
    _acro(out, HEAD_NB,
          [("Nav-kontor", "NAV Lindesnes"), ("Kommune", "Lindesnes"), ("Org.nr:", "974.967.774"),
           ("Kontaktperson", "Vegard Ålgård"), ("E-post", "Vegard.Algard@nav.no"), ("Telefon", "382 57 319"),
           ("Prosjektnavn", "Unge i jobb Lindesnes"), ("Prosjektstart", "01.05.2020"), ("Stillingsprosent", "100 %"),
           ("Lønn og sosiale kostnader", "kr 580 000,-"), ("Kompetanse", "kr 10 000,-"), ("Sum omsøkt", "kr 590 000,-")],
          [("Nytt prosjekt", True), ("Videreføring", False), ("Bruk av ordinært arbeidsliv", True),
           ("Oppfølging av barnefamilier, ungdom og innvandrere", False), ("Sikring av sårbare overganger", False),
           ("Ønsker nettverk/klyngesamarbeid", True), ("Ønsker ekstern prosessevaluering", False)],
          [("Nav-leder", "Terje Pedersen, Nav-leder", "29.01.2020"),
           ("Kommunens ledelse", "Randi Aasen, kommunedirektør", "29.01.2020")], "cf11")
    return truth("cf11", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Lindesnes", "Lindesnes", "974967774"),
                 contact=("Vegard Ålgård", "vegard.algard@nav.no", "38257319"),
                 project=("Unge i jobb Lindesnes", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Terje Pedersen", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Randi Aasen", "kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["org.nr. with dots; e-mail in mixed case (record: lower case); phone 3-2-3; 'kr 580 000,-'",
                        "ink drawn above the lines, names and titles in one field, dates in fields"])


# ---------------------------------------------------------------- cf12 pdf-acroform nn, 80 % over the cap
def cf12(out: Path):
    _acro(out, HEAD_NN,
          [("Nav-kontor", "Nav Luster"), ("Kommune", "Luster"), ("Organisasjonsnummer", "976 616 340"),
           ("Kontaktperson", "Håkon Nes"), ("E-post", "hakon.nes@nav.no"), ("Telefon", "57 68 50 12"),
           ("Prosjektnamn", "Vegen vidare Luster"), ("Oppstart", "01.08.2020"), ("Stillingsprosent", "80 %"),
           ("Løn og sosiale kostnader", "500.000"), ("Kompetanse", "5.000"), ("Totalt søkt", "505.000")],
          [("Nytt prosjekt", True), ("Vidareføring", False), ("Bruk av ordinært arbeidsliv", False),
           ("Oppfølging av barnefamiliar, ungdom og innvandrarar", False), ("Sikring av sårbare overgangar", True),
           ("Ønskjer nettverk/klyngesamarbeid", True), ("Ønskjer ekstern prosessevaluering", True)],
          [("Nav-leiar", "Åse Berge, Nav-leiar", "20.01.2020"),
           ("Kommunen si leiing", "Knut Fjærli, kommunedirektør", "21.01.2020")], "cf12")
    return truth("cf12", "pdf", "pdf-acroform", lang="nn", scheme=S20,
                 office=("Nav Luster", "Luster", "976616340"), contact=("Håkon Nes", "hakon.nes@nav.no", "57685012"),
                 project=("Vegen vidare Luster", "new", "2020-08-01"), pct=80,
                 amounts={"positions": 500000, "competence": 5000, "total": 505000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Åse Berge", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Knut Fjærli", "kommunedirektør", "2020-01-21", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 80 % at 500 000 > 488 000", "amounts with thousands dots '500.000'"])


def _paper_form(p: Page, office_line, head, rows, prio, interest, sigs, seed, labels=("Sted og dato", "Navn", "Tittel")):
    """A printed form with ruled rows and tick boxes; ``sigs`` are (caption, place/date, ink?, name, title)."""
    p.text(office_line, bold=True, size=13)
    p.text(head, bold=True, size=11, dy=22)
    _boxed(p, rows)
    p.y -= 10
    _ticks(p, prio)
    p.y -= 4
    for line in interest:
        p.text(line)
    p.y -= 16
    y = p.y
    for i, (cap, place_date, ink, name, title) in enumerate(sigs):
        x = 60 + 255 * i
        p.c.setFont(p.b, p.s)
        p.c.drawString(x, y, cap)
        p.c.setFont(p.f, p.s)
        p.c.drawString(x, y - 16, f"{labels[0]}: {place_date}")
        if ink:
            p.ink(f"{seed}{i}", x, y - 68, 150, 42)
        p.c.line(x, y - 70, x + 210, y - 70)
        p.c.drawString(x, y - 84, f"{labels[1]}: {name}")
        p.c.drawString(x, y - 98, f"{labels[2]}: {title}")
    p.y = y - 110


# ---------------------------------------------------------------- cf15 pdf-handwritten nb, municipal block left blank
def cf15(out: Path):
    p = Page(str(out), "DV", "DVB", 10)
    _paper_form(p, "Nav Vefsn", HEAD_NB,
                [("Nav-kontor", "Nav Vefsn"), ("Kommune", "Vefsn"), ("Org.nr.", "944 655 808"),
                 ("Kontaktperson", "Rita Johansen\nrita.johansen@nav.no · 75 10 12 34"),
                 ("Prosjektnavn", "Brobyggeren Vefsn"), ("Søknaden gjelder", "Videreføring (2. år)"),
                 ("Oppstart", "01.01.2020"), ("Stilling", "100 %"),
                 ("Budsjett", "Lønn og sos. kostn. 600 000 kr\nKompetanse 10 000 kr\nSum 610 000 kr")],
                [(False, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                 (True, "Sikring av sårbare overganger")],
                ["Nettverk/klyngesamarbeid: [X] Ja [ ] Nei     Ekstern prosessevaluering: [X] Ja [ ] Nei"],
                [("NAV-leder", "Mosjøen, 21.01.2020", True, "Kåre Nilsen", "NAV-leder"),
                 ("Rådmann/kommunedirektør", "", False, "", "")], "cf15")
    p.save()
    return truth("cf15", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Vefsn", "Vefsn", "944655808"), contact=("Rita Johansen", "rita.johansen@nav.no", "75101234"),
                 project=("Brobyggeren Vefsn", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Kåre Nilsen", "NAV-leder", "2020-01-21", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: the municipal block is printed with empty place/date, name and title, no ink"])


def _scan(pdf_bytes: bytes, out: Path, dpi: int, angle: float, seed: int, quality: int, noise: int) -> None:
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    pdf = pdfium.PdfDocument(pdf_bytes)
    img = pdf[0].render(scale=dpi / 72).to_pil().convert("L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=245)
    img = ImageEnhance.Contrast(img).enhance(0.85)
    rnd = random.Random(seed)
    px = img.load()
    w, h = img.size
    for _ in range(noise):
        px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((60, 190))
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=quality)
    fixed = time.gmtime(1580372100)  # 2020-01-30 08:15 UTC: the same bytes on every build
    Image.open(jb).save(out, "PDF", resolution=dpi, creationDate=fixed, modDate=fixed)


# ---------------------------------------------------------------- cf16 pdf-scanned nb, 300 dpi
def cf16(out: Path):
    buf = io.BytesIO()
    p = Page(buf, "LS", "LSB", 10.5)
    _paper_form(p, "NAV Vennesla", HEAD_NB,
                [("Nav-kontor", "NAV Vennesla"), ("Kommune", "Vennesla"), ("Org.nr.", "974 537 575"),
                 ("Kontaktperson", "Tore Lunde, tore.lunde@nav.no"), ("Telefon", "38 13 72 45"),
                 ("Prosjektnavn", "Familiesatsingen Vennesla"), ("Nytt/videreføring", "Nytt prosjekt"),
                 ("Oppstart", "1. april 2020"), ("Stillingsprosent", "100 %"),
                 ("Lønn og sosiale kostnader", "kr 610 000"), ("Kompetanse", "kr 10 000"), ("Totalt", "kr 620 000")],
                [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                 (False, "Sikring av sårbare overganger")],
                ["Nettverk/klyngesamarbeid: Ja", "Ekstern prosessevaluering: Nei"],
                [("Nav-leder", "Vennesla, 24.01.2020", True, "Merete Fjeld", "Nav-leder"),
                 ("Kommunedirektør", "Vennesla, 31.01.2020", True, "Kjell Olav Kvaale", "Kommunedirektør")], "cf16")
    p.save()
    _scan(buf.getvalue(), out, 300, -0.8, 16, 70, 2500)
    return truth("cf16", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Vennesla", "Vennesla", "974537575"), contact=("Tore Lunde", "tore.lunde@nav.no", "38137245"),
                 project=("Familiesatsingen Vennesla", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Merete Fjeld", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Kjell Olav Kvaale", "Kommunedirektør", "2020-01-31", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["300 dpi grey scan, rotated 0.8°, JPEG q70; near-miss: 100 % at exactly 610 000"])


# ---------------------------------------------------------------- cf17 pdf-scanned nn, 200 dpi, 40 % position
def cf17(out: Path):
    buf = io.BytesIO()
    p = Page(buf, "DVS", "DVSB", 10.5)
    _paper_form(p, "Nav Ørsta", HEAD_NN,
                [("Nav-kontor", "Nav Ørsta"), ("Kommune", "Ørsta"), ("Org.nr.:", "988 486 477"),
                 ("Kontaktperson", "Jorunn Vik"), ("E-post / telefon", "jorunn.vik@nav.no / tlf. 70 04 98 12"),
                 ("Prosjektnamn", "Ung og i arbeid Ørsta"), ("Ny eller vidareføring", "Ny"),
                 ("Prosjektperiode", "01.09.2020–31.08.2021"), ("Stillingsprosent", "40 % stilling"),
                 ("Løn og sosiale kostnader", "kr 244 000"), ("Kompetanse", "–"), ("Sum søkt", "kr 244 000")],
                [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                 (False, "Sikring av sårbare overgangar")],
                ["Nettverk/klyngesamarbeid: Nei", "Ekstern prosessevaluering: Nei"],
                [("Nav-leiar", "Ørsta, 15. januar 2020", True, "Inger Johanne Bjørdal", "Nav-leiar"),
                 ("Kommunedirektør", "Ørsta, 16. januar 2020", True, "Rolf Aarflot", "Kommunedirektør")], "cf17",
                ("Stad og dato", "Namn", "Tittel"))
    p.save()
    _scan(buf.getvalue(), out, 200, 1.0, 17, 55, 3500)
    return truth("cf17", "pdf", "pdf-scanned", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", "988486477"), contact=("Jorunn Vik", "jorunn.vik@nav.no", "70049812"),
                 project=("Ung og i arbeid Ørsta", "new", "2020-09-01"), pct=40,
                 amounts={"positions": 244000, "competence": None, "total": 244000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Inger Johanne Bjørdal", "Nav-leiar", "2020-01-15", "handwritten"),
                       ("municipality", "Rolf Aarflot", "Kommunedirektør", "2020-01-16", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["200 dpi scan, rotated 1°, JPEG q55; near-miss: 40 % at exactly 244 000; competence '–' → null",
                        "start from the period '01.09.2020–31.08.2021'; Nynorsk dates 'januar'"])


# ---------------------------------------------------------------- cf18 pdf-pades nb
def cf18(out: Path):
    buf = io.BytesIO()
    p = Page(buf, "LS", "LSB", 10)
    p.text("NAV Namsos", bold=True, size=14)
    p.text(HEAD_NB, bold=True, dy=22)
    for a, v in [("Søker", "NAV Namsos"), ("Kommune", "Namsos"), ("ORG. NR", "976 328 353"),
                 ("Kontaktperson", "Ellen Brattgjerd – ellen.brattgjerd@nav.no – 741 21 500"),
                 ("Prosjekt", "Inkluderingsløftet Namsos"), ("Søknaden gjelder", "Videreføring, andre år"),
                 ("Oppstart", "1. jan. 2020"), ("Stillingsressurs", "1 årsverk"),
                 ("Lønn og sosiale kostnader", "kr 600 000"), ("Kompetanse", "kr 10 000"), ("Totalt", "kr 610 000"),
                 ("Prioritert område", "Bruk av ordinært arbeidsliv"),
                 ("Nettverk/klynge", "Ja"), ("Ekstern prosessevaluering", "Ja")]:
        p.pair(a + ":", v, x2=220)
    p.y -= 20
    p.text("Søknaden er signert digitalt av Nav-leder og kommunedirektør.", bold=True)
    p.c.drawString(60, p.y - 10, "Nav-leder Stein Ove Bjørnstad, 28.01.2020")
    p.c.drawString(320, p.y - 10, "Kommunedirektør Lise Hestmann, 29.01.2020")
    p.save()
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        s1 = _self_signed(Path(td), "Stein Ove Bjornstad", "NAV Namsos")
        s2 = _self_signed(Path(td), "Lise Hestmann", "Namsos kommune")
        data = _sign(data, "Signatur1", (60, 280, 260, 320), s1, datetime.datetime(2020, 1, 28, 9, 40, tzinfo=tz))
        data = _sign(data, "Signatur2", (320, 280, 520, 320), s2, datetime.datetime(2020, 1, 29, 13, 15, tzinfo=tz))
    out.write_bytes(data)
    return truth("cf18", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Namsos", "Namsos", "976328353"),
                 contact=("Ellen Brattgjerd", "ellen.brattgjerd@nav.no", "74121500"),
                 project=("Inkluderingsløftet Namsos", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Stein Ove Bjørnstad", "Nav-leder", "2020-01-28", "digital"),
                       ("municipality", "Lise Hestmann", "Kommunedirektør", "2020-01-29", "digital")],
                 notes=["two PAdES signatures; '1 årsverk'; '1. jan. 2020'; phone 3-2-3; 'ORG. NR'",
                        "near-miss: total 610 000 equals the cap but positions are 600 000"])
