"""Layout documents built by hand for extractor tests: the extractors must
work from the layout model alone, whatever reader produced it.

Two levels: whole documents from a few strings (``word_doc``, ``pdf_doc``),
and pages line by line with word boxes, table cells and pictures placed where
a reader would put them (``pdf_line`` and the rest)."""

from __future__ import annotations

from collections.abc import Iterable

from soknad_extract.layout import Cell, DigitalSignature, Document, FormField, Image, Line, Page, Table, Word
from tests.builders.images import grey_png
from tools.samplegen.signed import nav_logo_png, scribble_png

A4_W, A4_H = 595.0, 842.0
"""An A4 page in points, as the PDF reader reports it."""


def word_doc(*paragraphs: str, tables: list[list[list[str]]] = (), fields: list[FormField] = ()) -> Document:
    """A Word-like document: paragraphs without boxes, then tables."""
    page = Page(number=1)
    page.lines = [Line(text=p, page=1) for p in paragraphs]
    for t_index, rows in enumerate(tables):
        page.tables.append(Table(page=1, rows=[[Cell(text=c) for c in row] for row in rows]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                page.lines.append(Line(text=text, page=1, table_cell=(t_index, r, c)))
    page.fields = list(fields)
    return Document(path="x.docx", format="docx", pages=[page])


def pdf_doc(rows: list[list[tuple[str, float]]]) -> Document:
    """A PDF-like page: each row is a list of (text, x0) at one baseline."""
    page = Page(number=1, width=595, height=842)
    for i, row in enumerate(rows):
        top = 60 + i * 16
        for text, x0 in row:
            page.lines.append(Line(text=text, page=1, bbox=(x0, top, x0 + 6 * len(text), top + 10)))
    return Document(path="x.pdf", format="pdf", pages=[page], page_count=1)


# --- pages line by line ------------------------------------------------------------


def pdf_line(text: str, page: int, x: float, top: float, size: float = 10.0) -> Line:
    """A PDF line with word boxes (about 5 pt per character)."""
    words, cursor = [], x
    for token in text.split(" "):
        width = 5.0 * len(token)
        words.append(Word(token, (cursor, top, cursor + width, top + size)))
        cursor += width + 3.0
    return Line(text=text, page=page, bbox=(x, top, cursor - 3.0, top + size), words=words)


def two_columns(left: str, right: str, page: int, top: float) -> Line:
    """One visual line holding two columns far apart, as pdfplumber may give it."""
    a, b = pdf_line(left, page, 72, top), pdf_line(right, page, 320, top)
    return Line(text=f"{left} {right}", page=page, bbox=(72, top, b.bbox[2], top + 10),
                words=a.words + b.words)


def table_cell(text: str, row: int, col: int, page: int = 1, table: int = 0) -> Line:
    """A paragraph in a Word table cell (Word lines have no boxes)."""
    return Line(text=text, page=page, table_cell=(table, row, col))


def ink(page: int, box, seed: int = 7, grey: bool = True) -> Image:
    """A handwritten signature placed at ``box``, grey as the PDF reader renders it."""
    png = scribble_png(seed)
    return Image(page=page, bbox=box, pixel_width=560, pixel_height=180,
                 data=grey_png(png) if grey else png)


def logo(page: int, box) -> Image:
    """The Nav logo placed at ``box``: a picture that is never a signature."""
    return Image(page=page, bbox=box, pixel_width=520, pixel_height=180, data=grey_png(nav_logo_png()))


def pdf_page(number: int, lines: Iterable[Line], images: Iterable[Image] = ()) -> Page:
    return Page(number=number, width=A4_W, height=A4_H, lines=list(lines), images=list(images))


def ocr_page(number: int, lines: list[Line], images: Iterable[Image] = ()) -> Page:
    """A scanned page: every line marked as read by OCR."""
    for line in lines:
        line.ocr = True
    return Page(number=number, width=A4_W, height=A4_H, lines=lines, ocr=True, images=list(images))


def pdf_pages(*pages: Page, signatures: Iterable[DigitalSignature] = ()) -> Document:
    return Document(path="test.pdf", format="pdf", pages=list(pages), page_count=len(pages),
                    signatures=list(signatures))


def word_pages(lines_by_page: dict[int, list[Line]], images: Iterable[Image] = ()) -> Document:
    """A Word document by page; each picture goes to the page it names."""
    pages = [Page(number=n, lines=ls) for n, ls in sorted(lines_by_page.items())]
    for img in images:
        pages[img.page - 1].images.append(img)
    return Document(path="test.docx", format="docx", pages=pages)


def text_page(number: int, *texts: str, heading: int | None = 0) -> Page:
    """A PDF-like page: one line per text, 20 pt apart; line ``heading`` is set as a heading."""
    lines = [Line(text, number, bbox=(72, 72 + 20 * i, 400, 84 + 20 * i), style="heading" if i == heading else None)
             for i, text in enumerate(texts)]
    return Page(number, A4_W, A4_H, lines=lines)


def text_doc(*pages: Page) -> Document:
    """A PDF document of ``text_page`` pages."""
    return Document("built.pdf", "pdf", list(pages), page_count=len(pages))


def as_tuples(found):
    """Signatures found as (role, name, title, date, kind), evidence left out."""
    return [(s.role, s.name, s.title, s.date, s.kind) for s, _e in found]
