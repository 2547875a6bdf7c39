"""What a file is, from its bytes: the key the reader registry is looked up by.

Applications arrive by e-mail with whatever name the sender gave them: a
Word file saved as ``.pdf``, a spreadsheet attached instead of the form. The
name is a hint at best, so the format is read from the file's first bytes
(and, for zip and OLE containers, from the names of their parts). A file no
reader takes is described in words, so the clerk learns what was sent.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from ..messages import reader_texts

HEAD_BYTES = 1024
"""Bytes read from the start of a file. A PDF may carry junk before its
``%PDF`` header (mail gateways, some scanners); readers accept up to 1 KiB."""

OLE_SCAN_BYTES = 8 << 20
"""Bytes of an OLE2 container searched for its stream names (they sit in the
directory sectors, which are small and usually early in the file)."""

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_WORD_CONTENT_TYPES = (b"wordprocessingml.document.main", b"ms-word.document.macroenabled.main")


@dataclass(frozen=True)
class Sniffed:
    """``format`` is a registry key (pdf, docx, doc, odt, rtf, image) or None
    when no reader takes the file; ``what_nb``/``what_en`` then say what the
    file is, as the complement of "the file is …"."""

    format: str | None
    what_nb: str = ""
    what_en: str = ""


def _unsupported(kind: str, **values: object) -> Sniffed:
    """A file no reader takes, said by the catalogue's ``kind``."""
    return Sniffed(None, *reader_texts(kind, **values))


def sniff(path: Path) -> Sniffed:
    """The file's format from its content. Never raises: a file that cannot
    be opened is described as such."""
    try:
        with path.open("rb") as stream:
            head = stream.read(HEAD_BYTES)
    except OSError as exc:
        return _unsupported("kind_not_readable", error=exc.strerror or exc)
    if not head:
        return _unsupported("kind_empty")
    if b"%PDF" in head:
        return Sniffed("pdf")
    if head.startswith(b"PK"):
        return _sniff_zip(path)
    if head.startswith(OLE_MAGIC[:4]):
        return _sniff_ole(path)
    if head.startswith(b"{\\rtf"):
        return Sniffed("rtf")
    if head.startswith((b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")):
        return Sniffed("image")
    return _describe_other(head)


def _sniff_zip(path: Path) -> Sniffed:
    """Word (also macro-enabled and Strict Open XML) or OpenDocument text; any
    other zip is described by what its parts show it to be."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names or _declares_word(archive, names):
                return Sniffed("docx")
            if "mimetype" in names:
                mimetype = archive.open("mimetype").read(100).strip()
                if mimetype == ODT_MIMETYPE:
                    return Sniffed("odt")
                if mimetype.startswith(b"application/vnd.oasis.opendocument.spreadsheet"):
                    return _unsupported("kind_spreadsheet_opendocument")
                if mimetype.startswith(b"application/vnd.oasis.opendocument.presentation"):
                    return _unsupported("kind_presentation_opendocument")
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, RuntimeError, ValueError, EOFError,
            NotImplementedError, zlib.error):  # a damaged or encrypted member, an unknown method
        return _damaged_zip(path)
    if "xl/workbook.xml" in names:
        return _unsupported("kind_excel_spreadsheet")
    if "ppt/presentation.xml" in names:
        return _unsupported("kind_powerpoint_presentation")
    return _unsupported("kind_zip_file")


def _declares_word(archive: zipfile.ZipFile, names: set[str]) -> bool:
    """A Word package whose main part is not at the usual name still declares
    its content type."""
    if "[Content_Types].xml" not in names:
        return False
    declared = archive.open("[Content_Types].xml").read(1 << 20).lower()
    return any(kind in declared for kind in _WORD_CONTENT_TYPES)


def _damaged_zip(path: Path) -> Sniffed:
    """A broken zip named as a Word or OpenDocument file goes to that reader,
    whose message says the document is damaged; any other is described."""
    suffix = path.suffix.lower()
    if suffix in (".docx", ".docm"):
        return Sniffed("docx")
    if suffix == ".odt":
        return Sniffed("odt")
    return _unsupported("kind_damaged_zip_file")


def _sniff_ole(path: Path) -> Sniffed:
    """OLE2 holds old Word files, but also encrypted Word (.docx) files,
    Excel and PowerPoint files and Outlook messages: told apart by the names
    of their streams (UTF-16 in the directory)."""
    try:
        with path.open("rb") as stream:
            data = stream.read(OLE_SCAN_BYTES)
    except OSError as exc:
        return _unsupported("kind_not_readable", error=exc.strerror or exc)

    def has(name: str) -> bool:
        return name.encode("utf-16-le") in data

    if has("EncryptedPackage"):
        return Sniffed("docx")
    if has("WordDocument"):
        return Sniffed("doc")
    if has("Workbook") or has("Book"):
        return _unsupported("kind_excel_spreadsheet_xls")
    if has("PowerPoint Document"):
        return _unsupported("kind_powerpoint_presentation_ppt")
    if has("__substg1.0_"):
        return _unsupported("kind_outlook_msg")
    return _unsupported("kind_ole_without_word")


_OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"GIF8", "kind_gif_image"),
    (b"BM", "kind_bmp_image"),
    (b"\x1f\x8b", "kind_gzip_compressed_file"),
    (b"Rar!", "kind_rar_file"),
    (b"7z\xbc\xaf\x27\x1c", "kind_7zip_file"),
    (b"%!PS", "kind_postscript_file"),
)


def _describe_other(head: bytes) -> Sniffed:
    for magic, kind in _OTHER_MAGIC:
        if head.startswith(magic):
            return _unsupported(kind)
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return _unsupported("kind_webp_image")
    if head[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1"):
        return _unsupported("kind_heic_image")
    text = _as_text(head)
    if text is None:
        return _unsupported("kind_unknown")
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith(("<!doctype html", "<html")):
        return _unsupported("kind_web_page_html")
    if lowered.startswith("<?xml"):
        return _unsupported("kind_xml_file")
    if lowered.startswith(("from:", "received:", "return-path:", "mime-version:")):
        return _unsupported("kind_eml")
    return _unsupported("kind_plain_text")


def _as_text(head: bytes) -> str | None:
    """The head as text when it looks like text (UTF-8 or Latin-1 without
    control characters), else None."""
    if b"\x00" in head:
        return None
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(head) - 3:
            text = head[: exc.start].decode("utf-8")
        else:
            text = head.decode("latin-1")
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\t\r\n\f")
    return text if controls <= len(text) // 100 else None
