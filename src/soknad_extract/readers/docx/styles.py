"""The styles part, parsed a style at a time, and the paragraph style table.

A Word file's styles part is large and mostly unused: python-docx's template
and Word's own carry 160 and more style definitions (350 kB) for a document
that uses five. Parsed whole it cost a Word application about a third of its
reading time, and the styles part differs from file to file (Word rewrites
it on every save), so a cache by content seldom helps in a batch. Here the
part is cut into its ``w:style`` elements by their start tags (``w:style``
elements never nest), and a style is parsed, within the same limits as any
part, only when a paragraph or run asks for it or a style it is based on.
The document defaults are parsed from the part's head. A style whose text
does not parse on its own is taken as absent, as an unknown style id is.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Callable

from lxml import etree

from ... import bounded, limits
from ...limits import Limits
from ..errors import UnreadableDocument
from .xml import PPR, W_NS, child, flag, on_off, val, w

_STYLE, _TYPE, _DEFAULT, _STYLE_ID = w("style"), w("type"), w("default"), w("styleId")

_UI_NAMES = {"caption": "Caption", "footer": "Footer", "header": "Header",
             **{f"heading {n}": f"Heading {n}" for n in range(1, 10)}}
"""Built-in styles whose name in styles.xml differs from the one Word shows
(python-docx's table of them)."""


_START_TAG = re.compile(rb"""<[^\s/>]+(?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*\s*/?>""")
"""A start tag whole: its attribute values may hold ``>``."""


def _tag_end(data: bytes, start: int) -> int:
    """Index just past the start tag at ``start``; -1 when none is there."""
    match = _START_TAG.match(data, start)
    return match.end() if match else -1


def _prefixes(root: etree._Element) -> list[str | None]:
    """The root's prefixes bound to WordprocessingML (None: the default namespace)."""
    return [prefix for prefix, uri in root.nsmap.items() if uri == W_NS]


class StylePart:
    """The styles part's defaults and its styles by id, each parsed on first use.

    ``parse`` parses bytes as the package parses any part the text needs
    (limits; a damaged part makes the document unreadable): it is given the
    part's head, or the whole part where it is not written as Word writes
    it. A style alone is parsed within the same limits; when one does not
    parse (a comment holding a style's start tag would cut it wrongly), the
    whole part is parsed once and read as a whole; if that fails too, a
    style that does not parse is taken as absent."""

    def __init__(self, data: bytes, lim: Limits, where: str, parse: Callable[[bytes], etree._Element]) -> None:
        self._data, self._lim, self._where = data, lim, where
        self._parsed: dict[int, etree._Element | None] = {}
        self._chunks: list[bytes | None] = []
        self._ids: dict[str, list[int]] = {}
        self._damaged = self._tried_whole = False
        root_start = _root_start(data)
        open_end = _tag_end(data, root_start) if root_start >= 0 else -1
        root_name = _ROOT_NAME.match(data, root_start, open_end) if open_end > 0 else None
        qualified = root_name.group(1) if root_name else b""
        starts = _style_starts(data, qualified, open_end) if qualified else []
        self._prolog, self._close = b"", b""
        if not starts:
            self.root = parse(data)
            self._index_whole(self.root)
            return
        close = _root_close(data)
        self._prolog, self._close = data[:open_end], b"</" + qualified + b">"
        self.root = parse(data[:starts[0]] + self._close)
        attribute = _id_attribute(_prefixes(self.root))
        for number, (start, end) in enumerate(zip(starts, [*starts[1:], close])):
            chunk = data[start:end]
            self._chunks.append(chunk)
            found = attribute.search(chunk, 0, _tag_end(chunk, 0)) if attribute else None
            style_id = unescape(found.group(2).decode("utf-8", "replace")) if found else ""
            self._ids.setdefault(style_id, []).append(number)
        self.default_paragraph_id = self._default_paragraph()
        if self._damaged and self._parse_whole():
            self.default_paragraph_id = self._default_paragraph()

    def _index_whole(self, root: etree._Element) -> None:
        self._chunks, self._parsed, self._ids = [], {}, {}
        for number, element in enumerate(root.iterfind(_STYLE)):
            self._chunks.append(None)
            self._parsed[number] = element
            self._ids.setdefault(element.get(_STYLE_ID) or "", []).append(number)
        self.default_paragraph_id = self._default_paragraph()

    def _parse_whole(self) -> bool:
        """Once, after a style did not parse alone: the whole part read as a whole."""
        if self._tried_whole:
            return False
        self._tried_whole = True
        try:
            root = bounded.parse_xml(self._data, self._lim, self._where)
        except limits.LimitExceeded:
            raise
        except UnreadableDocument:
            return False
        self._index_whole(root)
        return True

    def _element(self, number: int) -> etree._Element | None:
        if number not in self._parsed:
            try:
                text = self._prolog + (self._chunks[number] or b"") + self._close
                root = bounded.parse_xml(text, self._lim, self._where)
            except limits.LimitExceeded:
                raise
            except UnreadableDocument:
                root, self._damaged = None, True
            self._parsed[number] = root.find(_STYLE) if root is not None else None
        return self._parsed[number]

    def style(self, style_id: str, kinds: tuple[str, ...]) -> etree._Element | None:
        """The last style with this id of one of ``kinds`` ("paragraph",
        "character"): a later definition replaces an earlier one whole."""
        found = self._find(style_id, kinds)
        if self._damaged and self._parse_whole():
            found = self._find(style_id, kinds)
        return found

    def _find(self, style_id: str, kinds: tuple[str, ...]) -> etree._Element | None:
        for number in reversed(self._ids.get(style_id, ())):
            element = self._element(number)
            if element is not None and (element.get(_STYLE_ID) or "") == style_id and element.get(_TYPE) in kinds:
                return element
        return None

    def _default_paragraph(self) -> str | None:
        """The id of the last paragraph style marked as the default: only the
        few styles whose start tag names a default attribute are parsed."""
        default = None
        for number, chunk in enumerate(self._chunks):
            if chunk is not None and b"default" not in chunk[:_tag_end(chunk, 0)]:
                continue
            element = self._element(number)
            if (element is not None and element.get(_TYPE) == "paragraph"
                    and element.get(_DEFAULT) is not None and on_off(element, _DEFAULT)):
                default = element.get(_STYLE_ID) or ""
        return default


def _root_start(data: bytes) -> int:
    """Where the root element's start tag begins (after the XML declaration,
    comments and processing instructions); -1 when there is none."""
    index = 0
    while True:
        index = data.find(b"<", index)
        if index < 0:
            return -1
        if data.startswith(b"<?", index) or data.startswith(b"<!", index):
            index += 2
            continue
        return index


def _root_close(data: bytes) -> int:
    """Where the root's end tag begins (the last ``</``)."""
    index = data.rfind(b"</")
    return index if index >= 0 else len(data)


_ROOT_NAME = re.compile(rb"<([^\s/>]+)")
"""The root element's qualified name at its start tag."""


def _style_starts(data: bytes, qualified: bytes, open_end: int) -> list[int]:
    """Offsets of the ``style`` start tags written with the root's own prefix
    (``<w:styles>`` holds ``<w:style>``; an unprefixed root, ``<style>``)."""
    prefix = qualified.rpartition(b":")[0]
    tag = re.compile(rb"<" + (re.escape(prefix) + rb":" if prefix else b"") + rb"style[\s/>]")
    return [match.start() for match in tag.finditer(data, open_end)]


def _id_attribute(prefixes: list[str | None]) -> re.Pattern[bytes] | None:
    """The ``w:styleId`` attribute as written with any prefix bound to
    WordprocessingML (an attribute without a prefix has no namespace)."""
    names = [re.escape(p.encode("ascii", "replace")) for p in prefixes if p]
    if not names:
        return None
    return re.compile(rb"\s(?:" + b"|".join(names) + rb"):styleId\s*=\s*(['\"])(.*?)\1", re.S)


class StyleMap:
    """Paragraph style ids to display names, and which styles start a page."""

    def __init__(self, part: StylePart | None) -> None:
        self._part = part
        default = part.default_paragraph_id if part else None
        self.default_name = self.name(default) if default is not None else None

    def _style(self, style_id: str) -> etree._Element | None:
        return self._part.style(style_id, ("paragraph",)) if self._part else None

    def name(self, style_id: str | None) -> str | None:
        if style_id is None:
            return self.default_name
        style = self._style(style_id)
        if style is None:
            return style_id
        name = val(style, w("name")) or style_id
        return _UI_NAMES.get(name, name)

    def page_break_before(self, style_id: str | None) -> bool:
        """Whether the style (or one it is based on) starts a new page."""
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            style = self._style(style_id)
            if style is None:
                return False
            breaks = flag(child(style, PPR), w("pageBreakBefore"))
            if breaks is not None:
                return breaks
            style_id = val(style, w("basedOn"))
        return False
