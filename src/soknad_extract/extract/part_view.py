"""The application part of a file as a document of its own: only the lines of the parts
``parts.kept_parts`` keeps, with the tables, form fields and pictures that sit among them.
Every field extractor reads this view, so none needs to know the file held more."""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.parts import Part, kept_parts
from soknad_extract.layout import Document, FormField, Line, Page


def application_view(doc: Document, parts: list[Part], budget_sheets: bool = True,
                     page_sheets: bool = True) -> Document:
    """The document with only the application's lines, tables, fields and
    pictures; the same document when nothing is set aside. Without
    ``budget_sheets``, the budget sheets attached behind it are set aside too;
    without ``page_sheets``, those on pages of their own behind it."""
    kept = kept_parts(parts, budget_sheets, page_sheets)
    if len(kept) == len(parts):
        return doc
    ends = {id(part): (parts[n + 1].start if n + 1 < len(parts) else (len(doc.pages), 0))
            for n, part in enumerate(parts)}
    ranges = [(part.start, ends[id(part)]) for part in kept]
    pages = []
    for p, page in enumerate(doc.pages):
        inside = [i for i in range(len(page.lines)) if any(a <= (p, i) < b for a, b in ranges)]
        if not page.lines:
            if any(a <= (p, 0) < b for a, b in ranges):
                pages.append(page)
        elif len(inside) == len(page.lines):
            pages.append(page)
        elif inside:
            pages.append(_slice(page, set(inside)))
    return replace(doc, pages=pages)


def _slice(page: Page, inside: set[int]) -> Page:
    """The page's lines at ``inside``, with the tables, fields and pictures
    that sit among them: by the table a line is in, by the paragraph a Word
    picture is anchored to, else by height on the page."""
    lines = page.lines
    spans = _vertical_spans(lines, inside)
    kept_tables = {lines[i].table_cell[0] for i in inside if lines[i].table_cell}
    cut_tables = {line.table_cell[0] for i, line in enumerate(lines) if i not in inside and line.table_cell}

    def placed(bbox: tuple[float, float, float, float] | None, default: bool) -> bool:
        if bbox is None:
            return default
        middle = (bbox[1] + bbox[3]) / 2
        return any(top <= middle < bottom for top, bottom in spans)

    tables = [t for n, t in enumerate(page.tables)
              if n in kept_tables or (n not in cut_tables and placed(t.bbox, False))]
    images = [image for image in page.images if (
        image.table_cell[0] in kept_tables if image.table_cell else
        image.paragraph_index in inside if image.paragraph_index is not None else placed(image.bbox, False))]
    kept_text = " ".join(lines[i].text for i in inside)
    cut_text = " ".join(line.text for i, line in enumerate(lines) if i not in inside)
    fields = [f for f in page.fields if placed(f.bbox, _field_by_text(f, kept_text, cut_text))]
    return replace(page.keeping(sorted(inside), images), tables=tables, fields=fields)


def _vertical_spans(lines: list[Line], inside: set[int]) -> list[tuple[float, float]]:
    """The page heights the kept lines cover, from the top of a run's first
    line (or the page's top) to the top of the next cut line (or the bottom)."""
    spans: list[tuple[float, float]] = []
    i = 0
    while i < len(lines):
        if i not in inside:
            i += 1
            continue
        j = i
        while j < len(lines) and j in inside:
            j += 1
        top = lines[i].bbox[1] if i > 0 and lines[i].bbox else float("-inf")
        bottom = lines[j].bbox[1] if j < len(lines) and lines[j].bbox else float("inf")
        spans.append((top, bottom))
        i = j
    return spans


def _field_by_text(field: FormField, kept: str, cut: str) -> bool:
    """A Word field has no place on the page: it goes with the part whose
    text shows its question or label; kept when no text tells."""
    words = [w for w in (field.group, field.label, field.value) if w]
    if any(w in kept for w in words):
        return True
    return not any(w in cut for w in words)
