"""Values of an XFA form (Adobe LiveCycle), read from its data packet.

A dynamic XFA form has no AcroForm widgets and often no page text but
"Please wait..."; its answers live only in the XML "datasets" packet. They
are read from there so they are not lost, without a place on the page: each
becomes a ``FormField`` on page 1 with no box, and a line "label: value" on
page 1 so that text extractors find them too.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from typing import Any

from pdfminer.pdftypes import PDFStream, resolve1

from ...layout import FormField, Line
from .labels import meaningful

MAX_XML = 5_000_000
"""Bytes of XFA data read at most."""
_DATA = "{http://www.xfa.org/schema/xfa-data/1.0/}data"


def _packets(xfa: Any) -> bytes:
    """The datasets packet, or the whole XDP document when XFA is one stream."""
    xfa = resolve1(xfa)
    if isinstance(xfa, PDFStream):
        return xfa.get_data()
    if isinstance(xfa, list):
        for name, stream in zip(xfa[::2], xfa[1::2]):
            name = resolve1(name)
            if (name.decode("latin-1") if isinstance(name, bytes) else str(name)) == "datasets":
                stream = resolve1(stream)
                return stream.get_data() if isinstance(stream, PDFStream) else b""
    return b""


def _label(tag: str) -> str | None:
    """"KontaktpersonNavn" or "kontakt_person" as words, when a person
    named it; generated names ("TextField1") give None."""
    words = re.sub(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])", " ", tag.split("}")[-1]).replace("_", " ").strip()
    return words[:1].upper() + words[1:] if meaningful(words) else None


def xfa_fields(catalog: dict[str, Any]) -> tuple[list[FormField], list[Line]]:
    """Every filled leaf of the XFA data as a field and a page-1 line."""
    acroform = resolve1(catalog.get("AcroForm"))
    if not isinstance(acroform, dict) or acroform.get("XFA") is None:
        return [], []
    raw = _packets(acroform["XFA"])[:MAX_XML]
    if not raw.strip():
        return [], []
    root = ET.fromstring(raw)
    data = root if root.tag == _DATA else root.find(f".//{_DATA}")
    if data is None:
        return [], []
    fields: list[FormField] = []
    lines: list[Line] = []

    def walk(element: ET.Element, path: list[str]) -> None:
        children = list(element)
        name = element.tag.split("}")[-1]
        if children:
            for child in children:
                walk(child, path + [name])
            return
        value = " ".join((element.text or "").split())
        if not value:
            return
        label = _label(name)
        fields.append(FormField("text", "acroform", 1, ".".join(path[1:] + [name]), label, value))
        lines.append(Line(f"{label}: {value}" if label else value, 1, form_value=True))

    walk(data, [])
    return fields, lines
