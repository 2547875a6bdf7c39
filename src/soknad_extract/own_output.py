"""Files this tool wrote itself (draft letters), so a batch never reads them
back as applications when they are saved next to the applications."""

from __future__ import annotations

import zipfile
from pathlib import Path

OWN_OUTPUT_CATEGORY = "soknad-extract:draft-letter"
"""Written into the core properties of every letter the tool makes."""

_CORE_LIMIT = 1 << 20
"""Bytes of docProps/core.xml we inflate at most: ours is under 2 kB, and
the batch's parent must not inflate a zip bomb to find out."""


def is_own_output(path: str | Path) -> bool:
    """True for a Word file this tool wrote (a draft letter).

    Runs in the batch's parent on files nobody has checked yet, so it never
    raises: a damaged package (bad deflate data, an encrypted or unsupported
    member, a truncated file) is simply not ours, and is left to a worker.
    """
    try:
        with zipfile.ZipFile(path) as package:
            info = package.getinfo("docProps/core.xml")
            if info.file_size > _CORE_LIMIT:
                return False
            core = package.read(info)
    except Exception:  # noqa: BLE001 - zipfile and zlib raise many kinds; none may stop a batch
        return False
    marker = f"<cp:category>{OWN_OUTPUT_CATEGORY}</cp:category>".encode()
    return marker in core
