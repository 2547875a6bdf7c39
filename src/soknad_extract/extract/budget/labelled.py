"""A labelled answer's amount ("Omsøkt beløp: 600 k til lønn og sosiale
utgifter"), and the budget post the answer names, if any."""

from __future__ import annotations

from soknad_extract.extract.budget.cells import amount_and_purpose, amount_in_cell
from soknad_extract.extract.budget.lines import purpose_category


def answer_amount(label: str, text: str) -> tuple[int | None, str | None]:
    """A labelled answer's amount, and the post it is for when the answer
    says what it pays for ("Omsøkt beløp: 600 k til lønn og sosiale
    utgifter" is the positions' amount, ``purpose_category``); no post when
    the label alone decides."""
    value = amount_in_cell(text)
    split = amount_and_purpose(text) if value is None else None
    if split is None or amount_in_cell(split[0]) is None:
        return value, None
    return amount_in_cell(split[0]), purpose_category(label, split[1], None)
