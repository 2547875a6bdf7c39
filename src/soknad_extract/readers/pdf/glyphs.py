"""Check boxes typed as glyphs in a PDF's text ("☒ Ja ☐ Nei", "[X] Nytt").

They are found with the shared ``layout.glyphs`` parser, so the PDF and Word
readers agree on what counts as ticked; here they get a page box and, when
the option text stands apart from the glyph, the text beside it.
"""

from __future__ import annotations

import re

from ...layout import BBox, FormField, Line
from ...layout.geometry import centre_in
from ...layout.glyphs import RADIO_ALIGN_PT, crosses_as_no, find_glyph_boxes, radio_lines, with_wrapped_label
from .labels import PageLabels
from .opening_label import label_opening_options


def _glyph_bbox(line: Line, start: int, end: int) -> BBox | None:
    """The box of characters ``start:end`` of ``line.text`` ("☒", "[X]",
    "[ ]" across two words): each word's box narrowed in proportion to the
    characters it holds."""
    boxes: list[BBox] = []
    offset = 0
    for word in line.words:
        w_end = offset + len(word.text)
        lo, hi = max(start, offset), min(end, w_end)
        if lo < hi and word.bbox is not None:
            x0, top, x1, bottom = word.bbox
            step = (x1 - x0) / max(len(word.text), 1)
            boxes.append((x0 + (lo - offset) * step, top, x0 + (hi - offset) * step, bottom))
        offset = w_end + 1
    if not boxes:
        return line.bbox
    return (boxes[0][0], min(b[1] for b in boxes), boxes[-1][2], max(b[3] for b in boxes))


def _wrapped_line(line: Line, after: list[Line]) -> list[str]:
    """The next line's text where it may hold the wrapped end of ``line``:
    right below it (within a line and a half) and starting left of its end."""
    if not after or line.bbox is None or after[0].bbox is None:
        return []
    below, height = after[0].bbox, line.bbox[3] - line.bbox[1]
    if 0 <= below[1] - line.bbox[3] <= 1.5 * height and below[0] < line.bbox[2]:
        return [after[0].text]
    return []


def _cell_run(lines: list[Line], index: int) -> list[Line]:
    """``lines[index]`` and the lines its table cell wraps it onto: below it
    in the same cell, each one's first word too long for the line above
    (the widest line of the cell's column stands for its right edge), no
    new box opening it and no question in it. A cell answering with options inline ("☒ Bruk av
    ordinært arbeidsliv ☐ Oppfølging av barnefamilier, …") breaks an
    option's name over two lines, or puts a box mid-line after the end of
    the name before it; read as one text, each box keeps its whole label."""
    first = lines[index]
    run = [first]
    if first.table_cell is None:
        return run
    table, _row, column = first.table_cell
    right = max((line.bbox[2] for line in lines if line.bbox and line.table_cell
                 and (line.table_cell[0], line.table_cell[2]) == (table, column)), default=0.0)
    for line in lines[index + 1:]:
        above = run[-1]
        if line.table_cell != first.table_cell or not line.bbox or not line.words or not above.bbox:
            break
        word = line.words[0].bbox
        space = (above.bbox[3] - above.bbox[1]) * _SPACE
        boxes = find_glyph_boxes(line.text)
        if word is None or above.bbox[2] + space + (word[2] - word[0]) < right \
                or (boxes and boxes[0].start == 0) or _QUESTION.search(line.text):
            break
        run.append(line)
    return run


_QUESTION = re.compile(r"[:?]")
"""A line asking a question of its own is no wrapped option."""
_SPACE = 0.3
"""A word space, in heights of the line: 'fits on the line above' allows one."""


def _run_bbox(run: list[Line], start: int, end: int) -> BBox | None:
    """The box of characters ``start:end`` of the run's text, joined with
    spaces: in the line that holds them."""
    offset = 0
    for line in run:
        if start < offset + len(line.text):
            return _glyph_bbox(line, start - offset, end - offset)
        offset += len(line.text) + 1
    return None


def glyph_boxes(lines: list[Line], page_number: int, labels: PageLabels, exclude: list[BBox]) -> list[FormField]:
    """Typed check boxes in the page's printed lines; a glyph drawn inside
    a drawn box or a form widget is that box's tick, not a second box.
    Circles are radio buttons on the lines ``radio_lines`` picks from the
    page's lines and their left edges (an option list, one option a line).
    A table cell's lines that wrap an inline list of options are read as
    one (``_cell_run``)."""
    fields: list[FormField] = []
    marked: list[list[tuple[FormField, str]]] = []
    radios = radio_lines([(line.text, line.bbox[0] if line.bbox else 0.0) for line in lines])
    taken: set[int] = set()
    for index, line in enumerate(lines):
        found = find_glyph_boxes(line.text, index in radios) if index not in taken else []
        if not found:
            continue
        marked.append([])
        run = _cell_run(lines, index)
        taken.update(range(index, index + len(run)))
        text = " ".join(member.text for member in run)
        if len(run) > 1:
            found = find_glyph_boxes(text, index in radios)
        else:
            found = with_wrapped_label(found, _wrapped_line(line, lines[index + 1: index + 2]))
        for member in run:
            labels.mark_box_line(member)
        for gb in found:
            bbox = _run_bbox(run, gb.start, gb.end)
            if bbox is not None and any(centre_in(bbox, e, 0.5) for e in exclude):
                continue
            label = gb.label or (labels.option_label(bbox, []) if bbox else None)
            fields.append(
                FormField(
                    "checkbox",
                    "glyph",
                    page_number,
                    label=label or None,
                    checked=gb.checked,
                    bbox=bbox,
                    group=gb.question,
                )
            )
            marked[-1].append((fields[-1], text[gb.start:gb.end]))
    label_opening_options(fields, labels)
    for run in _option_lists(marked):
        for (field, _mark), no in zip(run, crosses_as_no([mark for _field, mark in run])):
            if no:
                field.checked = False
    return fields


def _option_lists(marked: list[list[tuple[FormField, str]]]) -> list[list[tuple[FormField, str]]]:
    """The page's boxes grouped as one question's options: a run of lines
    each holding one box at the same left edge, one under the other (a
    wrapped label's line may stand between), none with a question of its own ("✔ Arbeidsliv" / "✘ Barnefamilier" / "✔
    Overganger"); a line with several boxes answers its own question, which
    ``find_glyph_boxes`` already judged."""
    runs: list[list[tuple[FormField, str]]] = []
    last: BBox | None = None
    for boxes in marked:
        field = boxes[0][0] if len(boxes) == 1 else None
        if field is None or field.group is not None or field.bbox is None:
            last = None
            continue
        box = field.bbox
        if (last is not None and abs(box[0] - last[0]) <= RADIO_ALIGN_PT
                and 0 <= box[1] - last[3] <= _LIST_GAP * (last[3] - last[1])):
            runs[-1].append(boxes[0])
        else:
            runs.append([boxes[0]])
        last = box
    return runs


_LIST_GAP = 2.5
"""How far below the option before it (in that option's box heights) the
next option of a list may start: the line between may hold the wrapped end
of the option's label."""
