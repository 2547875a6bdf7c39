"""A scan's invisible text layer is someone else's OCR: read the scan ourselves.

Class: a copier's or scanning app's "searchable PDF": each page one picture
of the paper with an invisible text layer (render mode 3) over it. The
layer is another engine's reading, often poorer than ours: words split
("Pro sjektets navn"), l and 1 confused ("6l0 000"), letters dropped
("o" for "ø"), and a label read wrong hides the answer beside it. A poor
layer that looks broken (``text_layer.poor_text_layer``) or lies beside the
print (``layer_fit.misplaced_layer``) was already read again; one whose
slips look like words was trusted. Such a page is now read like any scan:
the OCR stage reads its picture, keeps the form fields the file carried and
marks the page OCR'd (``source.ocr``), and its LOW_CONFIDENCE rules apply.

Two readings of one page are then at hand, and a line our OCR read with
little confidence ("100" where a speck sits before "%") takes the layer's
reading of the same spot when the two agree on what ours read and the
layer's adds to it ("100 %"): each engine's slip is the other's check.

The test (one picture covering the page that prints the layer,
``layer_fit.printed_layer``, and only invisible text) is asked of pages the
reader already found to be one picture: a born-digital page never pays it.
"""

from __future__ import annotations

from pathlib import Path

from ..layout import Document, Line, Page
from ..layout.geometry import on_one_line, x_overlap
from .pdf.text_layer import misshapen_share, own_lines

UNSURE_LINE = 0.6
"""Below this confidence an OCR'd line is checked against the layer's reading."""
AGREED_LINE = 0.9
"""The confidence of a line both engines read alike (the layer's wording taken)."""


def reread_copier_layers(doc: Document, path: Path, candidates: list[Page]) -> list[Page]:
    """OCR the ``candidates`` (pages one picture covers and prints,
    ``layer_fit.printed_layer``) whose text is all invisible, in place of
    their layer; the candidates left as they were (visible text over a
    picture, or Tesseract cannot run)."""
    from .ocr.picture_marks import invisible_text_pages

    invisible = invisible_text_pages(path, {page.number for page in candidates})
    if not invisible:
        return candidates
    from .ocr.available import ocr_available
    from .ocr.stage import ocr_scanned_pages

    if not ocr_available()[0]:
        return candidates
    layers = {page.number: own_lines(page) for page in candidates if page.number in invisible}
    ocr_scanned_pages(doc, path, sorted(invisible))
    for page in doc.pages:
        if page.number in layers and page.ocr:
            page.lines = [_checked(line, layers[page.number]) for line in page.lines]
    return [page for page in candidates if page.number not in invisible]


def _checked(line: Line, layer: list[Line]) -> Line:
    """The OCR'd ``line``, or the layer's line on the same spot when ours is
    unsure and the layer's reads as words and holds ours (see the module)."""
    if not line.ocr or line.confidence >= UNSURE_LINE or line.bbox is None:
        return line
    ours = "".join(line.text.split())
    for other in layer:
        box = other.bbox
        if box is None or not on_one_line(box, line.bbox) or x_overlap(box, line.bbox) <= 0:
            continue
        theirs = "".join(other.text.split())
        if ours and ours in theirs and len(theirs) <= 2 * len(ours) + 2 and misshapen_share([other])[1] == 0:
            return Line(text=other.text, page=line.page, bbox=line.bbox, words=other.words,
                        confidence=AGREED_LINE, ocr=True)
    return line
