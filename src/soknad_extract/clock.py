"""The current document's clock: inner steps take their time limits from it.

A fixed limit per inner step (Tesseract had 60 s a call) makes the outcome
depend on how loaded the machine is: the same scan was DOCUMENT_UNREADABLE
in one run and NOT_AN_APPLICATION in the next. So a document gets one
deadline, and a step asks how much of it is left (``seconds_left``); a step
that runs out says so in a note instead of changing the document's class.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from soknad_extract import limits

_deadline: float | None = None
"""Monotonic time at which the current document's own limit runs out."""


@contextmanager
def document_clock(seconds: float | None = None) -> Iterator[None]:
    """Start the current document's clock, unless a caller (the batch worker,
    which knows the ``--timeout``) started it already: inner steps
    (Tesseract, LibreOffice) take their time limits from what is left of it
    (``seconds_left``) instead of fixed numbers, so the document's outcome
    does not depend on how loaded the machine is."""
    global _deadline
    if _deadline is not None:
        yield
        return
    _deadline = time.monotonic() + (seconds if seconds is not None else limits.active().document_seconds)
    try:
        yield
    finally:
        _deadline = None


def seconds_left(reserve: float = 0.0, floor: float = 1.0) -> float:
    """Seconds the current document has left after ``reserve`` (kept for the
    steps after this one), at least ``floor``; the whole default limit when
    no clock runs (a reader called on its own)."""
    left = limits.DEFAULT.document_seconds if _deadline is None else _deadline - time.monotonic()
    return max(floor, left - reserve)
