"""Checking many applications at once: finding the files, and reading them in
isolated worker processes with a time limit per document.

Why not ``concurrent.futures.ProcessPoolExecutor``: it can neither stop one
hung task (its workers cannot be killed individually; the only way out is
to break the whole pool) nor say which file crashed a worker (a segfault
fails every task in flight with ``BrokenProcessPool``). A county batch needs
both: one bad file must become one ``DOCUMENT_UNREADABLE`` record while the
other 59 go on. So this module runs its own small pool: each worker is a
process with a pipe, takes one file at a time, and is killed (with any
programs it started, e.g. LibreOffice or Tesseract: each worker leads its
own process group) when its file exceeds the time limit, or replaced when it
dies. Workers also end when the batch itself is stopped or killed, instead
of reading on as orphans.

Workers are started with ``forkserver`` (``spawn`` where that is missing),
never plain ``fork``: pdfium and spaCy are not safe to fork from a parent
that has used them. The forkserver preloads the pipeline once, so each
worker starts warm. ``jobs=1`` also uses one worker process: an in-process
read would be no faster (the import cost is the same) and would lose the
time limit and the crash isolation.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path

from pydantic import ValidationError

from soknad_extract import sources
from soknad_extract.readers import SUPPORTED_SUFFIXES
from soknad_extract.record import Record
from soknad_extract.report.ooxml import is_own_output

DEFAULT_TIMEOUT = 120.0
"""Seconds one document may take before its worker is stopped."""

STARTUP_LIMIT = 180.0
"""Seconds a worker may take to start (import the pipeline) before the batch gives up."""

START_METHOD: str | None = None
"""How workers start: None means "forkserver" where available, else "spawn"
(``benchmarks/batch_bench.py`` compares them)."""

Reader = Callable[[str, str | None, str], Record]
"""What a worker runs for one file: (path, scheme id, lang) → record."""


class InputError(Exception):
    """A path the user gave does not exist (a usage error, not a bad document)."""

    def __init__(self, message_nb: str, message_en: str) -> None:
        super().__init__(message_en)
        self.message_nb = message_nb
        self.message_en = message_en

    def message(self, lang: str) -> str:
        return self.message_en if lang == "en" else self.message_nb


class BatchError(Exception):
    """Workers cannot be started at all (a broken installation, not a bad document)."""


# --- finding the files ---------------------------------------------------------


def find_applications(paths: Iterable[str | Path], *,
                      exclude: Iterable[str | Path] = ()) -> list[Path]:
    """The application files under ``paths``, sorted by path.

    A file given directly is taken as it is (an unsupported one becomes a
    ``DOCUMENT_UNREADABLE`` record, so nothing the user named goes missing).
    Folders are searched recursively for ``SUPPORTED_SUFFIXES``, skipping
    hidden files and folders, Office lock files (``~$søknad.docx``), draft
    letters this tool wrote, and anything under ``exclude`` (the report and
    letter paths of the current run). The same file reached twice is listed
    once. Sorting is by the path's text, so the order is the same on every
    run and machine.
    """
    excluded = {Path(p).resolve() for p in exclude}
    found: dict[Path, Path] = {}
    for given in paths:
        path = Path(given)
        if path.is_dir():
            candidates = _walk(path, excluded)
        elif path.exists():
            candidates = [path]
        else:
            raise InputError(
                f"Finner ikke filen eller mappen «{given}».",
                f"No such file or folder: '{given}'.",
            )
        for candidate in candidates:
            found.setdefault(candidate.resolve(), candidate)
    return sorted(found.values(), key=lambda p: p.as_posix())


def _walk(folder: Path, excluded: set[Path]) -> list[Path]:
    files = []
    for root, dirs, names in os.walk(folder):
        root_path = Path(root)
        dirs[:] = [d for d in dirs
                   if not d.startswith(".") and (root_path / d).resolve() not in excluded]
        for name in names:
            path = root_path / name
            if (
                name.startswith((".", "~$"))
                or path.suffix.lower() not in SUPPORTED_SUFFIXES
                or path.resolve() in excluded
                or not path.is_file()
            ):
                continue
            if path.suffix.lower() == ".docx" and is_own_output(path):
                continue
            files.append(path)
    return files


# --- records for files that could not be read ------------------------------------


def _seconds(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text if lang == "en" else text.replace(".", ",")


def unreadable_record(path: Path, message: str, *, scheme: str | None = None) -> Record:
    """A record that says only that ``path`` could not be read, and why."""
    return sources.unreadable_record(sources.source_of(path), message, scheme=scheme)


def _timeout_message(timeout: float, lang: str) -> str:
    if lang == "en":
        return (f"The file could not be read within {_seconds(timeout, lang)} seconds and was "
                "stopped. It may be very large or damaged: open it and save it again, or try "
                "again with a longer time limit (--timeout).")
    return (f"Filen kunne ikke leses innen {_seconds(timeout, lang)} sekunder og ble stoppet. "
            "Den kan være svært stor eller skadet: åpne den og lagre den på nytt, eller prøv "
            "igjen med lengre tidsgrense (--timeout).")


def _crash_message(exitcode: int | None, lang: str) -> str:
    detail = f" (signal {-exitcode})" if exitcode is not None and exitcode < 0 else ""
    if lang == "en":
        return (f"Reading the file crashed{detail}: the library that reads this format stopped "
                "unexpectedly. The file may be damaged: open it and save it again, or ask the "
                "Nav office for a new copy.")
    return (f"Lesingen av filen krasjet{detail}: programbiblioteket som leser formatet stoppet "
            "uventet. Filen kan være skadet: åpne den og lagre den på nytt, eller be "
            "Nav-kontoret om en ny kopi.")


def _failure_message(error: str, lang: str) -> str:
    if lang == "en":
        return (f"Reading the file failed with an internal error ({error}). Please report it "
                "to whoever runs the tool.")
    return (f"Lesingen av filen feilet med en intern feil ({error}). Meld fra til dem som "
            "drifter verktøyet.")


# --- the worker ----------------------------------------------------------------


def _read_with_pipeline(path: str, scheme: str | None, lang: str) -> Record:
    from soknad_extract.pipeline import read_application

    return read_application(path, scheme=scheme, lang=lang)


def _load_pipeline() -> None:
    """Pay a worker's start-up cost before it takes a file, so that it does
    not count against the first document's time limit."""
    import soknad_extract.pipeline  # noqa: F401
    from soknad_extract.nlp import pipeline as spacy_pipeline

    spacy_pipeline()


def _watch_parent(lifeline: Connection) -> None:
    """Stop this worker, and what it started, as soon as the batch is gone.

    The parent holds the only other end of ``lifeline`` and never writes to
    it, so ``recv`` returns (with EOFError) exactly when the parent exits or
    is killed — even while the worker is deep inside a slow document.
    """
    try:
        lifeline.recv()
    except (EOFError, OSError):
        pass
    if hasattr(os, "killpg") and os.getpgid(0) == os.getpid():
        os.killpg(0, signal.SIGKILL)
    os._exit(1)


def _worker_main(conn: Connection, lifeline: Connection, reader: Reader,
                 warm_up: Callable[[], None] | None, scheme: str | None, lang: str) -> None:
    """Read files sent over ``conn`` until told to stop; answer with JSON records.

    The worker leads its own process group, so that stopping it also stops
    programs it started, ignores Ctrl-C (the parent stops it instead), and
    ends itself when the parent disappears (see ``_watch_parent``).
    """
    if hasattr(os, "setsid"):
        try:
            os.setsid()
        except OSError:
            pass  # already a group leader; killing the worker itself still works
    threading.Thread(target=_watch_parent, args=(lifeline,), daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        if warm_up is not None:
            warm_up()
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which stops the batch
        conn.send(("broken", None, f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", None, None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path = task
        try:
            conn.send(("ok", index, reader(path, scheme, lang).model_dump_json()))
        except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the batch
            conn.send(("failed", index, f"{type(exc).__name__}: {exc}"))


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    lifeline: Connection
    """The parent's end of the worker's lifeline; closing it ends the worker."""
    started: float
    ready: bool = False
    index: int | None = None
    deadline: float | None = None


def _context() -> multiprocessing.context.BaseContext:
    method = START_METHOD
    if method is None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "forkserver":
        context.set_forkserver_preload(["soknad_extract.pipeline"])
    return context


def _stop(worker: _Worker) -> None:
    """Kill a worker and everything it started, and reap it."""
    pid = worker.process.pid
    if pid is not None and hasattr(os, "killpg"):
        try:
            os.killpg(pid, signal.SIGKILL)  # the group outlives its leader while members remain
        except (ProcessLookupError, PermissionError):
            pass
    worker.process.kill()
    worker.process.join(5)
    worker.conn.close()
    worker.lifeline.close()


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def check_paths(
    paths: Iterable[str | Path],
    *,
    scheme: str | None = None,
    lang: str = "nb",
    jobs: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Callable[[Record], None] | None = None,
    _reader: Reader | None = None,
) -> list[Record]:
    """Read every application under ``paths``; one record per file, sorted by path.

    Up to ``jobs`` worker processes (default: the CPUs available) read files
    in parallel. A file that takes longer than ``timeout`` seconds, crashes
    its worker, or makes the reader raise becomes a ``DOCUMENT_UNREADABLE``
    record and the batch goes on. ``progress`` is called with each record as
    it is done (in completion order). ``_reader`` replaces the pipeline, for
    tests only.
    """
    files = find_applications(paths)
    if not files:
        return []
    reader = _reader or _read_with_pipeline
    warm_up = _load_pipeline if _reader is None else None
    workers = min(jobs or default_jobs(), len(files))
    pool = _Pool(files, reader, warm_up, scheme, lang, workers, timeout, progress)
    return pool.run()


class _Pool:
    """Hands files to workers one at a time and watches clocks and deaths."""

    def __init__(self, files: list[Path], reader: Reader, warm_up: Callable[[], None] | None,
                 scheme: str | None, lang: str, size: int, timeout: float,
                 progress: Callable[[Record], None] | None) -> None:
        self.files = files
        self.reader = reader
        self.warm_up = warm_up
        self.scheme = scheme
        self.lang = lang
        self.size = size
        self.timeout = timeout
        self.progress = progress
        self.context = _context()
        self.queue: deque[int] = deque(range(len(files)))
        self.results: dict[int, Record] = {}
        self.workers: list[_Worker] = []

    def run(self) -> list[Record]:
        try:
            with _exit_on_termination():
                while len(self.results) < len(self.files):
                    self._staff()
                    self._assign()
                    self._wait()
        finally:
            self._shutdown()
        return [self.results[i] for i in range(len(self.files))]

    def _staff(self) -> None:
        busy = sum(1 for w in self.workers if w.index is not None)
        wanted = min(self.size, busy + len(self.queue))
        while len(self.workers) < wanted:
            ours, theirs = self.context.Pipe()
            lifeline_r, lifeline_w = self.context.Pipe(duplex=False)
            process = self.context.Process(
                target=_worker_main,
                args=(theirs, lifeline_r, self.reader, self.warm_up, self.scheme, self.lang),
                name="soknad-extract-worker",
                daemon=True,
            )
            process.start()
            theirs.close()
            lifeline_r.close()
            self.workers.append(_Worker(process, ours, lifeline_w, time.monotonic()))

    def _assign(self) -> None:
        for worker in self.workers:
            if worker.ready and worker.index is None and self.queue:
                index = self.queue.popleft()
                worker.conn.send((index, str(self.files[index])))
                worker.index = index
                worker.deadline = time.monotonic() + self.timeout

    def _next_deadline(self) -> float | None:
        clocks = [w.deadline for w in self.workers if w.deadline is not None]
        clocks += [w.started + STARTUP_LIMIT for w in self.workers if not w.ready]
        return min(clocks) if clocks else None

    def _wait(self) -> None:
        deadline = self._next_deadline()
        timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
        handles = [w.conn for w in self.workers] + [w.process.sentinel for w in self.workers]
        ready = set(wait(handles, timeout))
        now = time.monotonic()
        for worker in list(self.workers):
            self._drain(worker)
            if worker.process.sentinel in ready or not _alive(worker):
                self._died(worker)
            elif worker.deadline is not None and now >= worker.deadline:
                self._timed_out(worker)
            elif not worker.ready and now >= worker.started + STARTUP_LIMIT:
                self._retire(worker)
                raise BatchError(f"a worker did not start within {STARTUP_LIMIT:g} seconds")

    def _drain(self, worker: _Worker) -> None:
        try:
            while worker.conn.poll():
                kind, index, payload = worker.conn.recv()
                self._message(worker, kind, index, payload)
        except (EOFError, OSError):
            return  # the worker is gone; its sentinel tells the rest

    def _message(self, worker: _Worker, kind: str, index: int | None, payload: str | None) -> None:
        if kind == "ready":
            worker.ready = True
            return
        if kind == "broken":
            raise BatchError(f"a worker could not load the pipeline: {payload}")
        assert index is not None and payload is not None
        path = self.files[index]
        record = None
        if kind == "ok":
            try:
                record = Record.model_validate_json(payload)
            except ValidationError as exc:
                payload = f"ValidationError: {exc.error_count()} invalid field(s)"
        if record is None:
            record = unreadable_record(path, _failure_message(payload, self.lang),
                                       scheme=self.scheme)
        worker.index = None
        worker.deadline = None
        self._done(index, record)

    def _done(self, index: int, record: Record) -> None:
        self.results[index] = record
        if self.progress is not None:
            self.progress(record)

    def _died(self, worker: _Worker) -> None:
        index = worker.index
        self._retire(worker)
        exitcode = worker.process.exitcode
        if index is not None:
            message = _crash_message(exitcode, self.lang)
            self._done(index, unreadable_record(self.files[index], message, scheme=self.scheme))
        elif not worker.ready:
            raise BatchError(f"a worker stopped while starting (exit code {exitcode})")

    def _timed_out(self, worker: _Worker) -> None:
        index = worker.index
        assert index is not None
        self._retire(worker)
        message = _timeout_message(self.timeout, self.lang)
        self._done(index, unreadable_record(self.files[index], message, scheme=self.scheme))

    def _retire(self, worker: _Worker) -> None:
        self.workers.remove(worker)
        _stop(worker)

    def _shutdown(self) -> None:
        """Ask idle workers to stop, then make sure every worker is gone."""
        for worker in self.workers:
            try:
                worker.conn.send(None)
            except OSError:
                pass
        end = time.monotonic() + 2.0
        for worker in self.workers:
            wait([worker.process.sentinel], max(0.0, end - time.monotonic()))
            _stop(worker)
        self.workers.clear()


@contextmanager
def _exit_on_termination() -> Iterator[None]:
    """Turn SIGTERM and SIGHUP (a closed terminal) into ``SystemExit`` while the
    pool runs, so its workers are stopped on the way out instead of orphaned."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    signals = [s for s in (signal.SIGTERM, getattr(signal, "SIGHUP", None)) if s is not None]
    previous = {s: signal.getsignal(s) for s in signals}

    def leave(signum: int, frame: object) -> None:
        raise SystemExit(128 + signum)

    for s in signals:
        if previous[s] is signal.SIG_DFL:
            signal.signal(s, leave)
    try:
        yield
    finally:
        for s in signals:
            signal.signal(s, previous[s])


def _alive(worker: _Worker) -> bool:
    """Whether the worker still runs, without reaping it (its group must stay killable)."""
    return not wait([worker.process.sentinel], 0)
