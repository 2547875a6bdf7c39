"""Values of an XFA form (Adobe LiveCycle), read from its data packet.

A dynamic XFA form has no AcroForm widgets and often no page text but
"Please wait..."; its answers live only in the XML "datasets" packet. They
are read from there so they are not lost, without a place on the page: each
becomes a ``FormField`` on page 1 with no box, and a line "label: value" on
page 1 so that text extractors find them too.
"""

from __future__ import annotations

import ctypes
import re
import xml.etree.ElementTree as ET
from typing import Any

import pypdfium2.raw as pdfium_c

from ...layout import FormField, Line
from .labels import meaningful

MAX_XML = 5_000_000
"""Bytes of XFA data read at most."""
_DATA = "{http://www.xfa.org/schema/xfa-data/1.0/}data"


def _packet_name(pdf: Any, index: int) -> str:
    size = pdfium_c.FPDF_GetXFAPacketName(pdf, index, None, 0)
    buffer = ctypes.create_string_buffer(max(size, 1))
    pdfium_c.FPDF_GetXFAPacketName(pdf, index, buffer, size)
    return buffer.value.decode("latin-1")


def _packets(pdf: Any) -> bytes:
    """The datasets packet, or the whole XDP document when XFA is one
    stream (pdfium names that one packet "")."""
    count = pdfium_c.FPDF_GetXFAPacketCount(pdf)
    names = [_packet_name(pdf, i) for i in range(max(count, 0))]
    index = names.index("datasets") if "datasets" in names else 0 if names == [""] else -1
    if index < 0:
        return b""
    size = ctypes.c_ulong()
    pdfium_c.FPDF_GetXFAPacketContent(pdf, index, None, 0, ctypes.byref(size))
    buffer = ctypes.create_string_buffer(size.value)
    if not pdfium_c.FPDF_GetXFAPacketContent(pdf, index, buffer, size.value, ctypes.byref(size)):
        return b""
    return buffer.raw[: size.value]


def _label(tag: str) -> str | None:
    """"KontaktpersonNavn" or "kontakt_person" as words, when a person
    named it; generated names ("TextField1") give None."""
    words = re.sub(r"(?<=[a-zæøå])(?=[A-ZÆØÅ])", " ", tag.split("}")[-1]).replace("_", " ").strip()
    return words[:1].upper() + words[1:] if meaningful(words) else None


def xfa_fields(pdf: Any) -> tuple[list[FormField], list[Line]]:
    """Every filled leaf of the XFA data of pdfium's document ``pdf`` as a
    field and a page-1 line."""
    raw = _packets(pdf)[:MAX_XML]
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
