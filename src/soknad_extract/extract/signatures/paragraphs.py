"""Word ink alone in its paragraph belongs to the signer printed right under it.

Class: a Word document (or a legacy .doc read as one) that signs as a
letter does, each signer a picture of the ink in a paragraph of its own
and the printed name and title in the paragraphs under it, the signers
one under the other:

    Stad og dato: Odda, 31.01.2020
    (ink)
    Eirik Tveito / Nav-leiar
    (ink)
    Gunhild Lofthus / kommunedirektør

Word gives no page geometry: the pseudo boxes put the lower signer's ink
as close to the upper signer's title as to its own name, so nearness
gives both pictures to the upper signer and the lower one looks typed.
The paragraphs say it: the ink stands in the paragraph just before the
name's. Only where the document places ink so throughout the page: when
some picture under a signer has no signer starting right under it (ink
put under the name and title instead), the order says nothing and nearness
decides as before.
"""

from __future__ import annotations

from collections.abc import Callable

from ...layout import BBox, Image, Page
from ...layout.fragments import Fragment, word_line_boxes
from .block import Block
from .underline import owner_by_layout


def owner_of_ink(image: Image, box: BBox, page: Page | None, blocks: list[Block], members: list[Fragment],
                 nearness: Callable[[Block, BBox, tuple[int, int, int] | None], float | None]) -> Block | None:
    """The block the layout gives the ink to before nearness is weighed:
    the caption under its line or its share of a table cell
    (``underline``), else the signer starting right under its paragraph."""
    return owner_by_layout(image, box, blocks, members, nearness) or owner_by_paragraph(image, page, blocks)


def owner_by_paragraph(image: Image, page: Page | None, blocks: list[Block]) -> Block | None:
    """The block whose first line is the next paragraph with text after the
    picture's own empty paragraph (see the module), or None."""
    if page is None or image.bbox is not None or image.paragraph_index is None:
        return None
    here = [b for b in blocks if b.page == page.number and not b.real]
    tops = [box[1] for box in word_line_boxes(page.lines)]
    if image.table_cell is not None:
        return _under_the_table(image.paragraph_index, image.table_cell, page, here, tops)
    owner = _starting_after(image.paragraph_index, page, here, tops)
    if owner is None:
        return None
    for other in page.images:
        if (other.bbox is None and other.table_cell is None and other.paragraph_index is not None
                and _under_a_signer(other.paragraph_index, page, here, tops)
                and _starting_after(other.paragraph_index, page, here, tops) is None):
            return None
    return owner


def _under_the_table(index: int, cell: tuple[int, int, int], page: Page, blocks: list[Block],
                     tops: list[float]) -> Block | None:
    """Ink in the last row of a one-column signing table whose caption was
    typed under the table instead of in a row of its own (rows: ink,
    "Nav-leiar Kari Moe", ink; then "Kommunedirektør Ola Lie" after the
    table): the block whose first line is the text right after the ink's
    empty cell, outside any table. With a row of its table below the ink
    the table's own rows decide (``underline``, nearness)."""
    lines = page.lines
    if not 0 <= index < len(lines) or lines[index].table_cell != cell or lines[index].text.strip():
        return None
    nxt = next((j for j in range(index + 1, len(lines)) if lines[j].text.strip()), None)
    if nxt is None or lines[nxt].table_cell is not None or any(
            line.table_cell and line.table_cell[0] == cell[0] and line.table_cell[2] != cell[2] for line in lines):
        return None
    found = [b for b in blocks if abs(b.core_box[1] - tops[nxt]) < 0.5]
    return found[0] if len(found) == 1 else None


def _starting_after(index: int, page: Page, blocks: list[Block], tops: list[float]) -> Block | None:
    """The one block whose own lines begin at the next paragraph with text
    after the empty paragraph ``index``."""
    lines = page.lines
    if not 0 <= index < len(lines) or lines[index].text.strip():
        return None
    nxt = next((j for j in range(index + 1, len(lines)) if lines[j].text.strip()), None)
    if nxt is None or lines[nxt].table_cell is not None:
        return None
    found = [b for b in blocks if abs(b.core_box[1] - tops[nxt]) < 0.5]
    return found[0] if len(found) == 1 else None


def _under_a_signer(index: int, page: Page, blocks: list[Block], tops: list[float]) -> bool:
    """The paragraph with text just before ``index`` is one of a block's own lines."""
    lines = page.lines
    if not 0 <= index < len(lines):
        return False
    before = next((j for j in range(index - 1, -1, -1) if lines[j].text.strip()), None)
    return before is not None and any(b.core_box[1] - 0.5 <= tops[before] <= b.core_box[3] for b in blocks)
