"""Deterministic Office files: fixed timestamps inside the zip and the core
properties, so the same records give a byte-identical .xlsx or .docx.

openpyxl stamps ``dcterms:modified`` with the time of saving and both
openpyxl and python-docx let ``zipfile`` stamp every member with the current
time; both are rewritten here after saving.
"""

from __future__ import annotations

import io
import re
import zipfile
from datetime import datetime

FIXED_TIME = datetime(2000, 1, 1, 0, 0, 0)
"""The creation/modification time written into generated Office files."""

_W3CDTF = FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ")
_CORE_DATES = re.compile(
    rb"(<dcterms:(?:created|modified)\b[^>]*>)[^<]*(</dcterms:(?:created|modified)>)"
)


def normalize(data: bytes) -> bytes:
    """The same package with fixed member times and fixed core-property dates."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(
        out, "w", zipfile.ZIP_DEFLATED
    ) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = _CORE_DATES.sub(rb"\g<1>" + _W3CDTF.encode() + rb"\g<2>", content)
            member = zipfile.ZipInfo(info.filename, date_time=FIXED_TIME.timetuple()[:6])
            member.compress_type = zipfile.ZIP_DEFLATED
            member.external_attr = 0o644 << 16
            dst.writestr(member, content)
    return out.getvalue()
