"""A scanned budget whose competence line text recognition read without its
amount: the line names the post and the answer beside it may be there,
unread (a handwritten "10 000" in a ruled cell), or the office may have
left it empty. A total that its read parts do not make then says nothing
sure about the office's arithmetic: the total is read as less than sure,
so a mismatch becomes a request to read the budget by hand, not an error."""

from __future__ import annotations

from soknad_extract.extract.budget.lines import BudgetLine, category
from soknad_extract.layout.rows import Row
from soknad_extract.norwegian import find_amounts

LINE_CONFIDENCE = 0.9
_UNSURE_SUM = 0.85
"""Below validation's trust in OCR'd amounts that do not add up (0.9), above
its threshold for withholding every judgement on the budget (0.6)."""


def total_confidence(rows: list[Row], total: BudgetLine) -> float:
    """The confidence of a total read from a budget line: less than a line's
    own when OCR read it and a table row on its page holds the competence
    post's label and no amount."""
    if total.span.method != "ocr":
        return LINE_CONFIDENCE
    for row in rows:
        filled = row.filled()
        if row.in_table and len(filled) == 1 and filled[0].method == "ocr" and filled[0].page == total.span.page \
                and category(filled[0].text, None) == "competence" and not find_amounts(filled[0].text):
            return _UNSURE_SUM
    return LINE_CONFIDENCE
