"""The born-digital PDF check against bare pdfplumber, and the Word check,
taken in turn (check, yardstick, check, yardstick, …) so both see the same
machine: ``bench.py`` runs each kind's rounds together, and a load that comes
or goes between them moves a ratio. Prints medians of ``--rounds`` rounds.

    .venv/bin/python benchmarks/quick_ab.py [--rounds N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys

import bench


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    pdfs = bench.born_digital_pdfs()
    words = [p for p in bench.files_of(bench.PDF_FOLDERS, bench.WORD_SUFFIXES)
             if not p.name.startswith("broken_")] + bench.devset_files("word")
    cases = {
        "PDF check": bench.check_argv(pdfs, 1),
        "pdfplumber extract_words": [sys.executable, "-c", bench.PLUMBER, *map(str, pdfs)],
        "Word check": bench.check_argv(words, 1),
        "Word check, one file": bench.check_argv(words[:1], 1),
    }
    runs: dict[str, list[bench.Run]] = {name: [] for name in cases}
    load = os.getloadavg()[0]
    for _ in range(args.rounds):
        for name, argv in cases.items():
            runs[name].append(bench.measure(argv))
    print(f"load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end; {args.rounds} rounds in turn")
    for name, measured in runs.items():
        wall = statistics.median(r.wall for r in measured)
        cpu = statistics.median(r.cpu for r in measured)
        print(f"{name}: wall {wall:.2f} s, CPU {cpu:.2f} s ({len(pdfs) if 'PDF' in name or 'pdfplumber' in name else len(words) if 'one' not in name else 1} files)")
    pdf = statistics.median(r.cpu for r in runs["PDF check"])
    plumber = statistics.median(r.cpu for r in runs["pdfplumber extract_words"])
    print(f"PDF check ÷ pdfplumber by CPU: {pdf / plumber:.2f}×")
    word = statistics.median(r.wall for r in runs["Word check"])
    one = statistics.median(r.wall for r in runs["Word check, one file"])
    print(f"Word beyond start-up: {(len(words) - 1) / (word - one):.1f} files/s (wall)")


if __name__ == "__main__":
    main()
