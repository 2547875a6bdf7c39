"""A labelled answer's amount ("Omsøkt beløp: 600 k til lønn og sosiale
utgifter"), and the budget post the answer names, if any."""

from __future__ import annotations

from soknad_extract.extract.budget.cells import amount_and_purpose, amount_in_cell
from soknad_extract.extract.budget.lines import category, purpose_category
from soknad_extract.extract.budget.remarks import without_not_applied


def answer_amount(label: str, text: str) -> tuple[int | None, str | None]:
    """A labelled answer's amount, and the post it is for when the answer
    says what it pays for ("Omsøkt beløp: 600 k til lønn og sosiale
    utgifter" is the positions' amount, ``purpose_category``); no post when
    the label alone decides. An own part's answer may say it is not applied
    for ("150 000 (ikke omsøkt)"): so its label says too."""
    if category(label, None) == "own_funding":
        text = without_not_applied(text)
    value = amount_in_cell(text)
    split = amount_and_purpose(text) if value is None else None
    if split is None or amount_in_cell(split[0]) is None:
        return value, None
    return amount_in_cell(split[0]), purpose_category(label, split[1], None)
