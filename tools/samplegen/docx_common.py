"""Word helpers shared by the .docx renderers: setup, pictures, deterministic save.

python-docx stamps the save time into docProps/core.xml and into every zip
entry; both are pinned here so two runs write byte-identical files.
"""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timezone
from pathlib import Path

from docx import Document
from docx.document import Document as DocumentObject
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import _Cell

from . import ink

FIXED_TIME = datetime(2020, 1, 15, 9, 0, tzinfo=timezone.utc)
ZIP_TIME = (2020, 1, 15, 9, 0, 0)


def new_document(font: str, author: str, size: float = 10.5) -> DocumentObject:
    """An A4 document in ``font``, with pinned core properties."""
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    props = doc.core_properties
    props.author = props.last_modified_by = author
    props.title = ""
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    return doc


def page_break(doc: DocumentObject) -> None:
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def bold_line(container, text: str, size: float | None = None, colour: RGBColor | None = None):
    """A paragraph with one bold run; ``container`` is a document or a cell."""
    paragraph = container.add_paragraph()
    run = paragraph.add_run(text)
    run.bold = True
    if size:
        run.font.size = Pt(size)
    if colour:
        run.font.color.rgb = colour
    return paragraph


def cell_text(cell: _Cell, text: str, bold: bool = False) -> None:
    """Replace a cell's text, keeping its first paragraph."""
    paragraph = cell.paragraphs[0]
    paragraph.text = ""
    run = paragraph.add_run(text)
    run.bold = bold


def add_ink(container, seed: str, transparent: bool = True, width_cm: float = 4.5) -> None:
    """A signature image in its own paragraph (cell or document)."""
    png = ink.signature_png(seed, transparent)
    paragraph = container.add_paragraph()
    paragraph.add_run().add_picture(io.BytesIO(png), width=Cm(width_cm))


def add_logo(doc: DocumentObject, seed: str, lines: tuple[str, ...]) -> None:
    doc.add_paragraph().add_run().add_picture(io.BytesIO(ink.logo_png(seed, lines)), width=Cm(2.6))


def header_footer(doc: DocumentObject, header: str | None, footer: str | None) -> None:
    section = doc.sections[0]
    if header:
        section.header.paragraphs[0].text = header
    if footer:
        section.footer.paragraphs[0].text = footer


def keep_rows(table) -> None:
    """Forbid page breaks inside rows, so a signature cell never splits."""
    for row in table.rows:
        row._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))


def save(doc: DocumentObject, path: Path) -> None:
    """Save with fixed zip timestamps so the bytes do not change between runs."""
    buffer = io.BytesIO()
    doc.save(buffer)
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            info = zipfile.ZipInfo(item.filename, ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o600 << 16
            dst.writestr(info, src.read(item.filename))
