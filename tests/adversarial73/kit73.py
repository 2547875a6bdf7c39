"""Renderers of corpus 73. One small content model, written out in layouts of this corpus's own:

  ("title", s)  ("note", s)  ("sec", s)  ("f", label, value)  ("chk", label, ticked)
  ("yn", question, yes)  ("tbl", rows)  ("para", s)  ("sig", [block, ...])  ("page",)

block: {"who": heading, "place": "Sted, dato" text, "ink": seed or None, "name": printed name line(s)}.
Word: numbered three-column form, labels above boxed answers, content controls, legacy fields, letter.
PDF: Altinn-like boxed fields, plain ruled form, AcroForm, 300/250 dpi scan, PAdES.
Ink, zip normalising, LibreOffice and pyHanko mechanics are imported from corpus 38's kit."""
from __future__ import annotations

import datetime
import io
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402
from docx.shared import Cm, Pt  # noqa: E402
from kit38 import add_ink, cell_text, ink_reader, new_doc, register_fonts, save_doc, soffice_pdf  # noqa: E402
from pdf38 import Page, _self_signed, _sign  # noqa: E402
from xml.sax.saxutils import escape  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def orgnr(base8: str, valid: bool = True) -> str:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def spaced(o: str) -> str:
    return f"{o[:3]} {o[3:6]} {o[6:]}"


# ------------------------------------------------------------------ Word pieces
def _borderless(table) -> None:
    table._tbl.tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def sdt_text(value: str | None, alias: str) -> str:
    """A plain-text content control; ``None`` leaves Word's placeholder text showing."""
    ph = value is None
    shown = "Klikk eller trykk her for å skrive inn tekst." if ph else value
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/>'
            + ('<w:showingPlcHdr/>' if ph else '') + '<w:text/></w:sdtPr><w:sdtContent><w:r>'
            + ('<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if ph else '')
            + f'<w:t xml:space="preserve">{escape(shown)}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_date(iso: str | None, alias: str) -> str:
    if iso is None:
        return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:showingPlcHdr/><w:date>'
                f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr><w:sdtContent><w:r>'
                f'<w:rPr><w:color w:val="808080"/></w:rPr><w:t>Klikk eller trykk for å skrive inn en dato.</w:t>'
                f'</w:r></w:sdtContent></w:sdt>')
    y, m, d = iso.split("-")
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:date w:fullDate="{iso}T00:00:00Z">'
            f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{d}.{m}.{y}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_box(ticked: bool) -> str:
    return (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(ticked)}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
            f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{"☒" if ticked else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')


def ff_text(value: str, name: str) -> list[str]:
    n = nsdecls("w")
    shown = value if value else "\u2002" * 5
    return [f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
            f'<w:r {n}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
            f'<w:r {n}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {n}><w:t xml:space="preserve">{escape(shown)}</w:t></w:r>',
            f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>']


def ff_box(ticked: bool, name: str) -> list[str]:
    n = nsdecls("w")
    return [f'<w:r {n}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:size w:val="20"/><w:default w:val="0"/>'
            f'<w:checked w:val="{int(ticked)}"/></w:checkBox></w:ffData></w:fldChar></w:r>',
            f'<w:r {n}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {n}><w:fldChar w:fldCharType="end"/></w:r>']


def _put(p, parts) -> None:
    for x in parts:
        if x.startswith("<w:"):
            p._p.append(parse_xml(x))
        else:
            p.add_run(x)


def _value(mode: str, value, i: int) -> list[str]:
    if mode == "controls":
        if isinstance(value, tuple) and value[0] == "date":
            return [sdt_date(value[1], f"dato{i}")]
        return [sdt_text(value, f"felt{i}")]
    if mode == "legacy":
        return ff_text(value or "", f"Tekst{i}")
    return [value or ""]


def _mark(mode: str, ticked: bool, i: int) -> list[str]:
    if mode == "controls":
        return [sdt_box(ticked)]
    if mode == "legacy":
        return ff_box(ticked, f"Avmerking{i}")
    return ["X" if ticked else ""]


def _sig_rows(doc, blocks, mode: str, heads=("Sted og dato", "Underskrift", "Navn og stilling")) -> None:
    """Signatures as a grid: one row per signer, ink in the middle column."""
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, heads):
        cell_text(c, h, bold=True, shade="EDEDED")
    for i, b in enumerate(blocks):
        cells = t.add_row().cells
        cell_text(cells[0], b["who"], bold=True)
        _put(cells[0].add_paragraph(), _value(mode, b.get("place"), 100 + i))
        if b.get("ink"):
            add_ink(cells[1].paragraphs[0], b["ink"], 3.8)
        if mode in ("controls", "legacy"):
            _put(cells[2].paragraphs[0], _value(mode, b.get("name"), 200 + i))
        else:
            for j, line in enumerate((b.get("name") or "").split("\n")):
                (cells[2].paragraphs[0] if j == 0 else cells[2].add_paragraph()).add_run(line)


def _sig_stacked(doc, blocks) -> None:
    """Signatures side by side without borders: heading, place/date, ink, line, name."""
    t = doc.add_table(rows=1, cols=len(blocks))
    _borderless(t)
    for cell, b in zip(t.rows[0].cells, blocks):
        cell_text(cell, b["who"], bold=True)
        if b.get("place"):
            cell.add_paragraph(b["place"])
        p = cell.add_paragraph()
        if b.get("ink"):
            add_ink(p, b["ink"], 3.6)
        else:
            p.add_run(" ")
        cell.add_paragraph("_" * 22)
        for line in (b.get("name") or "").split("\n"):
            if line:
                cell.add_paragraph(line)


def write_form(items, out: Path, mode="plain", font="Calibri", sig="rows", size=10, meta="Søknadsskjema"):
    """Word form. mode 'plain' (numbered 3-column table), 'above' (label over a boxed answer),
    'controls' (values in content controls), 'legacy' (FORMTEXT/FORMCHECKBOX in the table)."""
    doc = new_doc(font, size, meta)
    tbl, n, sec = None, 0, 0
    for it in items:
        k = it[0]
        if k not in ("f", "chk", "yn"):
            tbl = None
        if k == "title":
            doc.add_heading(it[1], 1)
        elif k == "note":
            r = doc.add_paragraph().add_run(it[1])
            r.italic, r.font.size = True, Pt(size - 1)
        elif k == "sec":
            sec, n = sec + 1, 0
            doc.add_heading(it[1], 2)
        elif k == "para":
            doc.add_paragraph(it[1])
        elif k == "page":
            doc.add_page_break()
        elif k == "tbl":
            t = doc.add_table(rows=0, cols=len(it[1][0]))
            t.style = "Table Grid"
            for i, r in enumerate(it[1]):
                for c, v in zip(t.add_row().cells, r):
                    cell_text(c, v, bold=(i == 0))
        elif k == "sig":
            _sig_stacked(doc, it[1]) if sig == "stacked" else _sig_rows(doc, it[1], mode)
        elif mode == "above":
            n += 1
            if k == "f":
                lp = doc.add_paragraph()
                lp.paragraph_format.space_before, lp.paragraph_format.space_after = Pt(9), Pt(1)
                lp.add_run(it[1]).bold = True
                t = doc.add_table(rows=1, cols=1)
                t.style = "Table Grid"
                cell_text(t.rows[0].cells[0], it[2])
            elif k == "chk":
                doc.add_paragraph(f"[{'X' if it[2] else ' '}]  {it[1]}")
            else:
                doc.add_paragraph(f"{it[1]}   Ja [{'X' if it[2] else ' '}]   Nei [{' ' if it[2] else 'X'}]")
        else:
            n += 1
            if tbl is None:
                tbl = doc.add_table(rows=0, cols=3)
                tbl.style = "Table Grid"
            cells = tbl.add_row().cells
            cells[0].width, cells[1].width, cells[2].width = Cm(1.2), Cm(7.5), Cm(8)
            cell_text(cells[0], f"{sec}.{n}", shade="DCE6F0")
            cell_text(cells[1], it[1], shade="DCE6F0")
            if k == "f":
                _put(cells[2].paragraphs[0], _value(mode, it[2], sec * 100 + n))
            elif k == "chk":
                _put(cells[2].paragraphs[0], _mark(mode, it[2], sec * 100 + n))
            else:
                p = cells[2].paragraphs[0]
                _put(p, _mark(mode, it[2], sec * 100 + n) + [" Ja    "] + _mark(mode, not it[2], sec * 100 + n + 50)
                     + [" Nei"])
    save_doc(doc, out)


def write_letter(head_lines, paras, out: Path, font="Cambria", sigs=(), table=None, after=()):
    """A letter: letterhead block, paragraphs (a ('tbl', rows) item places the table), sign-off."""
    doc = new_doc(font, 11, "Brev")
    t = doc.add_table(rows=1, cols=2)
    _borderless(t)
    cell_text(t.rows[0].cells[0], head_lines[0])
    cell_text(t.rows[0].cells[1], head_lines[1])
    for p in paras:
        if isinstance(p, tuple) and p[0] == "tbl":
            tb = doc.add_table(rows=0, cols=len(p[1][0]))
            tb.style = "Light Grid Accent 1"
            for i, r in enumerate(p[1]):
                for c, v in zip(tb.add_row().cells, r):
                    cell_text(c, v, bold=(i == 0 or r[0].startswith(("Sum", "Totalt", "I alt"))))
        elif isinstance(p, tuple) and p[0] == "h":
            doc.add_paragraph().add_run(p[1]).bold = True
        else:
            doc.add_paragraph(p)
    if sigs:
        _sig_stacked(doc, sigs)
    for p in after:
        doc.add_paragraph(p)
    save_doc(doc, out)


def word_pdf(make, out: Path):
    """``make(docx_path)`` writes a Word file; LibreOffice turns it into ``out``."""
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        make(d)
        soffice_pdf(d, out)


# ------------------------------------------------------------------ PDF pieces
def _boxmark(c, x, y, ticked, s=8):
    c.rect(x, y, s, s)
    if ticked:
        c.setFont("DVB", s)
        c.drawString(x + 1.2, y + 1, "X")


def write_pdf(items, target, style="boxes", font=("LS", "LSB"), size=10, ink=True, sig_heads=None):
    """reportlab. style 'boxes': every field a framed box with a small label on top, two per row when short;
    'ruled': label left, answer at a tab stop, a hair line under each row."""
    p = Page(target, font[0], font[1], size)
    c, W = p.c, 595
    half = None
    for it in items:
        k = it[0]
        p.need(150 if k == "sig" else 60)
        if k != "f" and half is not None:
            p.y -= 34
            half = None
        if k == "title":
            p.text(it[1], bold=True, size=size + 3, dy=size + 14)
        elif k == "note":
            c.setFillColorRGB(0.35, 0.35, 0.35)
            p.wrap(it[1], 105)
            c.setFillColorRGB(0, 0, 0)
        elif k == "sec":
            p.y -= 4
            c.setFillColorRGB(0.86, 0.9, 0.95)
            c.rect(55, p.y - 4, W - 110, size + 8, stroke=0, fill=1)
            c.setFillColorRGB(0, 0, 0)
            p.text(it[1], x=60, bold=True, dy=size + 12)
        elif k == "para":
            p.wrap(it[1], int(98 * 10 / size))
        elif k == "page":
            c.showPage()
            p.y = 842 - 60
        elif k == "f" and style == "boxes":
            short = len(it[2]) < 30 and len(it[1]) < 34
            if short and half is None:
                x, w, half = 55, 238, True
            elif short:
                x, w, half = 302, 238, None
            else:
                if half is not None:
                    p.y -= 34
                    half = None
                x, w = 55, 485
            c.rect(x, p.y - 20, w, 30)
            c.setFont(p.f, 7)
            c.drawString(x + 3, p.y + 2, it[1])
            c.setFont(p.f, size)
            c.drawString(x + 5, p.y - 14, it[2])
            if half is None:
                p.y -= 34
        elif k == "f":
            c.setFont(p.f, size)
            c.drawString(60, p.y, it[1])
            c.drawString(255, p.y, it[2])
            c.setLineWidth(0.3)
            c.line(60, p.y - 3, 540, p.y - 3)
            c.setLineWidth(1)
            p.y -= size + 8
        elif k == "chk":
            _boxmark(c, 62, p.y - 1, it[2])
            c.setFont(p.f, size)
            c.drawString(78, p.y, it[1])
            p.y -= size + 8
        elif k == "yn":
            c.setFont(p.f, size)
            c.drawString(60, p.y, it[1])
            _boxmark(c, 420, p.y - 1, it[2])
            c.drawString(432, p.y, "Ja")
            _boxmark(c, 470, p.y - 1, not it[2])
            c.drawString(482, p.y, "Nei")
            p.y -= size + 8
        elif k == "tbl":
            rows, n = it[1], len(it[1][0])
            widths = [200] + [280 / (n - 1)] * (n - 1)
            for i, r in enumerate(rows):
                c.setFont(p.b if i == 0 or r[0].startswith(("Sum", "Totalt", "I alt")) else p.f, size - 1)
                xx = 60
                for j, (v, cw) in enumerate(zip(r, widths)):
                    c.drawString(xx + 3, p.y, v) if j == 0 else c.drawRightString(xx + cw - 4, p.y, v)
                    xx += cw
                c.setLineWidth(0.4)
                c.line(60, p.y - 4, 540, p.y - 4)
                p.y -= size + 8
            c.setLineWidth(1)
            p.y -= 6
        elif k == "sig":
            heads = sig_heads or ("Sted og dato", "Underskrift", "Navn og stilling")
            c.setFont(p.b, size - 1)
            for x, h in zip((60, 215, 385), heads):
                c.drawString(x, p.y, h)
            p.y -= 6
            for b in it[1]:
                top = p.y
                c.rect(58, top - 58, 484, 58)
                c.line(212, top, 212, top - 58)
                c.line(382, top, 382, top - 58)
                c.setFont(p.b, size - 1)
                c.drawString(62, top - 14, b["who"])
                c.setFont(p.f, size - 1)
                c.drawString(62, top - 30, b.get("place") or "")
                if b.get("ink") and ink:
                    p.ink(b["ink"], 222, top - 54, 150, 46)
                for j, line in enumerate((b.get("name") or "").split("\n")):
                    c.drawString(388, top - 20 - 13 * j, line)
                p.y = top - 58
            p.y -= 16
    p.save()


def scan(items, out: Path, seed: int, dpi=300, angle=0.5, quality=72, **kw):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    buf = io.BytesIO()
    write_pdf(items, buf, **kw)
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(buf.getvalue()):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=246)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((70, 160))
        img = img.filter(ImageFilter.GaussianBlur(0.5)).point(lambda v: min(255, int(v * 0.96 + 8)))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades(items, out: Path, signers_, **kw):
    """signers_: [(cn, org, field, box, datetime)] in signing order."""
    buf = io.BytesIO()
    write_pdf(items, buf, ink=False, **kw)
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def tz_dt(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
