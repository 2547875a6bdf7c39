"""A Word package checked before python-docx opens it.

python-docx inflates and parses every part of a package at once, with no
bound on size or depth and no way to skip a part it cannot read: a
document.xml that inflates to 2 GiB costs 2 GiB, and a damaged
docProps/core.xml (a part nobody needs) makes the whole document
unreadable. So the package is looked at here first:

- its central directory against the zip limits (``limits.open_zip``),
  before a single member is inflated;
- every member inflated in bounded chunks (``limits.bounded_read``; the
  sizes the directory declares are enforced by zipfile as it reads, so a
  lying directory ends in a checksum error, not in a bomb), and every XML
  part parsed once with the bounded parser (``xml_max_depth``);
- a damaged *optional* part (document properties, a picture, an embedded
  file, custom XML) is replaced by an empty stand-in and said in a note,
  as the values read around it should not be trusted blindly; a damaged
  part the text lives in makes the document unreadable, naming the part.

What python-docx then opens is the file itself when nothing had to change,
else an in-memory copy (stand-ins, or Strict Open XML mapped to the
transitional dialect, see ``strict``).
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ... import limits
from ...layout import ReaderNote
from ...limits import DamagedPart, LimitExceeded, Limits
from ..errors import UnreadableDocument
from .strict import is_strict, translate

_XML_PARTS = (".xml", ".rels")
_OPTIONAL_PREFIXES = ("docProps/", "customXml/", "word/media/", "word/embeddings/", "word/fonts/", "media/")
"""Parts the text does not live in: a damaged one is replaced and noted."""
CORE = "docProps/core.xml"
_EMPTY_CORE = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
               b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
               b'core-properties"/>')
"""Stands in for damaged document properties: python-docx parses the part
when it opens the package."""


@dataclass
class Checked:
    """What python-docx should open, and what had to be repaired."""

    openable: str | io.BytesIO
    notes: list[ReaderNote] = field(default_factory=list)


def _optional(name: str) -> bool:
    return name.startswith(_OPTIONAL_PREFIXES) or not name.endswith(_XML_PARTS)


def _damage_note(name: str, exc: UnreadableDocument) -> ReaderNote:
    return ReaderNote(
        "LOW_CONFIDENCE",
        f"Word-dokumentet er skadet: delen {name} kunne ikke leses og ble hoppet over "
        f"({exc.message_nb.rstrip('.')}). Verdier kan mangle; kontroller dokumentet manuelt.",
        f"The Word document is damaged: its part {name} could not be read and was skipped "
        f"({exc.message_en.rstrip('.')}). Values may be missing; check the document by hand.",
    )


def _required(name: str, exc: UnreadableDocument) -> UnreadableDocument:
    """A part the document needs is damaged: the document cannot be read."""
    if isinstance(exc, DamagedPart):
        return exc
    return UnreadableDocument(
        f"Word-dokumentet er skadet og kan ikke leses (delen {name} er ikke gyldig XML). "
        "Be Nav-kontoret sende søknaden på nytt som .docx eller PDF.",
        f"The Word document is damaged and cannot be read (its part {name} is not valid XML). "
        "Ask the Nav office to send the application again as .docx or PDF.",
    )


def _member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, lim: Limits) -> bytes:
    """One member's bytes; XML parts are also parsed once within the depth limit."""
    data = limits.bounded_read(archive, info.filename, lim)
    if info.filename.endswith(_XML_PARTS) and data.strip():
        limits.parse_xml(data, lim, info.filename)
    return data


def check_package(path: Path, lim: Limits | None = None) -> Checked:
    """The package checked member by member (see the module's docstring).
    Raises ``LimitExceeded`` for a package over a limit, ``DamagedPart`` or
    ``UnreadableDocument`` for a damaged part the document needs."""
    lim = lim or limits.active()
    notes: list[ReaderNote] = []
    replaced: dict[str, bytes] = {}
    with limits.open_zip(path, lim) as archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        for info in infos:
            try:
                _member(archive, info, lim)
            except LimitExceeded:
                raise
            except UnreadableDocument as exc:  # DamagedPart, or invalid XML
                if not _optional(info.filename):
                    raise _required(info.filename, exc) from exc
                replaced[info.filename] = _EMPTY_CORE if info.filename == CORE else b""
                notes.append(_damage_note(info.filename, exc))
        strict = _is_strict(archive)
        if not replaced and not strict:
            return Checked(str(path), notes)
        return Checked(_copy(archive, infos, replaced, strict, lim), notes)


def _is_strict(archive: zipfile.ZipFile) -> bool:
    try:
        return is_strict(archive.read("_rels/.rels"))
    except (KeyError, zipfile.BadZipFile):
        return False


def _copy(archive: zipfile.ZipFile, infos: list[zipfile.ZipInfo], replaced: dict[str, bytes], strict: bool,
          lim: Limits) -> io.BytesIO:
    """An in-memory package with the stand-ins, and the strict dialect mapped."""
    copy = io.BytesIO()
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
        for info in infos:
            name = info.filename
            data = replaced[name] if name in replaced else limits.bounded_read(archive, name, lim)
            if strict and name.endswith(_XML_PARTS):
                data = translate(data)
            fresh = zipfile.ZipInfo(name, date_time=info.date_time)  # no flags (a damaged part may claim encryption)
            target.writestr(fresh, data, compress_type=zipfile.ZIP_DEFLATED)
    copy.seek(0)
    return copy

