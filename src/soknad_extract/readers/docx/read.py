"""Word (.docx) reader: a .docx file → ``layout.Document``. The package is
opened once and only the parts the text needs are read, each within the
limits (``package``); Strict Open XML files are read through ``strict``.

Word stores no page layout, so lines and tables have no boxes
(``bbox=None``), ``Document.page_count`` is None and page numbers count
page breaks (see ``pages``). One ``Line`` per paragraph that has text
or a picture (empty ones are skipped); soft line breaks stay inside it as
"\\n". Headers and footers of every section become
lines on page 1 with style "header"/"footer", each distinct text once.

Tables keep Word's grid: every row has one ``Cell`` per grid column, a
merged cell (``w:gridSpan``, ``w:vMerge``) sits at its top-left position
with ``col_span``/``row_span``, and the positions it covers are empty cells,
so a column index means the same column in every row, as in the PDF reader.
A line in a cell has ``table_cell=(table index on its page, row, column)``.
A table that crosses a page break is one table per page. An embedded Excel
worksheet becomes a table too (lines with style "embedded_excel").

Form answers become ``FormField``s: content controls (method
"content_control"), legacy form fields ("legacy_field") and typed boxes like
☒ ("glyph"). A content control still showing Word's prompt ("Klikk eller
trykk her for å skrive inn tekst.") has value None and its prompt is not in
the line. A Word check box shows as ☒/☐ in its line's text and is one field.
"""

from __future__ import annotations

import zipfile
import zlib
from collections import OrderedDict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from lxml import etree

from ... import limits
from ...layout import Cell, Document, FormField, Image, Line, Page, Table
from ...messages import reader_text, reader_texts
from .frames import in_reading_order
from .images import PictureKeeper, measure
from .labels import Labeller
from .marks import OptionMark, settle_option_lists
from .model import FieldSpan, Para, Region, Segment
from .package import CORE_PROPERTIES, OFFICE_DOCUMENT, SETTINGS, STYLES, WordPackage, open_package
from .properties import core_properties
from .run_style import RunStyles, line_style
from .walk import Walker
from .styles import StyleMap, StylePart
from .xml import PPR, R_NS, SECT_PR, W_NS, on_off, w
from ..errors import UnreadableDocument

_WORD_MAIN_TYPES = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
    "application/vnd.ms-word.document.macroEnabled.main+xml",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
}
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_PARAGRAPHS = etree.XPath("count(.//w:p)", namespaces={"w": W_NS})
"""Paragraphs in the body, counted in C (no Python object a paragraph)."""
_SECTION_PARAGRAPHS = etree.XPath(".//w:p[w:pPr/w:sectPr]", namespaces={"w": W_NS})
"""The paragraphs that end a section, in document order, found in C: a
Python walk made an object of every paragraph of the body."""


@dataclass
class _Story:
    part: str
    """The zip member the story lives in (its relationships resolve pictures)."""
    root: etree._Element
    region: Region


@dataclass
class _Opened:
    main: str
    body: etree._Element
    sections: list[etree._Element]
    """The body's section properties (``_sections``), read once for the
    headers and footers and for the pages."""
    styles: StyleMap
    runs: RunStyles
    stories: list[_Story]
    metadata: dict[str, str]


def read_docx(path: str | Path) -> Document:
    """Read a Word document. Raises ``UnreadableDocument`` (never a parser
    error) when the file is empty, not a Word file, damaged or encrypted."""
    path = Path(path)
    _check_file(path)
    with open_package(path) as package:
        opened = _open(package)
        body = _read_story(opened.body, opened.main, package, opened, "body", paged=True)
        stories = [_read_story(story.root, story.part, package, opened, story.region, paged=False)
                   for story in opened.stories]
        doc = _assemble(path, body, _distinct(stories), opened.metadata)
        doc.notes.extend(package.notes)
    return doc


# -- opening ---------------------------------------------------------------
def _unreadable(key: str, **values: object) -> UnreadableDocument:
    """The reason ``key`` and what to ask the Nav office for."""
    return UnreadableDocument(*(
        f"{reader_text(key, lang, **values)} {reader_text('docx_resend', lang)}" for lang in ("nb", "en")
    ))


def _check_file(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise UnreadableDocument(*reader_texts("docx_not_opened", name=path.name, error=exc.strerror or exc)) from exc
    if not head:
        raise _unreadable("docx_empty")
    if head == _OLE_MAGIC:
        # An encrypted .docx is an OLE container whose directory names these
        # streams (in UTF-16); a .doc saved with the wrong suffix is one too.
        data = path.read_bytes()
        if any(name.encode("utf-16-le") in data for name in ("EncryptionInfo", "EncryptedPackage")):
            raise UnreadableDocument(*reader_texts("docx_encrypted"))
        raise _unreadable("docx_ole")
    if not zipfile.is_zipfile(path):
        if head.startswith(b"PK"):
            raise _unreadable("docx_broken_zip")
        raise _unreadable("docx_not_docx")


def _open(package: WordPackage) -> _Opened:
    """Parse every part the reader needs but pictures, so that no zip or XML
    error can surface later."""
    try:
        main = package.related("", OFFICE_DOCUMENT)
        content_type = package.content_type(main) if main else None
        if main is None or content_type not in _WORD_MAIN_TYPES:
            raise _unreadable("docx_content_type", content_type=content_type)
        document = package.part(main)
        body = document.find(w("body"))
        if body is None:
            raise _unreadable("docx_no_body")
        limits.check_paragraphs(int(_PARAGRAPHS(body)), package.lim)
        styles, runs = _style_map(package, main)
        settings = _related_element(package, main, SETTINGS)
        even_headers = settings is not None and on_off(settings.find(w("evenAndOddHeaders")))
        sections = _sections(body)
        stories = _header_footer_stories(package, main, sections, even_headers)
        metadata = _metadata(package)
    except UnreadableDocument:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile and lxml raise many kinds on broken packages
        raise UnreadableDocument(*(
            f"{reader_text('docx_damaged', lang, error=error)} {reader_text('docx_resend', lang)}"
            for lang, error in (("nb", type(exc).__name__), ("en", f"{type(exc).__name__}: {exc}"))
        )) from exc
    return _Opened(main, body, sections, styles, runs, stories, metadata)


def _related_element(package: WordPackage, part: str, reltype: str) -> etree._Element | None:
    target = package.related(part, reltype)
    return package.part(target) if target else None


_STYLE_MAPS: OrderedDict[tuple[int, int, int], tuple[bytes, StyleMap, RunStyles]] = OrderedDict()
_STYLE_MAPS_KEPT = 16


def _checksum(data: bytes) -> tuple[int, int]:
    return zlib.crc32(data), len(data)


def _style_map(package: WordPackage, main: str) -> tuple[StyleMap, RunStyles]:
    """The document's paragraph styles and the run properties of its
    styles (italics, colour, size), read a style at a time (``styles``)
    and kept with the bytes of the styles part: a batch's applications
    often come from one template. Found by the part's CRC-32 and length,
    then taken only when the bytes are the same (a compare costs
    microseconds; a digest of the ~350 kB part cost half a millisecond a
    file, and Word rewrites the part on every save, so most files miss).
    The depth limit is part of the key, so bytes are never taken as
    checked under another."""
    name = package.related(main, STYLES)
    if name is None:
        return StyleMap(None), RunStyles(None)
    data = package.data(name)
    key = (package.lim.xml_max_depth, *_checksum(data))
    kept = _STYLE_MAPS.get(key)
    if kept is None or kept[0] != data:
        part = StylePart(data, package.lim, name, lambda head: package.parse(name, head))
        kept = _STYLE_MAPS[key] = (data, StyleMap(part), RunStyles(part))
        if len(_STYLE_MAPS) > _STYLE_MAPS_KEPT:
            _STYLE_MAPS.popitem(last=False)
    else:
        _STYLE_MAPS.move_to_end(key)
    return kept[1], kept[2]


def _sections(body: etree._Element) -> list[etree._Element]:
    """Section properties in order: those ending a section inside the body
    (in a paragraph's ``w:pPr``), then the body's own, last section."""
    sections = [p.find(f"{PPR}/{SECT_PR}") for p in _SECTION_PARAGRAPHS(body)]
    last = body.find(SECT_PR)
    return sections + ([last] if last is not None else [])


def _header_footer_stories(package: WordPackage, main: str, sections: list[etree._Element],
                           even_headers: bool) -> list[_Story]:
    """Headers and footers Word shows: the default ones, first-page ones
    when the section has a title page, even-page ones when the document
    turns them on. The same part referenced by several sections counts once."""
    stories: list[_Story] = []
    seen: set[str] = set()
    related = {rel_id: rel for rel_id, rel in package.rels(main).items() if not rel.external}
    for sect in sections:
        title_page = on_off(sect.find(w("titlePg")))
        for tag, region in (("headerReference", "header"), ("footerReference", "footer")):
            for ref in sect.iterfind(w(tag)):
                kind = ref.get(w("type")) or "default"
                if (kind == "first" and not title_page) or (kind == "even" and not even_headers):
                    continue
                rel_id = ref.get(f"{{{R_NS}}}id")
                if not rel_id or rel_id in seen or rel_id not in related:
                    continue
                seen.add(rel_id)
                part = related[rel_id].target
                stories.append(_Story(part, package.part(part), region))  # type: ignore[arg-type]
    stories.sort(key=lambda s: s.region != "header")
    return stories


def _metadata(package: WordPackage) -> dict[str, str]:
    """Core properties, when the file has them."""
    name = package.related("", CORE_PROPERTIES)
    element = package.optional_xml(name) if name and name in package.archive.NameToInfo else None
    return core_properties(element) if element is not None else {}


# -- reading stories
def _read_story(root: etree._Element, part: str, package: WordPackage, opened: _Opened, region: Region, *,
                paged: bool) -> Walker:
    def related(rel_id: str | None) -> tuple[bytes | None, str | None]:
        rel = package.rels(part).get(rel_id) if rel_id else None
        if rel is None or rel.external:
            return None, None
        return package.blob(rel.target), Path(rel.target).name
    walker = Walker(
        region=region, styles=opened.styles, runs=opened.runs, related=related,
        sections=opened.sections if paged else None, paged=paged,
    )
    walker.walk(root)
    walker.paras = in_reading_order(walker.paras)
    return walker


def _distinct(stories: list[Walker]) -> list[Walker]:
    """Drop a header or footer that repeats one already kept (first-page and
    default headers are often the same text)."""
    kept: list[Walker] = []
    seen: set[tuple[object, ...]] = set()
    for story in stories:
        texts = tuple(p.text.strip() for p in story.paras)
        signature = (story.region, texts, sum(len(p.pictures) for p in story.paras))
        if signature not in seen:
            seen.add(signature)
            kept.append(story)
    return kept


# -- assembling the layout -------------------------------------------------
def _assemble(path: Path, body: Walker, stories: list[Walker], metadata: dict[str, str]) -> Document:
    pages: dict[int, Page] = {}

    def page(number: int) -> Page:
        if number not in pages:
            size = body.pages.sizes.get(number) or body.pages.sizes.get(1)
            pages[number] = Page(number, size[0] if size else None, size[1] if size else None)
        return pages[number]

    headers = [s for s in stories if s.region == "header"]
    footers = [s for s in stories if s.region == "footer"]
    written: set[tuple[str, str]] = set()
    keeper = PictureKeeper()
    for story in headers:
        _add_story(story, page, written, keeper, margin=True)
    _add_story(body, page, written, keeper, margin=False)
    for story in footers:
        _add_story(story, page, written, keeper, margin=True)
    for segment in body.segments:
        page(segment.page).tables.append(_table(segment))
    page(1)
    last = max(pages)
    ordered = [page(n) for n in range(1, last + 1)]
    return Document(str(path), "docx", ordered, page_count=None, metadata=metadata)


def _add_story(story: Walker, page: Callable[[int], Page], written: set[tuple[str, str]], keeper: PictureKeeper,
               *, margin: bool) -> None:
    """Lines, images and fields of one story, in reading order. ``margin``:
    a header or footer, whose lines repeat across sections and are kept once;
    ``keeper``: the document's decoded pictures handed on to the ink test."""
    labeller = Labeller(story.paras)
    marks: list[OptionMark] = []
    fields_by_para: dict[Para, list[FieldSpan]] = {}
    for span in story.fields:
        fields_by_para.setdefault(span.para, []).append(span)
    for para in story.paras:
        target: Page = page(para.page or 1)
        text = para.text.strip()
        line_index = None
        if text or para.pictures:
            key = (story.region, text)
            if not (margin and key in written and not para.pictures and not para.spans):
                written.add(key)
                line_index = len(target.lines)
                style = story.region if margin else para.style
                cell = None if margin or para.cell is None else para.cell.key()
                look = line_style(para.text, para.runs)
                target.lines.append(Line(text, target.number, style=style, table_cell=cell,
                                         italic=look.italic, size=look.size, colour=look.colour))
        for picture in para.pictures:
            width, height, ink, decoded = measure(picture.data) if picture.data else (None, None, None, None)
            target.images.append(
                Image(
                    target.number,
                    None,
                    pixel_width=width,
                    pixel_height=height,
                    ink_ratio=ink,
                    name=picture.name,
                    data=picture.data,
                    table_cell=None if margin or para.cell is None else para.cell.key(),
                    paragraph_index=line_index,
                    display_size=picture.display_size,
                    picture=keeper.keep(decoded),
                )
            )
        target.fields.extend(_fields(para, fields_by_para.get(para, []), labeller, marks))
    settle_option_lists(marks)


def _fields(para: Para, spans: list[FieldSpan], labeller: Labeller, marks: list[OptionMark]) -> list[FormField]:
    """The paragraph's fields and typed boxes, in the order they appear; a
    paragraph of typed boxes adds its mark to ``marks`` (``settle_option_lists``)."""
    found: list[tuple[int, FormField]] = []
    claimed: list[tuple[int, int]] = []
    for span in spans:
        page = para.page or 1
        if span.kind == "checkbox":
            box = labeller.box_for(span)
            hints = span.hints if span.method == "content_control" else ()
            label, group = labeller.checkbox_label(para, box, hints, None if span.inline else para.text)
            if box is not None:
                claimed.append((box.start, box.end))
            field = FormField("checkbox", span.method, page, span.name, label, None, span.checked, group=group)
        else:
            field = FormField(span.kind, span.method, page, span.name, labeller.text_label(span), span.value)
        found.append((span.start if span.inline else -1, field))
    for box in labeller.boxes(para):
        if any(box.start < end and box.end > start for start, end in claimed):
            continue
        label, group = labeller.checkbox_label(para, box)
        glyph = FormField("checkbox", "glyph", para.page or 1, None, label, None, box.checked, group=group)
        found.append((box.start, glyph))
    boxes = labeller.boxes(para)
    if boxes:
        one = len(boxes) == len(found) == 1 and boxes[0].question is None and found[0][1].method == "glyph"
        marks.append((found[0][1], para.text[boxes[0].start:boxes[0].end]) if one else None)
    found.sort(key=lambda item: item[0])
    return [field for _, field in found]


def _table(segment: Segment) -> Table:
    width = max((len(row) for row in segment.grid), default=0)
    rows: list[list[Cell]] = []
    for r, grid_row in enumerate(segment.grid):
        cells: list[Cell] = []
        for c in range(width):
            box = grid_row[c] if c < len(grid_row) else None
            if box is not None and box.row == r and box.col == c:
                cells.append(Cell(box.text(), None, row_span=box.row_span, col_span=box.col_span))
            else:
                cells.append(Cell(""))
        rows.append(cells)
    return Table(segment.page, rows)
