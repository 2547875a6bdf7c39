"""Which pages need OCR: the decision alone, kept apart from the OCR work.

A born-digital document asks this for every page and must not pay for what
reading a scan needs (NumPy, SciPy, Tesseract's wrapper): ``stage`` and the
rest of the OCR package are imported only once a page needs them.
"""

from __future__ import annotations

import re
from collections import Counter

from ...layout import Page
from ...layout.geometry import area
from ...layout.settings import (
    OCR_MIN_CHARACTERS,
    OCR_MIN_IMAGE_COVERAGE_RATIO,
    OCR_MIN_PICTURE_COVERAGE_RATIO,
    OCR_MIN_TEXT_COVERAGE_RATIO,
)
from ..pdf.layer_fit import misplaced_layer
from ..pdf.text_layer import has_text_layer, own_lines, poor_text_layer, text_coverage

_CID = re.compile(r"\(cid:\d+\)")
_LEADER = re.compile(r"(?:[.·…‥] ?){3,}|_{3,}|-{3,}")
"""A dot leader ("Kontaktperson ........ Ola"), a fill-in line or a dashed
rule: layout typed as characters, neither words nor garbage."""
_ORDINARY = set(".,:;-–—()%/@'\"!?§&+*=«»_#")


def _image_coverage(page: Page) -> float:
    """Share of the page covered by its images (a scan: nearly all)."""
    if not page.width or not page.height:
        return 0.0
    return min(1.0, sum(area(image.bbox) for image in page.images) / (page.width * page.height))


def is_garbage(text: str) -> bool:
    """Text that came out of a broken font encoding rather than words:
    mostly (cid:NN) tokens, replacement characters or symbols. Leaders are
    left out of the count: a born-digital dot-leader form ("Label .....
    value") is mostly dots and still holds real words that must be read
    from its text layer, not OCR'd."""
    cids = len(_CID.findall(text))
    # Each distinct character judged once, weighted by how often it occurs:
    # a page holds thousands of characters but few distinct ones.
    counts = Counter("".join(_LEADER.sub(" ", _CID.sub("", text)).split()))
    total = sum(counts.values()) + cids
    if total == 0:
        return True
    letters = sum(n for c, n in counts.items() if c.isalpha())
    bad = cids + sum(
        n for c, n in counts.items()
        if c == "\ufffd" or not (c.isalnum() or c in _ORDINARY) or 0xE000 <= ord(c) <= 0xF8FF
    )
    return bad / total > 0.3 or letters / total < 0.4


def needs_ocr(page: Page) -> bool:
    """True when the page's text cannot be used as it is: there is no text
    layer, the text is garbage (broken font encodings), the page's own text
    is sparse and its pictures cover a tenth of it or more (a scan with a
    stamp or a header line printed over it, a signature page scanned and
    pasted under a heading: the content is in the pictures, and the page is
    read whole by OCR), or a page that is mostly one big image carries a
    copier's poor OCR layer, or a layer that does not lie over the scan's
    text (``layer_fit``: judged once the reader has drawn the picture)."""
    text = "\n".join(line.text for line in page.lines)
    if not has_text_layer(page):
        return True
    if not text.strip() or is_garbage(text):
        return True
    sparse = text_coverage(page) < OCR_MIN_TEXT_COVERAGE_RATIO or len("".join(text.split())) < OCR_MIN_CHARACTERS
    covered = _image_coverage(page)
    if sparse and covered >= OCR_MIN_PICTURE_COVERAGE_RATIO:
        return True
    return covered >= OCR_MIN_IMAGE_COVERAGE_RATIO and (poor_text_layer(page) or misplaced_layer(page, own_lines(page)))
