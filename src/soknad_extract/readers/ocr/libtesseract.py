"""Tesseract inside the worker, through its C API, with the language model
loaded once per OCR thread instead of once per page.

The command line is a new process for every page and loads ``nor+eng``
each time: over the 36 Tesseract calls of the samples' and the dev set's
scans, 37.3 s by the command line against 28.3 s here (0.25 s a call, on
2 cores). This is the same library the command line runs, given the same
page: 8-bit grey pixels, the same resolution (``user_defined_dpi``, what
``--dpi`` sets), segmentation mode and languages, and the same TSV comes
back (tests compare the two on a page).

Used when the library loads (``ctypes.util.find_library``: Tesseract 4 or
newer, whose C API has not changed since) and ``pytesseract`` runs its
default command: a caller who points pytesseract at another Tesseract gets
that one. ``SOKNAD_EXTRACT_TESSERACT=command`` chooses the command line.

Time: Tesseract's monitor stops recognition at the deadline it is given
(what is left of the document's time), word by word, but not the layout
analysis before it, which a speckled page can keep busy for seconds. So the
library reads only while the document has ``LIBRARY_MIN_SECONDS`` left;
with less, the command line reads, and is stopped at the deadline whatever
it is doing (``text.run_tesseract``). The batch's limit on the whole
document, which ends the worker, stays the backstop.

Failures: a crash inside the library ends the worker, and the batch makes
that document DOCUMENT_UNREADABLE; the command line lost only the page. So
does running out of memory inside Tesseract, whose memory now counts
against the worker's address-space limit (4 GiB by default; a page is
~40 MiB). That is the price of the speed; neither has been seen here on
pages given as plain grey pixels.
"""

from __future__ import annotations

import atexit
import ctypes
import ctypes.util
import math
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

ENGINE_ENV = "SOKNAD_EXTRACT_TESSERACT"
"""``command`` makes OCR run the Tesseract command line, as before."""
MIN_MAJOR_VERSION = 4
LIBRARY_MIN_SECONDS = 30.0
"""Seconds of the document's time a page needs left to be read by the
library, whose deadline does not stop the layout analysis."""
MAX_DEADLINE_MS = 2**31 - 1
LEPTONICA_QUIET = 6
"""Leptonica's ``L_SEVERITY_NONE``: it prints none of its messages."""

_VOID = ctypes.c_void_p
_INT = ctypes.c_int
_TEXT = ctypes.c_char_p
_PROTOTYPES: dict[str, tuple[object, list[object]]] = {
    "TessVersion": (_TEXT, []),
    "TessBaseAPICreate": (_VOID, []),
    "TessBaseAPIInit3": (_INT, [_VOID, _TEXT, _TEXT]),
    "TessBaseAPISetVariable": (_INT, [_VOID, _TEXT, _TEXT]),
    "TessBaseAPISetPageSegMode": (None, [_VOID, _INT]),
    "TessBaseAPISetImage": (None, [_VOID, _VOID, _INT, _INT, _INT, _INT]),
    "TessBaseAPISetSourceResolution": (None, [_VOID, _INT]),
    "TessBaseAPIRecognize": (_INT, [_VOID, _VOID]),
    "TessBaseAPIGetTsvText": (_VOID, [_VOID, _INT]),
    "TessDeleteText": (None, [_VOID]),
    "TessBaseAPIClear": (None, [_VOID]),
    "TessBaseAPIEnd": (None, [_VOID]),
    "TessBaseAPIDelete": (None, [_VOID]),
    "TessMonitorCreate": (_VOID, []),
    "TessMonitorDelete": (None, [_VOID]),
    "TessMonitorSetDeadlineMSecs": (None, [_VOID, _INT]),
}


class Unavailable(OSError):
    """The library cannot read with this language here (it is missing, or
    its data for the language is): the command line reads instead."""


class RecognitionStopped(RuntimeError):
    """Tesseract gave up on the page: its deadline passed (``timed_out``) or
    it failed."""

    def __init__(self, message: str, timed_out: bool) -> None:
        super().__init__(message)
        self.timed_out = timed_out


@cache
def library() -> ctypes.CDLL | None:
    """libtesseract with the prototypes used here, or None where it is
    missing, too old or lacks one of the functions."""
    name = ctypes.util.find_library("tesseract")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
        for function, (restype, argtypes) in _PROTOTYPES.items():
            prototype = getattr(lib, function)
            prototype.restype = restype
            prototype.argtypes = argtypes
        major = lib.TessVersion().decode("ascii", "replace").split(".")[0]
    except (OSError, AttributeError):
        return None
    _quiet_leptonica(lib)
    return lib if major.isdigit() and int(major) >= MIN_MAJOR_VERSION else None


def _quiet_leptonica(lib: ctypes.CDLL) -> None:
    """Keep Leptonica (Tesseract's image library, found through Tesseract's
    own links) from printing on the user's terminal: inside the worker its
    complaints ("Error in boxClipToRectangle: box outside rectangle", dozens
    on a dusty page) are no news to a clerk, and the command line's went to
    its captured stderr. A Leptonica without the setting prints as before."""
    try:
        severity = lib.setMsgSeverity
    except AttributeError:
        return
    severity.restype = _INT
    severity.argtypes = [_INT]
    severity(LEPTONICA_QUIET)


def wanted() -> bool:
    """Whether OCR should go through the library: it loads, and nobody asked
    for the command line (the environment, or another pytesseract command)."""
    import pytesseract

    if os.environ.get(ENGINE_ENV, "").strip().lower() == "command":
        return False
    if str(pytesseract.pytesseract.tesseract_cmd) != "tesseract":
        return False
    return library() is not None


class Engine:
    """One initialised TessBaseAPI: the model for one language string, used
    by one thread at a time."""

    def __init__(self, lib: ctypes.CDLL, lang: str) -> None:
        self._lib = lib
        self._handle = lib.TessBaseAPICreate()
        with _init_lock:
            # What Tesseract says ("Detected 22 diacritics", "Error opening
            # data file") went to the command line's captured stderr; in here
            # it would reach the user's terminal. ``debug_file`` is one
            # setting for the whole library, so it is written under the lock,
            # before the first Init reads it.
            lib.TessBaseAPISetVariable(self._handle, b"debug_file", os.devnull.encode())
            loaded = lib.TessBaseAPIInit3(self._handle, None, lang.encode("ascii")) == 0
        if not loaded:
            lib.TessBaseAPIDelete(self._handle)
            raise Unavailable(f"Tesseract could not load the language data {lang!r}")

    def close(self) -> None:
        """Free the model (at exit: Tesseract warns of a leak otherwise)."""
        self._lib.TessBaseAPIEnd(self._handle)
        self._lib.TessBaseAPIDelete(self._handle)

    def tsv(self, gray: np.ndarray, dpi: int, psm: int, seconds: float) -> str:
        """Tesseract's TSV for an 8-bit grey page (rows one after another in
        memory: ``gray.flags.c_contiguous``), as the command line with
        ``--psm psm --dpi dpi`` prints it. Raises ``RecognitionStopped``.
        Tesseract copies the pixels before this returns."""
        if gray.dtype.str != "|u1" or gray.ndim != 2 or not gray.flags.c_contiguous:
            raise ValueError("Tesseract takes 8-bit grey pixels, row after row")
        if gray.size == 0:
            # Leptonica would print its complaints on the terminal, then fail.
            raise RecognitionStopped("Tesseract got an empty image", timed_out=False)
        lib, handle = self._lib, self._handle
        height, width = gray.shape
        lib.TessBaseAPISetPageSegMode(handle, psm)
        lib.TessBaseAPISetVariable(handle, b"user_defined_dpi", str(dpi).encode("ascii"))
        lib.TessBaseAPISetImage(handle, gray.ctypes.data, width, height, 1, width)
        lib.TessBaseAPISetSourceResolution(handle, dpi)
        deadline_ms = min(MAX_DEADLINE_MS, max(1, math.ceil(seconds * 1000)))
        monitor = lib.TessMonitorCreate()
        started = time.monotonic()
        try:
            lib.TessMonitorSetDeadlineMSecs(monitor, deadline_ms)
            if lib.TessBaseAPIRecognize(handle, monitor) != 0:
                timed_out = time.monotonic() - started >= deadline_ms / 1000
                raise RecognitionStopped("Tesseract timeout" if timed_out else "Tesseract could not read the page", timed_out)
            text = lib.TessBaseAPIGetTsvText(handle, 0)  # page 1 in the TSV, as the command line writes
            try:
                return ctypes.string_at(text).decode("utf-8", "replace") if text else ""
            finally:
                if text:
                    lib.TessDeleteText(text)
        finally:
            lib.TessMonitorDelete(monitor)
            lib.TessBaseAPIClear(handle)


_idle: dict[str, list[Engine]] = {}
_idle_lock = threading.Lock()
_init_lock = threading.Lock()
_unloadable: set[str] = set()
"""Languages the library failed to load once: not tried again for every page."""


@atexit.register
def _close_idle() -> None:
    with _idle_lock:
        for engines in _idle.values():
            while engines:
                engines.pop().close()


@contextmanager
def engine(lang: str) -> Iterator[Engine]:
    """An idle engine for ``lang``, made on first need. Engines are kept for
    the life of the process, at most one per thread that ran OCR at the same
    time, so a worker loads the model once per OCR thread."""
    lib = library()
    if lib is None or lang in _unloadable:
        raise Unavailable(f"libtesseract cannot read {lang!r} here")
    with _idle_lock:
        idle = _idle.setdefault(lang, [])
        chosen = idle.pop() if idle else None
    if chosen is None:
        try:
            chosen = Engine(lib, lang)
        except Unavailable:
            _unloadable.add(lang)
            raise
    try:
        yield chosen
    finally:
        with _idle_lock:
            _idle[lang].append(chosen)
