"""Readers turn a file into the common layout model (``layout.Document``).

One subpackage or module per format (``pdf``, ``docx``, ``image``,
``convert`` for what LibreOffice converts), OCR as a stage the PDF and image
readers call (``ocr``). ``read_document`` sniffs the format from the file's
bytes (``sniff``) and hands the file to that format's reader (``registry``);
the suffix only decides which files a folder search picks up.
"""

from __future__ import annotations

from pathlib import Path

from soknad_extract import clock, limits
from soknad_extract.layout import Document, SourceFormat
from soknad_extract.readers.errors import UnreadableDocument
from soknad_extract.readers.registry import READERS
from soknad_extract.readers.sniff import Sniffed, sniff

PDF_SUFFIXES = (".pdf",)
WORD_SUFFIXES = (".docx", ".docm")
LEGACY_SUFFIXES = (".doc", ".odt", ".rtf")
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".tif", ".tiff")
SUPPORTED_SUFFIXES = PDF_SUFFIXES + WORD_SUFFIXES + LEGACY_SUFFIXES + IMAGE_SUFFIXES
"""Names a folder search picks up; what a file is comes from its bytes."""


def source_format(path: Path) -> SourceFormat:
    """The record's ``source.format`` for a file that could not be read (a
    read file's comes from its reader, i.e. from its bytes): what its name
    says, as the record's format has no "unknown". Never raises."""
    suffix = path.suffix.lower()
    if suffix in IMAGE_SUFFIXES:
        return "image"
    if suffix in LEGACY_SUFFIXES:
        return "odt" if suffix == ".odt" else "doc"
    if suffix in WORD_SUFFIXES:
        return "docx"
    return "pdf"


def read_document(path: str | Path) -> Document:
    """Any supported file as a layout document; raises ``UnreadableDocument``
    with a message a clerk can act on when it cannot be read.

    The file is checked before any byte of it is read: a FIFO or a device
    would block the open, and a file over ``max_file_mib`` is refused by its
    size. The document's clock runs while its reader works (see
    ``clock.document_clock``)."""
    path = Path(path)
    if not path.exists():
        raise UnreadableDocument(f"Finner ikke filen {path}.", f"File not found: {path}.")
    if limits.check_regular_file(path).st_size == 0:
        raise UnreadableDocument("Filen er tom (0 byte). Be Nav-kontoret sende søknaden på nytt.",
                                 "The file is empty (0 bytes). Ask the Nav office to send the application again.")
    limits.check_file_size(path, limits.active())
    sniffed = sniff(path)
    if sniffed.format is None:
        raise _unsupported(path, sniffed)
    with clock.document_clock():
        return READERS[sniffed.format].read(path)


def _unsupported(path: Path, sniffed: Sniffed) -> UnreadableDocument:
    """Says what the file is, and what its name promised when that differs."""
    suffix = path.suffix.lower()
    named_nb = f"har endelsen «{suffix}», men " if suffix in SUPPORTED_SUFFIXES else ""
    named_en = f"is named \"{suffix}\" but " if suffix in SUPPORTED_SUFFIXES else ""
    return UnreadableDocument(
        f"Filen {path.name} {named_nb}er {sniffed.what_nb}, og det formatet støttes ikke. "
        "Be Nav-kontoret sende søknaden som PDF eller Word (.docx).",
        f"The file {path.name} {named_en}is {sniffed.what_en}, a format that is not supported. "
        "Ask the Nav office to send the application as PDF or Word (.docx).",
    )
