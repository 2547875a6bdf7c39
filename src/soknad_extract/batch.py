"""Checking many applications at once: the files under the given paths, read
in isolated worker processes (``pool``) with a time limit per document.

Every file gives one record: what the pipeline read, or a
``DOCUMENT_UNREADABLE`` record that says why the file was stopped, crashed
its reader or failed. ``jobs=1`` also uses one worker process: an in-process
read would be no faster (the import cost is the same) and would lose the
time limit and the crash isolation.
"""

from __future__ import annotations

import functools
import logging
import os
import warnings
from collections.abc import Callable, Iterable
from pathlib import Path

from pydantic import ValidationError

from soknad_extract import limits, sources
from soknad_extract.discovery import find_applications
from soknad_extract.messages import t
from soknad_extract.pool import Failure, Pool, default_jobs
from soknad_extract.readers import IMAGE_SUFFIXES
from soknad_extract.readers.ocr import libtesseract as ocr_libtesseract
from soknad_extract.readers.ocr import threads as ocr_threads_module
from soknad_extract.record import Record

__all__ = ["DEFAULT_TIMEOUT", "check_paths", "unreadable_record"]

DEFAULT_TIMEOUT = float(limits.DEFAULT.document_seconds)
"""Seconds one document may take before its worker is stopped."""

DEFAULT_MEMORY_LIMIT = limits.DEFAULT.worker_memory_mib << 20
"""Bytes of address space one worker (with the programs it starts) may use:
4 GiB, eight times what the largest sample needs, so one hostile file
cannot take the machine. A document that needs more becomes
DOCUMENT_UNREADABLE naming the limit."""

LOG_ENV = "SOKNAD_EXTRACT_LOG"
"""Log level of the workers' reading log (e.g. "INFO"); the command line sets
"CRITICAL" unless -v, so no library's complaint reaches the clerk's terminal."""

RecordReader = Callable[[str, str | None, str], Record]
"""(path, scheme id, lang) → record: the pipeline, or a stand-in in tests."""


def unreadable_record(path: Path, message: str, *, scheme: str | None = None) -> Record:
    """A record that says only that ``path`` could not be read, and why."""
    return sources.unreadable_record(sources.source_of(path), message, scheme=scheme)


def _seconds(value: float, lang: str) -> str:
    text = f"{value:g}"
    return text if lang == "en" else text.replace(".", ",")


def _megabytes(limit: int | None) -> str:
    return f"{(limit or 0) >> 20} MB"


def _failure_message(failure: Failure, timeout: float, memory_limit: int | None, lang: str) -> str:
    if failure.kind == "timeout":
        return t("read_timeout", lang, seconds=_seconds(timeout, lang))
    if failure.kind == "memory":
        return t("read_memory", lang, limit=_megabytes(memory_limit))
    if failure.kind == "crashed":
        detail = t("crash_signal", lang, signal=failure.detail) if failure.detail else ""
        return t("read_crashed", lang, detail=detail)
    return t("read_failed", lang, error=failure.detail)


# --- what a worker runs ------------------------------------------------------------


def _read_with_pipeline(path: str, scheme: str | None, lang: str) -> Record:
    from soknad_extract.pipeline import read_application

    return read_application(path, scheme=scheme, lang=lang)


def _as_json(reader: RecordReader, path: str, scheme: str | None, lang: str) -> str:
    return reader(path, scheme, lang).model_dump_json()


QUIET_ENV = "PYTHONWARNINGS"
"""Set to "ignore" by the command line (``cli_terminal.quiet_dependencies``)."""


def _worker_settings(ocr_threads: int) -> dict[str, str]:
    """What a worker must be told rather than inherit: the forkserver it is
    forked from may have started (``launch``) before the command line set
    the log level, the warning filter and the choice of Tesseract, and the pages it OCRs at once
    depend on this batch (``ocr_threads``, unless the user chose)."""
    forwarded = (LOG_ENV, QUIET_ENV, ocr_libtesseract.ENGINE_ENV)
    settings = {name: os.environ[name] for name in forwarded if name in os.environ}
    settings[ocr_threads_module.THREADS_ENV] = os.environ.get(ocr_threads_module.THREADS_ENV, str(ocr_threads))
    return settings


def _load_pipeline(settings: dict[str, str]) -> None:
    """Pay a worker's start-up cost before it takes a file, so that it does
    not count against the first document's time limit. Runs in the worker,
    so it also takes the batch's ``settings`` (``_worker_settings``): the
    log level, whether libraries' warnings are shown, the OCR threads."""
    os.environ.update(settings)
    if settings.get(QUIET_ENV) == "ignore":
        warnings.simplefilter("ignore")
    level = settings.get(LOG_ENV)
    if level:
        logging.basicConfig(level=level.upper(), format="%(levelname)s %(name)s: %(message)s")
    import soknad_extract.warm  # noqa: F401 - already loaded under the forkserver


def _largest_first(files: list[Path]) -> list[int]:
    """Indexes of ``files``, the costliest first as far as their names and
    sizes tell: picture files, then the rest largest first. With several
    workers the batch ends when its slowest file does; the big files are
    the scans, which take seconds a page where a born-digital file takes a
    tenth, so starting them first lets the small files fill the gaps
    instead of one scan running alone at the end. A picture file is always
    a page for OCR, whatever its bytes: a bilevel TIFF scan of a page is
    40 kB, a twentieth of a scanned PDF's page, and by size alone it started
    among the born-digital files and ran alone at the end of the mixed
    batch. (One worker reads in path order: the total is the same and the
    first records come sooner.)"""

    def size(index: int) -> int:
        try:
            return files[index].stat().st_size
        except OSError:
            return 0

    def order(index: int) -> tuple[bool, int, int]:
        return files[index].suffix.lower() not in IMAGE_SUFFIXES, -size(index), index

    return sorted(range(len(files)), key=order)


def _signed_pdfs(files: list[Path]) -> frozenset[int]:
    """Indexes of the PDFs with a signature dictionary's marker in their
    bytes (``readers.pdf.signatures``: a file without it is not given to
    pyHanko). The pool hands them to one worker while the others have
    other files, so pyHanko is imported once a batch, not once a worker."""
    from soknad_extract.readers.pdf.signatures import has_signature_marker

    return frozenset(i for i, f in enumerate(files) if f.suffix.lower() == ".pdf" and has_signature_marker(f))


def check_paths(
    paths: Iterable[str | Path],
    *,
    scheme: str | None = None,
    lang: str = "nb",
    jobs: int | None = None,
    timeout: float = DEFAULT_TIMEOUT,
    progress: Callable[[Record], None] | None = None,
    follow_links: bool = False,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    _reader: RecordReader | None = None,
) -> list[Record]:
    """Read every application under ``paths``; one record per file, sorted by path.

    Up to ``jobs`` worker processes (default: the CPUs available) read files
    in parallel. A file that takes longer than ``timeout`` seconds, crashes
    its worker, or makes the reader raise becomes a ``DOCUMENT_UNREADABLE``
    record and the batch goes on; so does one that needs more than
    ``memory_limit`` bytes (None: no limit). ``progress`` is called with each record as
    it is done (in completion order). Links out of a folder are followed
    only with ``follow_links``. ``_reader`` replaces the pipeline, for
    tests only (a module-level function: workers import it by name).
    Works from a script, a heredoc and a notebook alike (see ``pool``).
    """
    files = find_applications(paths, follow_links=follow_links)
    if not files:
        return []
    results: dict[int, Record] = {}

    def done(index: int, outcome: str | Failure) -> None:
        record = None
        if isinstance(outcome, str):
            try:
                record = Record.model_validate_json(outcome)
            except ValidationError as exc:
                outcome = Failure("failed", f"ValidationError: {exc.error_count()} invalid field(s)")
        if record is None:
            assert isinstance(outcome, Failure)
            record = unreadable_record(files[index], _failure_message(outcome, timeout, memory_limit, lang), scheme=scheme)
        results[index] = record
        if progress is not None:
            progress(record)

    reader = functools.partial(_as_json, _reader or _read_with_pipeline)
    size = min(jobs or default_jobs(), len(files))
    settings = _worker_settings(ocr_threads_module.for_workers(default_jobs(), size))
    warm_up = functools.partial(_load_pipeline, settings) if _reader is None else None
    order = _largest_first(files) if size > 1 else None
    together = _signed_pdfs(files) if size > 1 else frozenset()
    Pool([str(f) for f in files], reader, warm_up, scheme, lang, size, timeout, done, memory_limit, order,
         together).run()
    return [results[i] for i in range(len(files))]
