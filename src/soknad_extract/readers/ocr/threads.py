"""How many pages one process OCRs at once.

Tesseract runs single-threaded (see ``text``), so a process with two cores
to itself reads two pages at once. In a batch, the workers share the cores:
two workers on two cores already keep both busy, and a second OCR thread in
each would only hold another page image and another Tesseract model
(~30 MiB, see ``libtesseract``) in memory. The batch therefore tells its
workers how many cores each has (``for_workers``), through the environment
the worker reads here; a small module of its own, so the batch need not
import the OCR work to say it.
"""

from __future__ import annotations

import os

MAX_THREADS = 2
"""Pages OCR'd at once in one process, at most. The next page is drawn
while they are read, and at most one drawn page waits for a thread, to
bound memory."""
THREADS_ENV = "SOKNAD_EXTRACT_OCR_THREADS"
"""Pages OCR'd at once in this process (1 to ``MAX_THREADS``)."""


def threads() -> int:
    """Pages to OCR at once here: ``THREADS_ENV`` when it holds a number, else ``MAX_THREADS``."""
    value = os.environ.get(THREADS_ENV, "").strip()
    return max(1, min(MAX_THREADS, int(value))) if value.isdigit() else MAX_THREADS


def for_workers(cpus: int, workers: int) -> int:
    """OCR threads for each of ``workers`` processes sharing ``cpus`` cores."""
    return max(1, min(MAX_THREADS, cpus // max(1, workers)))

