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
from soknad_extract.messages import reader_text, reader_texts
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
    ``clock.document_clock``). A document without a letter or digit in it
    (blank pages, a picture OCR finds no text in) is unreadable, not a
    document of some other kind: the clerk must ask for the file again."""
    path = Path(path)
    if not path.exists():
        raise UnreadableDocument(*reader_texts("file_not_found", path=path))
    if limits.check_regular_file(path).st_size == 0:
        raise UnreadableDocument(*reader_texts("file_empty"))
    limits.check_file_size(path, limits.active())
    sniffed = sniff(path)
    if sniffed.format is None:
        raise _unsupported(path, sniffed)
    with clock.document_clock():
        document = READERS[sniffed.format].read(path)
    if not any(character.isalnum() for line in document.lines() for character in line.text):
        raise _without_text(document)
    return document


def _without_text(document: Document) -> UnreadableDocument:
    """Why a document gave no text: what its reader already said could not
    be done (Tesseract missing: the county's machine needs it, the office
    need not send anything again), else that its pages hold none."""
    said = next((note for note in document.notes if note.code == "DOCUMENT_UNREADABLE"), None)
    if said is not None:
        return UnreadableDocument(said.message_nb, said.message_en)
    return UnreadableDocument(*reader_texts("no_text"))


def _unsupported(path: Path, sniffed: Sniffed) -> UnreadableDocument:
    """Says what the file is, and what its name promised when that differs."""
    suffix = path.suffix.lower()
    promised = suffix in SUPPORTED_SUFFIXES
    return UnreadableDocument(*(
        reader_text("format_unsupported", lang, name=path.name, what=what,
                    named=reader_text("suffix_promised", lang, suffix=suffix) if promised else "")
        for lang, what in (("nb", sniffed.what_nb), ("en", sniffed.what_en))
    ))
