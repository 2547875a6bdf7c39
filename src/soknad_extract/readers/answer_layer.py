"""Answers typed on a picture laid over a form whose labels are text.

Class: a form printed as text (its labels, headings and options are the
page's own, visible text layer) whose answers were filled in on a picture
over it: a typewriter-like image layer, a "fill and sign" app that flattens
what was typed into one transparent picture, a page where the answers were
pasted in as a screenshot. The text layer reads well, so the page is not a
scan, but every answer is only in the picture and a clerk reads it there.

Such a page is one picture covering the page (``pdf.layer_fit``) with
visible text, and across the rows of its labels the picture holds ink
beside the text: the answers. A born-digital page drawn over a full-page
letterhead picture has no ink beside its rows (the letterhead's print lies
in the margins), a searchable scan's text is invisible (``ocr.picture_marks``
reads those). The page is then OCR'd and the words OCR finds where the text
layer has none join the page as OCR lines; the labels stay the layer's.

Cost for the common born-digital PDF: nothing beyond ``printed_layer``,
which the reader already asks of a page only when one picture covers it.
"""

from __future__ import annotations

from pathlib import Path

from ..layout import Document, Line, Page, Word
from ..layout.geometry import intersection, union
from .pdf.layer_fit import rows_ink
from .pdf.text_layer import own_lines

ANSWER_ROW_SHARE = 0.2
"""A row holds an answer in the picture when at least this share of the
text-shaped ink across it lies beside its text lines (a label of 15
letters and a typed answer of 10 letters: about 0.4)."""
MIN_ANSWER_ROWS = 3
"""Rows with an answer beside them a page needs: a form has many answered
rows; one row of ink beside text is a stamp or a scribble."""
LAYER_OVERLAP = 0.3
"""An OCR word covering this share of its box with the text layer's words is
the layer's print read again, not an answer."""


def answers_in_picture(page: Page) -> bool:
    """The page's picture holds ink beside ``MIN_ANSWER_ROWS`` of its text
    rows (see the module); False when no picture covers the page."""
    rows = rows_ink(page, own_lines(page))
    beside = sum(1 for inside, out in rows if out > 0 and out >= ANSWER_ROW_SHARE * (inside + out))
    return beside >= MIN_ANSWER_ROWS


def add_answer_layers(doc: Document, path: Path, candidates: list[Page]) -> None:
    """OCR the ``candidates`` (pages whose one covering picture prints their
    text, ``layer_fit.printed_layer``) that show visible text with answers
    beside it in the picture, and add the answers as OCR lines, in place.
    A page OCR could not read is marked unread where the picture lies: what
    it answers is unknown, not empty."""
    from .ocr.picture_marks import invisible_text_pages

    invisible = invisible_text_pages(path, {page.number for page in candidates})
    pages = {page.number: page for page in candidates if page.number not in invisible and answers_in_picture(page)}
    if not pages:
        return
    from .ocr.available import ocr_ready
    from .ocr.stage import ocr_pdf_pages, settle_unread

    if not ocr_ready(doc.notes):
        return
    for read in ocr_pdf_pages(path, sorted(pages), notes=doc.notes):
        page = pages[read.number]
        answers = _answer_lines(read, own_lines(page))
        for line in answers:
            _place(page, line)
        page.unread += read.unread
        page.ocr = page.ocr or bool(answers)
    settle_unread(doc.pages, doc.notes)


def _answer_lines(read: Page, layer: list[Line]) -> list[Line]:
    """The OCR'd lines cut down to the words the text layer does not hold:
    each run of such words on a line becomes a line of its own."""
    boxes = [word.bbox for line in layer for word in line.words if word.bbox is not None]
    lines: list[Line] = []
    for line in read.lines:
        run: list[Word] = []
        for word in [*line.words, None]:
            if word is not None and word.bbox is not None and not _on_layer(word, boxes):
                run.append(word)
            elif run:
                lines.append(_line(run, line))
                run = []
    return lines


def _on_layer(word: Word, boxes: list) -> bool:
    own = (word.bbox[2] - word.bbox[0]) * (word.bbox[3] - word.bbox[1])  # type: ignore[index]
    covered = sum(intersection(word.bbox, box) for box in boxes)  # type: ignore[arg-type]
    return own <= 0 or covered >= LAYER_OVERLAP * own


def _line(words: list[Word], source: Line) -> Line:
    return Line(
        text=" ".join(word.text for word in words), page=source.page,
        bbox=union(word.bbox for word in words if word.bbox is not None),
        words=words, confidence=min(word.confidence for word in words), ocr=True,
    )


def _place(page: Page, answer: Line) -> None:
    """Put the answer among the page's lines in reading order (after the
    lines that start above its middle, or on its row to its left) and into
    the empty table cell it stands in, where the form's table left it
    blank: extractors read a label's answer from its row or its cell."""
    assert answer.bbox is not None
    middle = (answer.bbox[1] + answer.bbox[3]) / 2
    at = len(page.lines)
    for index, line in enumerate(page.lines):
        box = line.bbox
        if box is not None and (box[1] > middle or (box[3] > middle and box[0] > answer.bbox[0])):
            at = index
            break
    page.lines.insert(at, answer)
    x = (answer.bbox[0] + answer.bbox[2]) / 2
    for table in page.tables:
        for row in table.rows:
            for cell in row:
                box = cell.bbox
                if box is not None and box[0] <= x <= box[2] and box[1] <= middle <= box[3]:
                    cell.text = f"{cell.text} {answer.text}".strip()
