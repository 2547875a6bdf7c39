"""Form fields side by side, each under its own label.

A form that prints its labels above its fields often sets two fields in one
row ("Stillingsandel (%)" over "50", "Lønn og sosiale kostnader (kr)" over
"305 000"). The row of answers then looks like a budget line "50: 305 000",
but each value answers the label above it, and the labelled answers are
read as such elsewhere (``Context.values``). A share or a count standing
where a post's name would be is no post: the row gives no budget line.
"""

from __future__ import annotations

import re

from soknad_extract.extract.budget.headings import is_column_name
from soknad_extract.extract.budget.lines import BudgetLine
from soknad_extract.layout.geometry import x_overlap
from soknad_extract.layout.rows import Row, Span

_LETTER = re.compile(r"[^\W\d_]")


def _over(label: Span, answer: Span) -> bool:
    """The answer stands under the label: their widths overlap."""
    if label.bbox is None or answer.bbox is None:
        return False
    return x_overlap(label.bbox, answer.bbox) > 0


def under_own_labels(row: Row, above: Row | None) -> bool:
    """A line of text whose every value stands under a label of its own in
    the line right above it (same page, one label a value, no amounts
    among the labels)."""
    if above is None or row.in_table or above.in_table or above.page != row.page:
        return False
    answers, labels = row.filled(), above.filled()
    if len(answers) < 2 or len(answers) != len(labels) or not all(is_column_name(c.text) for c in labels):
        return False
    return all(_over(label, answer) and not any(_over(other, answer) for other in labels if other is not label)
               for label, answer in zip(labels, answers))


def without_answer_labels(lines: list[BudgetLine], row: Row, above: Row | None) -> list[BudgetLine]:
    """The row's budget lines, less those whose label has no letter ("50")
    when the row's values stand under labels of their own: that label is
    another field's answer, not the name of a post. A row without lines
    has nothing to leave out: its labels are not looked at."""
    if not lines or not under_own_labels(row, above):
        return lines
    return [line for line in lines if _LETTER.search(line.label)]
