"""A Word package (a zip of XML parts) opened once, its parts read on demand.

Only the parts the reader uses are inflated and parsed, each once: the main
document, its styles and settings, the headers and footers shown, the
relationships that lead to them, the document properties, and a picture or
embedded worksheet when the text refers to it. A generic package library
(python-docx) parsed every part of every file up front, which was most of
the time spent opening a Word file, and had to be guarded by a second,
bounded parse of each part before it.

Every read is bounded:

- the central directory is checked against the zip limits
  (``bounded.open_zip``) before a single member is inflated;
- a member is inflated in bounded chunks (``bounded.bounded_read``; the
  sizes the directory declares are enforced by zipfile as it reads, so a
  lying directory ends in a checksum error, not in a bomb), and an XML part
  is parsed by the bounded parser (``bounded.parse_xml``: no entities, no
  network, ``xml_max_depth``);
- a damaged *optional* part (document properties, a picture, an embedded
  file) is left out and said in a note, as the values read around it should
  not be trusted blindly; a damaged part the text lives in makes the
  document unreadable, naming the part.

Strict Open XML packages are read through ``strict``: every XML part has
its namespaces mapped to the transitional ones as it is read.
"""

from __future__ import annotations

import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from ... import bounded, limits
from ...layout import ReaderNote
from ...messages import reader_text, reader_texts
from ...limits import DamagedPart, LimitExceeded, Limits
from ..errors import UnreadableDocument
from .strict import is_strict, translate

CONTENT_TYPES = "[Content_Types].xml"
PACKAGE_RELS = "_rels/.rels"
_CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types"
_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
OFFICE_DOCUMENT = _RT + "officeDocument"
STYLES = _RT + "styles"
SETTINGS = _RT + "settings"
CORE_PROPERTIES = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"


@dataclass(frozen=True)
class Relationship:
    """One entry of a part's relationships: its type, and the zip member
    name of the part it points to (or the URL, when ``external``)."""

    type: str
    target: str
    external: bool


def _damage_note(name: str, exc: UnreadableDocument) -> ReaderNote:
    return ReaderNote(
        "LOW_CONFIDENCE",
        reader_text("docx_part_skipped", "nb", name=name, reason=exc.message_nb.rstrip(".")),
        reader_text("docx_part_skipped", "en", name=name, reason=exc.message_en.rstrip(".")),
    )


def _required(name: str, exc: UnreadableDocument) -> UnreadableDocument:
    """A part the document needs is damaged: the document cannot be read."""
    if isinstance(exc, DamagedPart):
        return exc
    return UnreadableDocument(*reader_texts("docx_part_invalid", name=name))


def _rels_name(part: str) -> str:
    """``word/document.xml`` → ``word/_rels/document.xml.rels``; the package's own is ``_rels/.rels``."""
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", f"{name}.rels")


def _resolve(source: str, target: str) -> str:
    """A relationship target as a zip member name: relative to the folder of
    its source part, or absolute from the package root."""
    if target.startswith("/"):
        return posixpath.normpath(target).lstrip("/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(source), target)).lstrip("/")


@dataclass
class WordPackage:
    """An open package; use as a context manager (the zip is closed on exit)."""

    archive: zipfile.ZipFile
    lim: Limits
    strict: bool = False
    notes: list[ReaderNote] = field(default_factory=list)
    _rels: dict[str, dict[str, Relationship]] = field(default_factory=dict)
    _blobs: dict[str, bytes] = field(default_factory=dict)

    def __enter__(self) -> WordPackage:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.archive.close()

    def _xml(self, name: str) -> etree._Element:
        data = bounded.bounded_read(self.archive, name, self.lim)
        return bounded.parse_xml(translate(data) if self.strict else data, self.lim, name)

    def data(self, name: str) -> bytes:
        """The bytes of a part the text lives in (strict namespaces mapped);
        a damaged one makes the document unreadable."""
        try:
            data = bounded.bounded_read(self.archive, name, self.lim)
        except LimitExceeded:
            raise
        except UnreadableDocument as exc:
            raise _required(name, exc) from exc
        return translate(data) if self.strict else data

    def parse(self, name: str, data: bytes) -> etree._Element:
        """``data`` of the part ``name`` parsed; invalid XML makes the document unreadable."""
        try:
            return bounded.parse_xml(data, self.lim, name)
        except LimitExceeded:
            raise
        except UnreadableDocument as exc:
            raise _required(name, exc) from exc

    def part(self, name: str) -> etree._Element:
        """A part the text lives in, parsed."""
        return self.parse(name, self.data(name))

    def optional_xml(self, name: str) -> etree._Element | None:
        """An optional XML part (document properties), or None and a note when damaged."""
        try:
            return self._xml(name)
        except LimitExceeded:
            raise
        except UnreadableDocument as exc:
            self.notes.append(_damage_note(name, exc))
            return None

    def blob(self, name: str) -> bytes:
        """An optional binary part (a picture, an embedded file), or empty
        bytes and a note when damaged; inflated once however often the text
        refers to it (a logo in every header, or a hostile file's thousand
        references to one large picture)."""
        if name not in self._blobs:
            try:
                self._blobs[name] = bounded.bounded_read(self.archive, name, self.lim)
            except LimitExceeded:
                raise
            except UnreadableDocument as exc:
                self.notes.append(_damage_note(name, exc))
                self._blobs[name] = b""
        return self._blobs[name]

    def rels(self, part: str) -> dict[str, Relationship]:
        """The relationships of ``part`` ("" for the package's own) by id; none when it has no rels part."""
        if part not in self._rels:
            name = PACKAGE_RELS if part == "" else _rels_name(part)
            found: dict[str, Relationship] = {}
            if name in self.archive.NameToInfo:
                for rel in self.part(name).iterfind(f"{{{_RELS_NS}}}Relationship"):
                    rel_id, target = rel.get("Id"), rel.get("Target")
                    if not rel_id or target is None:
                        continue
                    external = rel.get("TargetMode") == "External"
                    found[rel_id] = Relationship(rel.get("Type") or "", target if external else _resolve(part, target),
                                                 external)
            self._rels[part] = found
        return self._rels[part]

    def related(self, part: str, reltype: str) -> str | None:
        """The member name of the first internal part ``part`` relates to by ``reltype``."""
        for rel in self.rels(part).values():
            if rel.type == reltype and not rel.external:
                return rel.target
        return None

    def content_type(self, name: str) -> str | None:
        """The content type ``[Content_Types].xml`` gives the member: its
        override, else the default for its extension."""
        types = self.part(CONTENT_TYPES)
        for override in types.iterfind(f"{{{_CT_NS}}}Override"):
            if (override.get("PartName") or "").lstrip("/").lower() == name.lower():
                return override.get("ContentType")
        extension = posixpath.splitext(name)[1].lstrip(".").lower()
        for default in types.iterfind(f"{{{_CT_NS}}}Default"):
            if (default.get("Extension") or "").lower() == extension:
                return default.get("ContentType")
        return None


def open_package(path: Path, lim: Limits | None = None) -> WordPackage:
    """The package with its central directory checked. Raises
    ``LimitExceeded`` for a package over a zip limit, ``UnreadableDocument``
    for one that cannot be opened."""
    lim = lim or limits.active()
    archive = bounded.open_zip(path, lim)
    strict = False
    if PACKAGE_RELS in archive.NameToInfo:
        try:
            strict = is_strict(bounded.bounded_read(archive, PACKAGE_RELS, lim))
        except DamagedPart:
            strict = False  # reading the relationships again names the damaged part
        except BaseException:
            archive.close()
            raise
    return WordPackage(archive, lim, strict)
