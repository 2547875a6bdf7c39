"""Rows of one-digit form fields read as one value.

Fillable forms that imitate a paper form give every digit its own field:
a row of small boxes for the organisation number, the phone number, a
date ("dd mm åååå") or an amount in whole kroner, often in groups with a
wider space between them ("921 078 129", "1 200 000"). Each field then
holds one digit, and no single field is the answer. The fields' names
vary with the tool that made the form ("Orgnr1".."Orgnr9", "felt_12",
"Text7"), so a row is found by geometry alone: text fields no wider than
a box for one character, of one size, on one baseline, each right after
the other with no printed text between them. Such a row becomes one
field spanning the row, whose value is the digits in reading order, the
groups kept apart by a space, and a date written in boxes grouped
2-2-4, 2-2-2 ("dd mm åå") or 4-2-2 written as a date.

A row is joined only when what it holds is plain: digits, empty boxes
only before or after them. A row with a letter, or with an empty box
between digits, is left as separate fields (what the digits mean cannot
be told). A true comb field (/Ff comb flag with /MaxLen) is one field
whose value holds every digit already and needs none of this.
"""

from __future__ import annotations

from dataclasses import replace

from ...layout import BBox
from .widgets import Widget

_MIN_CELLS = 3
"""Fewer boxes than this are not a row (two small fields side by side)."""
_MAX_ASPECT = 1.5
"""A box for one character is at most this much wider than high."""
_MAX_GAP = 1.0
"""The widest space between two boxes of a row, in box widths: a group
separator is narrower than a missing box."""
_ALIGN = 0.15
"""Tops, bottoms and widths agree within this share of the box's size."""


def _is_cell(widget: Widget) -> bool:
    x0, top, x1, bottom = widget.bbox
    width, height = x1 - x0, bottom - top
    value = (widget.value or "").strip()
    return (widget.kind == "text" and len(value) <= 1 and height > 0
            and 0 < width <= _MAX_ASPECT * height)


def _follows(last: BBox, cell: BBox, printed: list[BBox]) -> bool:
    """``cell`` continues the row that ends with ``last``: same size, same
    baseline, right after it, and no printed word in the space between."""
    width, height = last[2] - last[0], last[3] - last[1]
    if abs(cell[1] - last[1]) > _ALIGN * height or abs(cell[3] - last[3]) > _ALIGN * height:
        return False
    if abs((cell[2] - cell[0]) - width) > _ALIGN * width:
        return False
    gap = cell[0] - last[2]
    if not -0.5 <= gap <= _MAX_GAP * width:
        return False
    return not any(last[2] - 0.5 <= (w[0] + w[2]) / 2 <= cell[0] + 0.5
                   and last[1] <= (w[1] + w[3]) / 2 <= last[3] for w in printed)


def _rows(cells: list[Widget], printed: list[BBox]) -> list[list[Widget]]:
    rows: list[list[Widget]] = []
    for cell in sorted(cells, key=lambda w: (w.bbox[0], w.bbox[1])):
        row = next((r for r in rows if _follows(r[-1].bbox, cell.bbox, printed)), None)
        if row is None:
            rows.append([cell])
        else:
            row.append(cell)
    return [r for r in rows if len(r) >= _MIN_CELLS]


def _groups(row: list[Widget]) -> list[str] | None:
    """The digits of the row by group, or None when the row is not plain
    digits (a letter, or an empty box between digits)."""
    gaps = [b.bbox[0] - a.bbox[2] for a, b in zip(row, row[1:])]
    width = row[0].bbox[2] - row[0].bbox[0]
    split = min(gaps) + _ALIGN * width
    chars = [(w.value or "").strip() for w in row]
    filled = [i for i, c in enumerate(chars) if c]
    if not filled:
        return []
    first, last = filled[0], filled[-1]
    if not all(c.isdigit() and c.isascii() for c in chars[first:last + 1]):
        return None
    groups = [chars[first]]
    for i in range(first + 1, last + 1):
        if gaps[i - 1] > split:
            groups.append("")
        groups[-1] += chars[i]
    return groups


def _value(groups: list[str]) -> str | None:
    """The row's value: digits grouped as the boxes are; boxes grouped as a
    day, month and year (or year, month, day) read as that date. Eight
    boxes in one group stay digits: a phone number has eight too."""
    if not groups:
        return None
    sizes = [len(g) for g in groups]
    if sizes in ([2, 2, 4], [2, 2, 2]) and 1 <= int(groups[0]) <= 31 and 1 <= int(groups[1]) <= 12:
        return ".".join(groups)
    if sizes == [4, 2, 2] and 1 <= int(groups[1]) <= 12 and 1 <= int(groups[2]) <= 31:
        return "-".join(groups)
    return " ".join(groups)


def join_digit_rows(widgets: list[Widget], printed: list[BBox]) -> list[Widget]:
    """``widgets`` with every row of one-digit fields replaced by one field
    spanning the row (in the place of the row's first box); ``printed``:
    the boxes of the page's printed words, which end a row."""
    joined: dict[int, Widget | None] = {}
    for row in _rows([w for w in widgets if _is_cell(w)], printed):
        groups = _groups(row)
        if groups is None:
            continue
        box = (row[0].bbox[0], min(w.bbox[1] for w in row),
               row[-1].bbox[2], max(w.bbox[3] for w in row))
        joined[id(row[0])] = replace(row[0], bbox=box, value=_value(groups))
        joined.update((id(w), None) for w in row[1:])
    result: list[Widget] = []
    for widget in widgets:
        new = joined.get(id(widget), widget)
        if new is not None:
            result.append(new)
    return result
