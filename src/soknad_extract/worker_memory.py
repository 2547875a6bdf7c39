"""What a worker process does to its own memory before it reads a document: the
address-space cap that turns a runaway reader into a MemoryError it can report,
and one heap for all its threads. Kept apart from ``limits`` because these act on
the process, not on what one document may cost."""

from __future__ import annotations

import ctypes


def apply_worker_memory(cap: int) -> None:
    """Cap this process's address space at ``cap`` bytes, and that of the
    programs it starts (call it in a worker, never in the parent): an
    allocation past the cap fails with MemoryError inside the reader, which
    the worker reports, instead of the kernel's OOM killer taking some other
    process down. Never above a hard limit already set."""
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


M_ARENA_MAX = -8
"""glibc's ``mallopt`` parameter for the number of heaps (malloc.h)."""


def share_one_heap() -> bool:
    """Have every thread of this worker allocate from one heap; True where
    the C library took it (glibc). Called before the worker starts a thread.

    glibc gives each thread that allocates a heap (arena) of its own, and a
    heap keeps the high-water mark of what it held: a worker OCRing two
    pages at once, each thread with its page images and Tesseract's working
    memory (``readers/ocr/libtesseract``), peaked at 386-410 MiB PSS on the
    bench's 20 scans; with one heap at 354-364 MiB, in the same time (the
    threads spend their time computing, not allocating)."""
    try:
        return bool(ctypes.CDLL("libc.so.6").mallopt(M_ARENA_MAX, 1))
    except (OSError, AttributeError):
        return False
