"""Check boxes typed as glyphs in a PDF's text ("☒ Ja ☐ Nei", "[X] Nytt").

They are found with the shared ``layout.glyphs`` parser, so the PDF and Word
readers agree on what counts as ticked; here they get a page box and, when
the option text stands apart from the glyph, the text beside it.
"""

from __future__ import annotations

from ...layout import BBox, FormField, Line
from ...layout.geometry import centre_in
from ...layout.glyphs import find_glyph_boxes
from .labels import PageLabels


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


def glyph_boxes(lines: list[Line], page_number: int, labels: PageLabels, exclude: list[BBox]) -> list[FormField]:
    """Typed check boxes in the page's printed lines; a glyph drawn inside
    a drawn box or a form widget is that box's tick, not a second box."""
    fields: list[FormField] = []
    for line in lines:
        found = find_glyph_boxes(line.text)
        if not found:
            continue
        labels.mark_box_line(line)
        for gb in found:
            bbox = _glyph_bbox(line, gb.start, gb.end)
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
    return fields
