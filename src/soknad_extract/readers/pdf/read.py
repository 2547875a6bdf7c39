"""PDF reader: a born-digital, fillable, flattened or scanned PDF as a
layout ``Document``.

The file is read once into memory and opened once with pdfplumber (text,
tables, drawings, form widgets) and, only for pages with images, with
pypdfium2 (rendering). The reader does no OCR: a page without a text layer
simply has no lines, and the OCR stage (``ocr.stage``) decides with
``text_layer``'s measures. Every failure of the PDF libraries becomes either an
``UnreadableDocument`` (the file as a whole) or a ``ReaderNote`` (one part
of one page), never a stray exception.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pdfplumber

from ...layout import BBox, Document, FormField, Line, Page, ReaderNote
from .checkboxes import drawn_boxes
from .file import load, metadata, open_error, unreadable
from .forms import read_acroform
from .glyphs import glyph_boxes
from .images import page_images
from .labels import PageLabels
from .tables import cell_boxes, fill_cell_text, ruled_tables, text_tables
from .text import (
    TextLine,
    apply_styles,
    assign_cells,
    build_lines,
    cell_at,
    dedupe_chars,
    order_lines,
    page_words,
)
from .xfa import xfa_fields

MAX_PAGES = 200
"""Pages read at most; an application is a few pages, a 5 000-page file is
an accident or an attack."""

NOTE_CODE = "LOW_CONFIDENCE"
"""Contract code of every partial failure: the document was read, but some
values may be missing, so a person should look. Whole-file failures raise
``UnreadableDocument`` instead (DOCUMENT_UNREADABLE)."""

_PARTS = {
    "text": ("teksten", "the text"),
    "tables": ("tabellene", "the tables"),
    "form": ("skjemafeltene", "the form fields"),
    "checkboxes": ("avkrysningsboksene", "the check boxes"),
    "images": ("bildene", "the images"),
}


def _note(doc: Document, nb: str, en: str, page: int | None = None) -> None:
    doc.notes.append(ReaderNote(NOTE_CODE, nb, en, page))


def _part_failed(doc: Document, part: str, exc: BaseException, page: int) -> None:
    nb_part, en_part = _PARTS[part]
    why = type(exc).__name__
    _note(
        doc,
        f"Side {page}: {nb_part} kunne ikke leses ({why}); verdier derfra kan mangle. Kontroller siden manuelt.",
        f"Page {page}: {en_part} could not be read ({why}); values from there may be missing. Check the page by hand.",
        page,
    )


class _PageReader:
    """Reads one pdfplumber page into a layout ``Page``; each stage that
    fails leaves a note and lets the others run."""

    def __init__(self, doc: Document, data: bytes) -> None:
        self.doc = doc
        self.data = data
        self.text_lines: list[TextLine] = []
        self._pdfium: Any = None
        self._pdfium_failed = False

    def pdfium_page(self, number: int) -> Any:
        """The page opened with pypdfium2, for rendering images; the
        document is opened on first use, as most pages have no images."""
        if self._pdfium is None and not self._pdfium_failed:
            try:
                import pypdfium2 as pdfium

                self._pdfium = pdfium.PdfDocument(self.data)
            except Exception as exc:  # noqa: BLE001 - images are optional, text is not
                self._pdfium_failed = True
                _note(
                    self.doc,
                    f"Bildene i PDF-filen kunne ikke tegnes ({type(exc).__name__}); "
                    "håndskrevne signaturer kan mangle.",
                    f"The PDF's images could not be rendered ({type(exc).__name__}); "
                    "handwritten signatures may be missing.",
                )
        return self._pdfium[number - 1] if self._pdfium is not None else None

    def close(self) -> None:
        if self._pdfium is not None:
            self._pdfium.close()

    def read(self, plumber_page: Any, number: int) -> Page:
        page = Page(number=number, width=float(plumber_page.width), height=float(plumber_page.height))
        plumber_page = self._stage("text", number, lambda: dedupe_chars(plumber_page), plumber_page)
        tables = self._stage("tables", number, lambda: ruled_tables(plumber_page, number), [])
        cells = cell_boxes(tables)
        lines = self._stage("text", number, lambda: self._text(plumber_page, number, cells), [])
        fill_cell_text(tables, lines)
        tables += self._stage(
            "tables", number, lambda: text_tables(lines, number, len(tables)), []
        )
        labels = PageLabels(lines)
        form = self._stage("form", number, lambda: read_acroform(plumber_page, number, labels, cells), None)
        fields: list[FormField] = list(form.fields) if form else []
        widget_boxes: list[BBox] = list(form.widget_boxes) if form else []
        box_fields = [f.bbox for f in fields if f.kind in ("checkbox", "radio") and f.bbox]
        drawn = self._stage(
            "checkboxes",
            number,
            lambda: drawn_boxes(plumber_page, number, labels, widget_boxes, cells, box_fields),
            [],
        )
        fields += drawn
        exclude = widget_boxes + [f.bbox for f in drawn if f.bbox]
        fields += self._stage(
            "checkboxes", number, lambda: glyph_boxes(lines, number, labels, exclude), []
        )
        all_boxes = [f.bbox for f in fields if f.kind in ("checkbox", "radio") and f.bbox]
        labels.extend_labels(fields, all_boxes)
        labels.assign_questions(fields, all_boxes)
        page.fields = fields
        page.tables = tables
        page.lines = order_lines(lines + (form.value_lines if form else []))
        page.images = self._stage("images", number, lambda: self._images(plumber_page, number), [])
        for image in page.images:
            image.table_cell = cell_at(cells, image.bbox) if image.bbox else None
        return page

    def _images(self, plumber_page: Any, number: int) -> list[Any]:
        if not plumber_page.images:
            return []
        pdfium_page = self.pdfium_page(number)
        if pdfium_page is None:
            return []
        try:
            return page_images(plumber_page, number, pdfium_page)
        finally:
            pdfium_page.close()

    def _text(self, plumber_page: Any, number: int, cells: list[Any]) -> list[Line]:
        words, unmapped = page_words(plumber_page)
        kept = sum(len(w.text) for w in words)
        if kept and unmapped > 0.05 * (kept + unmapped):
            _note(
                self.doc,
                f"Side {number}: deler av teksten bruker en skrift uten tegnkoding og kunne ikke leses; "
                "enkelte ord kan mangle.",
                f"Page {number}: parts of the text use a font without a character mapping and could not "
                "be read; some words may be missing.",
                number,
            )
        assign_cells(words, cells)
        built = build_lines(words, number)
        self.text_lines += built
        return [t.line for t in built]

    def _stage(self, part: str, number: int, run: Any, default: Any) -> Any:
        try:
            return run()
        except Exception as exc:  # noqa: BLE001 - one broken part must not lose the page
            _part_failed(self.doc, part, exc, number)
            return default


def _unread_page(plumber_page: Any, number: int) -> Page:
    """An empty page for one that could not be read: what it holds is
    unknown (``Page.unread``), not absent."""
    try:
        width, height = float(plumber_page.width), float(plumber_page.height)
    except Exception:  # noqa: BLE001 - a page too broken to measure
        width = height = 0.0
    return Page(number=number, width=width or None, height=height or None, unread=[(0.0, 0.0, width, height)])


def _add_xfa(doc: Document, pdf: Any) -> None:
    """A form with XFA data but no AcroForm widgets: its answers exist only
    in the XFA packet, so they are read from there (without boxes)."""
    try:
        fields, lines = xfa_fields(pdf.doc.catalog)
    except Exception as exc:  # noqa: BLE001 - damaged XML must not lose the document
        _part_failed(doc, "form", exc, 1)
        return
    if not fields:
        return
    doc.pages[0].fields += fields
    doc.pages[0].lines += lines
    _note(
        doc,
        "Skjemaet er et XFA-skjema; svarene er lest fra skjemadataene uten plassering på siden. "
        "Kontroller dem mot skjemaet.",
        "The form is an XFA form; its answers were read from the form data without a place on the "
        "page. Check them against the form.",
        1,
    )


def read_pdf(path: str | Path) -> Document:
    """Read a PDF into the layout model (format "pdf", pages numbered from
    1). Raises ``UnreadableDocument`` for empty, non-PDF, damaged or
    password-protected files; partial failures become ``Document.notes``."""
    path = Path(path)
    data = load(path)
    doc = Document(path=str(path), format="pdf")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types
        raise open_error(exc) from exc
    reader = _PageReader(doc, data)
    try:
        try:
            plumber_pages = pdf.pages
        except Exception as exc:  # noqa: BLE001
            raise open_error(exc) from exc
        doc.page_count = len(plumber_pages)
        if b"%%EOF" not in data[-2048:]:
            _note(
                doc,
                "PDF-filen ser ut til å være avkuttet; sider eller felt kan mangle. Be Nav-kontoret sende den på nytt.",
                "The PDF file seems to be cut off; pages or fields may be missing. Ask the Nav office to send it again.",
            )
        if doc.page_count == 0:
            raise unreadable(
                "PDF-filen har ingen sider. Be Nav-kontoret sende den på nytt.",
                "The PDF file has no pages. Ask the Nav office to send it again.",
            )
        try:
            doc.metadata = metadata(pdf)
        except Exception:  # noqa: BLE001 - metadata is a convenience; nothing depends on it
            doc.metadata = {}
        if doc.page_count > MAX_PAGES:
            _note(
                doc,
                f"Dokumentet har {doc.page_count} sider; bare de første {MAX_PAGES} ble lest.",
                f"The document has {doc.page_count} pages; only the first {MAX_PAGES} were read.",
            )
        failed = 0
        for number, plumber_page in enumerate(plumber_pages[:MAX_PAGES], start=1):
            try:
                doc.pages.append(reader.read(plumber_page, number))
            except Exception as exc:  # noqa: BLE001 - keep the other pages
                failed += 1
                _note(
                    doc,
                    f"Side {number} kunne ikke leses ({type(exc).__name__}); verdier derfra kan mangle.",
                    f"Page {number} could not be read ({type(exc).__name__}); values from there may be missing.",
                    number,
                )
                doc.pages.append(_unread_page(plumber_page, number))
            finally:
                plumber_page.close()
        apply_styles(reader.text_lines)
        if not any(f.method == "acroform" for f in doc.fields()):
            _add_xfa(doc, pdf)
        if failed == len(doc.pages):
            raise unreadable(
                "PDF-filen er skadet og ingen side kunne leses. Be Nav-kontoret sende den på nytt.",
                "The PDF file is damaged and no page could be read. Ask the Nav office to send it again.",
            )
    finally:
        pdf.close()
        reader.close()
    return doc
