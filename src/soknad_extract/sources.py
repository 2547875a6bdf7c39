"""A file's identity in the record (path, hash, format) and the record of a
file that could not be read: shared by the pipeline and the batch, which
must not import the heavy pipeline in its parent process."""

from __future__ import annotations

import hashlib
from pathlib import Path

from soknad_extract.readers import source_format
from soknad_extract.record import Code, Finding, Record, Source, severity_of


def sha256_of(path: Path) -> str | None:
    """The hash of the file's bytes, or None when it cannot be read at all."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for chunk in iter(lambda: stream.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def source_of(path: Path, given: str | None = None) -> Source:
    """``given`` is the path as the caller wrote it, kept as written."""
    return Source(path=given if given is not None else str(path), sha256=sha256_of(path),
                  format=source_format(path), pages=None, ocr=False)


def unreadable_record(source: Source, message: str, *, scheme: str | None = None) -> Record:
    """A record that says only that the file could not be read, and why."""
    code = Code.DOCUMENT_UNREADABLE
    return Record(source=source, scheme=scheme, complete=False,
                  findings=[Finding(code=code, severity=severity_of(code), message=message)])
