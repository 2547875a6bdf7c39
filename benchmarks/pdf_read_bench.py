"""CPU seconds of reading the born-digital PDFs (samples and the dev set's
text PDFs) in one process: the PDF reader alone, the whole check
(``pipeline.read_application``), bare pdfplumber ``extract_words`` and bare
pypdfium2 ``get_text_range``. CPU time (user + sys of this process), since
wall time on the shared machine says little; every measure runs after one
warm-up pass over the same files, so imports and start-up do not count.

Reading the same files again finds every line's parse in the per-string
memo caches (``fold``, ``find_dates``, ...) from the run before, which a
batch of different files would not; ``--cold-memos`` empties those caches
(every ``lru_cache`` of 1024 entries or more in the package: compiled
vocabularies keep theirs) before each file, for the cost of a file never
seen.

    .venv/bin/python benchmarks/pdf_read_bench.py [--runs 3] [--cold-memos]
"""

from __future__ import annotations

import argparse
import functools
import os
import statistics
import sys
from pathlib import Path
from typing import Callable

from bench import born_digital_pdfs

ROOT = Path(__file__).resolve().parent.parent


def files() -> list[Path]:
    """Born-digital PDFs: samples/born_digital and samples/signed (readable
    ones), and the dev set's PDFs in the text categories, as ``bench`` measures them."""
    return [ROOT / p for p in born_digital_pdfs()]


def _plumber(path: Path) -> None:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            page.extract_words()


def _pdfium(path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(path)
    try:
        for page in pdf:
            text = page.get_textpage()
            text.get_text_range()
            text.close()
            page.close()
    finally:
        pdf.close()


def _reader(path: Path) -> None:
    from soknad_extract.readers.pdf.read import read_pdf

    read_pdf(path)


def _check(path: Path) -> None:
    from soknad_extract.pipeline import read_application

    read_application(path)


def _memo_caches() -> list[functools._lru_cache_wrapper]:
    """The package's per-string memo caches (1024 entries or more)."""
    found = []
    for name, module in list(sys.modules.items()):
        if not name.startswith("soknad_extract"):
            continue
        for value in vars(module).values():
            info = getattr(value, "cache_parameters", None)
            if info is not None and (info()["maxsize"] or 0) >= 1024 and value not in found:
                found.append(value)
    return found


def cpu(run: Callable[[Path], None], paths: list[Path], cold: bool = False) -> float:
    caches = _memo_caches() if cold else []
    start = os.times()
    for path in paths:
        for cache in caches:
            cache.cache_clear()
        run(path)
    end = os.times()
    return (end.user - start.user) + (end.system - start.system)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per measure (median), default 3")
    parser.add_argument("--cold-memos", action="store_true", help="empty the per-string memo caches before each file")
    args = parser.parse_args()
    paths = files()
    measures = {"check": _check, "reader": _reader, "pdfplumber": _plumber, "pypdfium2": _pdfium}
    result: dict[str, float] = {}
    for name, run in measures.items():
        cpu(run, paths)
        result[name] = statistics.median(cpu(run, paths, args.cold_memos) for _ in range(args.runs))
    memos = ", memo caches emptied per file" if args.cold_memos else ""
    print(f"{len(paths)} born-digital PDFs, CPU s (median of {args.runs}{memos}):")
    for name, seconds in result.items():
        print(f"  {name:<11} {seconds:7.2f}")
    for name in ("check", "reader"):
        print(f"  {name} / pdfplumber {result[name] / result['pdfplumber']:.2f}×, "
              f"/ pypdfium2 {result[name] / result['pypdfium2']:.1f}×")


if __name__ == "__main__":
    main()
