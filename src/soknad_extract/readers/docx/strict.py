"""Word files saved as "Strict Open XML": the same document in other XML
namespaces (``http://purl.oclc.org/ooxml/...``).

Word and LibreOffice read them; python-docx and this reader know only the
transitional namespaces. Rather than teach every lookup both, the package is
rewritten in memory with the strict namespaces mapped to the transitional
ones before it is opened (``package``), so the rest of the reader sees one
dialect.
"""

from __future__ import annotations

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



def is_strict(package_rels: bytes) -> bool:
    """Whether a package's ``_rels/.rels`` names its parts the strict way."""
    return STRICT_MARK in package_rels


def translate(data: bytes) -> bytes:
    """One XML part with the strict namespaces mapped to the transitional ones."""
    if STRICT_MARK not in data:
        return data
    for strict, transitional in NAMESPACES:
        data = data.replace(strict, transitional)
    return data
