"""A PDF file as a whole: its bytes, why it cannot be opened, its metadata.

Every way a file can fail before any page is read (empty, not a PDF,
damaged, password protected) becomes an ``UnreadableDocument`` whose
messages tell a county clerk what to ask the Nav office for.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pypdfium2.raw as pdfium_c

from ... import limits
from ...limits import Limits
from ...messages import reader_text, reader_texts
from ..errors import UnreadableDocument
from .pdfium_strings import wide_text

_PDF_DATE = re.compile(
    r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?\s*([Zz]|[+-]\d{2}'?\d{2}'?)?"
)
_PLACEHOLDERS = {"untitled", "anonymous", "unspecified", "unknown", "none", "-"}
"""Values PDF tools write when nobody filled the field in (reportlab
writes "anonymous"); they are not an author or a title."""
_METADATA_KEYS = {
    "Title": "title",
    "Author": "author",
    "Subject": "subject",
    "Keywords": "keywords",
    "Creator": "creator",
    "Producer": "producer",
    "CreationDate": "creation_date",
    "ModDate": "mod_date",
}


def unreadable(nb: str, en: str) -> UnreadableDocument:
    return UnreadableDocument(nb, en)


def load(path: Path, lim: Limits = limits.DEFAULT) -> bytes:
    """The file's bytes, once it is clear they can be a PDF: a regular file
    (a FIFO would block) within ``max_file_mib``."""
    limits.check_file_size(path, lim)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise unreadable(*reader_texts("file_not_opened", error=exc.strerror or exc)) from exc
    if not data.strip():
        raise unreadable(*reader_texts("file_empty"))
    if b"%PDF-" not in data[:1024]:
        raise unreadable(*reader_texts("pdf_not_pdf"))
    return data


_PDFIUM_ERRORS = {
    pdfium_c.FPDF_ERR_FILE: "file error",
    pdfium_c.FPDF_ERR_FORMAT: "not a PDF or damaged",
    pdfium_c.FPDF_ERR_PAGE: "page not found",
}
_LOCKED = (pdfium_c.FPDF_ERR_PASSWORD, pdfium_c.FPDF_ERR_SECURITY)
"""pdfium's codes for a file that needs a password, or whose encryption it
does not know: either way the clerk needs a copy without a password."""


def open_error(exc: BaseException) -> UnreadableDocument:
    """The clerk's message for a failure to open the file (pdfium's error
    code says why, ``PdfiumError.err_code``)."""
    code = getattr(exc, "err_code", None)
    if code in _LOCKED:
        return unreadable(*reader_texts("pdf_encrypted"))
    why = f"PDFium: {_PDFIUM_ERRORS[code]}" if code in _PDFIUM_ERRORS else type(exc).__name__
    return unreadable(reader_text("pdf_damaged", "nb", error=""),
                      reader_text("pdf_damaged", "en", error=f" ({why})"))


def _pdf_date(value: str) -> str:
    """"D:20200115103000+01'00'" as ISO 8601; anything else unchanged."""
    m = _PDF_DATE.match(value.strip())
    if not m:
        return value
    year, month, day, hour, minute, second, zone = m.groups()
    text = f"{year}-{month or '01'}-{day or '01'}"
    if hour:
        text += f"T{hour}:{minute or '00'}:{second or '00'}"
        if zone:
            zone = zone.replace("'", "")
            text += "Z" if zone in "Zz" else f"{zone[:3]}:{zone[3:5] or '00'}"
    return text


def _meta_text(pdf: Any, key: str) -> str:
    """One entry of pdfium's document info (of the file's latest revision)."""
    return wide_text(pdfium_c.FPDF_GetMetaText, pdf, key.encode())


def metadata(pdf: Any) -> dict[str, str]:
    """Document info as strings with snake-case keys ("title", "author",
    "creator", "producer", "creation_date" in ISO 8601 ...); placeholders
    left by PDF tools are dropped."""
    out: dict[str, str] = {}
    for key, name in _METADATA_KEYS.items():
        value = " ".join(_meta_text(pdf, key).split())
        if not value or value.strip("()").lower() in _PLACEHOLDERS:
            continue
        out[name] = _pdf_date(value) if key.endswith("Date") else value
    return out
