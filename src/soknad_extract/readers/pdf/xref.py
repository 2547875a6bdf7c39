"""Which objects a file's cross-reference tables fail to locate.

pdfium finds an object through the cross-reference table (or stream) when
that table parses, and only rebuilds the table from the file's bytes when
it does not (``FPDF_DocumentHasValidCrossReferenceTable``). A table that
parses but points at the wrong place, or leaves an object out, makes pdfium
read the object as nothing, without a word, though the object is in the
file. The guard finds objects lexically (``raw``), so it checks each entry
against where the object really is: such an object is missing to pdfium.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .raw import RawFile

_TABLE = re.compile(rb"xref\s+(?=\d)")
_SUBSECTION = re.compile(rb"\s*(\d{1,10})[ \t]+(\d{1,10})[ \t]*\r?\n?")
_ENTRY = re.compile(rb"\s*(\d{10})[ \t](\d{5})[ \t]([nf])")
_HEADER = re.compile(rb"\s*(\d{1,10})\s+\d{1,5}\s+obj")
_MAX_ENTRIES = 8_000_000
"""Rows of one cross-reference stream read at most: a file's object count;
a stream whose rows would be more is not a table to check against."""


def _tables(data: bytes, located: dict[int, int | None]) -> None:
    """Classic tables, in file order (a later update's entries replace an
    earlier one's): object number → offset (None: free)."""
    for table in _TABLE.finditer(data):
        if data[table.start() - 5:table.start()] == b"start":
            continue
        pos = table.end()
        while True:
            section = _SUBSECTION.match(data, pos)
            if section is None:
                break
            first, count = int(section.group(1)), int(section.group(2))
            pos = section.end()
            for number in range(first, first + count):
                entry = _ENTRY.match(data, pos)
                if entry is None:
                    break
                located[number] = int(entry.group(1)) if entry.group(3) == b"n" else None
                pos = entry.end()


def _unpredict(data: bytes, params: Any) -> bytes:
    """PNG predictors (the rows of a cross-reference stream): each row's
    first byte says how it was filtered against the row above."""
    predictor = params.get("Predictor", 1) if isinstance(params, dict) else 1
    if not isinstance(predictor, int) or predictor < 10:
        return data
    columns = params.get("Columns", 1)
    width = columns if isinstance(columns, int) and 0 < columns < len(data) else 1
    out = bytearray()
    previous = bytearray(width)
    for start in range(0, len(data) - width, width + 1):
        kind, row = data[start], bytearray(data[start + 1:start + 1 + width])
        for i in range(width):
            left = row[i - 1] if i else 0
            if kind == 1:
                row[i] = (row[i] + left) & 255
            elif kind == 2:
                row[i] = (row[i] + previous[i]) & 255
            elif kind == 3:
                row[i] = (row[i] + (left + previous[i]) // 2) & 255
            elif kind == 4:
                up_left = previous[i - 1] if i else 0
                p = left + previous[i] - up_left
                pa, pb, pc = abs(p - left), abs(p - previous[i]), abs(p - up_left)
                row[i] = (row[i] + (left if pa <= pb and pa <= pc else previous[i] if pb <= pc else up_left)) & 255
        out += row
        previous = row
    return bytes(out)


def _streams(raw: RawFile, decode: Callable[[int], bytes | None], located: dict[int, int | None]) -> None:
    """Cross-reference streams: type 1 entries give offsets, type 2 say
    the object is held by an object stream (located by ``raw``)."""
    for number in raw.xref_streams:
        obj = raw.objects.get(number)
        head = obj.value() if obj is not None and obj.stream is not None else None
        if not isinstance(head, dict):
            continue  # the number redefined later as something else
        data = decode(number)
        widths, size = head.get("W"), head.get("Size")
        if data is None or not isinstance(size, int) or not isinstance(widths, (list, tuple)) or len(widths) != 3:
            continue
        if not all(isinstance(w, int) and 0 <= w <= 8 for w in widths):
            continue
        data = _unpredict(data, raw.get(head.get("DecodeParms")))
        index = head.get("Index")
        ranges = index if isinstance(index, (list, tuple)) and all(isinstance(i, int) for i in index) else (0, size)
        row = sum(widths)
        if row == 0 or len(data) // row > _MAX_ENTRIES:
            continue
        pos = 0
        for first, count in zip(ranges[::2], ranges[1::2]):
            for obj in range(first, first + count):
                if pos + row > len(data) or row == 0:
                    return
                fields = [int.from_bytes(data[p:p + w], "big") for p, w in
                          ((pos, widths[0]), (pos + widths[0], widths[1]), (pos + widths[0] + widths[1], widths[2]))]
                kind = fields[0] if widths[0] else 1
                located[obj] = fields[1] if kind == 1 else -1 if kind == 2 else None
                pos += row


def unlocated(raw: RawFile, data: bytes, decode: Callable[[int], bytes | None]) -> set[int]:
    """Objects of the file that its cross-reference tables place wrongly or
    leave out (held by an object stream: placed by that stream), or an
    empty set when the file has no table to check."""
    located: dict[int, int | None] = {}
    _tables(data, located)
    _streams(raw, decode, located)
    if not located:
        return set()
    wrong = set()
    shift = max(data.find(b"%PDF"), 0)  # bytes before the header: pdfium counts offsets from "%PDF", and so does this
    for number in raw.objects:
        offset = located.get(number)
        if offset == -1:
            continue
        if offset is not None:
            offset += shift
        header = _HEADER.match(data, offset) if offset is not None and 0 <= offset < len(data) else None
        if header is None or int(header.group(1)) != number:
            wrong.add(number)
    return wrong
