"""PDF documents of the tenth adversarial corpus (truth written by hand next to each builder)."""
from __future__ import annotations

import io
import random
import sys
from datetime import datetime, timezone
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from truthlib import truth  # noqa: E402
from kit10 import Page, fonts, ink_pdf  # noqa: E402

S = "nav-sosiale-tjenester-2020"


def _canvas(buf, title):
    fonts()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Nav")
    return c


def _leader(p, label, value, tab=250):
    """'Label ........ value' (dotted leaders)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    c = p.c
    c.setFont(p.font, p.size)
    c.drawString(p.left, p.y, label)
    x = p.left + stringWidth(label, p.font, p.size) + 4
    dots = ""
    while x + stringWidth(dots + ".", p.font, p.size) < p.left + tab - 6:
        dots += "."
    c.drawString(x, p.y, dots)
    c.drawString(p.left + tab, p.y, value)
    p.y -= p.size * p.lead


# ------------------------------------------------------------------ j05 pdf-text, numbered sections with dotted leaders, typed names
def j05(out):
    b = io.BytesIO()
    c = _canvas(b, "Søknad Nav Lindesnes 2020")
    p = Page(c, "LibSerif", 11.5)
    p.line("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret", "LibSerif-Bold", 14)
    p.line("Tilskuddsåret 2020 · kapittel 0621 post 63 · søknadsfrist 1. februar 2020", size=9.5)
    p.skip(8)
    p.line("1  Søker", "LibSerif-Bold", 12.5)
    _leader(p, "1.1  NAV-kontor", "NAV Lindesnes")
    _leader(p, "1.2  Kommune", "Lindesnes")
    _leader(p, "1.3  Organisasjonsnummer", "929 040 473")
    _leader(p, "1.4  Kontaktperson", "Sigrid Tveit")
    _leader(p, "1.5  E-post", "SIGRID.TVEIT@NAV.NO")
    _leader(p, "1.6  Telefon", "38 25 60 11")
    p.skip(6)
    p.line("2  Prosjektet", "LibSerif-Bold", 12.5)
    _leader(p, "2.1  Prosjektets navn", "Arbeidsinkludering i Lindesnes")
    _leader(p, "2.2  Nytt prosjekt / videreføring", "Videreføring (3. år)")
    _leader(p, "2.3  Oppstart", "01.02.2020")
    _leader(p, "2.4  Stillingsressurs", "1 årsverk (prosjektkoordinator)")
    p.skip(6)
    p.line("3  Prioriterte områder (sett X)", "LibSerif-Bold", 12.5)
    p.line("[X]  Bruk av ordinært arbeidsliv")
    p.line("[  ]  Oppfølging av barnefamilier, ungdom og innvandrere")
    p.line("[  ]  Sikring av sårbare overganger")
    p.skip(6)
    p.line("4  Budsjett", "LibSerif-Bold", 12.5)
    _leader(p, "4.1  Lønn og sosiale kostnader (100 %)", "kr 560 000")
    _leader(p, "4.2  Kompetansemidler", "kr 10 000")
    _leader(p, "4.3  Samlet søknadsbeløp", "kr 570 000")
    p.skip(6)
    p.line("5  Samarbeid", "LibSerif-Bold", 12.5)
    _leader(p, "5.1  Ønsker nettverk/klyngesamarbeid", "Ja")
    _leader(p, "5.2  Ønsker ekstern prosessevaluering", "Ja")
    p.skip(6)
    p.line("6  Underskrift", "LibSerif-Bold", 12.5)
    _leader(p, "6.1  Leder NAV Lindesnes", "Randi Tjomsland")
    _leader(p, "      Sted og dato", "Mandal, 23.01.2020")
    _leader(p, "6.2  Rådmann, Lindesnes kommune", "Alf Erling Kvinlaug")
    _leader(p, "      Sted og dato", "Mandal, 27.01.2020")
    c.showPage()
    c.save()
    Path(out).write_bytes(b.getvalue())
    return truth("j05", "pdf", "pdf-text", lang="nb", scheme=S,
                 office=("Nav Lindesnes", "Lindesnes", "929040473"),
                 contact=("Sigrid Tveit", "sigrid.tveit@nav.no", "38256011"),
                 project=("Arbeidsinkludering i Lindesnes", "continuation", "2020-02-01"), pct=100,
                 amounts={"positions": 560000, "competence": 10000, "other": None, "total": 570000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Randi Tjomsland", "Nav-leder", "2020-01-23", "typed"),
                       ("municipality", "Alf Erling Kvinlaug", "Rådmann", "2020-01-27", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["typed names only: SIGNATURE_UNVERIFIED (warning), no error",
                        "continuation in its third year: no CONTINUATION_LIMIT"])


# ------------------------------------------------------------------ j06 pdf-text, two-column field layout, Nynorsk, competence over cap
def j06(out):
    b = io.BytesIO()
    c = _canvas(b, "Søknad Nav Voss")
    c.setFillColorRGB(0.85, 0.9, 0.95)
    c.rect(40, 770, 515, 40, fill=1, stroke=0)
    c.setFillColorRGB(0, 0, 0)
    c.setFont("DejaVuSans-Bold", 13)
    c.drawString(50, 785, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    c.setFont("DejaVuSans", 8)
    cols = [
        [("Søkjar", "Nav Voss"), ("Kommune", "Voss herad"), ("Org.nr.", "996 669 726"),
         ("Kontaktperson", "Olav Lid"), ("E-post", "olav.lid@nav.no"), ("Telefon", "958 71 230")],
        [("Prosjektnamn", "Heilskapleg oppfølging av barnefamiliar"), ("Nytt / vidareføring", "Nytt prosjekt"),
         ("Oppstart", "juni 2020"), ("Stillingar", "ei stilling (100 %)"),
         ("Nettverk/klynge", "Ja"), ("Ekstern prosessevaluering", "Ja")],
    ]
    for ci, col in enumerate(cols):
        x = 50 + ci * 260
        y = 740
        for lab, val in col:
            c.setFont("DejaVuSans", 7.5)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            c.drawString(x, y, lab.upper())
            c.setFillColorRGB(0, 0, 0)
            c.setFont("DejaVuSans", 10)
            c.drawString(x, y - 13, val)
            c.setStrokeColorRGB(0.7, 0.7, 0.7)
            c.line(x, y - 17, x + 240, y - 17)
            y -= 36
    p = Page(c, "DejaVuSans", 10, top=510)
    p.line("Prioritert område", "DejaVuSans-Bold", 11)
    p.line("■  Oppfølging av barnefamiliar, ungdom og innvandrarar")
    p.line("□  Bruk av ordinært arbeidsliv")
    p.line("□  Sikring av sårbare overgangar")
    p.skip(6)
    p.line("Budsjett", "DejaVuSans-Bold", 11)
    for a, v in (("Løn og sosiale kostnader, 100 % stilling", "600 000"),
                 ("Kompetanse (kurs og rettleiing i familiearbeid)", "25 000"),
                 ("Sum søknadsbeløp", "625 000")):
        c.setFont("DejaVuSans", 10)
        c.drawString(60, p.y, a)
        c.drawRightString(430, p.y, "kr " + v)
        p.skip(15)
    p.skip(10)
    p.line("Godkjenning", "DejaVuSans-Bold", 11)
    p.wrap("Dokumentet er elektronisk godkjent og har difor inga handskriven underskrift.")
    p.line("Godkjent av Lene Vik, Nav-leiar, 22.01.2020")
    p.line("Godkjent av Arne Ringheim, kommunedirektør, 23.01.2020")
    c.showPage()
    c.save()
    Path(out).write_bytes(b.getvalue())
    return truth("j06", "pdf", "pdf-text", lang="nn", scheme=S,
                 office=("Nav Voss", "Voss", "996669726"),
                 contact=("Olav Lid", "olav.lid@nav.no", "95871230"),
                 project=("Heilskapleg oppfølging av barnefamiliar", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 600000, "competence": 25000, "other": None, "total": 625000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Lene Vik", "Nav-leiar", "2020-01-22", "electronic_approval"),
                       ("municipality", "Arne Ringheim", "Kommunedirektør", "2020-01-23", "electronic_approval")],
                 expected=["COMPETENCE_OVER_CAP"], notes=["planted: competence 25 000 > 10 000"])


# ------------------------------------------------------------------ j07 pdf-acroform, labels above fields, pypdf filled, ink on page
def j07(out):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    b = io.BytesIO()
    c = _canvas(b, "Søknadsskjema 2020 (utfyllbart)")
    c.setFont("LibSans-Bold", 13)
    c.drawString(50, 800, "Søknadsskjema – tilskudd til sosiale tjenester i Nav 2020")
    form = c.acroForm
    fields = [("navkontor", "Nav-kontor (søker)"), ("kommune", "Kommune"), ("orgnr", "Organisasjonsnummer"),
              ("kontakt", "Kontaktperson"), ("epost", "E-post"), ("telefon", "Telefon"),
              ("prosjekt", "Prosjektnavn"), ("oppstart", "Oppstartsdato"), ("prosent", "Stillingsandel (%)"),
              ("lonn", "Lønn og sosiale kostnader (kr)"), ("komp", "Kompetansemidler (kr)"),
              ("sum", "Sum omsøkt (kr)")]
    y = 770
    for i, (name, lab) in enumerate(fields):
        x = 50 if i % 2 == 0 else 310
        c.setFont("LibSans", 8.5)
        c.drawString(x, y, lab)
        form.textfield(name=name, tooltip=lab, x=x, y=y - 22, width=235, height=18, borderWidth=0.5,
                       fontName="Helvetica", fontSize=10)
        if i % 2 == 1:
            y -= 42
    y -= 6
    c.setFont("LibSans-Bold", 10)
    c.drawString(50, y, "Type prosjekt")
    for j, (nm, lab) in enumerate((("ny", "Nytt prosjekt"), ("videre", "Videreføring"))):
        form.checkbox(name=nm, x=160 + j * 130, y=y - 3, size=12, buttonStyle="cross")
        c.setFont("LibSans", 10)
        c.drawString(176 + j * 130, y, lab)
    y -= 28
    c.setFont("LibSans-Bold", 10)
    c.drawString(50, y, "Prioritert område")
    for j, (nm, lab) in enumerate((("pri1", "Bruk av ordinært arbeidsliv"),
                                   ("pri2", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                   ("pri3", "Sikring av sårbare overganger"))):
        yy = y - 18 - j * 18
        form.checkbox(name=nm, x=60, y=yy - 3, size=12, buttonStyle="cross")
        c.setFont("LibSans", 10)
        c.drawString(78, yy, lab)
    y -= 90
    for j, (nm, lab) in enumerate((("nett", "Ønsker nettverk/klyngesamarbeid"),
                                   ("eval", "Ønsker ekstern prosessevaluering"))):
        yy = y - j * 20
        c.setFont("LibSans", 10)
        c.drawString(50, yy, lab)
        form.checkbox(name=nm + "_ja", x=260, y=yy - 3, size=12, buttonStyle="cross")
        c.drawString(276, yy, "Ja")
        form.checkbox(name=nm + "_nei", x=310, y=yy - 3, size=12, buttonStyle="cross")
        c.drawString(326, yy, "Nei")
    y -= 60
    c.setFont("LibSans-Bold", 10)
    c.drawString(50, y, "Signaturer")
    for k, (who, nm, dt, seed) in enumerate((("Leder Nav-kontoret", "sig_nav", "dato_nav", 701),
                                             ("Rådmann / kommunedirektør", "sig_kom", "dato_kom", 702))):
        x = 50 + k * 260
        c.setFont("LibSans", 8.5)
        c.drawString(x, y - 18, who + " – navn")
        form.textfield(name=nm, x=x, y=y - 40, width=235, height=18, borderWidth=0.5, fontName="Helvetica",
                       fontSize=10)
        c.drawString(x, y - 54, "Dato")
        form.textfield(name=dt, x=x, y=y - 76, width=120, height=18, borderWidth=0.5, fontName="Helvetica",
                       fontSize=10)
        c.line(x, y - 128, x + 235, y - 128)
        c.drawString(x, y - 138, "Signatur")
        ink_pdf(c, seed, x + 20, y - 126, 170, 42)
    c.showPage()
    c.save()
    r = PdfReader(io.BytesIO(b.getvalue()))
    w = PdfWriter(clone_from=r)
    vals = {"navkontor": "NAV Orkland", "kommune": "Orkland", "orgnr": "951027340", "kontakt": "Kristin Moe",
            "epost": "kristin.moe@nav.no", "telefon": "99 88 77 66", "prosjekt": "Sammen om arbeid",
            "oppstart": "01.09.2020", "prosent": "50", "lonn": "305 000", "komp": "5 000", "sum": "310 000",
            "sig_nav": "Bente Krogh, Nav-leder", "dato_nav": "21.01.2020", "sig_kom": "Ola Strand, rådmann",
            "dato_kom": "24.01.2020"}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    on = {"ny", "pri3", "nett_nei", "eval_ja"}
    for a in w.pages[0]["/Annots"]:
        a = a.get_object()
        if a.get("/FT") == "/Btn":
            nm = a["/T"]
            states = [k for k in a["/AP"]["/N"].keys() if k != "/Off"]
            v = NameObject(states[0]) if nm in on else NameObject("/Off")
            a[NameObject("/V")] = v
            a[NameObject("/AS")] = v
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)
    return truth("j07", "pdf", "pdf-acroform", lang="nb", scheme=S,
                 office=("Nav Orkland", "Orkland", "951027340"),
                 contact=("Kristin Moe", "kristin.moe@nav.no", "99887766"),
                 project=("Sammen om arbeid", "new", "2020-09-01"), pct=50,
                 amounts={"positions": 305000, "competence": 5000, "other": None, "total": 310000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Bente Krogh", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Ola Strand", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["50 % at 305 000 is exactly the cap: no AMOUNT_OVER_CAP"])


# ------------------------------------------------------------------ j09 pdf-handwritten, Nynorsk, signature table with titles before names
def _j09_canvas(c):
    p = Page(c, "DejaVuSerif", 10)
    p.line("NAV SUNNFJORD", "DejaVuSerif-Bold", 11)
    p.line("Til Statsforvaltaren i Vestland", size=9)
    p.skip(6)
    p.line("Søknad om tilskot til sosiale tenester i Nav – 2020", "DejaVuSerif-Bold", 13)
    p.skip(4)
    for a, v in (("Nav-kontor", "Nav Sunnfjord"), ("Kommune", "Sunnfjord kommune"), ("Org.nr.", "989693506"),
                 ("Kontaktperson", "Tone Rygg"), ("E-post / telefon", "tone.rygg@nav.no / 900 12 345"),
                 ("Prosjekt", "Tett på i Sunnfjord"), ("Søknaden gjeld", "Vidareføring av prosjekt (2. år)"),
                 ("Prosjektperiode 2020", "1. januar – 31. desember 2020"),
                 ("Stillingar", "to stillingar, kvar på 100 %")):
        c.setFont("DejaVuSerif-Bold", 9.5)
        c.drawString(60, p.y, a + ":")
        c.setFont("DejaVuSerif", 10)
        c.drawString(200, p.y, v)
        p.skip(16)
    p.skip(4)
    p.line("Prosjektet rettar seg mot desse prioriterte områda:", "DejaVuSerif-Bold", 10)
    for box, lab in (("☒", "Bruk av ordinært arbeidsliv"), ("☐", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                     ("☒", "Sikring av sårbare overgangar")):
        c.setFont("DejaVuSans", 10)  # DejaVu Serif has no ballot-box glyphs
        c.drawString(p.left, p.y, box)
        c.setFont("DejaVuSerif", 10)
        c.drawString(p.left + 16, p.y, lab)
        p.skip(14.5)
    p.skip(4)
    p.line("Budsjett", "DejaVuSerif-Bold", 10)
    rows = (("Post", "Stillingsprosent", "Kroner"), ("Arbeidsrettleiar", "100 %", "610 000"),
            ("Overgangskoordinator", "100 %", "610 000"), ("Kompetansemidlar", "", "10 000"),
            ("Totalt søkt", "200 %", "1 230 000"))
    for i, r in enumerate(rows):
        c.setFont("DejaVuSerif-Bold" if i in (0, 4) else "DejaVuSerif", 10)
        c.drawString(60, p.y, r[0])
        c.drawString(250, p.y, r[1])
        c.drawRightString(480, p.y, r[2])
        c.line(58, p.y - 4, 482, p.y - 4)
        p.skip(16)
    p.skip(4)
    p.line("Vi ønskjer å vere med i nettverk/klyngesamarbeid: Ja.   Ekstern prosessevaluering: Ja.")
    p.skip(10)
    p.line("Underskrifter", "DejaVuSerif-Bold", 10)
    top = p.y - 4
    c.setStrokeColorRGB(0, 0, 0)
    c.rect(58, top - 110, 424, 110)
    c.line(270, top - 110, 270, top)
    for k, (tit, nm, place, seed) in enumerate((("Nav-leiar", "Gunn Aase", "Førde, 16.01.2020", 901),
                                                ("Kommunalsjef", "Helge Nesse", "Førde, 17.01.2020", 902))):
        x = 66 + k * 212
        c.setFont("DejaVuSerif", 9)
        c.drawString(x, top - 14, "Stad og dato: " + place)
        ink_pdf(c, seed, x + 10, top - 78, 160, 44)
        c.line(x, top - 82, x + 190, top - 82)
        c.setFont("DejaVuSerif", 10)
        c.drawString(x, top - 96, f"{tit} {nm}")


def j09(out):
    b = io.BytesIO()
    c = _canvas(b, "Søknad Nav Sunnfjord")
    _j09_canvas(c)
    c.showPage()
    c.save()
    Path(out).write_bytes(b.getvalue())
    return truth("j09", "pdf", "pdf-handwritten", lang="nn", scheme=S,
                 office=("Nav Sunnfjord", "Sunnfjord", "989693506"),
                 contact=("Tone Rygg", "tone.rygg@nav.no", "90012345"),
                 project=("Tett på i Sunnfjord", "continuation", "2020-01-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "other": None, "total": 1230000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Gunn Aase", "Nav-leiar", "2020-01-16", "handwritten"),
                       ("municipality", "Helge Nesse", "Kommunalsjef", "2020-01-17", "handwritten")])


# ------------------------------------------------------------------ j10 pdf-scanned: phone photo, angle, shadow, low contrast, 150 dpi, JPEG
def j10(out):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter, ImageEnhance
    b = io.BytesIO()
    c = _canvas(b, "scan")
    p = Page(c, "LibSans", 12, top=790)
    p.line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", "LibSans-Bold", 13.5)
    p.skip(6)
    for a, v in (("Nav-kontor:", "Nav Elverum"), ("Kommune:", "Elverum"), ("Org.nr.:", "949 258 998"),
                 ("Kontaktperson:", "Jonas Berg"), ("E-post:", "jonas.berg@nav.no"), ("Telefon:", "47 11 22 33"),
                 ("Prosjektnavn:", "Familieløftet Elverum"), ("Nytt prosjekt / videreføring:", "Nytt prosjekt"),
                 ("Oppstart:", "1. mai 2020"), ("Stillingsandel:", "100 %")):
        c.setFont("LibSans", 12)
        c.drawString(60, p.y, a)
        c.drawString(260, p.y, v)
        p.skip(21)
    p.skip(4)
    p.line("Prioritert område:  X  Oppfølging av barnefamilier, ungdom og innvandrere")
    p.skip(4)
    for a, v in (("Lønn og sosiale kostnader", "kr 580 000"), ("Kompetansemidler", "kr 10 000"),
                 ("Sum omsøkt", "kr 590 000")):
        c.setFont("LibSans", 12)
        c.drawString(60, p.y, a)
        c.drawRightString(420, p.y, v)
        p.skip(21)
    p.line("Nettverk/klyngesamarbeid: Ja        Ekstern prosessevaluering: Ja")
    p.skip(30)
    for k, (nm, tit, dt, seed) in enumerate((("Marit Sæther", "Nav-leder", "22.01.2020", 1001),
                                             ("Knut Dahl", "Kommunedirektør", "23.01.2020", 1002))):
        x = 60 + k * 260
        c.setFont("LibSans", 12)
        c.drawString(x, p.y, "Dato: " + dt)
        ink_pdf(c, seed, x + 5, p.y - 62, 170, 48)
        c.line(x, p.y - 64, x + 220, p.y - 64)
        c.drawString(x, p.y - 80, nm)
        c.drawString(x, p.y - 96, tit)
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(b.getvalue())
    im = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    rng = random.Random(10)
    w, h = im.size
    # low contrast: paper grey, ink grey
    im = ImageEnhance.Contrast(im).enhance(0.55)
    # shadow from the left edge (a hand/phone)
    sh = Image.linear_gradient("L").rotate(90, expand=True).resize((w, h))
    im = Image.composite(im, im.point(lambda v: int(v * 0.55)), sh.point(lambda v: 255 if v > 80 else 120 + v))
    # angle, on a darker table
    im = im.rotate(-2.6, resample=Image.BICUBIC, expand=True, fillcolor=70)
    im = im.filter(ImageFilter.GaussianBlur(0.6))
    px = im.load()
    W2, H2 = im.size
    for _ in range(W2 * H2 // 60):
        x, y = rng.randrange(W2), rng.randrange(H2)
        px[x, y] = max(0, min(255, px[x, y] + rng.randint(-50, 50)))
    jb = io.BytesIO()
    im.save(jb, "JPEG", quality=35)
    page = Image.open(io.BytesIO(jb.getvalue()))
    page.save(out, "PDF", resolution=150)
    return truth("j10", "pdf", "pdf-scanned", lang="nb", scheme=S,
                 office=("Nav Elverum", "Elverum", "949258998"),
                 contact=("Jonas Berg", "jonas.berg@nav.no", "47112233"),
                 project=("Familieløftet Elverum", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "other": None, "total": 590000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Marit Sæther", "Nav-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Knut Dahl", "Kommunedirektør", "2020-01-23", "handwritten")],
                 optional=["LOW_CONFIDENCE"])


# ------------------------------------------------------------------ PAdES helpers
def _cert(cn, title):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.TITLE, title),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Nav"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(abs(hash(cn)) % (2 ** 60) + 1)
            .not_valid_before(datetime(2019, 1, 1, tzinfo=timezone.utc))
            .not_valid_after(datetime(2030, 1, 1, tzinfo=timezone.utc))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), True)
            .sign(key, hashes.SHA256()))
    return (key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()),
            cert.public_bytes(serialization.Encoding.PEM))


def _pades_sign(pdf_bytes, cn, title, field, when):
    import tempfile
    from unittest import mock
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    from pyhanko.sign.signers import pdf_signer
    from pyhanko.sign.fields import SigSeedSubFilter
    kp, cp = _cert(cn, title)
    with tempfile.TemporaryDirectory() as td:
        (Path(td) / "k.pem").write_bytes(kp)
        (Path(td) / "c.pem").write_bytes(cp)
        signer = signers.SimpleSigner.load(str(Path(td) / "k.pem"), str(Path(td) / "c.pem"))

    class FixedDT(datetime):
        @classmethod
        def now(cls, tz=None):
            return when

    w = IncrementalPdfFileWriter(io.BytesIO(pdf_bytes))
    meta = signers.PdfSignatureMetadata(field_name=field, subfilter=SigSeedSubFilter.PADES,
                                        md_algorithm="sha256", name=cn, reason=f"Signert som {title}",
                                        location="Norge")
    buf = io.BytesIO()
    with mock.patch.object(pdf_signer, "datetime", FixedDT):
        signers.PdfSigner(meta, signer=signer).sign_pdf(w, output=buf)
    return buf.getvalue()


def _app_page(c, d, sigtext):
    p = Page(c, "LibSans", 10.5)
    p.line(d["head"], "LibSans-Bold", 14)
    p.skip(6)
    for a, v in d["rows"]:
        c.setFont("LibSans-Bold", 10)
        c.drawString(60, p.y, a)
        c.setFont("LibSans", 10.5)
        c.drawString(250, p.y, v)
        p.skip(17)
    p.skip(6)
    for l in d["after"]:
        p.line(l)
    p.skip(10)
    p.line("Signering", "LibSans-Bold", 11)
    for l in sigtext:
        p.line(l)
    return p


# ------------------------------------------------------------------ j11 pdf-pades, two sequential PAdES signatures
def j11(out):
    b = io.BytesIO()
    c = _canvas(b, "Søknad Nav Bodø 2020")
    p = _app_page(c, {"head": "Søknad – tilskudd til sosiale tjenester i Nav 2020",
                      "rows": (("Søker", "Nav Bodø"), ("Kommune", "Bodø"), ("Organisasjonsnummer", "913944119"),
                               ("Kontaktperson", "Hanne Olsen"),
                               ("Kontaktinformasjon", "hanne.olsen@nav.no, 75 55 40 00"),
                               ("Prosjekttittel", "Inkludering i arbeid"), ("Prosjekttype", "Nytt prosjekt"),
                               ("Oppstart", "01.04.2020"), ("Stillingsprosent", "100"),
                               ("Lønnsmidler", "kr 610 000"), ("Kompetansemidler", "kr 10 000"),
                               ("Totalt omsøkt", "kr 620 000")),
                      "after": ("Prioritert område: Bruk av ordinært arbeidsliv.",
                                "Nettverk/klyngesamarbeid: Nei.   Ekstern prosessevaluering: Ja.")},
                     ["Denne søknaden er signert digitalt med sertifikat av:",
                      "   1. Siv Lorentzen, Nav-leder, 20.01.2020",
                      "   2. Geir Amundsen, kommunedirektør, 27.01.2020",
                      "Signaturene kan kontrolleres i signaturpanelet i PDF-leseren."])
    c.showPage()
    c.save()
    d1 = _pades_sign(b.getvalue(), "Siv Lorentzen", "Nav-leder", "SignaturNavLeder",
                     datetime(2020, 1, 20, 9, 12, tzinfo=timezone.utc))
    d2 = _pades_sign(d1, "Geir Amundsen", "Kommunedirektør", "SignaturKommune",
                     datetime(2020, 1, 27, 13, 40, tzinfo=timezone.utc))
    Path(out).write_bytes(d2)
    return truth("j11", "pdf", "pdf-pades", lang="nb", scheme=S,
                 office=("Nav Bodø", "Bodø", "913944119"),
                 contact=("Hanne Olsen", "hanne.olsen@nav.no", "75554000"),
                 project=("Inkludering i arbeid", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Siv Lorentzen", "Nav-leder", "2020-01-20", "digital"),
                       ("municipality", "Geir Amundsen", "Kommunedirektør", "2020-01-27", "digital")])


# ------------------------------------------------------------------ j12 pdf-pades, nav leader digital, ink for municipality, stamped after signing
def j12(out):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils import generic
    b = io.BytesIO()
    c = _canvas(b, "Søknad Nav Narvik 2020")
    p = _app_page(c, {"head": "Søknad om tilskudd – sosiale tjenester i NAV, 2020",
                      "rows": (("NAV-kontor", "NAV Narvik"), ("Kommune", "Narvik"), ("Org.nr.", "977151627"),
                               ("Kontaktperson", "Per Hansen"), ("E-post", "per.hansen@nav.no"),
                               ("Telefon", "76 96 50 00"), ("Prosjekt", "Veien videre Narvik"),
                               ("Ny/videreføring", "Ny"), ("Oppstart", "juni 2020"), ("Stilling", "80 %"),
                               ("Lønn og sos. kostnader", "kr 488 000"), ("Kompetanse", "kr 10 000"),
                               ("Sum", "kr 498 000")),
                      "after": ("Prioritert område: Sikring av sårbare overganger (løslatelse fra fengsel).",
                                "Nettverk/klyngesamarbeid: Ja.   Ekstern prosessevaluering: Ja.")},
                     ["Nav-leder Linn Karlsen: signert digitalt 24.01.2020 (se signaturpanelet).",
                      "Rådmann, Narvik kommune:"])
    ink_pdf(c, 1201, 70, p.y - 40, 160, 44)
    c.line(60, p.y - 44, 280, p.y - 44)
    c.setFont("LibSans", 10.5)
    c.drawString(60, p.y - 58, "Bjørn Strøm, rådmann        Narvik, 28.01.2020")
    c.showPage()
    c.save()
    signed = _pades_sign(b.getvalue(), "Linn Karlsen", "Nav-leder", "Signatur1",
                         datetime(2020, 1, 24, 10, 0, tzinfo=timezone.utc))
    # after signing: the archive adds a "Journalført" stamp to the page content (an incremental update
    # that changes the signed page)
    w = IncrementalPdfFileWriter(io.BytesIO(signed))
    page = w.root["/Pages"]["/Kids"][0].get_object()
    stamp = generic.StreamObject(stream_data=b"BT /F1 9 Tf 400 20 Td (Journalfort 03.02.2020) Tj ET")
    ref = w.add_object(stamp)
    old = page.raw_get("/Contents")
    arr = generic.ArrayObject(list(old) if isinstance(old, generic.ArrayObject) else [old])
    arr.append(ref)
    page["/Contents"] = arr
    w.update_container(page)
    ob = io.BytesIO()
    w.write(ob)
    Path(out).write_bytes(ob.getvalue())
    return truth("j12", "pdf", "pdf-pades", lang="nb", scheme=S,
                 office=("Nav Narvik", "Narvik", "977151627"),
                 contact=("Per Hansen", "per.hansen@nav.no", "76965000"),
                 project=("Veien videre Narvik", "new", "2020-06-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "other": None, "total": 498000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Linn Karlsen", "Nav-leder", "2020-01-24", "digital"),
                       ("municipality", "Bjørn Strøm", "Rådmann", "2020-01-28", "handwritten")],
                 expected=["DIGITAL_SIGNATURE_INVALID"],
                 notes=["planted: page content stream extended by an incremental update after the signature"])


# ------------------------------------------------------------------ j13 bad-input: a PDF with zero pages
def j13(out):
    from pypdf import PdfWriter
    w = PdfWriter()
    w.add_metadata({"/Title": "Søknad Nav Moss 2020", "/Producer": "ScanStation 4"})
    with open(out, "wb") as f:
        w.write(f)
    return truth("j13", "pdf", "bad-input", lang=None, scheme=None, score_fields=False,
                 expected=["DOCUMENT_UNREADABLE"], notes=["well-formed PDF whose page tree has /Count 0"])
