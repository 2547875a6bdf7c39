"""A Word file's document properties (``docProps/core.xml``): title,
author, dates and the like, read as python-docx read them so that a
record's metadata does not change with the reader, without importing it
for one small part.
"""

from __future__ import annotations

import datetime as dt
import re

from lxml import etree

_DC = "http://purl.org/dc/elements/1.1/"
_DCTERMS = "http://purl.org/dc/terms/"
_CP = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties"
_FIELDS = (
    ("title", _DC, "title"),
    ("author", _DC, "creator"),
    ("created", _DCTERMS, "created"),
    ("modified", _DCTERMS, "modified"),
    ("last_modified_by", _CP, "lastModifiedBy"),
    ("subject", _DC, "subject"),
    ("keywords", _CP, "keywords"),
)
_DATES = {"created", "modified"}
_W3CDTF = ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%d", "%Y-%m", "%Y")
_OFFSET = re.compile(r"([+-])(\d\d):(\d\d)")


def w3cdtf(text: str) -> dt.datetime | None:
    """A W3CDTF date ("2003", "2003-12-31", "2003-12-31T10:14:55Z",
    "…T10:14:55-08:00") in UTC; None when it is none of those."""
    moment = None
    for template in _W3CDTF:
        try:
            moment = dt.datetime.strptime(text[:19], template)
        except ValueError:
            continue
    if moment is None:
        return None
    offset = text[19:]
    if len(offset) == 6:
        match = _OFFSET.match(offset)
        if match is None:
            return None
        sign = -1 if match.group(1) == "+" else 1
        moment += dt.timedelta(hours=sign * int(match.group(2)), minutes=sign * int(match.group(3)))
    return moment.replace(tzinfo=dt.timezone.utc)


def core_properties(root: etree._Element) -> dict[str, str]:
    """The properties the file states, as text (dates in ISO 8601); a
    property that is absent, empty or an unreadable date is left out."""
    out: dict[str, str] = {}
    for key, namespace, tag in _FIELDS:
        element = root.find(f"{{{namespace}}}{tag}")
        text = (element.text or "") if element is not None else ""
        if key in _DATES:
            moment = w3cdtf(text) if element is not None and element.text is not None else None
            if moment is not None:
                out[key] = moment.isoformat()
        elif text.strip():
            out[key] = text.strip()
    return out
