"""Zip packages and XML parts read within the ``limits``.

A Word file is a zip of XML parts, and a workbook or an imported chunk inside
it is another: the central directory is checked before any member is
inflated, a member is inflated in chunks and stopped at its limit (the
directory may lie), and XML is parsed without entities, DTDs or the network,
to a bounded depth. ``limits`` says what a document may cost; this module is
how a package is opened and read so that it cannot cost more.
"""

from __future__ import annotations

import functools
import io
import zipfile
import zlib
from pathlib import Path

from lxml import etree

from soknad_extract.limits import DEFAULT, MIB, DamagedPart, LimitExceeded, Limits, check_limit
from soknad_extract.messages import reader_text, reader_texts
from soknad_extract.readers.errors import UnreadableDocument

_CHUNK = 1 << 20
_RATIO_FLOOR_BYTES = MIB
"""A member smaller than this may compress as well as it likes: small XML
parts of empty tables routinely compress 200:1 and cost nothing."""


# --- zip packages ------------------------------------------------------------------


def check_zip(archive: zipfile.ZipFile, limits: Limits = DEFAULT) -> list[zipfile.ZipInfo]:
    """The members of an open package, checked from its central directory
    before any member is inflated: count, total and single uncompressed
    size, and the compression ratio of large members."""
    infos = archive.infolist()
    check_limit("zip_max_entries", len(infos), limits.zip_max_entries)
    check_limit("zip_max_total_mib", sum(i.file_size for i in infos) / MIB, limits.zip_max_total_mib)
    for info in infos:
        check_limit("zip_max_member_mib", info.file_size / MIB, limits.zip_max_member_mib, info.filename)
        if info.file_size >= _RATIO_FLOOR_BYTES:
            ratio = info.file_size / max(info.compress_size, 1)
            check_limit("zip_max_ratio", ratio, limits.zip_max_ratio, info.filename)
    return infos


def open_zip(path: Path, limits: Limits = DEFAULT) -> zipfile.ZipFile:
    """A zip package whose central directory passed ``check_zip``."""
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise UnreadableDocument(reader_text("zip_not_opened", "nb", error=""),
                                 reader_text("zip_not_opened", "en", error=f": {exc}")) from exc
    try:
        check_zip(archive, limits)
    except BaseException:
        archive.close()
        raise
    return archive


def bounded_read(archive: zipfile.ZipFile, name: str, limits: Limits = DEFAULT) -> bytes:
    """One member's bytes, read in chunks and stopped as soon as they pass
    ``zip_max_member_mib`` (the central directory may understate them).
    Any way the member fails to inflate is a ``DamagedPart``."""
    maximum = int(limits.zip_max_member_mib * MIB)
    buffer = io.BytesIO()
    try:
        info = archive.getinfo(name)
        if info.flag_bits & 0x1:
            raise DamagedPart(name, "part_encrypted")
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                buffer.write(chunk)
                if buffer.tell() > maximum:
                    raise LimitExceeded("zip_max_member_mib", buffer.tell() / MIB, limits.zip_max_member_mib, name)
    except KeyError as exc:
        raise DamagedPart(name, "part_missing") from exc
    except NotImplementedError as exc:
        raise DamagedPart(name, "part_compression", exc) from exc
    except RuntimeError as exc:  # zipfile's "encrypted, password required"
        raise DamagedPart(name, "part_encrypted", exc) from exc
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
        raise DamagedPart(name, "part_not_inflated", exc) from exc
    return buffer.getvalue()


# --- XML ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def _deeper_than(depth: int) -> etree.XPath:
    """Whether any element nests deeper than ``depth`` levels (the root is
    level 1): one XPath step a level, evaluated in C, not a Python loop over
    every element."""
    return etree.XPath("boolean(" + "/*" * (depth + 1) + ")")


def parse_xml(data: bytes, limits: Limits = DEFAULT, where: str = "") -> etree._Element:
    """An XML part parsed without entities, DTDs, network or libxml2's huge
    mode, and refused if it nests deeper than ``xml_max_depth``. libxml2
    stops a document nesting past 256 levels while parsing, so no deep
    document is built whole; the lower limit is checked on the built tree.
    Empty or malformed XML is an ``UnreadableDocument``. The parser is made
    per call: an lxml parser must not be shared between threads."""
    if not data or data.isspace():
        raise UnreadableDocument(*reader_texts("empty_xml"))
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        if "Excessive depth" in str(exc):
            raise LimitExceeded("xml_max_depth", limits.xml_max_depth + 1, limits.xml_max_depth, where) from exc
        raise UnreadableDocument(
            reader_text("invalid_xml", "nb", where=f" i {where}" if where else "", error=""),
            reader_text("invalid_xml", "en", where=f" in {where}" if where else "", error=f": {exc}"),
        ) from exc
    if _deeper_than(limits.xml_max_depth)(root):
        raise LimitExceeded("xml_max_depth", limits.xml_max_depth + 1, limits.xml_max_depth, where)
    return root
