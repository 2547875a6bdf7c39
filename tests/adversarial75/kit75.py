"""Mechanics of corpus 75 (tester75, check boxes and marks): python-docx paragraphs and tables whose cells
mix text with ☒/☐ glyphs, Word 2010 check-box content controls, legacy FORMCHECKBOX/FORMTEXT fields and ink;
reportlab pages with drawn boxes, typed [X], hand ticks and circles; AcroForm check boxes; 300 dpi scans;
PAdES. Ink, zip normalising, LibreOffice and pyHanko come from corpus 38's kit."""
from __future__ import annotations

import datetime
import io
import math
import random
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402,F401
from pdf38 import Page, _self_signed, _sign  # noqa: E402,F401
from truthlib import truth  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def orgnr(base8: str, valid: bool = True) -> str:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


# ------------------------------------------------------------------ docx
def _x(xml: str):
    from docx.oxml import parse_xml
    return parse_xml(xml)


def _ns():
    from docx.oxml.ns import nsdecls
    return nsdecls("w")


def _esc(s: str) -> str:
    from xml.sax.saxutils import escape
    return escape(s)


def w14box(checked: bool):
    g = "☒" if checked else "☐"
    return _x(f'<w:sdt {_ns()} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
              f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
              f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
              f'w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{g}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_text(value: str, alias: str, placeholder: bool = False):
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/></w:rPr>' if placeholder else ""
    ph = "<w:showingPlcHdr/>" if placeholder else ""
    return _x(f'<w:sdt {_ns()}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>{ph}<w:text/></w:sdtPr>'
              f'<w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{_esc(value)}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_date(iso: str, shown: str, alias: str):
    return _x(f'<w:sdt {_ns()}><w:sdtPr><w:alias w:val="{alias}"/><w:date w:fullDate="{iso}T00:00:00Z">'
              f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr>'
              f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def ff_runs(kind: str, value, name: str = ""):
    """Legacy form field runs: kind 'text' (FORMTEXT with value) or 'box' (FORMCHECKBOX, value = checked).
    A checked box sets w:checked (as Word does when the user clicks it) and keeps w:default 0."""
    n = _ns()
    if kind == "box":
        inner = f'<w:checkBox><w:sizeAuto/><w:default w:val="0"/>{"<w:checked/>" if value else ""}</w:checkBox>'
    else:
        inner = "<w:textInput/>"
    runs = [f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/>{inner}</w:ffData></w:fldChar></w:r>',
            f'<w:r {n}><w:instrText xml:space="preserve"> {"FORMCHECKBOX" if kind == "box" else "FORMTEXT"} '
            f'</w:instrText></w:r>']
    if kind == "text":
        runs += [f'<w:r {n}><w:fldChar w:fldCharType="separate"/></w:r>',
                 f'<w:r {n}><w:t xml:space="preserve">{_esc(value)}</w:t></w:r>']
    runs.append(f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>')
    return [_x(r) for r in runs]


def put(p, parts, bold=False, size=None):
    """Append parts to a paragraph: str (a run; '\\t' allowed), ('b', str) bold run, an lxml element
    (sdt) or a list of them (legacy field runs), ('ink', seed, cm)."""
    from docx.shared import Pt
    if isinstance(parts, (str, tuple)) or hasattr(parts, "tag"):
        parts = [parts]
    for x in parts:
        if isinstance(x, str):
            r = p.add_run(x)
            r.bold = bold
            if size:
                r.font.size = Pt(size)
        elif isinstance(x, tuple) and x[0] == "b":
            p.add_run(x[1]).bold = True
        elif isinstance(x, tuple) and x[0] == "ink":
            add_ink(p, x[1], x[2] if len(x) > 2 else 4.0)
        elif isinstance(x, list):
            for el in x:
                p._p.append(el)
        else:
            p._p.append(x)
    return p


def cell(c, *paras, bold=False, shade=None, size=None):
    """Fill a table cell with paragraphs (each a str or a parts list); '\\n' in a str starts a new line
    inside the same paragraph (a soft line break, as a label wrapped by hand)."""
    first = True
    for para in paras:
        p = c.paragraphs[0] if first else c.add_paragraph()
        first = False
        if isinstance(para, str) and "\n" in para:
            for i, line in enumerate(para.split("\n")):
                r = p.add_run(line)
                r.bold = bold
                if i < len(para.split("\n")) - 1:
                    r.add_break()
        else:
            put(p, para, bold=bold, size=size)
    if shade:
        c._tc.get_or_add_tcPr().append(_x(f'<w:shd {_ns()} w:val="clear" w:color="auto" w:fill="{shade}"/>'))


def table(doc, rows, style="Table Grid", widths=None, shade_first_col=None, head=False):
    """Cells: a str or a parts list (one paragraph), or ("P", para, para, ...) for several paragraphs."""
    from docx.shared import Cm
    t = doc.add_table(rows=0, cols=len(rows[0]))
    if style:
        t.style = style
    for i, r in enumerate(rows):
        cells = t.add_row().cells
        for j, v in enumerate(r):
            paras = list(v[1:]) if isinstance(v, tuple) and v and v[0] == "P" else [v]
            cell(cells[j], *paras, bold=(head and i == 0),
                 shade=shade_first_col if (j == 0 and shade_first_col) else None)
            if widths:
                cells[j].width = Cm(widths[j])
    return t


def sig_docx(doc, blocks, style=None):
    """Signature blocks side by side: each {'top': [lines], 'ink': seed|None, 'under': [lines]}."""
    t = doc.add_table(rows=1, cols=len(blocks))
    if style:
        t.style = style
    for c, b in zip(t.rows[0].cells, blocks):
        paras = list(b.get("top", []))
        paras.append([("ink", b["ink"], 4.2)] if b.get("ink") else "")
        paras.append("_" * 30)
        paras += b.get("under", [])
        cell(c, *paras)
    return t


# ------------------------------------------------------------------ marks as pictures
def mark_png(kind: str, seed: str, w=90, h=70, colour=(20, 30, 110)) -> bytes:
    """A hand-drawn tick ('tick'), cross ('cross') or ring ('ring', w×h) on a transparent background."""
    from PIL import Image, ImageDraw
    rnd = random.Random(seed)
    img = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    col = colour + (255,)
    j = lambda v: v + rnd.uniform(-3, 3)  # noqa: E731
    if kind == "tick":
        d.line([(j(w * .12), j(h * .5)), (j(w * .38), j(h * .85)), (j(w * .9), j(h * .08))], fill=col, width=6,
               joint="curve")
    elif kind == "cross":
        d.line([(j(w * .15), j(h * .15)), (j(w * .85), j(h * .85))], fill=col, width=6)
        d.line([(j(w * .85), j(h * .12)), (j(w * .18), j(h * .88))], fill=col, width=6)
    else:
        pts = []
        for i in range(0, 400):
            a = 2 * math.pi * i / 360 + 0.3
            pts.append((w / 2 + (w / 2 - 5) * math.cos(a) * (1 + 0.03 * math.sin(3 * a)),
                        h / 2 + (h / 2 - 5) * math.sin(a)))
        d.line(pts, fill=col, width=4)
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def draw_mark(c, kind: str, seed: str, x, y, w=12, h=10):
    from reportlab.lib.utils import ImageReader
    c.drawImage(ImageReader(io.BytesIO(mark_png(kind, seed, int(w * 8), int(h * 8)))), x, y, w, h, mask="auto")


def box(c, x, y, s=9, mark=None, seed="m"):
    """A drawn square; mark None, 'x' (two strokes), 'tick'/'cross' (hand-drawn picture over the square)."""
    c.rect(x, y, s, s)
    if mark == "x":
        c.line(x + 1.5, y + 1.5, x + s - 1.5, y + s - 1.5)
        c.line(x + 1.5, y + s - 1.5, x + s - 1.5, y + 1.5)
    elif mark in ("tick", "cross"):
        draw_mark(c, mark, seed, x - 2, y - 1, s + 6, s + 4)


def wrap_lines(c, x, y, lines, font, size, lead=None):
    c.setFont(font, size)
    for i, ln in enumerate(lines):
        c.drawString(x, y - i * (lead or size + 3), ln)
    return y - len(lines) * (lead or size + 3)


# ------------------------------------------------------------------ scan / acroform / pades
def scan_pdf(pdf_bytes: bytes, out: Path, seed: int, dpi=300, angle=0.5, grey=True, quality=72):
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(pdf_bytes):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=246)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((70, 160))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        pages.append(Image.open(io.BytesIO(jb.getvalue())).convert("L" if grey else "RGB"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:],
                  creationDate=datetime.datetime(2020, 1, 29, 8, 0).timetuple(),
                  modDate=datetime.datetime(2020, 1, 29, 8, 0).timetuple())


def fill_acroform(pdf_bytes: bytes, out: Path, values: dict, on: set, state="/Yes"):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf_bytes)))
    for page in w.pages:
        w.update_page_form_field_values(page, values, auto_regenerate=False)
        for annot in page.get("/Annots", []):
            a = annot.get_object()
            if a.get("/FT") == "/Btn" and a.get("/T") in on:
                a[NameObject("/V")] = NameObject(state)
                a[NameObject("/AS")] = NameObject(state)
    w.set_need_appearances_writer(True)
    with open(out, "wb") as f:
        w.write(f)


def pades(pdf_bytes: bytes, out: Path, signers_: list):
    """signers_: (cn, org, field, box, datetime) signed one after another (incremental)."""
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, bx, when in signers_:
            pdf_bytes = _sign(pdf_bytes, field, bx, _self_signed(Path(td), cn, org), when)
    out.write_bytes(pdf_bytes)


def tz(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


# ------------------------------------------------------------------ reportlab layout bits
def pdf_sig(p, blocks, ink=True, gap=250):
    """Signature blocks side by side: {'top': [lines], 'ink': seed|None, 'under': [lines]}."""
    c, size = p.c, p.s
    p.need(150)
    y0, low = p.y, p.y
    for i, b in enumerate(blocks):
        x, yy = 60 + i * gap, y0
        c.setFont(p.f, size)
        for ln in b.get("top", []):
            c.drawString(x, yy, ln)
            yy -= size + 5
        if b.get("ink") and ink:
            p.ink(b["ink"], x + 4, yy - 40, 140, 38)
        yy -= 44
        c.line(x, yy, x + 200, yy)
        yy -= size + 4
        c.setFont(p.f, size - 1)
        for ln in b.get("under", []):
            c.drawString(x, yy, ln)
            yy -= size + 3
        low = min(low, yy)
    p.y = low - 10


def pdf_boxrow(p, lines, mark=None, seed="m", after=None, x=62):
    """One check box beside a label of one or more lines. ``after`` = x of a box to the RIGHT of the label
    (else the box sits before it); the box is centred on the label's lines."""
    c, size = p.c, p.s
    n = len(lines)
    p.need(n * (size + 3) + 20)
    mid = p.y - (n - 1) * (size + 3) / 2
    bx = after if after else x
    box(c, bx, mid - 1, 9, mark, seed)
    wrap_lines(c, 60 if after else x + 16, p.y, lines, p.f, size)
    p.y -= n * (size + 3) + 6


def pdf_form_pdf(build, font=("DV", "DVB"), size=10) -> bytes:
    """Run ``build(page)`` on a fresh page and return the PDF bytes."""
    buf = io.BytesIO()
    p = Page(buf, font[0], font[1], size)
    build(p)
    p.save()
    return buf.getvalue()
