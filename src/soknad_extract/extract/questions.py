"""The form's questions for required values, and whether each was answered.

Validation may only call a value missing when it has evidence that it is
absent. The strongest evidence is the form's own question standing empty:
"Prosjektets tittel:" with a blank cell beside it, a blank line under it
before the next question, or an empty form field. A question with words
beside or under it is answered, even when no extractor could use the words
(a percentage written as "halv stilling"): then its absence is not shown.
So is a question whose answer space holds ink that OCR found but could not
read as words (a name written by hand in joined letters on a scanned form):
the answer is there, unread, and the clerk is asked to read it.
"""

from __future__ import annotations

from soknad_extract.extract.context import Context
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.pair_text import clean_label
from soknad_extract.layout import BBox, Document
from soknad_extract.layout.rows import Row, Span
from soknad_extract.facts import Question

QUESTION_FIELDS = {
    "office": "office.name",
    "title": "project.title",
    "percent": "positions_percent_total",
    "total": "amounts.total",
    "start_date": "project.start_date",
    "org_number": "office.org_number",
    "contact_name": "contact.name",
    "email": "contact.email",
    "phone": "contact.phone",
}
"""Label keys (``schemas/vocabulary/labels.toml``) of questions whose empty
answer makes a *_MISSING finding, with the record path each asks for."""


def find_questions(ctx: Context) -> tuple[Question, ...]:
    """Every question for a required value in the application, in reading
    order: labels in rows first, then labelled form fields."""
    ink = _ink_by_page(ctx.doc)
    found = [q for i, row in enumerate(ctx.rows) for q in _row_questions(ctx.rows, i, ink.get(row.page, []))]
    for f in ctx.doc.fields():
        key = classify_label(f.label) if f.kind not in ("checkbox", "radio") and f.label else None
        if key in QUESTION_FIELDS:
            found.append(Question(QUESTION_FIELDS[key], f.page, bool(f.value and f.value.strip()),
                                  clean_label(f.label or ""), f.bbox,
                                  f.confidence))
    return tuple(found)


def _ink_by_page(doc: Document) -> dict[int, list[BBox]]:
    """Where the OCR reader found a pen's strokes it could not read as words."""
    out: dict[int, list[BBox]] = {}
    for image in doc.images():
        if (image.name or "").lower() == "ink" and image.bbox is not None:
            out.setdefault(image.page, []).append(image.bbox)
    return out


def _row_questions(rows: list[Row], i: int, ink: list[BBox]) -> list[Question]:
    """The questions among row ``i``'s filled cells. A cell is a question
    when its text (or the text before its colon) is a label for a required
    value, with no number in it (a heading "Søknad … Nav-kontoret 2020" is
    none). It is answered when text follows the colon, when the next filled
    cell of the row is not itself a label, or when the answer stands under it
    (``_answered_below``), or ink stands where the answer goes (``_inked``)."""
    cells = rows[i].filled()
    out: list[Question] = []
    for c, cell in enumerate(cells):
        label, _, after = cell.text.partition(":")
        inline = bool(after.strip())
        key = classify_label(label if inline else cell.text)
        if key not in QUESTION_FIELDS or any(ch.isdigit() for ch in clean_label(label)):
            continue
        if inline:
            answered = True
        elif c + 1 < len(cells) and not _is_label(cells[c + 1]):
            answered = True
        else:
            answered = _answered_below(rows, i, cell) or _inked(rows, i, c, ink)
        out.append(_question(QUESTION_FIELDS[key], cell, answered))
    return out


def _is_label(cell: Span) -> bool:
    return classify_label(cell.text.partition(":")[0]) is not None or classify_label(cell.text) is not None


def _answered_below(rows: list[Row], i: int, cell: Span) -> bool:
    """The answer to a question with nothing beside it stands in the next row
    of text: in the question's own column when the row holds several
    questions side by side ("Kommune | Kontaktperson" over "Lom | Kari"), else
    anywhere in that row. Unanswered only when that place holds another
    question, or the document ends; an answer may go on over a page break, and
    a column that cannot be placed may hold it, so both count as answered."""
    alone = len(rows[i].filled()) == 1
    for row in rows[i + 1:]:
        below = row.filled()
        if not below:
            continue
        if row.page != rows[i].page:
            return True
        if alone:
            return not _is_label(below[0])
        under = [other for other in below if _same_column(cell, other)]
        return not under or not all(_is_label(other) for other in under)
    return False


def _inked(rows: list[Row], i: int, c: int, ink: list[BBox]) -> bool:
    """Ink stands in the answer space of row ``i``'s filled cell ``c``: on its
    row between it and the next cell, or under it in its column, above the
    next text in that column and at most ``ANSWER_SPACE`` points down."""
    cells = rows[i].filled()
    cell = cells[c]
    if cell.bbox is None or not ink:
        return False
    x0, top, x1, bottom = cell.bbox
    right = cells[c + 1].bbox[0] if c + 1 < len(cells) and cells[c + 1].bbox else float("inf")
    below = min([bottom + ANSWER_SPACE] + [other.bbox[1] for r in rows[i + 1:] if r.page == rows[i].page
                                             for other in r.filled() if _same_column(cell, other)][:1])
    for box in ink:
        beside = min(box[3], bottom) - max(box[1], top) > 0 and x1 - 2.0 <= box[0] < right
        under = bottom - 2.0 <= box[1] < below and min(box[2], x1) - max(box[0], x0) > 0
        if beside or under:
            return True
    return False


ANSWER_SPACE = 40.0
"""pt. How far under a question its answer is written where no text follows on the page."""


def _same_column(cell: Span, other: Span) -> bool:
    if cell.bbox is None or other.bbox is None:
        return False
    return min(cell.bbox[2], other.bbox[2]) - max(cell.bbox[0], other.bbox[0]) > 0


def _question(field: str, cell: Span, answered: bool) -> Question:
    bbox = (round(cell.bbox[0], 1), round(cell.bbox[1], 1), round(cell.bbox[2], 1),
            round(cell.bbox[3], 1)) if cell.bbox else None
    return Question(field, cell.page, answered, clean_label(cell.text)[:120], bbox, round(cell.confidence, 3),
                    cell.method == "ocr")
