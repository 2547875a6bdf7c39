"""PDF reader: a born-digital, fillable, flattened or scanned PDF as a
layout ``Document``.

The file is read once into memory and opened once with pdfplumber (text,
tables, drawings, form widgets) and, only for pages with images, with
pypdfium2 (rendering). The reader does no OCR: a page without a text layer
simply has no lines, and the OCR module decides with ``has_text_layer`` and
``text_coverage``. Every failure of the PDF libraries becomes either an
``UnreadableDocument`` (the file as a whole) or a ``ReaderNote`` (one part
of one page), never a stray exception.
"""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from ..layout import BBox, Document, FormField, Line, Page, ReaderNote
from .errors import UnreadableDocument
from .pdf_checkboxes import drawn_boxes, glyph_boxes
from .pdf_forms import FORM_VALUE_STYLE, read_acroform
from .pdf_images import page_images
from .pdf_labels import PageLabels
from .pdf_tables import cell_boxes, fill_cell_text, ruled_tables, text_tables
from .pdf_text import (
    TextLine,
    apply_styles,
    assign_cells,
    build_lines,
    cell_at,
    dedupe_chars,
    order_lines,
    page_words,
)

MAX_PAGES = 200
"""Pages read at most; an application is a few pages, a 5 000-page file is
an accident or an attack."""

_PDF_DATE = re.compile(
    r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*([Zz]|[+-]\d{2}'?\d{2}'?)?"
)
_PLACEHOLDERS = {"untitled", "anonymous", "unspecified", "unknown", "none", "-"}
"""Values PDF tools write when nobody filled the field in (reportlab
writes "anonymous"); they are not an author or a title."""
_METADATA_KEYS = {
    "Title": "title",
    "Author": "author",
    "Subject": "subject",
    "Keywords": "keywords",
    "Creator": "creator",
    "Producer": "producer",
    "CreationDate": "creation_date",
    "ModDate": "mod_date",
}


def _unreadable(nb: str, en: str) -> UnreadableDocument:
    return UnreadableDocument(nb, en)


def _load(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _unreadable(
            f"Filen kunne ikke åpnes ({exc.strerror or exc}).",
            f"The file could not be opened ({exc.strerror or exc}).",
        ) from exc
    if not data.strip():
        raise _unreadable(
            "Filen er tom (0 byte). Be Nav-kontoret sende søknaden på nytt.",
            "The file is empty (0 bytes). Ask the Nav office to send the application again.",
        )
    if b"%PDF-" not in data[:1024]:
        raise _unreadable(
            "Filen er ikke en PDF selv om navnet slutter på .pdf. Be Nav-kontoret sende en ekte PDF.",
            "The file is not a PDF although its name ends in .pdf. Ask the Nav office for a real PDF.",
        )
    return data


def _open_error(exc: BaseException) -> UnreadableDocument:
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return _unreadable(
            "Filen er kryptert/passordbeskyttet. Be Nav-kontoret sende en versjon uten passord.",
            "The file is encrypted/password protected. Ask the Nav office for a version without a password.",
        )
    return _unreadable(
        "PDF-filen er skadet eller ufullstendig og kan ikke leses. Be Nav-kontoret sende den på nytt.",
        f"The PDF file is damaged or incomplete and cannot be read ({type(cause).__name__}). "
        "Ask the Nav office to send it again.",
    )


def _pdf_date(value: str) -> str:
    """"D:20200115103000+01'00'" as ISO 8601; anything else unchanged."""
    m = _PDF_DATE.match(value.strip())
    if not m:
        return value
    year, month, day, hour, minute, second, zone = m.groups()
    text = f"{year}-{month or '01'}-{day or '01'}"
    if hour:
        text += f"T{hour}:{minute or '00'}:{second or '00'}"
        if zone:
            zone = zone.replace("'", "")
            text += "Z" if zone in "Zz" else f"{zone[:3]}:{zone[3:5] or '00'}"
    return text


def _metadata(pdf: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, name in _METADATA_KEYS.items():
        value = pdf.metadata.get(key)
        if isinstance(value, bytes):
            value = value.decode("latin-1", "replace")
        value = " ".join(str(value or "").split())
        if not value or value.strip("()").lower() in _PLACEHOLDERS:
            continue
        out[name] = _pdf_date(value) if key.endswith("Date") else value
    return out


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
        if plumber_page.images:
            page.images = self._stage("images", number, lambda: self._images(plumber_page, number), [])
            for image in page.images:
                image.table_cell = cell_at(cells, image.bbox) if image.bbox else None
        return page

    def _images(self, plumber_page: Any, number: int) -> list[Any]:
        pdfium_page = self.pdfium_page(number)
        return page_images(plumber_page, number, pdfium_page) if pdfium_page is not None else []

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


def read_pdf(path: str | Path) -> Document:
    """Read a PDF into the layout model (format "pdf", pages numbered from
    1). Raises ``UnreadableDocument`` for empty, non-PDF, damaged or
    password-protected files; partial failures become ``Document.notes``."""
    path = Path(path)
    data = _load(path)
    doc = Document(path=str(path), format="pdf")
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types
        raise _open_error(exc) from exc
    reader = _PageReader(doc, data)
    try:
        try:
            plumber_pages = pdf.pages
        except Exception as exc:  # noqa: BLE001
            raise _open_error(exc) from exc
        doc.page_count = len(plumber_pages)
        if b"%%EOF" not in data[-2048:]:
            _note(
                doc,
                "PDF-filen ser ut til å være avkuttet; sider eller felt kan mangle. Be Nav-kontoret sende den på nytt.",
                "The PDF file seems to be cut off; pages or fields may be missing. Ask the Nav office to send it again.",
            )
        if doc.page_count == 0:
            raise _unreadable(
                "PDF-filen har ingen sider. Be Nav-kontoret sende den på nytt.",
                "The PDF file has no pages. Ask the Nav office to send it again.",
            )
        try:
            doc.metadata = _metadata(pdf)
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
                doc.pages.append(Page(number=number))
            finally:
                plumber_page.close()
        apply_styles(reader.text_lines)
        if failed == len(doc.pages):
            raise _unreadable(
                "PDF-filen er skadet og ingen side kunne leses. Be Nav-kontoret sende den på nytt.",
                "The PDF file is damaged and no page could be read. Ask the Nav office to send it again.",
            )
    finally:
        pdf.close()
        reader.close()
    return doc


def _text_lines(page: Page) -> list[Line]:
    """Lines from the page's own text layer: not OCR, not form values."""
    return [line for line in page.lines if not line.ocr and line.style != FORM_VALUE_STYLE]


def text_coverage(page: Page) -> float:
    """Share of the page area covered by word boxes of its own text layer
    (form values and OCR lines excluded). A full page of 10 pt text covers
    roughly 0.15–0.3; a scan with a stamped page number, almost 0. The OCR
    module compares this with what the page's pixels show."""
    if not page.width or not page.height:
        return 0.0
    area = 0.0
    for line in _text_lines(page):
        for word in line.words:
            if word.bbox is not None:
                x0, top, x1, bottom = word.bbox
                area += max(0.0, x1 - x0) * max(0.0, bottom - top)
    return min(1.0, area / (page.width * page.height))


def has_text_layer(page: Page, min_chars: int = 1) -> bool:
    """The page carries at least ``min_chars`` letters or digits of its own
    extractable text (unmapped glyphs were already dropped, form values do
    not count). False means it is an image of text, or blank, and needs OCR
    to be read; for pages with a little text over a big image (a stamp on a
    scan), compare ``text_coverage`` with the image area."""
    count = 0
    for line in _text_lines(page):
        count += sum(ch.isalnum() for ch in line.text)
        if count >= min_chars:
            return True
    return False
