"""PDF streams decoded by pdfminer within ``pdf_max_stream_mib``, and the
damage pdfminer repairs without a word, counted.

pdfminer decodes a stream whole (``zlib.decompress`` of all of it), so a
flate stream of a gigabyte of zeros, a few megabytes in the file, costs a
gigabyte before anyone can look at it, and a stream it cannot decode is
quietly read as far as it goes, or as nothing. Neither can be asked of
pdfminer from outside, so ``guarded`` swaps pdfminer's flate and LZW
decoders (the filters that can grow a thousandfold) for bounded ones while
one document is read: each stops as soon as its output passes the limit, and
a stream that fails to decode, and an object the file refers to but does
not hold, are counted (``Guard.damaged``, ``Guard.missing``) so that the
reader can say which page they were on. Any other filter's output is checked
after decoding (run-length and the ASCII filters grow at most 64:1).

The pages themselves are parsed by pdfium, which inflates a stream whole
and repairs damage silently too, so ``decode_page`` first decodes what
pdfium will read of a page (its content streams, and the form XObjects and
fonts it uses) through these decoders: the limit and the damage count hold
before pdfium sees the page. zlib does that work in C; it is a small part of
what pdfminer's own parse of the page cost.
"""

from __future__ import annotations

import io
import threading
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import SimpleNamespace
from typing import Any

from pdfminer import pdftypes
from pdfminer.lzw import LZWDecoder
from pdfminer.pdfdocument import PDFDocument
from pdfminer.pdftypes import PDFObjectNotFound, PDFStream, resolve1

from ... import limits
from ...limits import MIB, LimitExceeded, Limits

_CHUNK = 1 << 20
_SALVAGE_BLOCK = 4096


@dataclass
class Guard:
    """What happened to the streams of one document while it was read."""

    limits: Limits
    damaged: int = 0
    """Streams that failed to decode (read partly, or as nothing)."""
    missing: int = 0
    """Objects referred to that the file does not hold (pdfminer reads
    the reference as nothing)."""
    exceeded: LimitExceeded | None = None
    """The first stream over the limit; set even if a library swallowed
    the exception, so the reader can raise it after the library returns."""

    @property
    def maximum(self) -> int:
        return int(self.limits.pdf_max_stream_mib * MIB)

    def check(self, size: int) -> None:
        if size > self.maximum:
            self.exceeded = self.exceeded or LimitExceeded(
                "pdf_max_stream_mib", size / MIB, self.limits.pdf_max_stream_mib)
            raise self.exceeded

    def raise_if_exceeded(self) -> None:
        if self.exceeded is not None:
            raise self.exceeded


_local = threading.local()
"""The guard of the document this thread reads (the web server reads
uploads in threads)."""


def _current() -> Guard | None:
    return getattr(_local, "guard", None)


def _inflate(data: bytes, *_args: Any) -> bytes:
    """``zlib.decompress`` in at most ``_CHUNK`` steps, stopped at the limit;
    a truncated stream is a ``zlib.error`` as with ``zlib.decompress``."""
    guard = _current()
    decoder = zlib.decompressobj()
    out = bytearray()
    pending = data
    while not decoder.eof:
        chunk = decoder.decompress(pending, _CHUNK)
        pending = decoder.unconsumed_tail
        out += chunk
        if guard is not None:
            guard.check(len(out))
        if not chunk and not pending:
            raise zlib.error("incomplete or truncated stream")
    return bytes(out)


def _salvage(data: bytes) -> bytes:
    """pdfminer's ``decompress_corrupted`` (what decodes before the damage,
    accepted only when the damage is in the last bytes, the checksum),
    bounded and in linear time; every call is a damaged stream."""
    guard = _current()
    if guard is not None:
        guard.damaged += 1
    decoder = zlib.decompressobj()
    out = bytearray()
    for start in range(0, len(data), _SALVAGE_BLOCK):
        block = data[start:start + _SALVAGE_BLOCK]
        saved = decoder.copy()
        try:
            out += decoder.decompress(block)
        except zlib.error:
            decoder = saved
            for i in range(len(block)):
                try:
                    out += decoder.decompress(block[i:i + 1])
                except zlib.error:
                    if start + i < len(data) - 3:
                        raise
                    return bytes(out)
        if guard is not None:
            guard.check(len(out))
    return bytes(out)


def _lzw(data: bytes) -> bytes:
    guard = _current()
    out = bytearray()
    for piece in LZWDecoder(io.BytesIO(data)).run():
        out += piece
        if guard is not None:
            guard.check(len(out))
    return bytes(out)


_original_getobj = PDFDocument.getobj


def _getobj(document: PDFDocument, objid: int) -> object:
    try:
        return _original_getobj(document, objid)
    except PDFObjectNotFound:
        guard = _current()
        if guard is not None:
            guard.missing += 1
        raise


_ZLIB = SimpleNamespace(decompress=_inflate, decompressobj=zlib.decompressobj, error=zlib.error)
_original_decode = pdftypes.PDFStream.decode


def _decode(stream: pdftypes.PDFStream) -> None:
    guard = _current()
    if guard is not None and guard.exceeded is not None:
        raise guard.exceeded  # the document is refused; decode nothing more of it
    _original_decode(stream)
    if guard is not None and stream.data is not None:
        guard.check(len(stream.data))


def _install() -> None:
    """Swap pdfminer's decoders (and wrap its object lookup) once per process. Without a guard (a
    document read outside ``guarded``) they decode as pdfminer's own do."""
    if pdftypes.PDFStream.decode is _decode:
        return
    pdftypes.zlib = _ZLIB  # type: ignore[assignment]
    pdftypes.decompress_corrupted = _salvage
    pdftypes.lzwdecode = _lzw
    pdftypes.PDFStream.decode = _decode  # type: ignore[method-assign]
    PDFDocument.getobj = _getobj  # type: ignore[method-assign]


@contextmanager
def guarded(limits_: Limits | None = None) -> Iterator[Guard]:
    """pdfminer decodes this thread's streams within the limit inside the
    block, and the block's ``Guard`` counts the damaged ones."""
    _install()
    previous = _current()
    guard = Guard(limits_ or limits.active())
    _local.guard = guard
    try:
        yield guard
    finally:
        _local.guard = previous


_FONT_STREAMS = ("FontFile", "FontFile2", "FontFile3")
MAX_RESOURCE_DEPTH = 15
"""Form XObjects and Type 3 glyphs nested deeper are not decoded ahead
(pdfium does not draw them either)."""


def _name(value: Any) -> str:
    value = resolve1(value)
    name = getattr(value, "name", value)
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


def _font_parts(font: Any) -> Iterator[Any]:
    """A font's streams (ToUnicode, font programs) and, for Type 3 fonts,
    its glyph procedures and their resources."""
    yield font.get("ToUnicode")
    descendants = resolve1(font.get("DescendantFonts"))
    fonts = [font] + ([resolve1(d) for d in descendants] if isinstance(descendants, list) else [])
    for each in fonts:
        descriptor = resolve1(each.get("FontDescriptor")) if isinstance(each, dict) else None
        if isinstance(descriptor, dict):
            yield from (descriptor.get(key) for key in _FONT_STREAMS)
    procs = resolve1(font.get("CharProcs"))
    if isinstance(procs, dict):
        yield from procs.values()
    yield font.get("Resources")


def _resource_parts(resources: Any) -> Iterator[Any]:
    """The form XObjects and fonts a resource dictionary names (images
    are left to pdfium: they are checked by their declared size)."""
    if not isinstance(resources, dict):
        return
    xobjects = resolve1(resources.get("XObject"))
    for ref in xobjects.values() if isinstance(xobjects, dict) else []:
        xobject = resolve1(ref)
        if isinstance(xobject, PDFStream) and _name(xobject.get("Subtype")) == "Form":
            yield ref
    fonts = resolve1(resources.get("Font"))
    for ref in fonts.values() if isinstance(fonts, dict) else []:
        font = resolve1(ref)
        if isinstance(font, dict):
            yield from _font_parts(font)


def decode_page(contents: list[Any], resources: Any) -> None:
    """Decode a page's content streams and every form XObject and font
    stream its resources reach (each once) within the guard's limit; a
    stream that cannot be decoded at all counts as damaged. Raises
    ``LimitExceeded`` for a stream over the limit."""
    guard = _current()
    seen: set[int] = set()
    pending: list[tuple[Any, int]] = [(item, 0) for item in contents]
    pending += [(part, 0) for part in _resource_parts(resolve1(resources))]
    while pending:
        item, depth = pending.pop()
        key = item.objid if hasattr(item, "objid") else id(item)
        obj = resolve1(item)
        if key in seen or depth > MAX_RESOURCE_DEPTH:
            continue
        seen.add(key)
        if isinstance(obj, PDFStream):
            try:
                obj.get_data()
            except LimitExceeded:
                raise
            except Exception:  # noqa: BLE001 - a stream pdfminer cannot decode at all is damage, said per page
                if guard is not None:
                    guard.damaged += 1
            pending += [(part, depth + 1) for part in _resource_parts(resolve1(obj.get("Resources")))]
        elif isinstance(obj, dict):
            pending += [(part, depth + 1) for part in _resource_parts(obj)]
