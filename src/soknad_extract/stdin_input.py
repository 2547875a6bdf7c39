"""``soknad-extract extract -``: an application read from standard input.

The readers choose their format from the file, so the bytes are written to
a private temporary file whose suffix follows the bytes' own signature; the
record names the source "-" as the user wrote it. The file is removed as
soon as the record is made.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

STDIN = "-"
MAX_BYTES = 512 << 20
"""Standard input is read up to this size; an application is far smaller."""

_SIGNATURES = ((b"%PDF", ".pdf"), (b"\x89PNG", ".png"), (b"\xff\xd8\xff", ".jpg"), (b"II*\x00", ".tif"),
               (b"MM\x00*", ".tif"), (b"{\\rtf", ".rtf"), (b"\xd0\xcf\x11\xe0", ".doc"))
_ODF_MIMETYPE = b"mimetypeapplication/vnd.oasis.opendocument.text"


class StdinTooLarge(Exception):
    """More than ``MAX_BYTES`` arrived on standard input."""


def suffix_of(data: bytes) -> str:
    """The file suffix the bytes' signature stands for (".pdf" when unknown:
    the PDF reader then says clearly that the file is not one)."""
    for signature, suffix in _SIGNATURES:
        if data.startswith(signature):
            return suffix
    if data.startswith(b"PK\x03\x04"):
        return ".odt" if _ODF_MIMETYPE in data[:100] else ".docx"
    return ".pdf"


@contextmanager
def stdin_file(stream: BinaryIO) -> Iterator[Path]:
    """The bytes of ``stream`` as a private temporary file, removed afterwards."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise StdinTooLarge
    folder = tempfile.mkdtemp(prefix="soknad-extract-")
    path = Path(folder) / f"stdin{suffix_of(data)}"
    try:
        path.write_bytes(data)
        yield path
    finally:
        path.unlink(missing_ok=True)
        os.rmdir(folder)
