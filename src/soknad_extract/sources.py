"""A file's identity in the record (path, hash, format) and the record of a
file that could not be read: shared by the pipeline and the batch, which
must not import the heavy pipeline in its parent process."""

from __future__ import annotations

import os
from pathlib import Path

from soknad_extract.digest import sha256_of
from soknad_extract.readers import source_format
from soknad_extract.record import Code, Finding, Record, Source, severity_of


def display_path(path: str | os.PathLike[str]) -> str:
    """A path as text that is valid UTF-8 everywhere it is written.

    A file name that is not UTF-8 reaches Python with its odd bytes as lone
    surrogates, which JSON, CSV, HTML and the terminal cannot carry; those
    bytes are written as ``\\xNN`` escapes instead."""
    text = os.fspath(path)
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(text).decode("utf-8", "backslashreplace")
    return text


def source_of(path: Path, given: str | None = None) -> Source:
    """``given`` is the path as the caller wrote it, kept as written (escaped
    where it is not UTF-8, see ``display_path``)."""
    return Source(path=display_path(given if given is not None else path), sha256=sha256_of(path),
                  format=source_format(path), pages=None, ocr=False)


def unreadable_record(source: Source, message: str, *, scheme: str | None = None) -> Record:
    """A record that says only that the file could not be read, and why."""
    code = Code.DOCUMENT_UNREADABLE
    return Record(source=source, scheme=scheme, complete=False,
                  findings=[Finding(code=code, severity=severity_of(code), message=message)])
