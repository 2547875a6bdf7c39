"""Files this tool wrote itself (draft letters), so a batch never reads them
back as applications when they are saved next to the applications."""

from __future__ import annotations

import zipfile
from pathlib import Path

OWN_OUTPUT_CATEGORY = "soknad-extract:draft-letter"
"""Written into the core properties of every letter the tool makes."""


def is_own_output(path: str | Path) -> bool:
    """True for a Word file this tool wrote (a draft letter)."""
    try:
        with zipfile.ZipFile(path) as package:
            core = package.read("docProps/core.xml")
    except (OSError, KeyError, zipfile.BadZipFile):
        return False
    marker = f"<cp:category>{OWN_OUTPUT_CATEGORY}</cp:category>".encode()
    return marker in core
