"""Small helpers over python-docx for writing Word forms the way offices fill
them in: shaded header rows, merged cells, typed check boxes, bullet lists,
and one font for every style when the document is to be exported to PDF."""

from __future__ import annotations

from collections.abc import Sequence

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell

from tests.builders import fonts

TICKED = "☒"
UNTICKED = "☐"


def box(ticked: bool) -> str:
    """A check box typed as a glyph, as people do in Word."""
    return TICKED if ticked else UNTICKED


def use_font(doc: DocxDocument, family: str = fonts.FAMILY) -> DocxDocument:
    """Name one font wherever the document defaults and styles name one, dropping the
    theme references (python-docx's template draws body text in Cambria and
    headings in Calibri). A theme font is whatever fontconfig substitutes on
    the machine that exports the PDF; a named, installed font is itself."""
    for element in doc.styles.element.iter(qn("w:rFonts")):
        for attribute in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            element.attrib.pop(qn(f"w:{attribute}"), None)
        for attribute in ("ascii", "hAnsi", "eastAsia", "cs"):
            element.set(qn(f"w:{attribute}"), family)
    return doc


def new_document(font: str = "Calibri", size: float = 11) -> DocxDocument:
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = font
    style.font.size = Pt(size)
    for section in doc.sections:
        section.left_margin = section.right_margin = Cm(2.2)
        section.top_margin = section.bottom_margin = Cm(2.0)
    return doc


def shade(cell: _Cell, fill: str = "D9E2F3") -> None:
    """Give a cell a background colour (Word's 'Skyggelegging')."""
    props = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    props.append(shd)


def write(cell: _Cell, text: str, *, bold: bool = False, size: float | None = None) -> None:
    """Replace a cell's text; newlines become separate paragraphs."""
    parts = text.split("\n")
    cell.text = ""
    first = cell.paragraphs[0]
    for i, part in enumerate(parts):
        paragraph = first if i == 0 else cell.add_paragraph()
        run = paragraph.add_run(part)
        run.bold = bold
        if size:
            run.font.size = Pt(size)


def grid(doc: DocxDocument, rows: Sequence[Sequence[str]], *, header: bool = True,
         shade_fill: str = "D9E2F3", widths: Sequence[float] | None = None,
         bold_first_column: bool = False) -> Table:
    """A bordered table; the first row shaded and bold when ``header``."""
    ncols = max(len(r) for r in rows)
    table = doc.add_table(rows=len(rows), cols=ncols)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for r, row in enumerate(rows):
        for c in range(ncols):
            text = row[c] if c < len(row) else ""
            is_header = header and r == 0
            write(table.cell(r, c), text, bold=is_header or (bold_first_column and c == 0))
            if is_header:
                shade(table.cell(r, c), shade_fill)
    if widths:
        for r in range(len(rows)):
            for c, width in enumerate(widths):
                table.cell(r, c).width = Cm(width)
    return table


def section_row(table: Table, row: int, text: str, fill: str = "BDD6EE") -> None:
    """Merge a whole row into one shaded section heading ("1. Søker")."""
    first = table.cell(row, 0)
    merged = first.merge(table.cell(row, len(table.columns) - 1))
    write(merged, text, bold=True)
    shade(merged, fill)


def form_table(doc: DocxDocument, sections: Sequence[tuple[str, Sequence[tuple[str, str]]]],
               widths: tuple[float, float] = (6.0, 10.5)) -> Table:
    """The directorate-style form: shaded section rows merged across the
    table, then label | answer rows below each."""
    rows = sum(1 + len(items) for _, items in sections)
    table = doc.add_table(rows=rows, cols=2)
    table.style = "Table Grid"
    r = 0
    for heading, items in sections:
        section_row(table, r, heading)
        r += 1
        for label, value in items:
            write(table.cell(r, 0), label, bold=True)
            shade(table.cell(r, 0), "F2F2F2")
            write(table.cell(r, 1), value)
            r += 1
    for row in table.rows:
        row.cells[0].width = Cm(widths[0])
        row.cells[1].width = Cm(widths[1])
    return table


def bullets(doc: DocxDocument, items: Sequence[str]) -> None:
    for item in items:
        doc.add_paragraph(item, style="List Bullet")


def para(doc: DocxDocument, text: str = "", *, bold: bool = False, italic: bool = False,
         size: float | None = None) -> None:
    paragraph = doc.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = bold
    run.italic = italic
    if size:
        run.font.size = Pt(size)


def signature_table(doc: DocxDocument, left: Sequence[str], right: Sequence[str]) -> Table:
    """Two signers side by side without borders: place/date, a gap, name, title."""
    table = doc.add_table(rows=len(left), cols=2)
    for r, (a, b) in enumerate(zip(left, right)):
        write(table.cell(r, 0), a)
        write(table.cell(r, 1), b)
    return table
