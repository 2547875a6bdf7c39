"""Layout documents built by hand for extractor tests: the extractors must
work from the layout model alone, whatever reader produced it."""

from __future__ import annotations

from soknad_extract.layout import Cell, Document, FormField, Line, Page, Table


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
