"""The interest questions answered by a pair of drawn or scanned boxes, read
by where the boxes stand among the printed words rather than by the labels
the reader gave them.

A reader labels a box with the text to its right, as most forms print
"☐ Ja ☐ Nei"; but many forms print the option before its box ("Ja ☐ Nei ☐"),
or the options once as a column heading over rows of boxes, and a scan may
lose the word beside a box. Where a line holds exactly two boxes, the words
"Ja" and "Nei" on that line (or heading their columns) tell which box is
which: the side of the boxes on which every box has its option is the side
the form prints them on. A scan that loses one of the two words still tells
the pair apart: the one option word left, clearly nearer one box, or where no
option word stands apart the one box the reader labelled with an option, names
that box, and the other box is the other option. A line whose words are all
lost takes the options of the line of two boxes right above it, when its boxes
stand in the same columns (forms print "Ja"/"Nei" in columns down the page).
Anything less clear answers nothing here, and the labels decide as before
(``extract.interest``).
"""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.context import Context
from soknad_extract.layout import FormField
from soknad_extract.layout.questions import option_answer, same_row
from soknad_extract.layout.rows import Span
from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Wordings

_REACH = 3.0
"""How far an option word may stand from its box, in box widths: the gap a
form leaves between an option and its box, well short of the gap between
one option's box and the next option."""


def placed_answer(ctx: Context, topic: Wordings, others: list[Wordings]) -> tuple[bool, FormField] | None:
    """The ticked one of a line's two boxes, by the option its place gives it,
    when the line's question (its own text before the boxes, else the line
    above) names ``topic`` and none of the ``others``."""
    placed = [b for b in ctx.checkboxes() if b.bbox is not None and b.kind == "checkbox"]
    for line in _box_lines(placed):
        question = _question(ctx, line, placed)
        if not topic.search(fold(question)) or any(o.search(fold(question)) for o in others):
            continue
        options, words = _line_options(ctx, line, placed)
        ticked = [(answer, word, box) for answer, word, box in zip(options, words, line) if box.checked]
        if sorted(options) == [False, True] and len(ticked) == 1:
            answer, word, box = ticked[0]
            # the evidence names the question and option the place gave the box, not the reader's labels
            return answer, replace(box, group=question, label=word.text if word else box.label)
    return None


def _line_options(ctx: Context, line: list[FormField], boxes: list[FormField]) -> tuple[list[bool], list[Span | None]]:
    """Each box's option on the line, and the word that names it where one
    does: by the words beside the boxes or heading their columns, else by the
    one option left to tell the pair apart, else as the aligned line above."""
    words = _side_options(ctx, line) or _column_options(ctx, line, boxes)
    if words:
        return [bool(option_answer(w.text)) for w in words], list(words)
    one = _one_option(ctx, line)
    if one is not None:
        return one
    above = _aligned_line_above(line, boxes)
    return (_line_options(ctx, above, boxes)[0], [None, None]) if above else ([], [])


def _one_option(ctx: Context, line: list[FormField]) -> tuple[list[bool], list[Span | None]] | None:
    """The options of a pair of boxes told apart by one option: the only
    option word within reach of the boxes, when it is clearly nearer one of
    them; where no option word stands within reach, the only box the reader
    labelled with an option. The other box is the other option."""
    words = [c for c in _cells(ctx, line[0].page) if option_answer(c.text) is not None
             and same_row(c.bbox, line[0].bbox)]
    near = [(word, [_gap(box, word, line) for box in line]) for word in words]
    near = [(word, gaps) for word, gaps in near if any(g is not None for g in gaps)]
    if len(near) > 1:
        return None
    if near:
        word, gaps = near[0]
        reach = [g if g is not None else float("inf") for g in gaps]
        at = reach.index(min(reach))
        if min(reach) * 2 >= max(reach):
            return None
        chosen, named = bool(option_answer(word.text)), word
    else:
        labelled = [i for i, box in enumerate(line) if option_answer(box.label) is not None]
        if len(labelled) != 1:
            return None
        at, named = labelled[0], None
        chosen = bool(option_answer(line[at].label))
    return [chosen if i == at else not chosen for i in range(2)], [named if i == at else None for i in range(2)]


def _gap(box: FormField, word: Span, line: list[FormField]) -> float | None:
    """How far ``word`` stands from ``box`` on either side, when within reach."""
    found = [_beside(box, [word], line, side) for side in ("left", "right")]
    return min((f[0] for f in found if f is not None), default=None)


def _aligned_line_above(line: list[FormField], boxes: list[FormField]) -> list[FormField] | None:
    """The line of boxes right above ``line``, within a few box heights,
    when it holds two boxes standing in the same columns as this line's."""
    top, height = line[0].bbox[1], line[0].bbox[3] - line[0].bbox[1]
    above = [b for b in boxes if b.page == line[0].page and b.bbox[3] <= top + 1 and not same_row(b.bbox, line[0].bbox)]
    if not above:
        return None
    nearest = max(above, key=lambda b: b.bbox[3])
    if nearest.bbox[3] < top - 4 * height:
        return None
    row = sorted((b for b in above if same_row(b.bbox, nearest.bbox)), key=lambda b: b.bbox[0])
    width = line[0].bbox[2] - line[0].bbox[0]
    centre = [(b.bbox[0] + b.bbox[2]) / 2 for b in row]
    if len(row) != 2 or any(abs(c - (b.bbox[0] + b.bbox[2]) / 2) > width for c, b in zip(centre, line)):
        return None
    return row


def _box_lines(boxes: list[FormField]) -> list[list[FormField]]:
    """The lines that hold exactly two boxes, each left to right."""
    lines: list[list[FormField]] = []
    for box in boxes:
        line = next((ln for ln in lines if ln[0].page == box.page and same_row(ln[0].bbox, box.bbox)), None)
        if line is None:
            lines.append([box])
        else:
            line.append(box)
    return [sorted(ln, key=lambda b: b.bbox[0]) for ln in lines if len(ln) == 2]


def _cells(ctx: Context, page: int) -> list[Span]:
    return [c for row in ctx.rows if row.page == page for c in row.filled() if c.bbox is not None]


def _is_box_line(cell: Span, boxes: list[FormField]) -> bool:
    return any(b.page == cell.page and same_row(b.bbox, cell.bbox) for b in boxes)


def _question(ctx: Context, line: list[FormField], boxes: list[FormField]) -> str:
    """The text before the first box on its line; else the nearest line
    above, when it holds no boxes of its own and is no row of options."""
    first = line[0].bbox
    cells = _cells(ctx, line[0].page)
    before = [c.text for c in cells if same_row(c.bbox, first) and c.bbox[2] <= first[0] + 2
              and option_answer(c.text) is None]
    if before:
        return " ".join(before)
    above = [c for c in cells if c.bbox[3] <= first[1] + 2 and not same_row(c.bbox, first)]
    if not above:
        return ""
    nearest = max(c.bbox[3] for c in above)
    lifted = [c for c in above if same_row(c.bbox, (0, nearest - 1, 1, nearest))]
    if nearest < first[1] - 4 * (first[3] - first[1]) or any(_is_box_line(c, boxes) for c in lifted):
        return ""
    if all(option_answer(c.text) is not None for c in lifted):
        return ""
    return " ".join(c.text for c in sorted(lifted, key=lambda c: c.bbox[0]))


def _side_options(ctx: Context, line: list[FormField]) -> list[Span] | None:
    """Each box's option when every box has an option word on the same side
    within reach and the other side does not serve all of them (or serves
    them from clearly further away)."""
    words = [c for c in _cells(ctx, line[0].page) if option_answer(c.text) is not None
             and same_row(c.bbox, line[0].bbox)]
    sides = [[_beside(box, words, line, side) for box in line] for side in ("left", "right")]
    usable = [s for s in sides if all(found is not None for found in s)]
    if len(usable) == 2:
        gaps = [sum(gap for gap, _w in s) for s in sides]
        usable = [sides[gaps.index(min(gaps))]] if min(gaps) * 2 < max(gaps) else []
    if len(usable) != 1:
        return None
    return [word for _gap, word in usable[0]]


def _beside(box: FormField, words: list[Span], line: list[FormField], side: str) -> tuple[float, Span] | None:
    """The nearest option word on ``side`` of ``box`` within reach, with no
    other box of the line between them, and its gap."""
    x0, _top, x1, _bottom = box.bbox
    reach = _REACH * max(x1 - x0, 1.0)
    found: list[tuple[float, Span]] = []
    for word in words:
        centre = (word.bbox[0] + word.bbox[2]) / 2
        if side == "right" and centre > x1:
            gap, lo, hi = max(0.0, word.bbox[0] - x1), x1, word.bbox[0]
        elif side == "left" and centre < x0:
            gap, lo, hi = max(0.0, x0 - word.bbox[2]), word.bbox[2], x0
        else:
            continue
        between = any(o is not box and lo <= (o.bbox[0] + o.bbox[2]) / 2 <= hi for o in line)
        if gap <= reach and not between:
            found.append((gap, word))
    return min(found, key=lambda f: f[0]) if found else None


def _column_options(ctx: Context, line: list[FormField], boxes: list[FormField]) -> list[Span] | None:
    """Each box's option from a heading row of options over the boxes' columns
    ("Ja  Nei" over rows of questions with two boxes each): the nearest row
    above that names an option over every box, with only lines of boxes
    between it and this line."""
    first = line[0].bbox
    cells = [c for c in _cells(ctx, line[0].page) if c.bbox[3] <= first[1] + 2 and not same_row(c.bbox, first)]
    for cell in sorted(cells, key=lambda c: -c.bbox[3]):
        if option_answer(cell.text) is None:
            if _is_box_line(cell, boxes):
                continue
            return None
        heads = [c for c in cells if same_row(c.bbox, cell.bbox)]
        if any(option_answer(c.text) is None for c in heads):
            return None
        over = [[c for c in heads if c.bbox[0] - 2 <= (b.bbox[0] + b.bbox[2]) / 2 <= c.bbox[2] + 2] for b in line]
        return [h[0] for h in over] if all(len(h) == 1 for h in over) else None
    return None


def question_over_page_break(ctx: Context, box: FormField) -> str | None:
    """The question a box at the head of its page answers when the page
    broke between them: the last line of the page before, when nothing on
    the box's own page stands above the box and that line asks ("?" or ":")."""
    if box.bbox is None or box.page < 2:
        return None
    if any(c.bbox[3] <= box.bbox[1] + 1 for c in _cells(ctx, box.page)):
        return None
    last = [row for row in ctx.rows if row.page == box.page - 1 and row.filled()]
    asked = last[-1].text.strip() if last else ""
    return asked if asked.endswith(("?", ":")) else None
