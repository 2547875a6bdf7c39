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
from pdfminer.pdfdocument import PDFXRefFallback
from pdfminer.pdfpage import PDFPage
from pdfminer.pdftypes import resolve1
from pdfplumber.page import Page as PlumberPage

from ... import limits
from ...layout import BBox, Document, FormField, Line, Page, ReaderNote
from ...limits import LimitExceeded, Limits
from . import streams
from .checkboxes import drawn_boxes
from .file import load, metadata, open_error, unreadable
from .forms import read_acroform
from .glyphs import glyph_boxes
from .images import page_images
from .labels import PageLabels
from .strokes import stroke_ink
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
        page.images += self._stage("images", number, lambda: stroke_ink(self.pdfium_page, number) if plumber_page.curves else [], [])
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
        except LimitExceeded:
            raise  # the document is refused, not one part of a page
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


def _declared_pages(pdf: Any) -> int | None:
    """The page count the page tree declares (``/Count``), read before any
    page is built; None when it is missing or not a number."""
    try:
        count = resolve1(resolve1(pdf.doc.catalog.get("Pages")).get("Count"))
    except Exception:  # noqa: BLE001 - a broken tree is found when the pages are built
        return None
    return count if isinstance(count, int) else None


def _build_pages(pdf: Any, lim: Limits) -> list[Any]:
    """pdfplumber's pages, built one by one and refused past ``max_pages``:
    first by the declared count, then while walking the tree (the count
    can lie). pdfplumber's own ``pages`` would build every page first."""
    declared = _declared_pages(pdf)
    if declared is not None:
        limits.check_pages(declared, lim)
    pages: list[Any] = pdf._pages
    doctop = 0.0
    for number, page_obj in enumerate(PDFPage.create_pages(pdf.doc), start=1):
        limits.check_pages(number, lim)
        page = PlumberPage(pdf, page_obj, page_number=number, initial_doctop=doctop)
        pages.append(page)
        doctop += page.height
    return pages


def _xref_note(doc: Document, pdf: Any) -> None:
    """What pdfminer repaired while opening the file, said."""
    if any(isinstance(xref, PDFXRefFallback) for xref in pdf.doc.xrefs):
        _note(
            doc,
            "PDF-filen er skadet: oversikten over objektene i filen (xref) måtte bygges opp på nytt. "
            "Verdier kan mangle eller være feil; kontroller dokumentet manuelt.",
            "The PDF file is damaged: its table of objects (xref) had to be rebuilt. "
            "Values may be missing or wrong; check the document by hand.",
        )


def _damage(guard: streams.Guard) -> tuple[int, int]:
    return guard.damaged, guard.missing


def _damage_note(doc: Document, before: tuple[int, int], after: tuple[int, int], page: int | None) -> None:
    """Streams that failed to decode and objects missing since ``before``,
    said for the page they were met on (None: while opening the file)."""
    streams_, missing = after[0] - before[0], after[1] - before[1]
    if not streams_ and not missing:
        return
    what_nb = ", ".join(filter(None, (
        f"{streams_} datastrøm(mer) kunne bare delvis leses" if streams_ else "",
        f"{missing} objekt(er) mangler" if missing else "")))
    what_en = ", ".join(filter(None, (
        f"{streams_} data stream(s) could only partly be read" if streams_ else "",
        f"{missing} object(s) are missing" if missing else "")))
    where_nb, where_en = (f"Side {page}: PDF-filen", f"Page {page}: the PDF file") if page else ("PDF-filen", "The PDF file")
    _note(
        doc,
        f"{where_nb} er skadet ({what_nb}); verdier kan mangle eller være feil. Kontroller manuelt.",
        f"{where_en} is damaged ({what_en}); values may be missing or wrong. Check by hand.",
        page,
    )


def read_pdf(path: str | Path) -> Document:
    """Read a PDF into the layout model (format "pdf", pages numbered from
    1). Raises ``UnreadableDocument`` for empty, non-PDF, damaged or
    password-protected files and for files over a limit (pages, decoded
    stream size); partial failures and repaired damage become
    ``Document.notes``."""
    lim = limits.active()
    with streams.guarded(lim) as guard:
        return _read(Path(path), lim, guard)


def _read(path: Path, lim: Limits, guard: streams.Guard) -> Document:
    data = load(path, lim)
    doc = Document(path=str(path), format="pdf")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types
        guard.raise_if_exceeded()
        raise open_error(exc) from exc
    pdf._pages = []  # pdfplumber's page cache: filled by _build_pages, so close() never walks the tree again
    reader = _PageReader(doc, data)
    try:
        try:
            plumber_pages = _build_pages(pdf, lim)
        except LimitExceeded:
            raise
        except Exception as exc:  # noqa: BLE001
            guard.raise_if_exceeded()
            raise open_error(exc) from exc
        doc.page_count = len(plumber_pages)
        _xref_note(doc, pdf)
        _damage_note(doc, (0, 0), _damage(guard), None)
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
        failed = 0
        for number, plumber_page in enumerate(plumber_pages, start=1):
            before = _damage(guard)
            try:
                doc.pages.append(reader.read(plumber_page, number))
            except LimitExceeded:
                raise
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
            guard.raise_if_exceeded()
            _damage_note(doc, before, _damage(guard), number)
        apply_styles(reader.text_lines)
        if not any(f.method == "acroform" for f in doc.fields()):
            _add_xfa(doc, pdf)
        if failed == len(doc.pages):
            raise unreadable(
                "PDF-filen er skadet og ingen side kunne leses. Be Nav-kontoret sende den på nytt.",
                "The PDF file is damaged and no page could be read. Ask the Nav office to send it again.",
            )
    finally:
        _close(pdf, reader)
    return doc


def _close(pdf: Any, reader: _PageReader) -> None:
    """Close both libraries' documents. Closing never raises: it runs in a
    ``finally`` where an exception would replace the one that says why the
    file could not be read (pdfplumber's close once re-parsed the page tree)."""
    for close in (pdf.close, reader.close):
        try:
            close()
        except Exception:  # noqa: BLE001 - nothing is left to read; the memory goes with the objects
            pass
