"""The current document's clock: inner steps take their time limits from it.

A fixed limit per inner step (Tesseract had 60 s a call) makes the outcome
depend on how loaded the machine is: the same scan was DOCUMENT_UNREADABLE
in one run and NOT_AN_APPLICATION in the next. So a document gets one
limit, and a step asks how much of it is left; a step that runs out says so
in a note instead of changing the document's class.

The limit is CPU time of the process that reads the document
(``time.process_time``: its threads, Tesseract's in-process work
included), not wall time: on a machine shared with other jobs a valid scan
got half the CPU in the same wall seconds and lost pages or became
DOCUMENT_UNREADABLE. Waiting on a program (LibreOffice, Tesseract's command
line) spends no CPU here, so such a step gets wall seconds: what is left of
the CPU, stretched by the document's own wall ÷ CPU so far (the machine's
load as this document met it), never past the wall backstop
(``WALL_PER_CPU`` times the limit), which stops a document that hangs
without spending CPU. On a quiet machine wall and CPU run together, and a
hostile input is stopped as soon as before.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from soknad_extract import limits

WALL_PER_CPU = 5.0
"""Wall seconds per CPU second of the document's limit after which it is
stopped whatever it is doing (a hang that spends no CPU): 600 s for the
default 120 s, which a scan gets on a machine five times overloaded."""
MIN_CPU_FOR_RATIO = 1.0
"""CPU seconds a document spends before its wall ÷ CPU ratio is trusted;
until then wall seconds are counted one for one."""


@dataclass(frozen=True)
class _Clock:
    cpu_start: float
    wall_start: float
    seconds: float


_clock: _Clock | None = None


def wall_limit(seconds: float) -> float:
    """The wall backstop for a document limited to ``seconds`` of CPU."""
    return seconds * WALL_PER_CPU


@contextmanager
def document_clock(seconds: float | None = None) -> Iterator[None]:
    """Start the current document's clock, unless a caller (the batch worker,
    which knows the ``--timeout``) started it already: inner steps
    (Tesseract, LibreOffice) take their time limits from what is left of it
    (``seconds_left``, ``wall_seconds_left``) instead of fixed numbers, so the
    document's outcome does not depend on how loaded the machine is."""
    global _clock
    if _clock is not None:
        yield
        return
    limit = seconds if seconds is not None else limits.active().document_seconds
    _clock = _Clock(time.process_time(), time.monotonic(), limit)
    try:
        yield
    finally:
        _clock = None


def seconds_left(reserve: float = 0.0, floor: float = 1.0) -> float:
    """CPU seconds the current document has left after ``reserve`` (kept for
    the steps after this one), at least ``floor``; the whole default limit
    when no clock runs (a reader called on its own)."""
    if _clock is None:
        left = limits.DEFAULT.document_seconds
    else:
        left = _clock.seconds - (time.process_time() - _clock.cpu_start)
    return max(floor, left - reserve)


def wall_seconds_left(reserve: float = 0.0, floor: float = 1.0) -> float:
    """Wall seconds a step that waits (a program, Tesseract's monitor) may
    take: the CPU left after ``reserve``, times the document's wall ÷ CPU so
    far (at least one), within what is left of the wall backstop."""
    cpu_left = seconds_left(reserve, floor)
    if _clock is None:
        return cpu_left
    wall_spent = time.monotonic() - _clock.wall_start
    cpu_spent = time.process_time() - _clock.cpu_start
    ratio = max(1.0, wall_spent / cpu_spent) if cpu_spent >= MIN_CPU_FOR_RATIO else 1.0
    backstop = wall_limit(_clock.seconds) - wall_spent - reserve
    return max(floor, min(cpu_left * ratio, backstop))
