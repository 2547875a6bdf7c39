"""A PDF stream decoded within ``pdf_max_stream_mib``, and whether it was
damaged.

pdfium inflates a stream whole, so a flate stream of a gigabyte of zeros, a
few megabytes in the file, costs a gigabyte before anyone can look at it,
and it reads a stream it cannot decode as far as it goes, or as nothing,
without a word. So the reader decodes the streams pdfium will read here
first (``guard``), with decoders that stop as soon as their output passes
the limit, and counts those that fail to decode. zlib does that work in C.
Only the filters that can grow a thousandfold (flate, LZW) are bounded while
they run; run-length and the ASCII filters grow at most 64:1 and are checked
after. Image filters end the chain: an image is checked by its declared
size before pdfium draws it (``images``).
"""

from __future__ import annotations

import binascii
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ...limits import MIB, LimitExceeded, Limits

_CHUNK = 1 << 20
_SALVAGE_BLOCK = 4096
_IMAGE_FILTERS = {"DCTDecode", "DCT", "JPXDecode", "CCITTFaxDecode", "CCF", "JBIG2Decode"}


@dataclass
class Guard:
    """What happened to the streams of one document while it was checked."""

    limits: Limits
    damaged: int = 0
    """Streams that failed to decode (read partly, or as nothing)."""
    missing: int = 0
    """Objects referred to that the file does not hold."""
    unlocated: int = 0
    """Objects referred to that the file holds where its cross-reference
    table does not say (missing to pdfium unless it rebuilt the table)."""

    def counts(self) -> tuple[int, int, int]:
        return self.damaged, self.missing, self.unlocated

    @property
    def maximum(self) -> int:
        return int(self.limits.pdf_max_stream_mib * MIB)

    def check(self, size: int) -> None:
        if size > self.maximum:
            raise LimitExceeded("pdf_max_stream_mib", size / MIB, self.limits.pdf_max_stream_mib)


class Damaged(Exception):
    """A stream that could be decoded only in part (``partial``), or not at all."""

    def __init__(self, partial: bytes = b"") -> None:
        super().__init__("damaged stream")
        self.partial = partial


def _inflate(data: bytes, guard: Guard) -> bytes:
    """``zlib.decompress`` in at most ``_CHUNK`` steps, stopped at the
    limit; a stream that does not end as a zlib stream ends (truncated,
    corrupt) is salvaged (``_salvage``) and counts as damaged."""
    decoder = zlib.decompressobj()
    out = bytearray()
    pending = data
    try:
        while not decoder.eof:
            chunk = decoder.decompress(pending, _CHUNK)
            pending = decoder.unconsumed_tail
            out += chunk
            guard.check(len(out))
            if not chunk and not pending:
                raise zlib.error("incomplete or truncated stream")
    except zlib.error:
        raise Damaged(_salvage(data, guard)) from None
    return bytes(out)


def _salvage(data: bytes, guard: Guard) -> bytes:
    """What decodes before the damage, when the damage is in the last bytes
    (the checksum), as pdfminer's ``decompress_corrupted`` does, bounded
    and in linear time; b"" otherwise."""
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
                    return bytes(out) if start + i >= len(data) - 3 else b""
        guard.check(len(out))
    return bytes(out)


def _lzw(data: bytes, guard: Guard, early: int = 1) -> bytes:
    """LZW as PDF writes it (9- to 12-bit codes, 256 clears the table, 257
    ends), stopped at the limit."""
    table = [bytes([i]) for i in range(256)] + [b"", b""]
    out = bytearray()
    previous = b""
    width, bits, value = 9, 0, 0
    for byte in data:
        value, bits = (value << 8) | byte, bits + 8
        while bits >= width:
            bits -= width
            code, value = value >> bits, value & ((1 << bits) - 1)
            if code == 256:
                table, previous, width = table[:258], b"", 9
                continue
            if code == 257:
                return bytes(out)
            if code < len(table):
                entry = table[code]
                if previous:
                    table.append(previous + entry[:1])
            elif code == len(table) and previous:
                entry = previous + previous[:1]
                table.append(entry)
            else:
                raise Damaged(bytes(out))
            out += entry
            previous = entry
            if len(table) + early >= 1 << width and width < 12:
                width += 1
        if len(out) > guard.maximum:
            guard.check(len(out))
    return bytes(out)


_SPACES = b" \t\r\n\f\0"
_A85 = bytes((c - 33) % 256 for c in range(256))
_A85_CHARACTERS = bytes(range(33, 118))
_POWERS = (85**4, 85**3, 85**2, 85, 1)


def _ascii_hex(data: bytes) -> bytes:
    text = data.split(b">", 1)[0].translate(None, _SPACES)
    return binascii.unhexlify(text + b"0" * (len(text) % 2))


def _ascii85(data: bytes) -> bytes:
    """ASCII base-85 in whole groups at a time (``base64.a85decode`` goes
    character by character: ten times slower on a page's content)."""
    text = data.split(b"~>", 1)[0].translate(None, _SPACES).removeprefix(b"<~").replace(b"z", b"!!!!!")
    if text.translate(None, _A85_CHARACTERS):
        raise ValueError("not ASCII base-85")
    pad = -len(text) % 5
    digits = (text + b"u" * pad).translate(_A85)
    a, b, c, d, e = _POWERS
    words = [v * a + w * b + x * c + y * d + z for v, w, x, y, z in
             zip(digits[0::5], digits[1::5], digits[2::5], digits[3::5], digits[4::5])]
    try:
        out = struct.pack(f">{len(words)}I", *words)
    except struct.error:
        raise ValueError("ASCII base-85 group out of range") from None
    return out[: len(out) - pad]


def _run_length(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data) and data[i] != 128:
        n = data[i]
        if n < 128:
            out += data[i + 1:i + 2 + n]
            i += n + 2
        else:
            out += data[i + 1:i + 2] * (257 - n)
            i += 2
    return bytes(out)


_SIMPLE: dict[str, Callable[[bytes], bytes]] = {
    "ASCIIHexDecode": _ascii_hex, "AHx": _ascii_hex, "ASCII85Decode": _ascii85, "A85": _ascii85,
    "RunLengthDecode": _run_length, "RL": _run_length}


def _filters(head: dict[str, Any], resolve: Callable[[Any], Any]) -> list[tuple[str, Any]]:
    """The stream's filters in order, each with its parameters."""
    filters, params = resolve(head.get("Filter")), resolve(head.get("DecodeParms"))
    if not isinstance(filters, list):
        filters, params = ([filters] if filters is not None else []), [params]
    elif not isinstance(params, list):
        params = [params] * len(filters)
    return [(str(resolve(f)), resolve(p)) for f, p in zip(filters, list(params) + [None] * len(filters))]


def decode(data: bytes, head: dict[str, Any], guard: Guard, resolve: Callable[[Any], Any]) -> bytes:
    """A stream's bytes decoded through its filters within the limit, up to
    an image filter. Raises ``Damaged`` (with what decoded) for a stream
    that fails, ``LimitExceeded`` for one over the limit."""
    for name, params in _filters(head, resolve):
        if name in _IMAGE_FILTERS:
            break
        if name in ("FlateDecode", "Fl"):
            data = _inflate(data, guard)
        elif name in ("LZWDecode", "LZW"):
            data = _lzw(data, guard, params.get("EarlyChange", 1) if isinstance(params, dict) else 1)
        elif name in _SIMPLE:
            try:
                data = _SIMPLE[name](data)
            except ValueError:
                raise Damaged() from None
            guard.check(len(data))
        else:
            raise Damaged()  # a filter pdfium may not know either: what the stream says is lost
    return data
