"""The form's questions for required values, and whether each was answered.

Validation may only call a value missing when it has evidence that it is
absent. The strongest evidence is the form's own question standing empty:
"Prosjektets tittel:" with a blank cell beside it, a blank line under it
before the next question, or an empty form field. A question with words
beside or under it is answered, even when no extractor could use the words
(a percentage written as "halv stilling"): then its absence is not shown.
"""

from __future__ import annotations

from soknad_extract.extract.context import Context
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.rows import Row, Span, clean_label
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
    found = [q for i, row in enumerate(ctx.rows) for q in _row_questions(ctx.rows, i)]
    for f in ctx.doc.fields():
        key = classify_label(f.label) if f.kind not in ("checkbox", "radio") and f.label else None
        if key in QUESTION_FIELDS:
            found.append(Question(QUESTION_FIELDS[key], f.page, bool(f.value and f.value.strip()),
                                  clean_label(f.label or ""), tuple(f.bbox) if f.bbox else None,
                                  f.confidence))
    return tuple(found)


def _row_questions(rows: list[Row], i: int) -> list[Question]:
    """The questions among row ``i``'s filled cells. A cell is a question
    when its text (or the text before its colon) is a label for a required
    value. It is answered when text follows the colon, when the next filled
    cell of the row is not itself a label, or, with nothing beside it, when
    the next row holds an answer."""
    cells = rows[i].filled()
    out: list[Question] = []
    for c, cell in enumerate(cells):
        label, _, after = cell.text.partition(":")
        inline = bool(after.strip())
        key = classify_label(label if inline else cell.text)
        if key not in QUESTION_FIELDS:
            continue
        if inline:
            answered = True
        elif c + 1 < len(cells):
            answered = classify_label(cells[c + 1].text) is None
        else:
            answered = _answered_below(rows, i)
        out.append(_question(QUESTION_FIELDS[key], cell, answered))
    return out


def _answered_below(rows: list[Row], i: int) -> bool:
    """A question alone on its row is answered by the next row of text,
    unless that row is another question, or the document ends. An answer
    may go on over a page break, so a question at the foot of a page counts
    as answered: its absence is not shown."""
    page = rows[i].page
    for row in rows[i + 1:]:
        cells = row.filled()
        if not cells:
            continue
        if row.page != page:
            return True
        return classify_label(cells[0].text.partition(":")[0]) is None and classify_label(cells[0].text) is None
    return False


def _question(field: str, cell: Span, answered: bool) -> Question:
    bbox = (round(cell.bbox[0], 1), round(cell.bbox[1], 1), round(cell.bbox[2], 1),
            round(cell.bbox[3], 1)) if cell.bbox else None
    return Question(field, cell.page, answered, clean_label(cell.text)[:120], bbox, round(cell.confidence, 3))
