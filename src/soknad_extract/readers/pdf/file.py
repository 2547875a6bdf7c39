"""A PDF file as a whole: its bytes, why it cannot be opened, its metadata.

Every way a file can fail before any page is read (empty, not a PDF,
damaged, password protected) becomes an ``UnreadableDocument`` whose
messages tell a county clerk what to ask the Nav office for.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

from ... import limits
from ...limits import Limits
from ...messages import reader_text, reader_texts
from ..errors import UnreadableDocument

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


def open_error(exc: BaseException) -> UnreadableDocument:
    """The clerk's message for a failure to open the file (pdfplumber wraps
    pdfminer's exception as the first argument)."""
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    if isinstance(cause, (PDFPasswordIncorrect, PDFEncryptionError)):
        return unreadable(*reader_texts("pdf_encrypted"))
    return unreadable(reader_text("pdf_damaged", "nb", error=""),
                      reader_text("pdf_damaged", "en", error=f" ({type(cause).__name__})"))


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


def metadata(pdf: Any) -> dict[str, str]:
    """Document info as strings with snake-case keys ("title", "author",
    "creator", "producer", "creation_date" in ISO 8601 ...); placeholders
    left by PDF tools are dropped."""
    out: dict[str, str] = {}
    for key, name in _METADATA_KEYS.items():
        value = pdf.metadata.get(key)
        if isinstance(value, bytes):
            value = value.decode("latin-1", "replace")
        value = " ".join(str(value or "").split())
        if not value or value.strip("()").lower() in _PLACEHOLDERS:
            continue
        out[name] = _pdf_date(value) if key.endswith("Date") else value
    return out
