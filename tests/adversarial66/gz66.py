"""Renderers of corpus 66 (tester66): one set of facts per document, drawn by the producer the
imagined office used (python-docx, LibreOffice, reportlab, AcroForm, scan, photo, PAdES)."""
from __future__ import annotations

import io
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
from kit38 import S20, add_ink, cell_text, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf, truth  # noqa
from pdf38 import H, Page, _self_signed, _sign  # noqa: E402

L = {"nb": {"title": "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
            "areas": "Hvilke prioriterte områder retter prosjektet seg mot?", "sig": "Underskrifter"},
     "nn": {"title": "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
            "areas": "Kva for prioriterte område rettar prosjektet seg mot?", "sig": "Underskrifter"}}
AREAS = {"nb": ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
                "Sikring av sårbare overganger"],
         "nn": ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar",
                "Sikring av sårbare overgangar"]}


def _box(on, style):
    return {"x": ("[X]", "[ ]"), "u": ("☒", "☐"), "k": ("✔", "–"), "jn": ("Ja", "Nei")}[style][0 if on else 1]


# ---------------------------------------------------------------- Word form (label/value table)
def docx_form(out: Path, f: dict, style="u", font="Calibri", ink=True):
    from docx.shared import Pt
    doc = new_doc(font, 10.5, f["head"])
    doc.add_paragraph(f["office_line"]).runs[0].bold = True
    h = doc.add_paragraph()
    h.add_run(L[f["lang"]]["title"]).font.size = Pt(14)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for sec, rows in f["rows"]:
        r = t.add_row().cells
        m = r[0].merge(r[1])
        cell_text(m, sec, bold=True, shade="D9E2F3")
        for a, v in rows:
            r = t.add_row().cells
            cell_text(r[0], a)
            cell_text(r[1], v)
    doc.add_paragraph()
    doc.add_paragraph(L[f["lang"]]["areas"]).runs[0].bold = True
    for lab, on in zip(AREAS[f["lang"]], f["areas"]):
        doc.add_paragraph(f"{_box(on, style)} {lab}")
    for q, on in f["yn"]:
        doc.add_paragraph(f"{q}  {_box(on, 'jn') if style == 'jn' else ('Ja ' + _box(on, style) + '   Nei ' + _box(not on, style))}")
    doc.add_paragraph()
    doc.add_paragraph(L[f["lang"]]["sig"]).runs[0].bold = True
    st = doc.add_table(rows=1, cols=len(f["sigs"]))
    for i, s in enumerate(f["sigs"]):
        c = st.rows[0].cells[i]
        c.paragraphs[0].add_run(s["place"])
        if ink and s.get("ink", True):
            add_ink(c.add_paragraph(), s["seed"], 4.2)
        else:
            c.add_paragraph("")
        c.add_paragraph("_" * 28)
        for line in s["lines"]:
            c.add_paragraph(line)
    for p in f.get("after", []):
        doc.add_paragraph(p)
    save_doc(doc, out)


# ---------------------------------------------------------------- Word letter (prose)
def docx_letter(out: Path, f: dict):
    from docx.shared import Pt
    doc = new_doc("Cambria", 11, f["head"])
    for line in f["letterhead"]:
        doc.add_paragraph(line)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run(f["subject"]).bold = True
    for para in f["body"]:
        doc.add_paragraph(para)
    if f.get("budget"):
        t = doc.add_table(rows=0, cols=len(f["budget"][0]))
        t.style = "Light List Accent 1"
        for row in f["budget"]:
            cells = t.add_row().cells
            for c, v in zip(cells, row):
                cell_text(c, v)
    for para in f.get("tail", []):
        doc.add_paragraph(para)
    if f.get("inks"):
        st = doc.add_table(rows=1, cols=len(f["inks"]))
        for i, (seed, lines) in enumerate(f["inks"]):
            c = st.rows[0].cells[i]
            add_ink(c.paragraphs[0], seed, 4.0)
            for line in lines:
                c.add_paragraph(line)
    doc.paragraphs[0].runs[0].font.size = Pt(9)
    save_doc(doc, out)


def from_office(out: Path, f: dict, **kw):
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        (docx_letter if "letterhead" in f else docx_form)(d, f, **kw)
        soffice_pdf(d, out)


# ---------------------------------------------------------------- reportlab
def pdf_text(target, f: dict, font=("DV", "DVB"), ink=True, x2=235, leader=False):
    p = Page(target, font[0], font[1], 10)
    p.text(f["office_line"], bold=True, size=12)
    p.text(L[f["lang"]]["title"], bold=True, size=11, dy=24)
    for sec, rows in f["rows"]:
        p.need(120)
        p.text(sec, bold=True, dy=16)
        for a, v in rows:
            p.pair(a, v, x2=x2, leader=leader)
        p.y -= 6
    p.need(200)
    p.text(L[f["lang"]]["areas"], bold=True)
    for lab, on in zip(AREAS[f["lang"]], f["areas"]):
        p.text(f"{_box(on, f.get('box', 'x'))}  {lab}", x=70)
    for q, on in f["yn"]:
        p.pair(q, "Ja" if on else "Nei", x2=x2 + 120)
    for para in f.get("prose", []):
        p.wrap(para)
    p.need(170)
    p.y -= 10
    p.text(L[f["lang"]]["sig"], bold=True, dy=20)
    y = p.y
    for i, s in enumerate(f["sigs"]):
        x = 60 + i * 260
        p.c.setFont(font[0], 9)
        p.c.drawString(x, y, s["place"])
        if ink and s.get("ink", True):
            p.ink(s["seed"], x, y - 52, 150, 42)
        p.c.line(x, y - 56, x + 220, y - 56)
        for j, line in enumerate(s["lines"]):
            p.c.drawString(x, y - 70 - 12 * j, line)
    p.y = y - 110
    for para in f.get("after", []):
        p.wrap(para)
    p.save()


def scanned(out: Path, f: dict, dpi=200, angle=0.8, photo=False, seed=1):
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    buf = io.BytesIO()
    pdf_text(buf, f, font=("DVS", "DVSB"))
    pdf = pdfium.PdfDocument(buf.getvalue())
    pages = []
    rnd = random.Random(seed)
    for i in range(len(pdf)):
        img = pdf[i].render(scale=dpi / 72).to_pil().convert("RGB" if photo else "L")
        fill = (222, 214, 196) if photo else 245
        img = img.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=fill)
        if photo:
            w, h = img.size
            img = img.transform((w, h), Image.QUAD, (30, 10, 10, h - 40, w - 25, h - 15, w - 5, 40),
                                resample=Image.BICUBIC, fillcolor=fill)
            grad = Image.linear_gradient("L").resize((w, h))
            img = Image.composite(img, ImageEnhance.Brightness(img).enhance(0.75), grad)
            img = ImageEnhance.Color(img).enhance(0.8)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = (90, 90, 90) if photo else 90
        img = img.filter(ImageFilter.GaussianBlur(0.6 if photo else 0.4))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=55 if photo else 70)
        pages.append(Image.open(io.BytesIO(jb.getvalue())))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades(out: Path, f: dict, who, when):
    import datetime
    buf = io.BytesIO()
    pdf_text(buf, f, font=("LS", "LSB"), ink=False)
    data = buf.getvalue()
    tz = datetime.timezone(datetime.timedelta(hours=1))
    with tempfile.TemporaryDirectory() as td:
        for i, ((cn, org), d) in enumerate(zip(who, when)):
            s = _self_signed(Path(td), cn, org)
            data = _sign(data, f"Sig{i}", (60 + 260 * i, 90, 260 + 260 * i, 130), s,
                         datetime.datetime(*d, tzinfo=tz))
    out.write_bytes(data)


def acroform(out: Path, f: dict, vals: dict, checked: set):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    register_fonts()
    b = io.BytesIO()
    c = canvas.Canvas(b, pagesize=A4, invariant=1)
    c.setFont("DVB", 11)
    c.drawString(50, H - 50, L[f["lang"]]["title"])
    c.setFont("DV", 9)
    y = H - 85
    form = c.acroForm
    for name, label in f["fields"]:
        c.drawString(50, y + 5, label)
        form.textfield(name=name, x=250, y=y, width=290, height=17, borderWidth=1, fontSize=9)
        y -= 24
    for name, label in f["boxes"]:
        form.checkbox(name=name, x=50, y=y, size=11, buttonStyle="check")
        c.drawString(68, y + 2, label)
        y -= 19
    y -= 14
    for i, s in enumerate(f["sigs"]):
        x = 50 + 260 * i
        c.drawString(x, y, s["place"])
        c.drawImage(ink_reader(s["seed"]), x, y - 50, 140, 40, mask="auto")
        c.line(x, y - 52, x + 220, y - 52)
        for j, line in enumerate(s["lines"]):
            c.drawString(x, y - 64 - 11 * j, line)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(b.getvalue())))
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in checked:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as fh:
        w.write(fh)
