"""An interest question answered by boxes stacked under it, one option a
line ("Ønsker kontoret å delta i nettverk?" over "☒ Ja" over "☐ Nei"), on a
drawn or scanned page.

A reader may group such boxes under the heading of a box list above them
(the priority areas' "Satsingsområde (kryss av)", whose boxes stand in the
same column), so the question is read here from where the boxes stand: the
printed line right above the first of the two boxes, close above it, with no
box of its own. Only a pair of boxes at one left edge, one labelled with each
option, and exactly one of them ticked answers; anything less clear leaves
the question to the other readers."""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.context import Context
from soknad_extract.layout import FormField, Line
from soknad_extract.layout.questions import option_answer, same_row
from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Wordings

_STEP = 2.5
"""The most box heights from one stacked box's top to the next one's."""
_ABOVE = 2.5
"""The most box heights between the question's line and the first box."""


def stacked_answer(ctx: Context, topic: Wordings, others: list[Wordings]) -> tuple[bool, FormField] | None:
    placed = sorted((b for b in ctx.checkboxes() if b.bbox is not None and b.kind == "checkbox"),
                    key=lambda b: (b.page, b.bbox[1]))
    for first, second in zip(placed, placed[1:]):
        if not _stacked(first, second, placed):
            continue
        options = [option_answer((b.label or "").strip(" .:")) for b in (first, second)]
        if sorted(options, key=str) != [False, True]:
            continue
        question = _line_above(ctx, first, placed)
        if question is None:
            continue
        asked = fold(question.text)
        if not topic.search(asked) or any(o.search(asked) for o in others):
            continue
        ticked = [(option, box) for option, box in zip(options, (first, second)) if box.checked]
        if len(ticked) != 1 or any(b.checked is None for b in (first, second)):
            return None
        return bool(ticked[0][0]), replace(ticked[0][1], group=question.text)
    return None


def _stacked(first: FormField, second: FormField, placed: list[FormField]) -> bool:
    """Two boxes one under the other at one left edge, each alone on its line."""
    a, b = first.bbox, second.bbox
    height = a[3] - a[1]
    if first.page != second.page or abs(a[0] - b[0]) > height or not 0 < b[1] - a[1] <= _STEP * height:
        return False
    return not any(o is not box and o.page == box.page and same_row(o.bbox, box.bbox)
                   for box in (first, second) for o in placed)


def _line_above(ctx: Context, box: FormField, placed: list[FormField]) -> Line | None:
    """The printed line right above ``box``, when it holds no box and stands close."""
    page = ctx.doc.page(box.page)
    if page is None:
        return None
    top, height = box.bbox[1], box.bbox[3] - box.bbox[1]
    above = [line for line in page.lines if line.bbox is not None and line.bbox[3] <= top + 1
             and not same_row(line.bbox, box.bbox)]
    if not above:
        return None
    line = max(above, key=lambda l: l.bbox[3])
    if top - line.bbox[3] > _ABOVE * height or line.bbox[0] > box.bbox[2] + 4 * height:
        return None
    if any(o.page == box.page and same_row(o.bbox, line.bbox) for o in placed):
        return None
    return line
