"""The first option of a row whose boxes follow their options, printed in
the form's label column: "13. Nytt prosjekt   ☑   Videreføring ☐".

A form tool that sets each option before its box may print the row's first
option where the other rows print their question, at the left margin, and
its box at the start of the answer column, far beyond the reach of an
option's words (``PageLabels.option_label``). The row's own pattern tells:
it ends with a box, and every other box has its option right before it;
the first box then closes the text that opens the row. Without this the
first box has no option and the row's opening words become the question
of its boxes, so the choice it answers is lost.
"""

from __future__ import annotations

from ...layout import FormField
from ...layout.item_numbers import item_number
from ...layout.questions import same_row
from .labels import PageLabels


def label_opening_options(fields: list[FormField], labels: PageLabels) -> None:
    """Give the first box of each such row its option: the text left of it
    on its row, without an item number. A text that asks (":" or "?") is the
    question of the row, not an option, and stays so."""
    boxes = [f for f in fields if f.kind in ("checkbox", "radio") and f.bbox is not None]
    for first in boxes:
        row = sorted((f for f in boxes if same_row(f.bbox, first.bbox)), key=lambda f: f.bbox[0])  # type: ignore[arg-type, index]
        if first.label or len(row) < 2 or row[0] is not first or not all(f.label for f in row[1:]):
            continue
        if labels.words_right_of(row[-1].bbox)[0] is not None:  # type: ignore[arg-type]
            continue  # options follow their boxes on this row
        line = labels.left_of(first.bbox, skip_boxes=True)  # type: ignore[arg-type]
        if line is None or line.text.rstrip().endswith((":", "?")):
            continue
        words = line.text.split()
        if words and item_number(words[0]) is not None:
            words = words[1:]
        if words:
            first.label = " ".join(words)
            labels.mark_box_line(line)
