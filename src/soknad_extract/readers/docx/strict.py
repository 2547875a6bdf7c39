"""Word files saved as "Strict Open XML": the same document in other XML
namespaces (``http://purl.oclc.org/ooxml/...``).

Word and LibreOffice read them; python-docx and this reader know only the
transitional namespaces. Rather than teach every lookup both, the package is
rewritten in memory with the strict namespaces mapped to the transitional
ones before it is opened, so the rest of the reader sees one dialect.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

STRICT_MARK = b"http://purl.oclc.org/ooxml/"

_STRICT = "http://purl.oclc.org/ooxml/"
_TRANSITIONAL = "http://schemas.openxmlformats.org/"
NAMESPACES: tuple[tuple[bytes, bytes], ...] = tuple(
    (f"{_STRICT}{strict}".encode(), f"{_TRANSITIONAL}{transitional}".encode())
    for strict, transitional in (
        # relationship types whose names differ come before their common prefix
        ("officeDocument/relationships/extendedProperties", "officeDocument/2006/relationships/extended-properties"),
        ("officeDocument/relationships/customProperties", "officeDocument/2006/relationships/custom-properties"),
        ("officeDocument/relationships", "officeDocument/2006/relationships"),
        ("officeDocument/extendedProperties", "officeDocument/2006/extended-properties"),
        ("officeDocument/customProperties", "officeDocument/2006/custom-properties"),
        ("officeDocument/docPropsVTypes", "officeDocument/2006/docPropsVTypes"),
        ("officeDocument/sharedTypes", "officeDocument/2006/sharedTypes"),
        ("officeDocument/math", "officeDocument/2006/math"),
        ("officeDocument/bibliography", "officeDocument/2006/bibliography"),
        ("wordprocessingml/main", "wordprocessingml/2006/main"),
        ("drawingml/main", "drawingml/2006/main"),
        ("drawingml/wordprocessingDrawing", "drawingml/2006/wordprocessingDrawing"),
        ("drawingml/picture", "drawingml/2006/picture"),
        ("drawingml/chart", "drawingml/2006/chart"),
        ("drawingml/diagram", "drawingml/2006/diagram"),
    )
)
"""Strict namespace (and relationship type) → its transitional twin."""

_XML_PARTS = (".xml", ".rels")


def _translate(data: bytes) -> bytes:
    if STRICT_MARK not in data:
        return data
    for strict, transitional in NAMESPACES:
        data = data.replace(strict, transitional)
    return data


def openable(path: Path) -> str | io.BytesIO:
    """What python-docx should open: the path itself for a transitional
    package, an in-memory transitional copy for a strict one."""
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        if "_rels/.rels" not in names or STRICT_MARK not in archive.read("_rels/.rels"):
            return str(path)
        copy = io.BytesIO()
        with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as target:
            for info in archive.infolist():
                data = archive.read(info)
                target.writestr(info, _translate(data) if info.filename.endswith(_XML_PARTS) else data)
    copy.seek(0)
    return copy
