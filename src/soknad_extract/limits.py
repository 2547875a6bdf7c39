"""Limits on what one document may cost, checked before the expensive work.

Applications arrive by e-mail and soon by upload, so a file may be built to
hurt: a zip bomb, a flate stream of a gigabyte of zeros, a table cell that
spans 10⁸ columns, a picture of 30,000 × 30,000 pixels. Every reader asks
here first, from what the file *says* about itself (the zip central
directory, an image header, a page count, an attribute), and then enforces
the same limit while it streams, because what a file says can be a lie.

A crossed limit raises ``LimitExceeded``, an ``UnreadableDocument``, so the
record gets DOCUMENT_UNREADABLE with a message in Bokmål and English that
names the limit, its value and how to raise it. The helpers are pure: they
take numbers or paths and touch nothing else; zip packages and XML parts are
opened and read within these limits by ``bounded``.

Defaults are generous for real applications (a scanned 40-page application
at 300 dpi, a Word form with pictures) and far below what would take a
worker past its memory limit. Each can be overridden by name, e.g.
``SOKNAD_EXTRACT_LIMITS="max_pages=2000,max_file_mib=200"``.
"""

from __future__ import annotations

import io
import os
import stat
import zlib
from pathlib import Path

# The values live apart so the command line's help reads them without the readers.
from soknad_extract.limit_settings import DEFAULT, ENV_VAR, MIB, Limits, active  # noqa: F401 - re-exported
from soknad_extract.messages import reader_text, reader_texts
from soknad_extract.readers.errors import UnreadableDocument

_CHUNK = 1 << 20


_UNITS: dict[str, str] = {
    "max_file_mib": "MiB",
    "max_pages": "",
    "max_pixels": "",
    "zip_max_total_mib": "MiB",
    "zip_max_entries": "",
    "zip_max_member_mib": "MiB",
    "zip_max_ratio": "",
    "pdf_max_stream_mib": "MiB",
    "xml_max_depth": "",
    "max_span": "",
    "max_grid_cells": "",
    "max_paragraphs": "",
    "document_seconds": "s",
    "worker_memory_mib": "MiB",
}
"""Each limit's unit; its name is the catalogue's ``limit_<limit>``."""


def _number(value: float, lang: str) -> str:
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
    return text.replace(",", " ").replace(".", ",") if lang == "nb" else text


class LimitExceeded(UnreadableDocument):
    """A document crossed one of the ``Limits``; the messages name it."""

    def __init__(self, limit: str, value: float | None, maximum: float, where: str = "") -> None:
        """``value`` is None when only the crossing is known (memory)."""
        unit = _UNITS[limit]
        unit_text = f" {unit}" if unit else ""
        at = f" ({where})" if where else ""
        value_nb = "" if value is None else f"{_number(value, 'nb')}{unit_text}, "
        value_en = "" if value is None else f"{_number(value, 'en')}{unit_text}, "
        shared = {"at": at, "unit": unit_text, "limit": limit, "env_var": ENV_VAR}
        super().__init__(
            reader_text("limit_exceeded", "nb", name=reader_text(f"limit_{limit}", "nb"), value=value_nb,
                        maximum=_number(maximum, "nb"), **shared),
            reader_text("limit_exceeded", "en", name=reader_text(f"limit_{limit}", "en"), value=value_en,
                        maximum=_number(maximum, "en"), **shared),
        )
        self.limit = limit
        self.value = value
        self.maximum = maximum


class DamagedPart(UnreadableDocument):
    """One member of a zip package cannot be read (bad deflate data, a wrong
    checksum, encryption, an unknown compression method). A reader may skip
    an optional part (docProps/core.xml) and say so; a required one makes
    the document unreadable with this message."""

    def __init__(self, name: str, reason: str, detail: object = None) -> None:
        """``reason`` is a catalogue key; ``detail``, the library's English
        explanation, goes into the English text only."""
        super().__init__(*(
            reader_text("damaged_part", lang, name=name, reason=reader_text(reason, lang, detail=shown))
            for lang, shown in (("nb", ""), ("en", "" if detail is None else f" ({detail})"))
        ))
        self.name = name


def check_limit(limit: str, value: float, maximum: float, where: str = "") -> None:
    """The one test of a limit, shared with ``bounded``'s package readers."""
    if value > maximum:
        raise LimitExceeded(limit, value, maximum, where)


# --- files ----------------------------------------------------------------------


def check_regular_file(path: Path) -> os.stat_result:
    """The file's status, without opening it; a FIFO, socket or device is
    refused here because opening one can block forever or never end."""
    try:
        status = os.stat(path)
    except OSError as exc:
        raise UnreadableDocument(*reader_texts("file_not_opened", error=exc.strerror or exc)) from exc
    if not stat.S_ISREG(status.st_mode):
        raise UnreadableDocument(*reader_texts("not_regular_file"))
    return status


def check_file_size(path: Path, limits: Limits = DEFAULT) -> int:
    """The file's size in bytes, once it is a regular file within the limit."""
    size = check_regular_file(path).st_size
    check_limit("max_file_mib", size / MIB, limits.max_file_mib)
    return size


def check_pages(count: int, limits: Limits = DEFAULT) -> None:
    check_limit("max_pages", count, limits.max_pages)


def check_image_pixels(width: float, height: float, limits: Limits = DEFAULT, where: str = "") -> None:
    """Before an image is decoded or a page rendered: its declared size."""
    check_limit("max_pixels", max(0, width) * max(0, height), limits.max_pixels, where)


def check_span(n: int, limits: Limits = DEFAULT, where: str = "gridSpan") -> None:
    check_limit("max_span", n, limits.max_span, where)


def check_grid(rows: int, columns: int, limits: Limits = DEFAULT) -> None:
    check_limit("max_grid_cells", rows * columns, limits.max_grid_cells)


def check_paragraphs(count: int, limits: Limits = DEFAULT) -> None:
    check_limit("max_paragraphs", count, limits.max_paragraphs)


def bounded_int(value: str | None, maximum: int, default: int = 0) -> int:
    """An integer attribute as written by any tool ("3", "3.0", "1e30",
    "nan", "-4"), clamped to ``0..maximum + 1`` so that no later arithmetic
    on it can overflow or allocate; ``maximum + 1`` still fails a check."""
    if value is None:
        return default
    try:
        number = float(value)
    except ValueError:
        return default
    if number != number:  # NaN
        return default
    return int(min(max(number, 0.0), maximum + 1.0))


# --- compressed streams ---------------------------------------------------------------


def bounded_inflate(data: bytes, limits: Limits = DEFAULT, where: str = "") -> bytes:
    """A flate (zlib) stream decoded at most to ``pdf_max_stream_mib``,
    stopped as soon as it would pass it, never inflated whole first."""
    maximum = int(limits.pdf_max_stream_mib * MIB)
    decoder = zlib.decompressobj()
    out = io.BytesIO()
    pending = data
    while pending:
        out.write(decoder.decompress(pending, _CHUNK))
        if out.tell() > maximum:
            raise LimitExceeded("pdf_max_stream_mib", out.tell() / MIB, limits.pdf_max_stream_mib, where)
        pending = decoder.unconsumed_tail
        if decoder.eof:
            break
    out.write(decoder.flush())
    check_limit("pdf_max_stream_mib", out.tell() / MIB, limits.pdf_max_stream_mib, where)
    return out.getvalue()
