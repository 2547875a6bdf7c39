"""PDF reader: a born-digital, fillable, flattened or scanned PDF as a
layout ``Document``.

The file is read once into memory and parsed once, by pypdfium2. Before
pdfium opens it, ``guard`` decodes its streams within the stream limit from
the raw bytes and counts its pages against the page limit and its damage
per page. pdfium then parses each page once: its characters
(``pdfium_chars``), drawings and images (``pdfium_objects``) give the text,
the ruled tables and the drawn check boxes, its form API the widgets
(``widgets``), and it draws the images; it also gives the XFA packet and
the document info. The reader does no OCR: the OCR stage (``ocr.stage``)
decides with ``text_layer``'s measures, and the caller may name the pages
it will OCR (``render``) so their images are not drawn twice. Every
failure of the PDF library becomes either an ``UnreadableDocument`` (the
file as a whole) or a ``ReaderNote`` (one part of one page), never a stray
exception.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from ... import limits
from ...layout import BBox, Document, FormField, Line, Page
from ...limits import LimitExceeded, Limits
from ...messages import reader_texts
from . import guard
from .checkboxes import drawn_boxes
from .file import load, metadata, open_error, unreadable
from .forms import read_acroform
from .glyphs import glyph_boxes
from .notes import damage_note, note, part_failed, xref_note
from .images import page_images, render_images
from .inkannots import ink_annotations
from .labels import PageLabels
from .pdfium_chars import dedupe_chars, extract_words, page_chars
from .watermarks import without_watermarks
from .pdfium_objects import PageObjects, page_objects, page_view
from .strokes import stroke_ink
from .tables import cell_boxes, fill_cell_text, ruled_tables, text_tables
from .text import TextLine, apply_styles, assign_cells, build_lines, cell_at, order_lines, page_words
from .widgets import FormEnv, page_widgets
from .xfa import xfa_fields

RenderImages = Callable[[Page], bool]
"""Whether a read page's images are worth drawing: not for a page the OCR
stage will draw and read whole (a scan)."""


def _always(_: Page) -> bool:
    return True


class _PageReader:
    """Reads one page into a layout ``Page``; each stage that fails leaves a
    note and lets the others run."""

    def __init__(self, doc: Document, pdf: pdfium.PdfDocument, render: RenderImages) -> None:
        self.doc = doc
        self.pdf = pdf
        self.render = render
        self.forms = FormEnv(pdf)
        """pdfium's form environment, for the widgets; closed with the document."""
        self.text_lines: list[TextLine] = []
        self.crops: dict[int, BBox] = {}
        """Each page's visible area, to draw its images in."""
        self.drawn: set[int] = set()
        """Pages whose images were drawn while the page was open."""

    def read(self, number: int) -> Page:
        pdfium_page = self.pdf[number - 1]
        try:
            view = page_view(pdfium_page)
            page = Page(number=number, width=view.shown_width, height=view.shown_height)
            self._read(page, pdfium_page, view)
            if page.images and number in self.crops and self.render(page):
                self._draw(page, pdfium_page)
        finally:
            pdfium_page.close()
        return page

    def _read(self, page: Page, pdfium_page: Any, view: Any) -> None:
        number = page.number
        chars = self._stage("text", number, lambda: self._chars(pdfium_page, view), [])
        objects = self._stage(
            "tables", number, lambda: page_objects(pdfium_page, chars, view), None
        ) or PageObjects(chars, (0.0, 0.0, page.width or 0.0, page.height or 0.0))
        tables = self._stage("tables", number, lambda: ruled_tables(objects, number), [])
        cells = cell_boxes(tables)
        lines = self._stage("text", number, lambda: self._text(objects.chars, number, cells), [])
        fill_cell_text(tables, lines)
        tables += self._stage(
            "tables", number, lambda: text_tables(lines, number, len(tables)), []
        )
        labels = PageLabels(lines)
        form = self._stage("form", number, lambda: read_acroform(
            page_widgets(pdfium_page, self.forms.handle, view), number, labels, cells), None)
        fields: list[FormField] = list(form.fields) if form else []
        widget_boxes: list[BBox] = list(form.widget_boxes) if form else []
        box_fields = [f.bbox for f in fields if f.kind in ("checkbox", "radio") and f.bbox]
        drawn = self._stage(
            "checkboxes",
            number,
            lambda: drawn_boxes(objects, number, labels, widget_boxes, cells, box_fields),
            [],
        )
        fields += drawn
        exclude = widget_boxes + [f.bbox for f in drawn if f.bbox]
        fields += self._stage(
            "checkboxes", number, lambda: glyph_boxes(lines, number, labels, exclude), []
        )
        all_boxes = [f.bbox for f in fields if f.kind in ("checkbox", "radio") and f.bbox]
        labels.tab_options(fields)
        labels.extend_labels(fields, all_boxes)
        labels.assign_questions(fields, all_boxes)
        page.fields = fields
        page.tables = tables
        page.lines = order_lines(lines + (form.value_lines if form else []))
        page.images = self._stage("images", number, lambda: page_images(objects.images, objects.bbox, number), [])
        page.images += self._stage("images", number, lambda: stroke_ink(objects.paths, objects.mediabox, number) if objects.curves else [], [])
        page.images += self._stage("images", number, lambda: ink_annotations(pdfium_page, view, number), [])
        for image in page.images:
            image.table_cell = cell_at(cells, image.bbox) if image.bbox else None
        self.crops[number] = objects.bbox

    def draw_images(self, page: Page) -> None:
        """Draw the images of a page that ``render`` declined while it was
        read, if it accepts them now: the XFA values added to page 1 once
        the document is whole may leave it nothing to OCR. Every other
        page's images are drawn while it is open (``read``), so no page is
        loaded twice."""
        if not page.images or page.number not in self.crops or page.number in self.drawn or not self.render(page):
            return
        pdfium_page = self.pdf[page.number - 1]
        try:
            self._draw(page, pdfium_page)
        finally:
            pdfium_page.close()

    def _draw(self, page: Page, pdfium_page: Any) -> None:
        self.drawn.add(page.number)
        self._stage("images", page.number, lambda: render_images(page.images, pdfium_page, self.crops[page.number]), None)

    @staticmethod
    def _chars(pdfium_page: Any, view: Any) -> list[dict[str, Any]]:
        """The page's characters as shown, less those printed twice and
        those of a diagonal watermark."""
        chars = without_watermarks(page_chars(pdfium_page))
        view.turn(chars)
        return dedupe_chars(chars)

    def _text(self, chars: list[dict[str, Any]], number: int, cells: list[Any]) -> list[Line]:
        words, unmapped = page_words(extract_words(chars))
        kept = sum(len(w.text) for w in words)
        if kept and unmapped > 0.05 * (kept + unmapped):
            note(
                self.doc,
                *reader_texts("pdf_unmapped_font", page=number),
                number,
            )
        assign_cells(words, cells)
        built = build_lines(words, number)
        self.text_lines += built
        return [t.line for t in built]

    def _stage(self, part: str, number: int, run: Any, default: Any) -> Any:
        try:
            return run()
        except LimitExceeded:
            raise  # the document is refused, not one part of a page
        except Exception as exc:  # noqa: BLE001 - one broken part must not lose the page
            part_failed(self.doc, part, exc, number)
            return default


def _unread_page(pdf: pdfium.PdfDocument, number: int) -> Page:
    """An empty page for one that could not be read: what it holds is
    unknown (``Page.unread``), not absent."""
    size = pdfium_c.FS_SIZEF()
    if not pdfium_c.FPDF_GetPageSizeByIndexF(pdf, number - 1, size):
        size.width = size.height = 0.0
    width, height = float(size.width), float(size.height)
    return Page(number=number, width=width or None, height=height or None, unread=[(0.0, 0.0, width, height)])


def _add_xfa(doc: Document, pdf: Any) -> bool:
    """A form with XFA data but no AcroForm widgets: its answers exist only
    in the XFA packet, so they are read from there (without boxes) and
    added to page 1. True when they were."""
    try:
        fields, lines = xfa_fields(pdf)
    except Exception as exc:  # noqa: BLE001 - damaged XML must not lose the document
        part_failed(doc, "form", exc, 1)
        return False
    if not fields:
        return False
    doc.pages[0].fields += fields
    doc.pages[0].lines += lines
    note(
        doc,
        *reader_texts("pdf_xfa"),
        1,
    )
    return True


def read_pdf(path: str | Path, render: RenderImages = _always) -> Document:
    """Read a PDF into the layout model (format "pdf", pages numbered from
    1). Raises ``UnreadableDocument`` for empty, non-PDF, damaged or
    password-protected files and for files over a limit (pages, decoded
    stream size); partial failures and repaired damage become
    ``Document.notes``. Images are drawn for the pages ``render`` accepts
    once they are read (all by default); the others keep their boxes."""
    lim = limits.active()
    path = Path(path)
    data = load(path, lim)
    unfollowed = False
    try:
        damage = guard.check(data, lim)
    except (LimitExceeded, MemoryError):
        raise
    except Exception:  # noqa: BLE001 - a file the guard cannot follow may still be one pdfium reads
        damage, unfollowed = guard.FileDamage(), True
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise open_error(exc) from exc
    try:
        doc = _read(path, data, pdf, lim, damage, render)
    finally:
        pdf.close()
    if unfollowed:
        note(doc, *reader_texts("pdf_unfollowed"))
    return doc


def _read(path: Path, data: bytes, pdf: pdfium.PdfDocument, lim: Limits, damage: guard.FileDamage,
          render: RenderImages) -> Document:
    doc = Document(path=str(path), format="pdf")
    doc.page_count = len(pdf)
    limits.check_pages(doc.page_count, lim)
    kept = xref_note(doc, pdf)
    paged = len(damage.pages) == doc.page_count  # the guard found pdfium's pages: damage is said per page
    damage_note(doc, damage.said(damage.opening if paged else damage.total(), kept), None)
    if b"%%EOF" not in data[-2048:]:
        note(doc, *reader_texts("pdf_cut_off"))
    if doc.page_count == 0:
        raise unreadable(*reader_texts("pdf_no_pages"))
    try:
        doc.metadata = metadata(pdf)
    except Exception:  # noqa: BLE001 - metadata is a convenience; nothing depends on it
        doc.metadata = {}
    reader = _PageReader(doc, pdf, render)
    try:
        failed = 0
        for number in range(1, doc.page_count + 1):
            try:
                doc.pages.append(reader.read(number))
            except LimitExceeded:
                raise
            except Exception as exc:  # noqa: BLE001 - keep the other pages
                failed += 1
                note(doc, *reader_texts("pdf_page_unread", page=number, error=type(exc).__name__), number)
                doc.pages.append(_unread_page(pdf, number))
            if paged:
                damage_note(doc, damage.said(damage.pages[number - 1], kept), number)
        apply_styles(reader.text_lines)
        if not any(f.method == "acroform" for f in doc.fields()) and _add_xfa(doc, pdf):
            reader.draw_images(doc.pages[0])
        if failed == len(doc.pages):
            raise unreadable(*reader_texts("pdf_no_page_read"))
    finally:
        reader.forms.close()
    return doc
