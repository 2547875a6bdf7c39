"""What a worker loads before its first document, loaded by importing this
module.

The pool's forkserver imports it once (``process_start.PRELOAD``), so every worker of
a batch, and every replacement for one that crashed or ran out of time, is
forked with the pipeline, the PDF reader and the phrase tokenizer already
built, and a made-up application already read (``priming``): a second
worker costs a fork, not another 0.5 s of imports and first use. What
it built meanwhile (compiled patterns, the parsed vocabulary, its
wordings' patterns) is stored for the next run (``startup_cache``), which
loads it before the imports. OCR,
signature validation, office conversion and the Word reader stay out: a
batch needs each for some of its files only, and a worker imports it when a
document does (the Word reader, ~0.02 s, is paid by every worker that reads
a Word file, side by side, instead of once before any worker of a PDF batch
can start). pdfium is loaded here but never given a
document, so forking after it stays safe (see ``pool``).

What is loaded is then frozen for the garbage collector (``gc.freeze``):
it lives as long as the worker, so the collector need not walk it again
during every document (~5 % of a born-digital PDF's check), and forked
workers keep sharing its memory pages instead of copying them when the
collector would touch them. The collector is off while it loads: imports
make no garbage cycles worth finding, yet the objects they create would set
off full collections over everything loaded so far (~10 % of the import).
Afterwards the youngest generation is collected every ``YOUNG_COLLECTION``
allocations instead of Python's 700: a document makes tens of thousands of
short-lived objects that reference counting frees, so most of the ~240
collections of 54 born-digital PDFs found nothing to free and cost ~4 % of
the worker's time; the same files then take ~10 (peak memory unchanged on
PDFs, Word files and scans, whose pixels are not objects the collector counts).
"""

from __future__ import annotations

import gc

from soknad_extract import startup_cache

YOUNG_COLLECTION = 10_000
"""Allocations between two collections of the youngest generation (see above)."""

gc.disable()
try:
    startup_cache.load()
    import soknad_extract.pipeline  # noqa: F401 - the point is the import
    import soknad_extract.readers.pdf.read  # noqa: F401
    from soknad_extract.priming import prime
    from soknad_extract.tokens import tokenizer

    tokenizer()
    try:
        prime()
    except Exception:  # noqa: BLE001 - a warm-up that fails leaves the first document to do it
        pass
    startup_cache.save()
finally:
    gc.freeze()
    gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])
    gc.enable()
