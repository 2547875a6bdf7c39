"""A budget pasted as a picture: a budget heading with a wide picture right
under it and no budget line read anywhere.

Such a budget gives no amounts, and that is not the office's fault: the
amounts are there, only not as text. Validation should ask the clerk to read
the picture (LOW_CONFIDENCE naming the page) instead of reporting the amount
or the position share as missing.
"""

from __future__ import annotations

from soknad_extract.extract.budget.words import budget_words
from soknad_extract.layout import Document, Image, Line
from soknad_extract.norwegian import fold

_MIN_WIDTH = 200.0
"""Points: a budget table is wider than a signature or a logo."""
_MAX_GAP = 120.0
"""Points between the heading and the top of the picture."""
_MAX_PARAGRAPHS = 3
"""Word paragraphs between the heading and the picture."""


def _wide(image: Image) -> bool:
    if image.display_size is not None:
        return image.display_size[0] >= _MIN_WIDTH
    return image.bbox is not None and image.bbox[2] - image.bbox[0] >= _MIN_WIDTH


def _under(image: Image, heading: Line, index: int) -> bool:
    if image.paragraph_index is not None:
        return 0 <= image.paragraph_index - index <= _MAX_PARAGRAPHS
    if image.bbox is None or heading.bbox is None:
        return False
    return 0 <= image.bbox[1] - heading.bbox[3] + 2 <= _MAX_GAP


def budget_picture_page(doc: Document) -> int | None:
    """The page of a budget heading with a wide picture right under it."""
    heading_words = budget_words().heading
    for page in doc.pages:
        for index, line in enumerate(page.lines):
            if line.table_cell is not None or not heading_words.search(fold(line.text).strip(" :.")):
                continue
            if any(_wide(image) and _under(image, line, index) for image in page.images):
                return page.number
    return None
