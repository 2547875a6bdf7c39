"""The hash of a file's bytes, safe to call on anything a folder may hold.

Its own module because the batch parent, the pipeline and the HTML report
(which checks a file is still the one its record describes before drawing
it) all need it, and the report must not import the readers.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path


def sha256_of(path: Path) -> str | None:
    """The hash of the file's bytes, or None when it is not a regular file or
    cannot be read. Opened without blocking and checked before reading, so a
    FIFO or a device never stalls the caller (the batch's parent hashes
    files whose worker was stopped)."""
    digest = hashlib.sha256()
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        with os.fdopen(fd, "rb", closefd=False) as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    finally:
        os.close(fd)
    return digest.hexdigest()
