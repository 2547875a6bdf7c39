"""Shapes of a form row that decide where a label's answer stands, for the
pair finder (``extract.pairs``): told by typography and the order of cells,
not by words."""

from __future__ import annotations

from collections.abc import Callable

from soknad_extract.layout.rows import Span


def with_colon(head: str, sep: str, is_label: Callable[[str], bool]) -> str:
    """The label with its colon when only the colon makes it one: a numbered
    item in the bare word a section heading uses ("5. Prosjekt: Ung i jobb")
    is a label answered on its line, where "5. Prosjekt" alone heads a part
    of the form. Serves typed forms that number their items."""
    if sep.strip()[:1] == ":" and not is_label(head) and is_label(head + ":"):
        return head + ":"
    return head


def answered_beside(filled: list[Span], j: int, is_label: Callable[[str], bool]) -> bool:
    """The table row alternates label and answer cells and the label at
    ``j`` comes after such a pair ("Lønn | kr 600 000 | Kompetanse | (empty)"):
    its answer is the cell to its right, so one left empty answers nothing,
    and the cell under it answers the row below's own label ("Sum omsøkt |
    kr 600 000" when the reader drops the empty cells). Serves budget and
    contact tables laid out in four (or six) columns, two pairs a row."""
    return any(is_label(filled[k].text) and not is_label(filled[k + 1].text) for k in range(j - 1))
