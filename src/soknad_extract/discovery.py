"""Finding the application files under the paths a user gave.

Runs in the batch's parent process, which must never hang or die on what
it finds: it reads no document (names, suffixes and the marker of the
tool's own letters decide), opens nothing that is not a regular file (a
FIFO named ``y.pdf`` would block it forever), and turns symlink loops,
dangling links, FIFOs, sockets and devices into notes of what was skipped
and why. A link that leads out of the folder is not followed unless asked
(``follow_links``): a folder of applications must not pull in the rest of
the disk.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from soknad_extract.messages import CodedError
from soknad_extract.own_output import is_own_output
from soknad_extract.readers import SUPPORTED_SUFFIXES


class InputError(CodedError):
    """A path the user gave does not exist (a usage error, not a bad document)."""


@dataclass
class Discovery:
    """The files to read, and what was passed over on the way, with why."""

    files: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)
    """(path, reason) where reason is a catalogue key ("skip_unsupported" …)."""


def find_applications(paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = (),
                      follow_links: bool = False) -> list[Path]:
    """The application files under ``paths``, sorted by path (see ``discover``)."""
    return discover(paths, exclude=exclude, follow_links=follow_links).files


def discover(paths: Iterable[str | Path], *, exclude: Iterable[str | Path] = (),
             follow_links: bool = False) -> Discovery:
    """The application files under ``paths``, sorted by path, and the files skipped.

    A regular file given directly is taken as it is (an unsupported one
    becomes a ``DOCUMENT_UNREADABLE`` record, so nothing the user named goes
    missing); one that is not a file at all (a FIFO, a socket, a device, a
    dangling link or a link loop) is skipped with a note. Folders are
    searched recursively for ``SUPPORTED_SUFFIXES``, skipping hidden files
    and folders, Office lock files (``~$søknad.docx``), draft letters this
    tool wrote, and anything under ``exclude`` (the report and letter paths
    of the current run, which are not noted). The same file reached twice is
    listed once, under its own name rather than a link's. Sorting is by the path's text, so the order is the same on
    every run and machine.
    """
    excluded = {os.path.realpath(p) for p in exclude}
    found: dict[str, Path] = {}
    result = Discovery()
    for given in paths:
        path = Path(given)
        kind, reason = _kind(path)
        if kind == "missing":
            raise InputError("no_such_path", path=given)
        if kind == "dir":
            candidates = _walk(path, excluded, result.skipped, follow_links)
        elif kind == "file":
            candidates = [path]
        else:
            result.skipped.append((path, reason or "skip_special"))
            candidates = []
        for candidate in candidates:
            key = os.path.realpath(candidate)
            if key not in found or (os.path.islink(found[key]) and not os.path.islink(candidate)):
                found[key] = candidate  # the file itself rather than a link to it
    result.files = sorted(found.values(), key=lambda p: p.as_posix())
    result.skipped.sort(key=lambda item: item[0].as_posix())
    return result


_SPECIAL = ((stat.S_ISFIFO, "skip_fifo"), (stat.S_ISSOCK, "skip_socket"),
            (stat.S_ISCHR, "skip_device"), (stat.S_ISBLK, "skip_device"))


def _kind(path: Path) -> tuple[str, str | None]:
    """("file" | "dir" | "missing" | "other", reason to skip) without opening anything."""
    try:
        mode = os.stat(path).st_mode
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "other", "skip_link_loop"
        if os.path.islink(path):
            return "other", "skip_dangling_link"
        if exc.errno in (errno.ENOENT, errno.ENOTDIR):
            return "missing", None
        return "other", "skip_unreadable"
    if stat.S_ISDIR(mode):
        return "dir", None
    if stat.S_ISREG(mode):
        return "file", None
    return "other", next((why for test, why in _SPECIAL if test(mode)), "skip_special")


def _inside(target: str, root: str) -> bool:
    return target == root or target.startswith(root.rstrip(os.sep) + os.sep)


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


def _walk(folder: Path, excluded: set[str], skipped: list[tuple[Path, str]], follow_links: bool) -> list[Path]:
    """Every supported regular file under ``folder``; a folder reached twice
    (through a link) is read once, so no loop can make the walk endless."""
    root = os.path.realpath(folder)
    files: list[Path] = []
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        current = stack.pop()
        try:
            info = os.stat(current)
            if (info.st_dev, info.st_ino) in seen:
                continue
            seen.add((info.st_dev, info.st_ino))
            entries = sorted(os.scandir(current), key=lambda e: e.name)
        except OSError:
            skipped.append((current, "skip_unreadable"))
            continue
        for entry in entries:
            path = Path(entry.path)
            if os.path.realpath(path) in excluded:
                continue
            kind, reason = _kind(path)
            if kind == "dir" and entry.name.startswith("."):
                continue
            if os.path.islink(path) and kind in ("dir", "file"):
                if not follow_links and not _inside(os.path.realpath(path), root):
                    skipped.append((path, "skip_outside_link"))
                    continue
                if kind == "dir" and not follow_links:
                    continue  # a link to a folder inside: its files are reached through the folder itself
            if kind == "dir":
                stack.append(path)
            elif kind == "file":
                reason = _skip_reason(path, entry.name)
                if reason is None:
                    files.append(path)
                else:
                    skipped.append((path, reason))
            else:
                skipped.append((path, reason or "skip_special"))
    return files
