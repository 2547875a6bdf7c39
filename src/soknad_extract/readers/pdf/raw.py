"""A PDF file's objects found in its raw bytes, without a PDF parser.

pdfium parses the pages; before it opens the file the stream guard
(``guard``) must see every stream it will inflate, and the page tree it
will believe. Both are visible lexically: each object of the file is
written ``N G obj ... endobj``, a stream's bytes sit between ``stream`` and
``endstream``, and streams never sit inside object streams, whose header
lists the objects they hold. So the file is scanned once for object
headers (stepping over stream bodies), the latest definition of each
object number wins (an incremental update appends), and an object's
dictionary is parsed only when it is asked for. Objects are not found
through the cross-reference table: a damaged one cannot hide an object
(``xref`` says which objects it would hide from pdfium).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

_OBJ = re.compile(rb"obj(?![A-Za-z0-9_])")
_OBJ_NUMBERS = re.compile(rb"(\d{1,10})[ \t\r\n\f\0]+\d{1,5}[ \t\r\n\f\0]+\Z")
_SPACE = re.compile(rb"(?:[ \t\r\n\f\0]|%[^\r\n]*)*")
_TOKEN = re.compile(rb"""(?:[ \t\r\n\f\0]|%[^\r\n]*)*(?:
    \[([-+.\d \t\r\n\f\0]*)\]                          # 1 an array of numbers only
  | (<<|>>|\[|\])                                        # 2
  | /([^ \t\r\n\f\0()<>\[\]{}/%]*)                       # 3 a name
  | (\d{1,10})[ \t\r\n\f\0]+\d{1,5}[ \t\r\n\f\0]+R(?![A-Za-z0-9_])  # 4 a reference
  | ([+-]?(?:\d+\.?\d*|\.\d+))                            # 5 a number
  | (\()                                                 # 6 a literal string
  | <([^<>]*)>                                           # 7 a hex string
  | (true|false|null)(?![A-Za-z])                        # 8
)""", re.X)
_NUMBER = re.compile(rb"[+-]?(?:\d+\.?\d*|\.\d+)")
_PAREN = re.compile(rb"\\.|[()]", re.S)
_STREAM = re.compile(rb"stream[ \t]*(?:\r\n|\n|\r)")
_TRAILERS = 16
"""Trailers read, the file's last: the current one is last, and a file of
thousands of "trailer<<" (in comments) must not parse each to its end."""
_MAX_DEPTH = 64
"""Arrays and dictionaries nested deeper end the value there, as broken (a
file that nests without end must not cost without end)."""


@dataclass(frozen=True)
class Ref:
    """An indirect reference ``N G R``; the generation is ignored (the
    latest object with that number is the one meant)."""

    number: int


class Name(str):
    """A PDF name (``/Type``), without the slash; a ``str`` so it compares
    with text."""


def _skip(data: bytes, pos: int) -> int:
    """Past whitespace and comments."""
    return _SPACE.match(data, pos).end()  # type: ignore[union-attr]


_MAX_STRING = 1 << 16
"""Bytes a literal string in a dictionary may hold: an unclosed "(" must not
make every object after it read to the end of the file."""


def _string(data: bytes, pos: int) -> tuple[bytes, int]:
    """A literal string from after its "(", balanced, its escapes kept raw
    (only its extent matters here); an unclosed one ends after
    ``_MAX_STRING`` bytes."""
    depth, start = 1, pos
    end = min(len(data), pos + _MAX_STRING)
    for mark in _PAREN.finditer(data, pos, end):
        if mark.group() == b"(":
            depth += 1
        elif mark.group() == b")":
            depth -= 1
            if not depth:
                return data[start:mark.start()], mark.end()
    return data[start:end], end


_NAMES: dict[bytes, Name] = {}
"""Names met, by their bytes: a file's dictionaries repeat a few dozen
(/Type, /Font, /Length), each decoded once a process."""
_NAMES_KEPT = 4096
_NAME_KEPT_BYTES = 64
"""Names kept at most, and the longest kept: a file of many long names
must not grow the memo."""


def _name(raw: bytes) -> Name:
    name = _NAMES.get(raw)
    if name is None:
        name = _decode_name(raw)
        if len(raw) <= _NAME_KEPT_BYTES and len(_NAMES) < _NAMES_KEPT:
            _NAMES[raw] = name
    return name


def _decode_name(raw: bytes) -> Name:
    if b"#" in raw:
        raw = re.sub(rb"#([0-9A-Fa-f]{2})", lambda m: bytes([int(m.group(1), 16)]), raw)
    return Name(raw.decode("latin-1"))


def _close(items: list[Any], opener: bytes) -> Any:
    if opener == b"[":
        return items
    return {k: v for k, v in zip(items[::2], items[1::2]) if isinstance(k, Name)}


_BOOLEANS = {b"true": True, b"false": False}


def value(data: bytes, pos: int) -> tuple[Any, int]:
    """The PDF object that starts at ``pos`` (after whitespace) and the
    position after it: dict, list, ``Ref``, ``Name``, int/float, bytes (a
    string's raw bytes), bool or None. An array of numbers only (widths,
    boxes, matrices) is a tuple, read in one step. A keyword
    that is not a value (``endobj``, ``stream``) is None without moving; one
    inside an array or dictionary ends it, as broken."""
    stack: list[tuple[bytes, list[Any]]] = []
    match = _TOKEN.match
    while True:
        token = match(data, pos)
        kind = token.lastindex if token else None
        if kind is None or len(stack) > _MAX_DEPTH:
            item: Any = None
            if not stack:
                return None, pos
            while len(stack) > 1:  # a broken container: what was read of it
                opener, items = stack.pop()
                stack[-1][1].append(_close(items, opener))
            return _close(stack[0][1], stack[0][0]), pos
        pos = token.end()
        # the kinds in the order a file's dictionaries hold them most
        if kind == 3:
            item = _name(token.group(3))
        elif kind == 2:
            mark = token.group(2)
            if mark == b"<<" or mark == b"[":
                stack.append((mark, []))
                continue
            if not stack:
                return None, pos
            opener, items = stack.pop()
            item = _close(items, opener)
        elif kind == 5:
            text = token.group(5)
            item = float(text) if b"." in text else int(text)
        elif kind == 4:
            item = Ref(int(token.group(4)))
        elif kind == 1:
            item = tuple(float(n) if b"." in n else int(n) for n in token.group(1).split() if _NUMBER.fullmatch(n))
        elif kind == 6:
            item, pos = _string(data, pos)
        elif kind == 7:
            item = token.group(7)
        else:
            item = _BOOLEANS.get(token.group(8))
        if not stack:
            return item, pos
        stack[-1][1].append(item)


@dataclass
class RawObject:
    """Where one object's value starts in its bytes, and its stream body."""

    source: bytes
    """The file, or the decoded object stream that holds the object."""
    start: int
    stream: tuple[int, int] | None = None
    """Start and end of the stream's (encoded) bytes in ``source``."""
    _parsed: Any = field(default=None, repr=False)
    _done: bool = field(default=False, repr=False)

    def value(self) -> Any:
        """The object's value (a stream's dictionary), parsed once."""
        if not self._done:
            self._parsed, self._done = value(self.source, self.start)[0], True
        return self._parsed

    def data(self) -> bytes:
        """A stream's encoded bytes (b"" for an object that is not one)."""
        return self.source[self.stream[0]:self.stream[1]] if self.stream else b""


def _stream_end(data: bytes, start: int, length: Any) -> int:
    """Where a stream's bytes end: its /Length when that lands on
    ``endstream``, else (as pdfium reads it) the next ``endstream`` or
    ``endobj``, whichever comes first, less the end of line before it."""
    if isinstance(length, int) and 0 <= length <= len(data) - start:
        after = _skip(data, start + length)
        if data.startswith(b"endstream", after):
            return start + length
    ends = [e for e in (data.find(b"endstream", start), data.find(b"endobj", start)) if e >= 0]
    if not ends:
        return len(data)
    end = min(ends)
    if data[end - 2:end] == b"\r\n":
        return end - 2
    return end - 1 if data[end - 1:end] in (b"\n", b"\r") else end


@dataclass
class RawFile:
    """Every object of a file by number (the latest definition), and what
    its trailers say."""

    objects: dict[int, RawObject] = field(default_factory=dict)
    positions: dict[int, int] = field(default_factory=dict)
    """Where in the file each object was defined (an object stream's
    objects: where the object stream is), so the latest definition wins."""
    object_streams: list[int] = field(default_factory=list)
    """Numbers of the object streams, in file order."""
    xref_streams: list[int] = field(default_factory=list)
    """Numbers of the cross-reference streams, in file order."""
    stores: dict[int, int] = field(default_factory=dict)
    """The object stream each object held by one is read from."""
    root: int | None = None
    encrypted: bool = False

    def get(self, item: Any) -> Any:
        """``item`` itself, or the value of the object it refers to (None
        when the file does not hold it)."""
        if isinstance(item, Ref):
            obj = self.objects.get(item.number)
            return obj.value() if obj is not None else None
        return item

    def _define(self, number: int, obj: RawObject, position: int, store: int | None = None) -> None:
        if position >= self.positions.get(number, -1):
            self.objects[number] = obj
            self.positions[number] = position
            if store is None:
                self.stores.pop(number, None)
            else:
                self.stores[number] = store

    def add_object_stream(self, number: int, data: bytes) -> None:
        """The objects of object stream ``number``, decoded to ``data`` (its
        header lists "number offset" pairs), where no later definition
        replaces them."""
        header = self.objects[number].value()
        first, count = header.get("First"), header.get("N")
        if not isinstance(first, int) or not isinstance(count, int) or first < 0:
            return
        position = self.positions[number]
        numbers = [int(n) for n in re.findall(rb"\d+", data[:first])[: 2 * max(count, 0)]]
        for held, offset in zip(numbers[::2], numbers[1::2]):
            if held != number:
                self._define(held, RawObject(data, first + offset), position, number)


def scan(data: bytes) -> RawFile:
    """The file's top-level objects, stepping over each stream's bytes so a
    stream's contents are never read as objects. Only a stream's dictionary
    is parsed here; object streams are listed, not opened (they are decoded
    within the stream limit by the guard)."""
    found = RawFile()
    keywords = [m.start() for m in _STREAM.finditer(data) if data[m.start() - 3:m.start()] != b"end"]
    # every object header and "endobj" (not a word "obj" inside a dictionary):
    # an object's stream keyword comes before the next one
    headers = {m.start(): _OBJ_NUMBERS.search(data, max(0, m.start() - 24), m.start()) for m in _OBJ.finditer(data)}
    marks = [at for at, header in headers.items() if header is not None or data[at - 3:at] == b"end"] + [len(data)]
    after_stream = 0
    for mark, following in zip(marks, marks[1:]):
        header = headers[mark]
        if header is None or header.start() < after_stream:
            continue  # "endobj", or bytes inside a stream that look like an object
        number, start = int(header.group(1)), mark + 3
        obj = RawObject(data, start)
        at = bisect.bisect_left(keywords, start)
        keyword = keywords[at] if at < len(keywords) else -1
        if start <= keyword < following:
            head, after = value(data, start)
            stream = _STREAM.match(data, _skip(data, after)) if isinstance(head, dict) else None
            if stream and stream.start() == keyword:
                end = _stream_end(data, stream.end(), head.get("Length"))
                obj.stream = (stream.end(), end)
                obj._parsed, obj._done = head, True
                after_stream = end
                if head.get("Type") == "ObjStm":
                    found.object_streams.append(number)
                elif head.get("Type") == "XRef":
                    found.xref_streams.append(number)
                    _trailer(found, head)
        found._define(number, obj, header.start())
    for trailer in list(re.finditer(rb"trailer\s*<<", data))[-_TRAILERS:]:
        head = value(data, trailer.end() - 2)[0]
        if isinstance(head, dict):
            _trailer(found, head)
    _resolve_lengths(found, data)
    return found


def _resolve_lengths(found: RawFile, data: bytes) -> None:
    """A stream whose /Length is an indirect object ("/Length 12 0 R", as
    LibreOffice writes) ends where that length says, once all objects are
    known: the end-of-line trimmed before ``endstream`` may be the data's
    own last byte."""
    for obj in found.objects.values():
        if obj.stream is None or obj.source is not data:
            continue
        length = found.get(obj.value().get("Length"))
        if isinstance(length, int) and not isinstance(obj.value().get("Length"), int):
            obj.stream = (obj.stream[0], _stream_end(data, obj.stream[0], length))


def _trailer(found: RawFile, head: dict[str, Any]) -> None:
    """A trailer (or cross-reference stream) names the catalog and the
    encryption; the last one in the file is the current one."""
    if isinstance(head.get("Root"), Ref):
        found.root = head["Root"].number
    if head.get("Encrypt") is not None:
        found.encrypted = True


def catalog_number(found: RawFile) -> int | None:
    """The catalog's object number: the trailer's /Root, else the last
    object that says it is the catalog (a file whose trailer is lost)."""
    if found.root in found.objects:
        return found.root
    for number in reversed(list(found.objects)):
        value_ = found.objects[number].value()
        if isinstance(value_, dict) and value_.get("Type") == "Catalog":
            return number
    return None

