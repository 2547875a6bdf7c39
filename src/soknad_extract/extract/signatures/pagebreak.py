"""Ink at the foot of a page whose signers' names open the next page.

Class: a signing block cut by a page break. The ink and the lines to sign
on (perhaps the place and date too) end one page; the names and titles
open the next, after its running header. Read page by page, the ink has no
block on its page and the signers on the next page none of it, so they
look typed (or unsigned). Each such ink is the signer's whose block opens
the next page in the ink's column.

The reverse cut: the last signer of a stacked block pushed whole onto the
next page (Word keeps a paragraph group together) without the heading
repeated: place and date, ink, name and title open that page. Those lines
are the zone's when the zone on the page before already holds a signer
(``signer_opening_page``).

Only where the shape is unmistakable: no block stands under the ink on its
page, the receiving block has a role and a name and no ink of its own,
stands in the ink's column and no block opens the next page above it, and
the ink and the blocks pair one to one.
"""

from __future__ import annotations

from collections.abc import Callable

from ...layout import BBox, Document, Image, Page
from ...layout.fragments import Fragment, image_box
from ...layout.geometry import x_overlap
from .block import Block
from .ink import classify_image


def ink_over_page_break(doc: Document, blocks: list[Block], unclaimed: list[Image]) -> list[Image]:
    """Give each unclaimed ink that ends its page to the block that opens
    the next page in its column (see the module); the ink left unclaimed."""
    pairs: list[tuple[Image, BBox, Block]] = []
    for image in unclaimed:
        box = image_box(image, doc)
        if box is None or any(b.page == image.page and b.box[1] > box[3] for b in blocks):
            continue
        takers = [b for b in _opening(blocks, image.page + 1) if x_overlap(b.box, box) > 0]
        if len(takers) == 1:
            pairs.append((image, box, takers[0]))
    chosen = [b for _i, _box, b in pairs]
    given: set[int] = set()
    for image, box, block in pairs:
        if chosen.count(block) == 1:
            block.images.append((image, box, classify_image(image, doc.page(image.page)).confidence))
            given.add(id(image))
    return [image for image in unclaimed if id(image) not in given]


def _opening(blocks: list[Block], page: int) -> list[Block]:
    """The named, titled blocks without ink in the first row of blocks on
    ``page``: none of the page's blocks ends above them."""
    here = [b for b in blocks if b.page == page]
    return [b for b in here if b.role and b.name and not b.images
            and not any(o.box[3] < b.box[1] for o in here if o is not b)]


_FOOT = 0.7
"""Share of the page height below which ink stands at the page's foot."""
_FOOTER = 0.9
"""Share of the page height below which lines are the running footer."""


def ink_ends_page(opener: Fragment, page: Page | None, page_frags: list[Fragment]) -> bool:
    """The signing section ``opener`` heads goes on down to ink at the foot
    of its page, with no text under the ink but the running footer: the
    names may open the next page (see the module)."""
    if page is None or not page.height or not opener.real:
        return False
    for image in page.images:
        box = image.bbox
        if (box is not None and box[1] >= opener.box[1] and box[3] > page.height * _FOOT
                and not any(box[3] <= f.box[1] < page.height * _FOOTER for f in page_frags)):
            return True
    return False


def signer_opening_page(zone_page: list[Fragment], nxt: list[Fragment], caption_line: Callable[[Fragment], bool],
                        role_line: Callable[[Fragment], bool], named: Callable[[Fragment], bool]) -> list[Fragment]:
    """The signer that opens page ``nxt`` when a signing zone ran to the
    foot of the page before (``zone_page``: its fragments there, a signer's
    title among them): the first lines of the page, each a caption line
    (place and date, name, title), holding a role's title and a person's
    name; nothing when the page opens with anything else."""
    if not any(role_line(f) for f in zone_page):
        return []
    run: list[Fragment] = []
    for f in sorted(nxt, key=lambda f: f.order)[:_SIGNER_LINES]:
        if f.table_cell is not None or not caption_line(f):
            break
        run.append(f)
    return run if any(role_line(f) for f in run) and any(named(f) for f in run) else []


_SIGNER_LINES = 4
"""Lines of one signer without a heading: place and date, name, title and one spare."""
