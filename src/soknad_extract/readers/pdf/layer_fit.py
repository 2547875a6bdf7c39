"""Whether a scan's invisible text layer lies where the image shows its text.

Class: a scanned page (one picture covering the page) with another
program's OCR layer on it. A copier or scanning app that writes each line
as one string from the line's start, in its own font and spacing, puts
the words of a row's second column ("Kontaktperson      Guri Bjørnstad")
right after the label, far from where the image prints them: the layer's
text may read, but its positions do not, so label and answer, ink and
caption can no longer be paired, and the layer's misreadings
("Kornpetanse") are trusted as they are. A layer placed word by word (or
stretched to each line's width) covers the ink of its rows.

The measure: across the middle of each layer line's row in the page's
picture, the ink that no layer line on that row covers, as a share of all
the ink there. A layer that fits leaves almost none (a check box, a
signature's tail); a misplaced one leaves the second column's words, about
half. Only the picture as the reader drew it is used (``images``), so a
page whose pictures were not drawn is not judged.

Only ink shaped like text counts: across the band, a run of ink wider than
a letter or two (``_MAX_RUN``) is a shaded section bar, a coloured margin
bar or a header band of a letterhead picture, not a printed word, and is
left out on both sides of the share. Class: a good searchable scan of a
form with shaded section headings, a born-digital page drawn over a
full-page letterhead picture; both keep their own text.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

from ...layout import BBox, Image, Line, Page

if TYPE_CHECKING:
    import numpy as np

MIN_PAGE_SHARE = 0.9
"""The picture covers this much of the page: a scan, not a photo in a letter."""
MIN_LINES = 5
"""Fewer layer lines than this are too few to judge."""
UNCOVERED_SHARE = 0.3
"""Above this share of the rows' ink outside the layer's lines, the layer is misplaced."""
PRINTED_ROWS = 0.8
"""This share of the layer's rows holds ink under its lines in a picture that prints the layer."""
_BAND = 0.25
"""Half the height of the band read across each row, as a share of the line's height:
the middle of the letters, so that a slightly turned scan's neighbour rows stay out."""
_MARGIN_PT = 2.0
"""Slack around each line's ends: glyph edges and a layer's own font widths."""
_MAX_RUN = 1.5
"""The widest run of ink across the band that is still text, in line heights:
a letter is at most about one em wide, two touching letters of a blurred scan
a little more; a shaded bar or a coloured band runs much wider."""


def misplaced_layer(page: Page, lines: list[Line]) -> bool:
    """The page is one picture and ``lines`` (its own text layer) do not lie
    over the picture's text (see the module)."""
    return _misplaced(rows_ink(page, lines))


def printed_layer(page: Page, lines: list[Line]) -> bool:
    """The page is one picture that prints the text of ``lines`` (its own
    text layer) where they lie: a searchable scan whose layer fits. Most
    rows hold text-shaped ink under their line (``PRINTED_ROWS``) and little
    beside it. Class: the scan's ticks and handwriting are then only in the
    picture (``ocr.picture_marks``). The picture as drawn shows the page's
    visible text too, so a born-digital page over a letterhead picture
    passes as well: ``ocr.picture_marks`` asks whether the text is invisible."""
    rows = rows_ink(page, lines)
    if not rows or _misplaced(rows):
        return False
    return sum(inside > 0 for inside, _ in rows) >= PRINTED_ROWS * len(rows)


def _misplaced(rows: list[tuple[int, int]]) -> bool:
    """More of the rows' text ink lies beside the layer's lines than
    ``UNCOVERED_SHARE`` allows."""
    covered, uncovered = sum(r[0] for r in rows), sum(r[1] for r in rows)
    total = covered + uncovered
    return total > 0 and uncovered / total > UNCOVERED_SHARE


def rows_ink(page: Page, lines: list[Line]) -> list[tuple[int, int]]:
    """(text ink under the row's layer lines, text ink elsewhere across the
    row) for each placed line, when the page is one drawn picture and has
    enough of them to judge; else none."""
    picture = _page_picture(page)
    placed = [line for line in lines if line.bbox is not None]
    if picture is None or len(placed) < MIN_LINES:
        return []
    import numpy as np  # only for a page that is one picture: a born-digital batch never imports numpy
    from PIL import Image as Pil

    grey = Pil.open(io.BytesIO(picture.data or b"")).convert("L")
    ink_level = _ink_level(grey.histogram(), grey.width * grey.height)
    ink = np.asarray(grey) < ink_level
    return [_row_ink(ink, picture.bbox, line, placed) for line in placed]


def _page_picture(page: Page) -> Image | None:
    """The drawn picture that covers the page, if one does."""
    if not page.width or not page.height:
        return None
    for image in page.images:
        box = image.bbox
        if box is not None and (box[2] - box[0]) * (box[3] - box[1]) >= MIN_PAGE_SHARE * page.width * page.height and image.data:
            return image
    return None


def _ink_level(histogram: list[int], pixels: int) -> float:
    """Halfway between the paper (the median grey) and the darkest print
    (the 2nd percentile): a low-contrast scan's grey print counts as ink."""
    def percentile(share: float) -> int:
        seen = 0
        for value, count in enumerate(histogram):
            seen += count
            if seen >= share * pixels:
                return value
        return 255

    return (percentile(0.5) + percentile(0.02)) / 2


def _row_ink(ink: np.ndarray, box: BBox, line: Line, lines: list[Line]) -> tuple[int, int]:
    """(text ink under the row's layer lines, text ink elsewhere across the
    row) in the band through the middle of ``line``."""
    assert line.bbox is not None
    height, width = ink.shape
    sx, sy = width / (box[2] - box[0]), height / (box[3] - box[1])
    middle, half = (line.bbox[1] + line.bbox[3]) / 2, _BAND * (line.bbox[3] - line.bbox[1])
    top, bottom = int((middle - half - box[1]) * sy), int((middle + half - box[1]) * sy) + 1
    if bottom <= top or bottom <= 0 or top >= height:
        return 0, 0
    band = _text_shaped(ink[max(0, top):min(height, bottom)], _MAX_RUN * (line.bbox[3] - line.bbox[1]) * sx)
    total = int(band.sum())
    spans = sorted((max(0, int((b[0] - _MARGIN_PT - box[0]) * sx)), min(width, int((b[2] + _MARGIN_PT - box[0]) * sx) + 1))
                   for b in (other.bbox for other in lines if other.bbox is not None)
                   if b[1] < middle + half and b[3] > middle - half)
    inside, end = 0, 0
    for start, stop in spans:
        start = max(start, end)
        if stop > start:
            inside += int(band[:, start:stop].sum())
            end = stop
    return inside, total - inside


def _text_shaped(band: np.ndarray, max_run: float) -> np.ndarray:
    """``band``'s ink without the horizontal runs wider than ``max_run``
    pixels (see ``_MAX_RUN``)."""
    import numpy as np  # see rows_ink

    padded = np.pad(band, ((0, 0), (1, 1))).ravel().astype(np.int8)
    edges = np.diff(padded)
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    wide = ends - starts > max_run
    marks = np.zeros(padded.size + 1, dtype=np.int32)
    np.add.at(marks, starts[wide] + 1, 1)
    np.add.at(marks, ends[wide] + 1, -1)
    keep = padded.astype(bool) & (np.cumsum(marks)[:-1] == 0)
    return keep.reshape(band.shape[0], band.shape[1] + 2)[:, 1:-1]
