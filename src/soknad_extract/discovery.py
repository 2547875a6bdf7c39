"""Finding the application files under the paths a user gave.

Runs in the batch's parent process, so it reads no document: names,
suffixes and the marker of the tool's own letters decide.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from soknad_extract.messages import t
from soknad_extract.own_output import is_own_output
from soknad_extract.readers import SUPPORTED_SUFFIXES


class InputError(Exception):
    """A path the user gave does not exist (a usage error, not a bad document)."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(t(key, "en", **values))
        self.key = key
        self.values = values

    def message(self, lang: str) -> str:
        return t(self.key, lang, **self.values)


@dataclass
class Discovery:
    """The files to read, and what was passed over on the way, with why."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    """(path, reason) where reason is a catalogue key ("skip_unsupported" …)."""


def find_applications(paths: Iterable[str | Path], *,
                      exclude: Iterable[str | Path] = ()) -> list[Path]:
    """The application files under ``paths``, sorted by path (see ``discover``)."""
    return discover(paths, exclude=exclude).files


def discover(paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = ()) -> Discovery:
    """The application files under ``paths``, sorted by path, and the files skipped.

    A file given directly is taken as it is (an unsupported one becomes a
    ``DOCUMENT_UNREADABLE`` record, so nothing the user named goes missing).
    Folders are searched recursively for ``SUPPORTED_SUFFIXES``, skipping
    hidden files and folders, Office lock files (``~$søknad.docx``), draft
    letters this tool wrote, and anything under ``exclude`` (the report and
    letter paths of the current run, which are not noted). The same file
    reached twice is listed once. Sorting is by the path's text, so the
    order is the same on every run and machine.
    """
    excluded = {Path(p).resolve() for p in exclude}
    found: dict[Path, Path] = {}
    result = Discovery()
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = _walk(path, excluded, result.skipped)
        elif path.exists():
            candidates = [path]
        else:
            raise InputError("no_such_path", path=given)
        for candidate in candidates:
            found.setdefault(candidate.resolve(), candidate)
    result.files = sorted(found.values(), key=lambda p: p.as_posix())
    result.skipped.sort(key=lambda item: item[0].as_posix())
    return result


def _skip_reason(path: Path, name: str) -> str | None:
    if name.startswith("~$"):
        return "skip_lock_file"
    if name.startswith("."):
        return "skip_hidden"
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return "skip_unsupported"
    if path.suffix.lower() == ".docx" and is_own_output(path):
        return "skip_own_output"
    return None


def _walk(folder: Path, excluded: set[Path], skipped: list[tuple[Path, str]]) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):
        root_path = Path(root)
        dirs[:] = [d for d in dirs
                   if not d.startswith(".") and (root_path / d).resolve() not in excluded]
        for name in names:
            path = root_path / name
            if path.resolve() in excluded or not path.is_file():
                continue
            reason = _skip_reason(path, name)
            if reason is not None:
                skipped.append((path, reason))
                continue
            files.append(path)
    return files
