"""A budget row read off a form of boxes: which cell is a post's name, and
which label a figure answers. A box form sets labels and answers side by
side ("Oppstart | Stillingsprosent | Løn" over "1. april 2020 | 100 |
605 000", "Anna: [ ]  Sum: 615 000"), so a row of it is no post with its
title: a date is an answer, and a label left empty answers nothing."""

from __future__ import annotations

import re

from soknad_extract.extract.budget.applied import is_funder_header
from soknad_extract.extract.budget.cells import counts_posts, is_own_header, is_percent_header
from soknad_extract.norwegian import find_dates, fold


def is_date_cell(text: str) -> bool:
    """A cell that holds a date and nothing else ("1. april 2020", "januar
    2020"): the answer to a start or a period, never the name of a post,
    though a box form's row sets it beside a share and an amount."""
    dates = find_dates(text)
    if len(dates) != 1:
        return False
    start = dates[0].start
    return not (text[:start] + text[start + len(dates[0].text):]).strip(" .,:;")


_OPENS_WITH_AMOUNT = re.compile(r"(?:kr\.?|nok)?\s*(?:\d{1,3}(?:[ .\u00a0]\d{3})+|\d{5,})(?![\d%])", re.I)
"""Grouped thousands ("150 000", "kr 1.210.000") or a long bare number first in a cell."""


def is_answer_cell(text: str, header: str = "") -> bool:
    """A cell that answers a field rather than naming a post: one that opens
    with an amount and goes on with a note ("150 000 (ikke omsøkt)", a box
    form's answer under its label), or a cell under the column of another
    funder's or the municipality's own money ("Andre finansieringskilder" over
    "Troms og Finnmark fylkeskommune 50 000"), which names who pays, never
    what is paid for. Beside an amount of another field of a grid of boxes
    ("Sum søkt | Andre finansieringskilder" over "315 000 | …"), such a cell
    is never that amount's label."""
    if _OPENS_WITH_AMOUNT.match(text.strip()):
        return True
    return bool(header) and (is_funder_header(header) or is_own_header(header))


def answers_nothing(label: str, text: str) -> bool:
    """A label ("Anna:") whose box is empty, the next cell being a label of
    its own ("Sum:") before any figure: a form of two columns of boxes,
    "Label: [box]  Label: [box]", read as one row. The figure after the
    second label is its answer, never the first's."""
    return label.rstrip().endswith(":") and text.rstrip().endswith(":") and not re.search(r"\d", text)


def says_share(text: str, header: str = "") -> bool:
    """A share stated in percent ("60 %", "60 prosent", a bare "60" under
    "Stillingsprosent"), not a count of posts ("Ei stilling", "1 årsverk",
    "2" under "Tal på stillingar"). A form asking both ("Tal på stillingar |
    Stillingsprosent") is answered "Ei stilling | 60 %": one post of 60 %,
    so the count never decides the share where a percent stands beside it."""
    folded = fold(text)
    if "%" in folded or "prosent" in folded:
        return True
    return bool(re.fullmatch(r"\s*\d{1,3}(?:[.,]\d+)?\s*", text)) and is_percent_header(header) \
        and not counts_posts(header)
