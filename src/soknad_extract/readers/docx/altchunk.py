"""Content a Word document imports from another file (``w:altChunk``).

Generators in case-handling systems often write a document whose body is
little more than ``<w:altChunk r:id=…/>``: the application itself is an
HTML (or MHT, plain text, or Word) part that Word merges in when it opens
the file. Word shows it like any other text, so the county's clerk sees a
complete application; a reader that skips the chunk sees an empty one.

The chunk is turned into the WordprocessingML Word would make of it —
paragraphs, bold and italic runs, line breaks, tables with merged cells,
HTML check boxes as ☒/☐ — so the walker reads it with its own rules, as if
it had been typed into the document. RTF chunks are not read (no RTF parser
in the toolkit); their text stays out, as it does in LibreOffice.
"""

from __future__ import annotations

import email
import email.policy
import io
import re
import zipfile

from lxml import etree, html

from ... import bounded, limits
from .fields import TICKED, UNTICKED
from .xml import ALT_CHUNK, BR, P, PPR, R, RPR, T, TBL, TC, TCPR, TR, W_NS, w

_BLOCK_TAGS = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "blockquote", "pre", "address",
    "center", "section", "article", "header", "footer", "main", "ul", "ol", "dl", "form", "fieldset",
    "legend", "caption", "figure", "figcaption", "hr", "body", "html", "nav", "aside",
}
_SKIPPED_TAGS = {"head", "script", "style", "title", "template", "noscript"}
_BOLD_TAGS = {"b", "strong", "th"}
_ITALIC_TAGS = {"i", "em", "cite"}
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
"""Characters XML cannot hold; a text chunk may carry them."""
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
MAX_SPAN = 50
"""Largest colspan/rowspan taken as written; a larger one is a damaged or
hostile chunk and counts as 1 (Word's own grid is bounded the same way)."""


def chunk_body(data: bytes | None, name: str | None) -> etree._Element | None:
    """The chunk as a ``w:body`` of paragraphs and tables, or None when the
    part is missing, empty or in a format the toolkit does not read."""
    if not data:
        return None
    lower = (name or "").lower()
    head = data[:512].lstrip().lower()
    if zipfile.is_zipfile(io.BytesIO(data)):
        return _word_body(data)
    if head.startswith(b"{\\rtf") or b"\x00" in data or head.startswith(b"pk\x03\x04"):
        return None  # RTF, or binary that is no readable package
    if head.startswith(b"mime-version") or lower.endswith((".mht", ".mhtml")):
        data = _mht_html(data)
        if data is None:
            return None
        return _html_body(data)
    if lower.endswith(".txt") or not (b"<" in head):
        return _text_body(data)
    return _html_body(data)


def _word_body(data: bytes) -> etree._Element | None:
    """A whole .docx as a chunk: its body's paragraphs and tables. Its own
    styles, pictures and chunks are not carried over: their relationship ids
    name the inner package's parts, which the outer document cannot resolve
    (and a chunk naming itself would never end)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            bounded.check_zip(archive, limits.active())  # a package inside a package may be a bomb too
            xml = archive.read("word/document.xml")
        root = etree.fromstring(xml, etree.XMLParser(resolve_entities=False, no_network=True))
    except (KeyError, zipfile.BadZipFile, etree.XMLSyntaxError, OSError, ValueError, EOFError):
        return None
    body = root.find(w("body"))
    if body is not None:
        for nested in body.findall(f".//{ALT_CHUNK}"):
            nested.getparent().remove(nested)
    return body


def _mht_html(data: bytes) -> bytes | None:
    """The HTML part of a web archive (MIME, as Word saves "Single File Web Page")."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    for part in message.walk():
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True)
            return payload if isinstance(payload, bytes) else None
    return None


def _text_body(data: bytes) -> etree._Element:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    body = etree.Element(w("body"), nsmap={"w": W_NS})
    for line in text.splitlines():
        _run(etree.SubElement(body, P), line, bold=False, italic=False)
    return body


def _html_body(data: bytes) -> etree._Element | None:
    try:
        root = html.document_fromstring(_decoded(data))
    except (etree.ParserError, ValueError):
        return None
    body = etree.Element(w("body"), nsmap={"w": W_NS})
    _Converter(body).block(root)
    return body


def _decoded(data: bytes) -> str | bytes:
    """UTF-8 text as text (libxml2 would take undeclared bytes for Latin-1);
    other bytes as they are, for the parser to decode by their ``charset``.
    An XML declaration goes, since lxml refuses text that declares bytes."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data
    return _XML_DECLARATION.sub("", text, count=1)


def _run(para: etree._Element, text: str, *, bold: bool, italic: bool) -> None:
    run = etree.SubElement(para, R)
    if bold or italic:
        rpr = etree.SubElement(run, RPR)
        if bold:
            etree.SubElement(rpr, w("b"))
        if italic:
            etree.SubElement(rpr, w("i"))
    t = etree.SubElement(run, T)
    t.text = _CONTROL.sub("", text)
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


class _Converter:
    """HTML blocks into ``w:p``/``w:tbl`` under one container. Inline content
    between blocks gathers into one paragraph, as a browser would show it."""

    def __init__(self, container: etree._Element, cells: list[int] | None = None) -> None:
        self.container = container
        self.para: etree._Element | None = None
        self.cells = cells if cells is not None else [0]
        """Table cells made so far in the whole chunk (shared by nested
        converters): every cell holds a paragraph, so the document's
        paragraph limit bounds them while they are made, not after."""

    def block(self, el: etree._Element, *, bold: bool = False, italic: bool = False) -> None:
        self._text(el.text, bold, italic)
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag in _SKIPPED_TAGS or not tag:
                pass
            elif tag == "table":
                self._end()
                self._table(child)
            elif tag in _BLOCK_TAGS:
                self._end()
                if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
                    self._start(style=f"Heading{tag[1]}")
                self.block(child, bold=bold or tag in _BOLD_TAGS, italic=italic or tag in _ITALIC_TAGS)
                self._end()
            elif tag == "br":
                etree.SubElement(etree.SubElement(self._start(), R), BR)
            elif tag == "input" and (child.get("type") or "").lower() in {"checkbox", "radio"}:
                ticked = child.get("checked") is not None
                self._text(TICKED if ticked else UNTICKED, bold, italic)
            else:
                self.block(child, bold=bold or tag in _BOLD_TAGS, italic=italic or tag in _ITALIC_TAGS)
            self._text(child.tail, bold, italic)

    def _start(self, style: str | None = None) -> etree._Element:
        if self.para is None:
            self.para = etree.SubElement(self.container, P)
            if style:
                etree.SubElement(etree.SubElement(self.para, PPR), w("pStyle")).set(w("val"), style)
        return self.para

    def _end(self) -> None:
        self.para = None

    def _text(self, text: str | None, bold: bool, italic: bool) -> None:
        if not text:
            return
        text = _SPACES.sub(" ", text)
        if self.para is None:
            text = text.lstrip()  # a browser drops the space a block starts with
        if text:
            _run(self._start(), text, bold=bold, italic=italic)

    def _table(self, table: etree._Element) -> None:
        tbl = etree.SubElement(self.container, TBL)
        grid = etree.SubElement(tbl, w("tblGrid"))
        below: dict[int, int] = {}
        """Grid column → rows a rowspan above still covers there."""
        width = 0
        for tr in table.iter("tr"):
            if _owning_table(tr) is not table:
                continue
            row = etree.SubElement(tbl, TR)
            col = 0
            for cell in tr:
                if cell.tag not in {"td", "th"}:
                    continue
                col = self._merged_below(row, below, col)
                span = _span(cell.get("colspan"))
                down = _span(cell.get("rowspan"))
                limits.check_span(col + span, limits.active(), "HTML table width")
                tc = self._cell(row)
                tcpr = etree.SubElement(tc, TCPR)
                if span > 1:
                    etree.SubElement(tcpr, w("gridSpan")).set(w("val"), str(span))
                if down > 1:
                    etree.SubElement(tcpr, w("vMerge")).set(w("val"), "restart")
                    for c in range(col, col + span):
                        below[c] = down - 1
                _Converter(tc, self.cells).block(cell, bold=cell.tag == "th")
                if tc.find(P) is None or tc[-1].tag != P:
                    etree.SubElement(tc, P)  # Word requires a cell to end with a paragraph
                col += span
            col = self._merged_below(row, below, col)
            width = max(width, col)
        for _ in range(width):
            etree.SubElement(grid, w("gridCol"))


    def _cell(self, row: etree._Element) -> etree._Element:
        self.cells[0] += 1
        limits.check_paragraphs(self.cells[0], limits.active())
        return etree.SubElement(row, TC)

    def _merged_below(self, row: etree._Element, below: dict[int, int], col: int) -> int:
        """Continuation cells for the rowspans that cover ``col`` (and the
        columns after it that they cover too); the next free column."""
        while below.get(col, 0) > 0:
            below[col] -= 1
            tc = self._cell(row)
            etree.SubElement(etree.SubElement(tc, TCPR), w("vMerge"))
            etree.SubElement(tc, P)
            col += 1
        return col


def _owning_table(tr: etree._Element) -> etree._Element | None:
    parent = tr.getparent()
    while parent is not None and parent.tag != "table":
        parent = parent.getparent()
    return parent


def _span(value: str | None) -> int:
    try:
        span = int((value or "1").strip())
    except ValueError:
        return 1
    return span if 1 <= span <= MAX_SPAN else 1
