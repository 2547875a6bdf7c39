"""One private temporary folder per run, and helper programs that die with
the document that started them.

OCR page images are pictures of personal data, and a LibreOffice profile or
a Tesseract work folder left in /tmp is litter at best. So every temporary
file of a run lives in one folder (mode 0700, under the system's temporary
directory, named with the run's process id) which the run removes on
success, on an exception, on Ctrl-C and on SIGTERM/SIGHUP. Each document
gets its own subfolder, which the parent removes when it stops the
document's worker (a killed worker cannot clean up after itself). A run
killed with SIGKILL cannot clean up either; the next run sweeps folders
whose process is gone (``sweep_stale``).

Helper programs (LibreOffice, Tesseract) start in their own process group,
so a timeout kills the whole group (``soffice`` starts ``soffice.bin``), and
register the group in the document's folder, so that the parent can kill
them after it killed the worker that started them: a program in its own
session is out of reach of a kill sent to the worker's group.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

PREFIX = "soknad-extract-"
"""Run folders are ``<tmp>/soknad-extract-<pid>-<random>``."""
_GROUPS = ".groups"
"""Subfolder of a document folder holding one empty file per live process group."""


def remove_tree(path: Path) -> None:
    """Remove ``path`` whatever is inside (read-only files, folders without
    the x bit, a FIFO); a folder that is already gone is fine."""
    def unlock(function: Any, name: str, _info: Any) -> None:
        try:
            os.chmod(os.path.dirname(name) or ".", 0o700)
            os.chmod(name, 0o700)
            function(name)
        except OSError:
            pass

    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.exists():
        shutil.rmtree(path, onerror=unlock)


class RunFolder:
    """The private folder of one run and its per-document subfolders."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def document(self, key: int | str) -> Path:
        """A fresh private folder for one document (created if missing)."""
        folder = self.path / f"doc-{key}"
        folder.mkdir(mode=0o700, exist_ok=True)
        return folder

    def discard(self, key: int | str) -> None:
        """After a document ended in any way: stop helper programs it left
        behind and remove its folder."""
        folder = self.path / f"doc-{key}"
        kill_registered(folder)
        remove_tree(folder)

    def close(self) -> None:
        for folder in self.path.glob("doc-*"):
            kill_registered(folder)
        remove_tree(self.path)


@contextmanager
def run_folder(base: str | Path | None = None) -> Iterator[RunFolder]:
    """A private folder for this run, removed however the run ends.

    SIGTERM and SIGHUP become ``SystemExit`` while it is open (when the
    caller has not set handlers of its own), so that the removal runs;
    Ctrl-C is a KeyboardInterrupt and passes through it like any exception.
    """
    sweep_stale(base)
    path = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))
    os.chmod(path, 0o700)
    folder = RunFolder(path)
    try:
        with exit_on_termination():
            yield folder
    finally:
        folder.close()


@contextmanager
def exit_on_termination() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP (a closed terminal) into ``SystemExit`` while the
    block runs, so ``finally`` clauses (removing folders, stopping workers) run
    instead of the process vanishing. Only the main thread can set handlers."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signals = [s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None]
    previous = {s: signal.getsignal(s) for s in signals}

    def leave(signum: int, _frame: object) -> None:
        raise SystemExit(128 + signum)

    for s in signals:
        if previous[s] is signal.SIG_DFL:
            signal.signal(s, leave)
    try:
        yield
    finally:
        for s in signals:
            signal.signal(s, previous[s])


def sweep_stale(base: str | Path | None = None) -> list[Path]:
    """Remove run folders of this user whose run is no longer alive (a run
    killed with SIGKILL, or a machine that lost power)."""
    root = Path(base) if base is not None else Path(tempfile.gettempdir())
    removed = []
    try:
        candidates = list(root.glob(f"{PREFIX}*"))
    except OSError:
        return removed
    for candidate in candidates:
        pid_text = candidate.name[len(PREFIX):].partition("-")[0]
        try:
            if not pid_text.isdigit() or candidate.lstat().st_uid != os.getuid() or not candidate.is_dir():
                continue
        except OSError:
            continue
        if not _alive(int(pid_text)):
            remove_tree(candidate)
            removed.append(candidate)
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


_document_folder: Path | None = None


def use_in_process(folder: Path) -> None:
    """Make ``folder`` this process's temporary directory: Python's
    ``tempfile`` (pytesseract, pdf libraries) and programs started from here
    (through TMPDIR) write inside it."""
    global _document_folder
    _document_folder = folder
    tempfile.tempdir = str(folder)
    os.environ["TMPDIR"] = str(folder)


def document_folder() -> Path | None:
    """The document folder ``use_in_process`` set (a batch worker's), where
    helper programs register their process group; None outside a worker."""
    return _document_folder


def libreoffice_profile(folder: Path) -> str:
    """The argument that gives LibreOffice a profile inside ``folder``, so
    parallel conversions do not share a lock and nothing lands in $HOME."""
    profile = (folder / "lo-profile").resolve()
    return f"-env:UserInstallation={profile.as_uri()}"


def kill_group(pgid: int) -> None:
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def kill_registered(folder: Path) -> int:
    """Kill every process group registered in ``folder``; how many were named."""
    registry = folder / _GROUPS
    try:
        entries = list(registry.iterdir())
    except OSError:
        return 0
    for entry in entries:
        if entry.name.isdigit():
            kill_group(int(entry.name))
        entry.unlink(missing_ok=True)
    return len(entries)


def run_in_group(command: Sequence[str], *, timeout: float, folder: Path | None = None,
                 **popen: Any) -> subprocess.CompletedProcess[bytes]:
    """Run ``command`` in a new process group and wait at most ``timeout``
    seconds. On a timeout, an exception or Ctrl-C the whole group is killed
    (``subprocess.TimeoutExpired`` is raised for a timeout). With ``folder``
    (the document's folder) the group is registered there while it runs, so
    the parent can kill it if this process is killed first."""
    popen.setdefault("stdout", subprocess.PIPE)
    popen.setdefault("stderr", subprocess.PIPE)
    popen.setdefault("stdin", subprocess.DEVNULL)
    process = subprocess.Popen(list(command), start_new_session=True, **popen)
    entry = None
    if folder is not None:
        registry = folder / _GROUPS
        registry.mkdir(mode=0o700, parents=True, exist_ok=True)
        entry = registry / str(process.pid)
        entry.touch()
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except BaseException:
        kill_group(process.pid)
        process.kill()
        process.communicate()
        raise
    finally:
        kill_group(process.pid)  # grandchildren that outlived the command (soffice.bin)
        if entry is not None:
            entry.unlink(missing_ok=True)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
