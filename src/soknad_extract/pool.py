"""A small process pool that reads one document per worker at a time, with a
time limit per document.

Why not ``concurrent.futures.ProcessPoolExecutor``: it can neither stop one
hung task (its workers cannot be killed individually; the only way out is
to break the whole pool) nor say which file crashed a worker (a segfault
fails every task in flight with ``BrokenProcessPool``). A county batch needs
both: one bad file must become one ``DOCUMENT_UNREADABLE`` record while the
other 59 go on. So each worker here is a process with a pipe, takes one
file at a time, and is killed (with any programs it started, e.g.
LibreOffice or Tesseract: each worker leads its own process group) when its
file exceeds the time limit, or replaced when it dies. The limit is CPU
time (``clock``): the worker's own soft ``RLIMIT_CPU`` ends it with SIGXCPU
even deep inside Tesseract, and the parent's wall clock
(``clock.wall_limit``) stops a worker that hangs without spending CPU. Workers also end when
the batch itself is stopped or killed, instead of reading on as orphans.

Workers are started with ``forkserver`` (``spawn`` where that is missing),
never plain ``fork``: pdfium is not safe to fork from a parent that has
used it on a document (the caller may have). The forkserver preloads the
pipeline once (``soknad_extract.warm``: it loads pdfium but opens no
document), so each worker starts warm. Workers never import the caller's ``__main__``: the
entry point and the reader are module-level functions of this package, so a
plain script without a ``__main__`` guard, a heredoc (``python -``) and a
notebook's ``exec`` all work (see ``process_start.without_main``).

The pool knows nothing of records' wording: it hands back what the reader
returned, or a ``Failure`` saying what went wrong, and the batch turns that
into a record the clerk can read.
"""

from __future__ import annotations

import math
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Literal

from soknad_extract import process_start
from soknad_extract.clock import document_clock, wall_limit
from soknad_extract.worker_memory import apply_worker_memory, share_one_heap
from soknad_extract.tempfiles import RunFolder, run_folder, use_in_process

STARTUP_LIMIT = 180.0
"""Seconds a worker may take to start (import the pipeline) before the batch gives up."""

Reader = Callable[[str, str | None, str], str]
"""What a worker runs for one file: (path, scheme id, lang) → the record as JSON."""


class BatchError(Exception):
    """Workers cannot be started at all (a broken installation, not a bad document)."""


@dataclass(frozen=True)
class Failure:
    """A file the worker gave no answer for."""

    kind: Literal["timeout", "crashed", "failed", "memory"]
    detail: str | None = None
    """The exception for "failed"; the signal that ended the worker for "crashed"."""


Done = Callable[[int, "str | Failure"], None]
"""Called with a file's index and its record as JSON, or its failure."""


# --- the worker ----------------------------------------------------------------

try:
    import resource
except ImportError:  # not POSIX: the parent's wall clock is the only limit
    resource = None  # type: ignore[assignment]
CPU_LIMITED = resource is not None and hasattr(signal, "SIGXCPU")
"""Whether workers end themselves when a document's CPU time runs out."""


def _limit_cpu(seconds: float | None) -> None:
    """Let the worker spend ``seconds`` more of CPU (rounded up, and one
    second over, so that the document's own steps see their time run out
    first), or lift the limit (None). The kernel counts all the worker's
    threads and ends it with SIGXCPU, which nothing here catches; no core
    file is written (``_worker_main``)."""
    if not CPU_LIMITED:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_CPU)
    soft = hard
    if seconds is not None:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        soft = math.ceil(usage.ru_utime + usage.ru_stime + seconds) + 1
        if hard != resource.RLIM_INFINITY:
            soft = min(soft, hard)
    resource.setrlimit(resource.RLIMIT_CPU, (soft, hard))


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
                 warm_up: Callable[[], None] | None, scheme: str | None, lang: str,
                 memory_limit: int | None = None) -> None:
    """Read files sent over ``conn`` until told to stop; answer with JSON records.

    The worker leads its own process group, so that stopping it also stops
    programs it started, ignores Ctrl-C (the parent stops it instead), and
    ends itself when the parent disappears (see ``_watch_parent``). With
    ``memory_limit`` its address space is capped once it has started: a
    document that needs more gets a MemoryError, which the worker reports
    before it ends (its heap may be in no state to read the next file).
    """
    if hasattr(os, "setsid"):
        try:
            os.setsid()
        except OSError:
            pass  # already a group leader; killing the worker itself still works
    share_one_heap()
    threading.Thread(target=_watch_parent, args=(lifeline,), daemon=True).start()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if CPU_LIMITED:
        resource.setrlimit(resource.RLIMIT_CORE, (0, resource.getrlimit(resource.RLIMIT_CORE)[1]))
    try:
        if warm_up is not None:
            warm_up()
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which stops the batch
        conn.send(("broken", None, f"{type(exc).__name__}: {exc}"))
        return
    if memory_limit:
        apply_worker_memory(memory_limit)
    conn.send(("ready", None, None))
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        index, path, folder, seconds = task
        use_in_process(Path(folder))
        try:
            _limit_cpu(seconds)
            try:
                with document_clock(seconds):
                    record = reader(path, scheme, lang)
            finally:
                _limit_cpu(None)
            conn.send(("ok", index, record))
        except MemoryError:
            conn.send(("memory", index, ""))
            return
        except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the batch
            conn.send(("failed", index, f"{type(exc).__name__}: {exc}"))


# --- the parent ----------------------------------------------------------------


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
    spent: bool = False
    """The worker said it ends (after a MemoryError): it takes no more files."""
    holds: bool = False
    """The worker was handed one of the pool's ``together`` files."""


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


def _alive(worker: _Worker) -> bool:
    """Whether the worker still runs, without reaping it (its group must stay killable)."""
    return not wait([worker.process.sentinel], 0)


def next_for(queue: deque[int], together: frozenset[int], holds: bool, held_elsewhere: bool) -> int:
    """The file a free worker takes next: the queue's first, except that
    the ``together`` files go to one worker where the others have other
    files to read. The worker that took one takes the next of them first;
    another worker takes the first file not among them while there is one.
    Each worker that reads a signed PDF imports pyHanko (~0.2 s CPU, ~7 %
    of a born-digital batch); kept to one worker, a batch pays it once."""
    if holds:
        return next((index for index in queue if index in together), queue[0])
    if held_elsewhere:
        return next((index for index in queue if index not in together), queue[0])
    return queue[0]


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


class Pool:
    """Hands files to workers one at a time and watches clocks and deaths."""

    def __init__(self, paths: list[str], reader: Reader, warm_up: Callable[[], None] | None,
                 scheme: str | None, lang: str, size: int, timeout: float, done: Done,
                 memory_limit: int | None = None, order: list[int] | None = None,
                 together: frozenset[int] = frozenset()) -> None:
        self.paths = paths
        self.memory_limit = memory_limit
        self.reader = reader
        self.warm_up = warm_up
        self.scheme = scheme
        self.lang = lang
        self.size = size
        self.timeout = timeout
        self.done = done
        self.context = process_start.context()
        self.queue: deque[int] = deque(range(len(paths)) if order is None else order)
        """Indexes of the paths not yet handed out, in the order they will be
        (but for ``together``)."""
        self.together = together if size > 1 else frozenset()
        """Indexes of files that share a costly first use in a worker (a
        library imported on the first such file): see ``next_for``. One
        worker reads the queue in its order."""
        self.finished: set[int] = set()
        self.answers: list[tuple[int, str | Failure]] = []  # read, not yet passed on (``_settle``)
        self.workers: list[_Worker] = []
        self.folder: RunFolder | None = None

    def run(self) -> None:
        """Read every path; each one's answer goes to ``done`` as it arrives.

        Temporary files of the run (OCR images, converter profiles) live in
        one private folder, a subfolder per document, removed with the
        programs a document left running as soon as it ends in any way
        (read, failed, timed out, crashed) and the whole folder at the end."""
        with run_folder() as folder:
            self.folder = folder
            try:
                while len(self.finished) < len(self.paths):
                    self._staff()
                    self._assign()
                    self._wait()
            finally:
                self._shutdown()

    def _staff(self) -> None:
        busy = sum(1 for w in self.workers if w.index is not None)
        wanted = min(self.size, busy + len(self.queue))
        while len(self.workers) < wanted:
            ours, theirs = self.context.Pipe()
            lifeline_r, lifeline_w = self.context.Pipe(duplex=False)
            process = self.context.Process(
                target=_worker_main,
                args=(theirs, lifeline_r, self.reader, self.warm_up, self.scheme, self.lang, self.memory_limit),
                name="soknad-extract-worker",
                daemon=True,
            )
            with process_start.without_main():
                process.start()
            theirs.close()
            lifeline_r.close()
            self.workers.append(_Worker(process, ours, lifeline_w, time.monotonic()))

    def _assign(self) -> None:
        for worker in self.workers:
            if worker.ready and not worker.spent and worker.index is None and self.queue:
                index = next_for(self.queue, self.together, worker.holds,
                                 any(w.holds for w in self.workers if w is not worker))
                self.queue.remove(index)
                worker.holds = worker.holds or index in self.together
                assert self.folder is not None
                worker.conn.send((index, self.paths[index], str(self.folder.document(index)), self.timeout))
                worker.index = index
                worker.deadline = time.monotonic() + (wall_limit(self.timeout) if CPU_LIMITED else self.timeout)

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
        self._assign()
        self._settle()

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
        worker.index = None
        worker.deadline = None
        worker.spent = worker.spent or kind == "memory"
        failure = Failure("memory") if kind == "memory" else Failure("failed", payload)
        self.answers.append((index, payload if kind == "ok" else failure))

    def _settle(self) -> None:
        """Pass on the answers read once their workers have their next files (``_wait``), so a worker
        does not wait while the parent removes a folder and parses a record (~10 % of a Word file's time)."""
        while self.answers:
            self._done(*self.answers.pop(0))

    def _done(self, index: int, outcome: str | Failure) -> None:
        if self.folder is not None:
            self.folder.discard(index)
        self.finished.add(index)
        self.done(index, outcome)

    def _died(self, worker: _Worker) -> None:
        index = worker.index
        self._retire(worker)
        exitcode = worker.process.exitcode
        if index is not None and CPU_LIMITED and exitcode == -signal.SIGXCPU:
            self._done(index, Failure("timeout"))  # the document's CPU time ran out
        elif index is not None:
            signal_number = str(-exitcode) if exitcode is not None and exitcode < 0 else None
            self._done(index, Failure("crashed", signal_number))
        elif not worker.ready:
            raise BatchError(f"a worker stopped while starting (exit code {exitcode})")

    def _timed_out(self, worker: _Worker) -> None:
        index = worker.index
        assert index is not None
        self._retire(worker)
        self._done(index, Failure("timeout"))

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

