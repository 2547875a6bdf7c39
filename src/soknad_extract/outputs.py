"""Which reports one ``check`` run writes, and whether it can write them.

One read of the folder gives every output: each ``--out FILE`` picks its
format from the file's extension, ``--report-dir`` writes the county's usual
set, and ``--format`` names the format for standard output. Where an
extension and ``--format`` disagree the run stops before reading anything:
a clerk who asked for ``oversikt.xlsx`` must never get plain text under that
name. Every target is checked for writing before the batch starts, so a
long run never ends in "cannot write".
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from soknad_extract.messages import t

EXTENSIONS = {".txt": "text", ".json": "json", ".jsonl": "jsonl", ".csv": "csv", ".xlsx": "xlsx",
              ".html": "html", ".htm": "html"}
"""File extension → report format."""

BINARY_FORMATS = frozenset({"xlsx"})

REPORT_DIR_FILES = {"html": "rapport.html", "xlsx": "oversikt.xlsx", "csv": "oversikt.csv",
                    "jsonl": "soknader.jsonl"}
"""What ``--report-dir`` writes: the page to read, the spreadsheet for the
assessment form, the same table as CSV, and the records for other systems."""


class OutputProblem(Exception):
    """An output that cannot be made as asked (a usage error)."""

    def __init__(self, key: str, **values: object) -> None:
        super().__init__(t(key, "en", **values))
        self.key = key
        self.values = values

    def message(self, lang: str) -> str:
        return t(self.key, lang, **self.values)


@dataclass(frozen=True)
class Output:
    fmt: str
    path: Path | None = None
    """None: standard output."""


def format_of(path: Path) -> str | None:
    """The report format a file name asks for, or None for an unknown extension."""
    return EXTENSIONS.get(path.suffix.lower())


def plan_outputs(outs: Iterable[Path], fmt: str | None, report_dir: Path | None) -> list[Output]:
    """The outputs of one run, in the order given.

    ``fmt`` is ``--format`` as the user wrote it (None when not given). It
    applies to standard output, and to an ``--out`` file whose extension is
    unknown; a known extension that differs from it is an error. Standard
    output gets a report when no file was asked for, or when ``--format``
    was given without ``--out``.
    """
    outs = list(outs)
    planned: list[Output] = []
    for path in outs:
        wanted = format_of(path)
        if wanted is not None and fmt is not None and wanted != fmt:
            raise OutputProblem("format_conflict", path=path, fmt=fmt, wanted=wanted)
        if wanted is None and fmt is None:
            raise OutputProblem("format_unknown_extension", path=path,
                                known=", ".join(sorted(EXTENSIONS)))
        planned.append(Output(wanted or fmt or "text", path))
    if report_dir is not None:
        planned += [Output(kind, report_dir / name) for kind, name in REPORT_DIR_FILES.items()]
    if not outs and (report_dir is None or fmt is not None):
        stdout = fmt or "text"
        if stdout in BINARY_FORMATS:
            raise OutputProblem("binary_needs_out", fmt=stdout)
        planned.append(Output(stdout))
    seen: set[Path] = set()
    unique = []
    for output in planned:
        key = output.path.resolve() if output.path is not None else None
        if key is not None and key in seen:
            continue
        if key is not None:
            seen.add(key)
        unique.append(output)
    return unique


def _nearest_existing(path: Path) -> Path:
    current = path.absolute()
    while not current.exists() and current != current.parent:
        current = current.parent
    return current


def check_writable(path: Path, *, folder: bool = False) -> None:
    """Raise ``OutputProblem`` unless ``path`` (a file, or with ``folder`` a
    folder) can be written: it is of the right kind where it exists, and the
    nearest folder that exists lets us create what is missing."""
    if path.exists():
        if path.is_dir() != folder:
            key = "not_a_folder" if folder else "is_a_folder_not_file"
            raise OutputProblem(key, path=path)
        if not os.access(path, os.W_OK | (os.X_OK if folder else 0)):
            raise OutputProblem("no_permission", path=path)
        return
    base = _nearest_existing(path.parent if not folder else path)
    if not base.is_dir():
        raise OutputProblem("not_a_folder", path=base)
    if not os.access(base, os.W_OK | os.X_OK):
        raise OutputProblem("no_permission", path=path)


def write_output(data: str | bytes, path: Path) -> None:
    """Write one report, creating its folder; raises ``OutputProblem`` on failure."""
    payload = data if isinstance(data, bytes) else data.encode("utf-8")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(payload)
    except OSError as exc:
        raise OutputProblem("cannot_write", path=path, error=exc.strerror or str(exc)) from exc
