"""pyHanko's hex-string reader, the same answers in a fraction of the time.

A signature's ``/Contents`` is a hex string of 16,000–32,000 digits, and
pyHanko reads a hex string a byte at a time in Python (``read_non_whitespace``
per digit); its diff analysis reads each signature dictionary again for
every revision it compares. That reading was about half of the CPU our
signature check spends on a signed file once pyHanko is imported (0.057 of
0.125 s for the bench's nine signed PDFs).

``read_hex_string`` reads the string up to its ``>`` in blocks and, when the
string holds nothing but hex digits and PDF whitespace (as every writer
makes it), decodes it at once; anything else (a comment, a stray character,
a stream ending before the ``>``) is handed back to pyHanko's own reader
from the string's start, so its answer and its error are pyHanko's.
``install`` puts it in place of pyHanko's reader in its ``generic`` module,
where pyHanko's object parser looks it up; ``tests/test_pyhanko_hex.py``
holds the two to the same strings, stream positions and errors.
"""

from __future__ import annotations

import binascii
import re
import threading
from typing import Any

_BLOCK = 1 << 16
_WHITESPACE = b" \n\r\t\f\x00"
"""pyHanko's ``PDF_WHITESPACE``, which its reader skips between digits."""
_PLAIN = re.compile(rb"[0-9a-fA-F \n\r\t\f\x00]*")
"""A string's body with nothing but pyHanko's ``HEX_DIGITS`` and whitespace."""


def read_hex_string(stream: Any) -> Any:
    """The hex string starting at ``stream``'s position (at its ``<``), as
    pyHanko's ``read_hex_string_from_stream`` reads it, the stream left
    after its ``>`` (only once ``install`` has run)."""
    start = stream.tell()
    stream.read(1)
    blocks: list[bytes] = []
    while True:
        block = stream.read(_BLOCK)
        if not block:
            stream.seek(start)
            return _PYHANKO["reader"](stream)
        close = block.find(b">")
        if close >= 0:
            blocks.append(block[:close])
            break
        blocks.append(block)
    body = b"".join(blocks)
    if not _PLAIN.fullmatch(body):
        stream.seek(start)
        return _PYHANKO["reader"](stream)
    stream.seek(start + 1 + len(body) + 1)
    digits = body.translate(None, _WHITESPACE)
    return _PYHANKO["pdf_string"](binascii.unhexlify(digits + b"0" if len(digits) % 2 else digits))


_PYHANKO: dict[str, Any] = {}
"""pyHanko's own reader and its string maker, once ``install`` has run."""
_INSTALL = threading.Lock()


def install() -> None:
    """Read pyHanko's hex strings with ``read_hex_string`` from now on in
    this process, but only where pyHanko's reader still answers a sample as
    ours does: a pyHanko that renamed, re-signed or changed its reader keeps
    its own (slower, never wrong) reader rather than every signed file
    turning into a broken signature."""
    try:
        from pyhanko.pdf_utils import generic
    except ImportError:
        return
    with _INSTALL:
        original = getattr(generic, "read_hex_string_from_stream", None)
        maker = getattr(generic, "pdf_string", None)
        if original is read_hex_string or not (callable(original) and callable(maker)):
            return
        _PYHANKO["reader"] = original
        _PYHANKO["pdf_string"] = maker
        if _agrees(original):
            generic.read_hex_string_from_stream = read_hex_string
        else:
            _PYHANKO.clear()


_SAMPLE = b"<48 65 6c6C6f\n 7> 0 R"
"""A hex string with whitespace, both cases and an odd digit, something after it."""


def _agrees(original: Any) -> bool:
    """Whether pyHanko's reader and ``read_hex_string`` give the same value
    of the same type on ``_SAMPLE`` and leave the stream at the same place."""
    from io import BytesIO

    theirs_stream, ours_stream = BytesIO(_SAMPLE), BytesIO(_SAMPLE)
    try:
        theirs = original(theirs_stream)
        ours = read_hex_string(ours_stream)
    except Exception:  # noqa: BLE001 - any failure means "do not replace pyHanko's reader"
        return False
    return type(theirs) is type(ours) and theirs == ours and theirs_stream.tell() == ours_stream.tell()
