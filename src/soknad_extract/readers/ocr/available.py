"""Whether Tesseract with its Norwegian data can run here, and the note
that tells the clerk what to install when it cannot (peers.md: unstructured
#1694, #311). Probed once per Tesseract command."""

from __future__ import annotations

import pytesseract

from ...layout import ReaderNote
from ...messages import reader_text
from .text import LANG

INSTALL_HINT = "sudo apt-get install tesseract-ocr tesseract-ocr-nor"

NOTE_TESSERACT_MISSING = ReaderNote(
    code="DOCUMENT_UNREADABLE",
    message_nb=reader_text("tesseract_missing", "nb", hint=INSTALL_HINT),
    message_en=reader_text("tesseract_missing", "en", hint=INSTALL_HINT),
)
NOTE_NORWEGIAN_MISSING = ReaderNote(
    code="DOCUMENT_UNREADABLE",
    message_nb=reader_text("tesseract_norwegian_missing", "nb"),
    message_en=reader_text("tesseract_norwegian_missing", "en"),
)

_AVAILABILITY: dict[str, tuple[bool, ReaderNote | None, str]] = {}



def _probe() -> tuple[bool, ReaderNote | None, str]:
    try:
        languages = set(pytesseract.get_languages(config=""))
    except (pytesseract.TesseractNotFoundError, pytesseract.TesseractError, OSError):
        return False, NOTE_TESSERACT_MISSING, ""
    if "nor" not in languages:
        return False, NOTE_NORWEGIAN_MISSING, ""
    return True, None, LANG if "eng" in languages else "nor"


def availability() -> tuple[bool, ReaderNote | None, str]:
    """Cached per Tesseract command, so a changed ``tesseract_cmd`` is
    probed again."""
    command = str(pytesseract.pytesseract.tesseract_cmd)
    if command not in _AVAILABILITY:
        _AVAILABILITY[command] = _probe()
    return _AVAILABILITY[command]


def ocr_available() -> tuple[bool, ReaderNote | None]:
    """Whether Tesseract with Norwegian can run here; if not, the
    DOCUMENT_UNREADABLE note that says what to install."""
    available, note, _ = availability()
    return available, note


def ocr_ready(notes: list[ReaderNote]) -> bool:
    """Whether Tesseract can run here; if not, the note that says what to
    install joins ``notes``. Every reader that turns to OCR on the way (a
    scanned page, a pasted photo, an answer layer) stops the same way, so a
    document without OCR says why instead of silently reading less."""
    available, note = ocr_available()
    if not available and note is not None:
        notes.append(note)
    return available
