"""PDF builders of the fourteenth corpus (reportlab, pypdf, LibreOffice, Pillow + pypdfium2, pyHanko)."""
from __future__ import annotations

import io
import random
import subprocess
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from tests.adversarial2.truthlib import truth
from tests.adversarial14.kit14 import fonts, ink_pdf, org_number

S20 = "nav-sosiale-tjenester-2020"


def _canvas(buf, size=A4):
    fonts()
    c = canvas.Canvas(buf, pagesize=size, invariant=1)
    c.setAuthor("Nav")
    return c


# ---------------------------------------------------------------- p06 pdf-text (landscape via /Rotate 90)
def p06(out: Path) -> dict:
    """A landscape form stored as portrait pages with /Rotate 90; its question/answer table runs over
    two pages with the header row repeated; typed names only."""
    org = org_number(106)
    buf = io.BytesIO()
    c = _canvas(buf)
    rows = [("Nav-kontor", "NAV Gjøvik"), ("Kommune", "Gjøvik kommune"), ("Organisasjonsnr.", org),
            ("Kontaktperson", "Bjørnar Smedsrud"), ("E-post", "bjornar.smedsrud@nav.no"), ("Telefon", "61 14 92 30"),
            ("Prosjektnavn", "Jobbsjansen Gjøvik"), ("Nytt / videreføring", "Nytt prosjekt"),
            ("Oppstartsdato", "01.03.2020"), ("Stillingsprosent", "100 %"),
            ("Satsingsområde(r)", "Bruk av ordinært arbeidsliv"),
            ("Lønn og sosiale kostnader", "598 000 kr"), ("Kompetansemidler", "10 000 kr"),
            ("Sum omsøkt", "608 000 kr"), ("Interessert i nettverk/klyngesamarbeid", "Ja"),
            ("Interessert i ekstern prosessevaluering", "Nei")]
    pages = [rows[:9], rows[9:]]
    for pi, chunk in enumerate(pages):
        c.saveState()
        c.translate(595.27, 0)
        c.rotate(90)
        W, H = 841.89, 595.27
        c.setFont("LSB", 14)
        if pi == 0:
            c.drawString(50, H - 50, "Søknadsskjema: Tilskudd til utvikling av sosiale tjenester i Nav 2020")
        else:
            c.drawString(50, H - 50, "Søknadsskjema (forts.)")
        y = H - 90
        c.setFillColorRGB(0.85, 0.88, 0.95)
        c.rect(50, y - 6, W - 100, 22, fill=1, stroke=0)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("LSB", 11)
        c.drawString(56, y, "Spørsmål")
        c.drawString(380, y, "Svar")
        y -= 30
        c.setFont("LS", 11)
        for lab, val in chunk:
            c.drawString(56, y, lab)
            c.drawString(380, y, val)
            c.line(50, y - 8, W - 50, y - 8)
            y -= 30
        if pi == 1:
            y -= 10
            c.setFont("LSB", 11)
            c.drawString(56, y, "Underskrifter")
            y -= 24
            c.setFont("LS", 11)
            c.drawString(56, y, "Gjøvik, 29.01.2020")
            c.drawString(420, y, "Gjøvik, 30.01.2020")
            y -= 22
            c.drawString(56, y, "Nav-leder Aud Kristin Lund")
            c.drawString(420, y, "Kommunedirektør Rune Haug")
        c.setFont("LS", 8)
        c.drawString(W - 110, 30, f"Side {pi + 1} av 2")
        c.restoreState()
        c.showPage()
    c.save()
    from pypdf import PdfReader, PdfWriter
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter()
    for p in r.pages:
        p.rotate(90)
        w.add_page(p)
    w.add_metadata({"/Producer": "ReportLab PDF Library - www.reportlab.com"})
    with open(out, "wb") as f:
        w.write(f)
    return truth("p06", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Gjøvik", "Gjøvik", org),
                 contact=("Bjørnar Smedsrud", "bjornar.smedsrud@nav.no", "61149230"),
                 project=("Jobbsjansen Gjøvik", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 598000, "competence": 10000, "other": None, "total": 608000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Aud Kristin Lund", "Nav-leder", "2020-01-29", "typed"),
                       ("municipality", "Rune Haug", "Kommunedirektør", "2020-01-30", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"])


# ---------------------------------------------------------------- p07 pdf-text (pages in the wrong order)
def p07(out: Path) -> dict:
    """Nynorsk, three pages in the wrong order: the signature page (Nynorsk approval sentence) first,
    then the budget page, then the first page of the form; two-column page layout; ',-' amounts."""
    org = org_number(107)
    buf = io.BytesIO()
    c = _canvas(buf)
    W, H = A4

    def foot(n):
        c.setFont("DVS", 8)
        c.drawString(W - 90, 30, f"Side {n} av 3")

    # page 3 printed first
    c.setFont("DVSB", 12)
    c.drawString(50, H - 60, "5. Godkjenning")
    c.setFont("DVS", 10)
    tx = c.beginText(50, H - 85)
    for ln in ["Søknaden er handsama og godkjend av Nav-leiar Gunnhild Nesheim 27.01.2020 og",
               "kommunedirektør Nils Ove Lothe 28.01.2020.",
               "Dokumentet er elektronisk godkjent og har difor ingen handskrivne signaturar."]:
        tx.textLine(ln)
    c.drawText(tx)
    foot(3)
    c.showPage()
    # page 2: budget
    c.setFont("DVSB", 12)
    c.drawString(50, H - 60, "3. Budsjett for 2020")
    c.setFont("DVS", 10)
    y = H - 90
    for a, b in [("Post", "Beløp"), ("Løn og sosiale kostnader, 2 stillingar", "1 200 000,-"),
                 ("Kompetansemidlar", "10 000,-"), ("Sum søknadsbeløp", "1 210 000,-")]:
        c.drawString(60, y, a)
        c.drawRightString(420, y, b)
        c.line(55, y - 5, 425, y - 5)
        y -= 20
    c.setFont("DVSB", 12)
    c.drawString(50, y - 20, "4. Nettverk og evaluering")
    c.setFont("DVS", 10)
    c.drawString(60, y - 42, "Nettverk/klyngesamarbeid: Ja     Ekstern prosessevaluering: Ja")
    foot(2)
    c.showPage()
    # page 1: two columns
    c.setFont("DVSB", 13)
    c.drawString(50, H - 55, "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    c.setFont("DVSB", 12)
    c.drawString(50, H - 85, "1. Om søkjaren")
    c.drawString(310, H - 85, "2. Om prosjektet")
    left = [("Nav-kontor", "NAV Stord"), ("Kommune", "Stord kommune"), ("Org.nr.", org),
            ("Kontaktperson", "Eldbjørg Tveit"), ("E-post", "eldbjorg.tveit@nav.no"), ("Telefon", "53 49 60 12")]
    right = [("Prosjektnamn", "Ung i arbeid – Sunnhordland"), ("Nytt eller vidareføring", "Vidareføring"),
             ("Oppstart", "1. februar 2020"), ("Stillingar", "to stillingar à 100 %"),
             ("Satsingsområde", "Oppfølging av barnefamiliar,"), ("", "ungdom og innvandrarar")]
    for col, x in ((left, 50), (right, 310)):
        y = H - 110
        for a, b in col:
            c.setFont("DVS", 8)
            c.setFillColorRGB(0.35, 0.35, 0.35)
            if a:
                c.drawString(x, y, a.upper())
            c.setFillColorRGB(0, 0, 0)
            c.setFont("DVS", 10.5)
            c.drawString(x, y - 13, b)
            y -= 34
    foot(1)
    c.showPage()
    c.save()
    out.write_bytes(buf.getvalue())
    return truth("p07", "pdf", "pdf-text", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", org),
                 contact=("Eldbjørg Tveit", "eldbjorg.tveit@nav.no", "53496012"),
                 project=("Ung i arbeid – Sunnhordland", "continuation", "2020-02-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "other": None, "total": 1210000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Gunnhild Nesheim", "Nav-leiar", "2020-01-27", "electronic_approval"),
                       ("municipality", "Nils Ove Lothe", "Kommunedirektør", "2020-01-28", "electronic_approval")])


# ---------------------------------------------------------------- p08 pdf-acroform (CONTACT_MISSING)
def p08(out: Path) -> dict:
    """AcroForm with generic field names (Tekst1, Tekst2 …, Avkryss1 …), labels printed right-aligned
    to the left of each field; filled with pypdf. Planted: contact name without e-mail or phone."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    org = org_number(108)
    buf = io.BytesIO()
    c = _canvas(buf)
    W, H = A4
    c.setFont("LSB", 13)
    c.drawString(50, H - 50, "Elektronisk søknadsskjema – sosiale tjenester i Nav 2020")
    rows = [("Søker (Nav-kontor)", "NAV Kongsberg"), ("Kommune", "Kongsberg"), ("Org.nr", org),
            ("Kontaktperson", "Vegard Hovde"), ("Kontaktpersonens e-post", ""), ("Kontaktpersonens telefon", ""),
            ("Prosjekttittel", "Bolig og jobb først"), ("Oppstart (dd.mm.åååå)", "01.04.2020"),
            ("Stillingsandel (%)", "100"), ("Lønn og sosiale kostnader (kr)", "605 000"),
            ("Kompetansemidler (kr)", "5 000"), ("Totalt beløp (kr)", "610 000"),
            ("Underskrift Nav-leder (navn)", "Siri Brekke"), ("Dato", "24.01.2020"),
            ("Underskrift kommunedirektør (navn)", "Odd Arne Tangen"), ("Dato ", "27.01.2020")]
    form = c.acroForm
    y = H - 90
    for i, (lab, _) in enumerate(rows, 1):
        c.setFont("LS", 9.5)
        c.drawRightString(215, y + 4, lab)
        form.textfield(name=f"Tekst{i}", x=222, y=y - 2, width=300, height=17, borderWidth=0.6, fontSize=10,
                       fontName="Helvetica")
        y -= 25
    y -= 6
    checks = [("Nytt prosjekt", True), ("Videreføring", False), ("Bruk av ordinært arbeidsliv", False),
              ("Oppfølging av barnefamilier, ungdom og innvandrere", False), ("Sikring av sårbare overganger", True),
              ("Ønsker nettverk/klyngesamarbeid", True), ("Ønsker ekstern prosessevaluering", False)]
    for i, (lab, _) in enumerate(checks, 1):
        form.checkbox(name=f"Avkryss{i}", x=222, y=y - 2, size=12, buttonStyle="cross", borderWidth=0.6)
        c.setFont("LS", 9.5)
        c.drawString(240, y, lab)
        y -= 19
    c.showPage()
    c.save()
    r = PdfReader(io.BytesIO(buf.getvalue()))
    w = PdfWriter()
    w.append(r)
    vals = {f"Tekst{i}": v for i, (_, v) in enumerate(rows, 1) if v}
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        name = a.get("/T")
        if name and name.startswith("Avkryss"):
            on = checks[int(name[7:]) - 1][1]
            a[NameObject("/V")] = NameObject("/Yes" if on else "/Off")
            a[NameObject("/AS")] = NameObject("/Yes" if on else "/Off")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)
    return truth("p08", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", org), contact=("Vegard Hovde", None, None),
                 project=("Bolig og jobb først", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "other": None, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Siri Brekke", "Nav-leder", "2020-01-24", "typed"),
                       ("municipality", "Odd Arne Tangen", "Kommunedirektør", "2020-01-27", "typed")],
                 expected=["CONTACT_MISSING", "SIGNATURE_UNVERIFIED"],
                 notes=["planted: contact name only, e-mail and phone fields empty"])


# ---------------------------------------------------------------- p09 pdf-from-office (Excel sheet)
def p09(out: Path) -> dict:
    """An application kept as a spreadsheet and printed with gridlines and row/column headings
    (A, B, C … / 1, 2, 3 …), two landscape 'sheets' (Søknad, Budsjett): a Writer table imitating
    the Calc printout (this machine has no Calc), converted by LibreOffice; two half positions;
    own funding; electronic approval."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt
    from tests.adversarial14.kit14 import fixed_zip
    org = org_number(109)
    d = Document()
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    st = d.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(9)
    sheet1 = [("SØKNAD – TILSKUDD TIL SOSIALE TJENESTER I NAV 2020", ""), ("", ""),
              ("Nav-kontor", "NAV Elverum"), ("Kommune", "Elverum"), ("Organisasjonsnummer", org),
              ("Kontaktperson", "Trine Opsahl"), ("E-post", "trine.opsahl@nav.no"), ("Telefon", "62 41 83 07"),
              ("Prosjektets navn", "Nye spor Elverum"), ("Nytt / videreføring", "Nytt"),
              ("Oppstart", "01.05.2020"), ("Stillingsprosent totalt", "100 % (2 x 50 %)"),
              ("Satsingsområde 1", "Oppfølging av barnefamilier, ungdom og innvandrere"),
              ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja"), ("", ""),
              ("Godkjenning", "Dokumentet er elektronisk godkjent av Nav-leder Geir Bekkevold (27.01.2020) "
                              "og kommunalsjef Lise Grønvold (28.01.2020)")]
    sheet2 = [("Budsjett 2020", "", "", ""), ("Post", "Stilling", "Prosent", "Beløp (kr)"),
              ("Lønn og sosiale kostnader", "Familieveileder", "50 %", "305 000"),
              ("Lønn og sosiale kostnader", "Jobbspesialist", "50 %", "305 000"),
              ("Sum lønn og sosiale kostnader", "", "100 %", "610 000"),
              ("Kompetansemidler", "", "", "0"), ("Totalt omsøkt", "", "", "610 000"), ("", "", "", ""),
              ("Kommunens egenandel (ikke omsøkt)", "", "", "120 000")]
    for k, (name, rows) in enumerate([("Søknad", sheet1), ("Budsjett", sheet2)]):
        ncol = len(rows[0])
        t = d.add_table(rows=len(rows) + 1, cols=ncol + 1)
        t.style = "Table Grid"
        for j in range(ncol):
            t.cell(0, j + 1).text = "ABCD"[j]
        for i, row in enumerate(rows, 1):
            t.cell(i, 0).text = str(i)
            for j, v in enumerate(row):
                t.cell(i, j + 1).text = v
                if i == 1 or (k == 1 and i in (2, 7)):
                    for r in t.cell(i, j + 1).paragraphs[0].runs:
                        r.bold = True
        for r in t.rows:
            r.cells[0].width = Cm(0.8)
        p = d.add_paragraph(f"Ark: {name}        Side {k + 1}")
        if k == 0:
            p.add_run().add_break(WD_BREAK.PAGE)
    with tempfile.TemporaryDirectory() as td:
        x = Path(td) / "p09.docx"
        d.save(str(x))
        fixed_zip(x)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{td}/lo", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(x)], check=True, capture_output=True, timeout=180)
        out.write_bytes((Path(td) / "p09.pdf").read_bytes())
    return truth("p09", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", org),
                 contact=("Trine Opsahl", "trine.opsahl@nav.no", "62418307"),
                 project=("Nye spor Elverum", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": 0, "other": None, "total": 610000},
                 own_funding=120000,
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Geir Bekkevold", "Nav-leder", "2020-01-27", "electronic_approval"),
                       ("municipality", "Lise Grønvold", "Kommunalsjef", "2020-01-28", "electronic_approval")],
                 notes=["two position lines 50 % + 50 %; competence stated as 0"])


# ---------------------------------------------------------------- p10 pdf-handwritten
def _scribble(c, seed, x, y, w=120):
    ink_pdf(c, seed, x, y - 4, w=w, h=16, colour=(0.05, 0.05, 0.3))


def p10(out: Path) -> dict:
    """A printed form filled partly by hand: phone and start date are unreadable ink scribbles (truth
    null); the rest typed; ink signatures on lines with printed names and titles below."""
    org = org_number(110)
    buf = io.BytesIO()
    c = _canvas(buf)
    W, H = A4
    c.setFont("DVSB", 13)
    c.drawString(50, H - 55, "Søknad om tilskudd – utvikling av sosiale tjenester i Nav 2020")
    rows = [("Nav-kontor:", "NAV Molde"), ("Kommune:", "Molde"), ("Org.nr.:", org),
            ("Kontaktperson:", "Håkon Eide"), ("E-post:", "hakon.eide@nav.no"), ("Telefon:", None),
            ("Prosjektets tittel:", "Tidlig inn – Molde"), ("Nytt prosjekt / videreføring:", "Nytt prosjekt"),
            ("Planlagt oppstart:", None), ("Stilling(er):", "1 stilling, 100 %"),
            ("Lønn og sosiale kostnader:", "kr 600 000"), ("Kompetanse:", "kr 10 000"), ("Sum:", "kr 610 000")]
    y = H - 90
    for i, (lab, val) in enumerate(rows):
        c.setFont("DV", 10)
        c.drawString(50, y, lab)
        c.setDash(1, 2)
        c.line(220, y - 3, 520, y - 3)
        c.setDash()
        if val is None:
            _scribble(c, f"p10-{i}", 226, y, w=110)
        else:
            c.setFont("DV", 10.5)
            c.drawString(226, y, val)
        y -= 24
    y -= 8
    c.setFont("DVB", 10)
    c.drawString(50, y, "Satsingsområder (sett kryss):")
    y -= 18
    c.setFont("DV", 10)
    for on, lab in [(True, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (False, "Sikring av sårbare overganger")]:
        c.rect(55, y - 2, 10, 10)
        if on:
            ink_pdf(c, f"tick{lab}", 53, y - 4, w=14, h=14, colour=(0.05, 0.05, 0.3))
            c.setStrokeColorRGB(0.05, 0.05, 0.3)
            c.setLineWidth(1.5)
            c.line(55, y - 2, 65, y + 8)
            c.line(55, y + 8, 65, y - 2)
            c.setStrokeColorRGB(0, 0, 0)
            c.setLineWidth(1)
        c.drawString(75, y, lab)
        y -= 18
    c.drawString(50, y - 6, "Nettverk/klyngesamarbeid:  Ja       Ekstern prosessevaluering:  Nei")
    y -= 100
    for x, seed, name, title, date in [(50, "p10a", "Marit Ødegård", "Nav-leder", "Molde, 28.01.2020"),
                                       (310, "p10b", "Arne Sylte", "Kommunedirektør", "Molde, 28.01.2020")]:
        c.setFont("DV", 10)
        c.drawString(x, y + 48, date)
        ink_pdf(c, seed, x + 5, y + 4)
        c.line(x, y, x + 210, y)
        c.drawString(x, y - 14, name)
        c.drawString(x, y - 28, title)
    c.showPage()
    c.save()
    out.write_bytes(buf.getvalue())
    return truth("p10", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Molde", "Molde", org), contact=("Håkon Eide", "hakon.eide@nav.no", None),
                 project=("Tidlig inn – Molde", "new", None), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Marit Ødegård", "Nav-leder", "2020-01-28", "handwritten"),
                       ("municipality", "Arne Sylte", "Kommunedirektør", "2020-01-28", "handwritten")],
                 expected=["START_DATE_MISSING"], optional=["LOW_CONFIDENCE"],
                 notes=["phone and start date written by hand and unreadable: truth null"])


# ---------------------------------------------------------------- p11 pdf-scanned
def p11(out: Path) -> dict:
    """Printed form (sans labels) with answers typed in a typewriter face; scanned at 150 dpi, grey,
    low contrast, a shadow along the binding edge, 1.6° skew, JPEG quality 35."""
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    org = org_number(111)
    buf = io.BytesIO()
    c = _canvas(buf)
    W, H = A4
    c.setFont("LSB", 14)
    c.drawString(50, H - 60, "Søknadsskjema – tilskot til sosiale tenester i Nav 2020")
    rows = [("Nav-kontor", "NAV Ørsta"), ("Kommune", "Ørsta"), ("Org.nr.", org), ("Kontaktperson", "Jostein Rise"),
            ("E-post", "jostein.rise@nav.no"), ("Telefon", "70 04 81 66"), ("Prosjektnamn", "Heim og arbeid"),
            ("Nytt/vidareføring", "Vidareføring"), ("Oppstart", "01.03.2020"), ("Stillingsdel", "50 %"),
            ("Løn og sosiale kostnader", "300 000 kr"), ("Kompetansemidlar", "5 000 kr"), ("Sum omsøkt", "305 000 kr"),
            ("Satsingsområde", "Sikring av sårbare overgangar"), ("Nettverk", "Ja"), ("Prosessevaluering", "Nei")]
    y = H - 100
    for lab, val in rows:
        c.setFont("LS", 10)
        c.drawString(60, y, lab)
        c.rect(210, y - 6, 320, 20)
        c.setFont("LM", 11)
        c.drawString(216, y, val)
        y -= 27
    y -= 60
    for x, seed, name, title in [(60, "p11a", "Solfrid Bjørdal", "Nav-leiar"), (320, "p11b", "Knut Ole Vik", "Kommunedirektør")]:
        c.setFont("LM", 11)
        c.drawString(x, y + 50, "Ørsta, 29.01.2020")
        ink_pdf(c, seed, x + 5, y + 5, colour=(0.05, 0.05, 0.05))
        c.setFont("LS", 10)
        c.line(x, y, x + 200, y)
        c.drawString(x, y - 14, f"{title} {name}")
    c.showPage()
    c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    img = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    rnd = random.Random(11)
    img = img.point(lambda v: 70 + int(v * 0.62))  # low contrast: black -> 70, white -> 228
    img = img.rotate(1.6, resample=Image.BICUBIC, expand=False, fillcolor=228)
    w, h = img.size
    shade = Image.new("L", (w, h), 0)
    px = shade.load()
    for x in range(min(140, w)):
        v = int(90 * (1 - x / 140) ** 2)
        for yy in range(h):
            px[x, yy] = v
    img = Image.eval(img, lambda v: v)
    from PIL import ImageChops
    img = ImageChops.subtract(img, shade)
    noise = Image.frombytes("L", (w, h), bytes(128 + int(rnd.gauss(0, 3)) for _ in range(w * h)))
    img = ImageChops.add(img, noise, 1.0, -128)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    jb = io.BytesIO()
    img.save(jb, "JPEG", quality=35)
    from reportlab.lib.utils import ImageReader
    pb = io.BytesIO()
    pc = canvas.Canvas(pb, pagesize=A4, invariant=1)
    pc.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, width=W, height=H)
    pc.showPage()
    pc.save()
    out.write_bytes(pb.getvalue())
    return truth("p11", "pdf", "pdf-scanned", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", org), contact=("Jostein Rise", "jostein.rise@nav.no", "70048166"),
                 project=("Heim og arbeid", "continuation", "2020-03-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "other": None, "total": 305000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Solfrid Bjørdal", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Knut Ole Vik", "Kommunedirektør", "2020-01-29", "handwritten")],
                 optional=["LOW_CONFIDENCE"])


# ---------------------------------------------------------------- p12 pdf-pades
def _selfsigned(name: str):
    import datetime
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subj = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name), x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    t0 = datetime.datetime(2019, 6, 1, tzinfo=datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(subj).issuer_name(subj).public_key(key.public_key())
            .serial_number(1201).not_valid_before(t0).not_valid_after(t0 + datetime.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    return (key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()), cert.public_bytes(serialization.Encoding.PEM))


def p12(out: Path) -> dict:
    """Budget shown as a bar chart IMAGE with a caption beside a short text table; 'NOK' amounts with
    ',-'; the Nav leader signs with a PAdES signature (visible box), the rådmann with ink."""
    import datetime
    from PIL import Image, ImageDraw
    from reportlab.lib.utils import ImageReader
    org = org_number(112)
    buf = io.BytesIO()
    c = _canvas(buf)
    W, H = A4
    c.setFont("DVB", 13)
    c.drawString(50, H - 55, "Søknad: Tilskudd til utvikling av sosiale tjenester i Nav 2020")
    y = H - 90
    for lab, val in [("Søker", "NAV Steinkjer"), ("Kommune", "Steinkjer"), ("Org.nr.", org),
                     ("Kontaktperson", "Ann-Helen Lyngstad (ann-helen.lyngstad@nav.no, 74 16 90 25)"),
                     ("Prosjekt", "Steg for steg Steinkjer"), ("Status", "Nytt prosjekt, oppstart 01.06.2020"),
                     ("Stilling", "1 x 100 % prosjektkoordinator"),
                     ("Prioritert område", "Bruk av ordinært arbeidsliv; sikring av sårbare overganger"),
                     ("Nettverk / evaluering", "Ønsker nettverk: ja. Ønsker prosessevaluering: ja.")]:
        c.setFont("DVB", 9.5)
        c.drawString(50, y, lab)
        c.setFont("DV", 9.5)
        c.drawString(170, y, val)
        y -= 19
    y -= 10
    c.setFont("DVB", 11)
    c.drawString(50, y, "Budsjett 2020")
    y -= 20
    c.setFont("DV", 9.5)
    for a, b in [("Lønn og sosiale utgifter", "NOK 590 000,-"), ("Kompetanse", "NOK 10 000,-"),
                 ("Sum omsøkt", "NOK 600 000,-")]:
        c.drawString(50, y, a)
        c.drawRightString(290, y, b)
        y -= 16
    im = Image.new("RGB", (500, 300), "white")
    d = ImageDraw.Draw(im)
    d.rectangle([60, 40, 180, 270], fill=(60, 90, 160))
    d.rectangle([300, 262, 420, 270], fill=(200, 120, 40))
    d.line([40, 270, 470, 270], fill="black", width=2)
    d.text((70, 275), "Lønn", fill="black")
    d.text((310, 275), "Kompetanse", fill="black")
    ib = io.BytesIO()
    im.save(ib, "PNG")
    c.drawImage(ImageReader(io.BytesIO(ib.getvalue())), 320, y - 10, width=200, height=120)
    c.setFont("DV", 7.5)
    c.drawString(320, y - 22, "Figur 1: Fordeling av omsøkte midler (lønn 98 %, kompetanse 2 %)")
    y -= 80
    c.setFont("DVB", 11)
    c.drawString(50, y, "Signaturer")
    y -= 18
    c.setFont("DV", 9.5)
    c.drawString(50, y, "Nav-leder: signert digitalt 26.01.2020")
    c.drawString(320, y, "Steinkjer, 27.01.2020")
    ink_pdf(c, "p12b", 325, y - 52)
    c.line(320, y - 56, 520, y - 56)
    c.drawString(320, y - 70, "Rådmann Jon Olav Sende")
    c.drawString(50, y - 70, "Tove Kvam, leder NAV Steinkjer")
    sig_box = (50, y - 56, 260, y - 8)
    c.showPage()
    c.save()
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigFieldSpec
    key, cert = _selfsigned("Tove Kvam")
    with tempfile.TemporaryDirectory() as td:
        kp, cp = Path(td) / "k.pem", Path(td) / "c.pem"
        kp.write_bytes(key)
        cp.write_bytes(cert)
        signer = signers.SimpleSigner.load(str(kp), str(cp))
    w = IncrementalPdfFileWriter(io.BytesIO(buf.getvalue()))
    fields.append_signature_field(w, SigFieldSpec("NavLeder", box=tuple(int(v) for v in sig_box), on_page=0))
    meta = signers.PdfSignatureMetadata(field_name="NavLeder", name="Tove Kvam", reason="Søknad godkjent",
                                        location="Steinkjer", subfilter=fields.SigSeedSubFilter.PADES)
    from unittest import mock
    from pyhanko.sign.signers import pdf_signer as _ps

    class _Fixed(datetime.datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime.datetime(2020, 1, 26, 14, 5, tzinfo=datetime.timezone.utc)

    with mock.patch.object(_ps, "datetime", _Fixed):
        res = signers.PdfSigner(meta, signer=signer).sign_pdf(w, in_place=False)
    out.write_bytes(res.getvalue())
    _ = datetime
    return truth("p12", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Steinkjer", "Steinkjer", org),
                 contact=("Ann-Helen Lyngstad", "ann-helen.lyngstad@nav.no", "74169025"),
                 project=("Steg for steg Steinkjer", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Tove Kvam", "Nav-leder", "2020-01-26", "digital"),
                       ("municipality", "Jon Olav Sende", "Rådmann", "2020-01-27", "handwritten")],
                 notes=["signing time fixed at 2020-01-26 14:05 UTC, matching the printed date"])


# ---------------------------------------------------------------- p13 bad-input
def p13(out: Path) -> dict:
    """A syntactically valid PDF with zero pages (an empty /Pages tree)."""
    from pypdf import PdfWriter
    w = PdfWriter()
    w.add_metadata({"/Title": "Søknad NAV Hamar 2020"})
    with open(out, "wb") as f:
        w.write(f)
    return truth("p13", "pdf", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["PDF with zero pages"])
