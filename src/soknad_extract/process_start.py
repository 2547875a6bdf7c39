"""How the worker processes start: the start method, the forkserver's
preload, and starting that server early.

Kept apart from ``pool`` so that the command line can start the forkserver
as its very first step: this module imports nothing but ``multiprocessing``,
while ``pool`` brings the limits, the clock and the temporary files (lxml,
ctypes, subprocess), tens of milliseconds that would otherwise come before
the forkserver's own imports on the critical path of every check.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.context
import sys
import types
from collections.abc import Iterator
from contextlib import contextmanager

START_METHOD: str | None = None
"""How workers start: None means "forkserver" where available, else "spawn"
(``benchmarks/batch_bench.py`` compares them)."""

PRELOAD = ["soknad_extract.warm"]
"""Modules the forkserver imports once, so that every worker starts warm."""


def context() -> multiprocessing.context.BaseContext:
    """The multiprocessing context workers start from (``START_METHOD``)."""
    method = START_METHOD
    if method is None:
        method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    chosen = multiprocessing.get_context(method)
    if method == "forkserver":
        chosen.set_forkserver_preload(PRELOAD)
    return chosen


def start_early() -> None:
    """Start the forkserver, and with it the import of ``PRELOAD``, now,
    before the caller's own imports, so that the two run side by side on
    two cores; the first worker of the batch then forks from a server that
    is ready or nearly so. Nothing happens where workers are spawned."""
    if context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        with without_main():
            forkserver.ensure_running()


@contextmanager
def without_main() -> Iterator[None]:
    """Start a process without it re-importing the caller's ``__main__``.

    ``spawn`` and ``forkserver`` children run the parent's main script again
    (as ``__mp_main__``) before the target: a script without a ``__main__``
    guard would start its batch again inside the worker, and ``python -``
    has no file to run at all. The worker needs nothing from ``__main__``,
    so for the moment a process starts, ``__main__`` is an empty module.
    """
    real = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = real
