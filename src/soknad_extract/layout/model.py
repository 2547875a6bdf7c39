"""The common layout model every reader produces and every extractor reads.

Readers (PDF, Word, OCR, images) know formats; extractors know the domain.
This module is the only thing they share, so that a field extractor works the
same whether its words came from a text layer, a Word table or Tesseract.
Coordinates are PDF points from the page's top-left corner; Word has no
geometry, so its boxes are ``None`` and its page numbers come from page breaks.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Literal

BBox = tuple[float, float, float, float]
"""(x0, top, x1, bottom) in points, origin at the page's top-left corner."""

FieldKind = Literal["text", "checkbox", "radio", "dropdown", "date"]
FieldMethod = Literal["acroform", "content_control", "legacy_field", "glyph", "drawn", "pixels"]
SourceFormat = Literal["pdf", "docx", "doc", "odt", "image"]


@dataclass
class Word:
    text: str
    bbox: BBox | None = None
    confidence: float = 1.0


@dataclass
class Line:
    """One visual line (PDF/OCR) or one paragraph (Word), in reading order."""

    text: str
    page: int
    bbox: BBox | None = None
    words: list[Word] = field(default_factory=list)
    confidence: float = 1.0
    ocr: bool = False
    table_cell: tuple[int, int, int] | None = None
    """(table index on the page, row, column) when the line sits in a table cell."""
    style: str | None = None
    """Paragraph style name or font hint (e.g. "Heading 1", "bold"), for headings."""
    form_value: bool = False
    """The line shows a form field's value (AcroForm, XFA), not printed text:
    it survives OCR of a scanned page and does not count as a text layer."""
    italic: bool | None = None
    """Most of the line is set in an italic or oblique font; None when the
    reader cannot tell (OCR). With ``size`` and ``colour`` it tells a form's
    help text (italic, grey, small) from the answers under the same question
    (``layout.typography``)."""
    size: float | None = None
    """The line's font size in points, weighted by text length; None when unknown."""
    colour: tuple[float, float, float] | None = None
    """The text's fill colour of most of the line as RGB from 0 to 1; None when unknown."""


@dataclass
class Cell:
    text: str
    bbox: BBox | None = None
    row_span: int = 1
    col_span: int = 1


@dataclass
class Table:
    page: int
    rows: list[list[Cell]]
    bbox: BBox | None = None
    ocr: bool = False

    def column_count(self) -> int:
        return max((len(r) for r in self.rows), default=0)


@dataclass
class FormField:
    """A form answer: AcroForm field, Word content control or legacy field,
    or a check box recognised from a glyph, drawn paths or pixels.

    ``label`` is the human text the field answers (tooltip, alias, the text
    left of or above it); ``name`` is the machine name, often meaningless.
    """

    kind: FieldKind
    method: FieldMethod
    page: int
    name: str | None = None
    label: str | None = None
    value: str | None = None
    checked: bool | None = None
    bbox: BBox | None = None
    confidence: float = 1.0
    group: str | None = None
    """The question a box answers or the radio group it belongs to, when
    known ("Interessert i nettverk?" for a "Ja" box)."""


class _MadeOnRead:
    """``Image.data``: the bytes given, or, when a reader gives a function
    instead, the bytes it returns, made the first time they are read and
    kept. The PDF reader draws each placed image for the ink test, which
    reads the drawn pixels (``Image.picture``); most images' PNG bytes are
    never read, and encoding them was ~1 % of a born-digital check."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.key = f"_{name}"

    def __get__(self, image: object, owner: type | None = None) -> bytes | None:
        if image is None:
            return None  # the field's default
        value = image.__dict__[self.key]
        if callable(value):
            value = image.__dict__[self.key] = value()
        return value

    def __set__(self, image: object, value: bytes | Callable[[], bytes] | None) -> None:
        image.__dict__[self.key] = value


@dataclass
class Image:
    """A picture on a page: a placed image object, a Word picture, or an ink
    region found in a scanned page. Signature detection decides what it is."""

    page: int
    bbox: BBox | None
    pixel_width: int | None = None
    pixel_height: int | None = None
    ink_ratio: float | None = None
    """Share of dark pixels, when the reader could measure it."""
    name: str | None = None
    data: bytes | None = _MadeOnRead()  # type: ignore[assignment]
    table_cell: tuple[int, int, int] | None = None
    paragraph_index: int | None = None
    """For Word: index into the page's lines of the paragraph that holds it."""
    display_size: tuple[float, float] | None = None
    """For Word: width and height the picture is shown at, in points."""
    picture: object | None = field(default=None, compare=False, repr=False)
    """``data`` as the reader decoded it (a Pillow image, never changed
    after), when it did: the ink test reads the same pixels, and decoding
    the bytes a second time cost a Word file ~1 % of its time."""


@dataclass
class DigitalSignature:
    """A cryptographic signature embedded in a PDF (PAdES / CMS)."""

    field_name: str | None
    signer_name: str | None
    signing_time: datetime | None
    intact: bool
    """The signed bytes hash to the digest the signer signed."""
    covers_document: bool
    """No change was made to the file after this signature."""
    trust: Literal["trusted", "untrusted", "unknown"] = "unknown"
    page: int | None = None
    bbox: BBox | None = None
    error: str | None = None
    subject: str | None = None
    location: str | None = None
    reason: str | None = None

    def signing_date(self) -> str | None:
        """ISO date of the signing time in Norwegian time: a signature made at
        00:30 on 2 February in Oslo is 23:30 on 1 February in UTC, and the
        deadline is a Norwegian date."""
        when = self.signing_time
        if when is None:
            return None
        if when.tzinfo is not None:
            try:
                from zoneinfo import ZoneInfo

                when = when.astimezone(ZoneInfo("Europe/Oslo"))
            except Exception:  # noqa: BLE001 - no tz database: keep the signer's offset
                pass
        return when.date().isoformat()


@dataclass
class Page:
    number: int
    width: float | None = None
    height: float | None = None
    lines: list[Line] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    fields: list[FormField] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    ocr: bool = False
    unread: list[BBox] = field(default_factory=list)
    """Areas a reader saw but could not read (toner smear over a scan; the
    whole page when OCR read nothing legible): what lies there is unknown,
    not absent."""

    def keeping(self, kept: list[int], images: list[Image] | None = None) -> Page:
        """The page with only the lines at ``kept`` (ascending indices) and
        ``images`` (default: all of them). A Word picture is anchored by the
        index of its paragraph among the page's lines, so that index follows
        its paragraph: left as it was, it would point at a line further down,
        and the ink would stand under the wrong signer. A picture whose
        paragraph went anchors to the next line kept."""
        pictures = self.images if images is None else images
        return replace(self, lines=[self.lines[i] for i in kept], images=[
            image if image.paragraph_index is None
            else replace(image, paragraph_index=bisect_left(kept, image.paragraph_index))
            for image in pictures])


@dataclass
class ReaderNote:
    """Something a reader could not do, carried to validation as a finding.

    ``code`` is a finding code from the record contract (e.g.
    "DOCUMENT_UNREADABLE" when a scan cannot be OCR'd, "LOW_CONFIDENCE");
    the messages tell a county clerk what to do about it.
    """

    code: str
    message_nb: str
    message_en: str
    page: int | None = None


@dataclass
class Document:
    path: str
    format: SourceFormat
    pages: list[Page] = field(default_factory=list)
    page_count: int | None = None
    signatures: list[DigitalSignature] = field(default_factory=list)
    notes: list[ReaderNote] = field(default_factory=list)
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def ocr(self) -> bool:
        return any(p.ocr for p in self.pages)

    def lines(self) -> list[Line]:
        return [line for page in self.pages for line in page.lines]

    def tables(self) -> list[Table]:
        return [t for page in self.pages for t in page.tables]

    def fields(self) -> list[FormField]:
        return [f for page in self.pages for f in page.fields]

    def images(self) -> list[Image]:
        return [i for page in self.pages for i in page.images]

    def page(self, number: int) -> Page | None:
        """The page numbered ``number`` (from 1), or None."""
        return next((p for p in self.pages if p.number == number), None)

    def text(self) -> str:
        return "\n".join(line.text for line in self.lines())
