"""The born-digital PDF check against bare pdfplumber, run in turn.

    .venv/bin/python benchmarks/pdf_pairs.py [--pairs N]

On a machine whose speed drifts (a shared virtual machine ran 1.6 times
slower at one hour than at another), a ratio of two medians taken minutes
apart says more about the machine than the code. Here each pair runs the
check and then pdfplumber on the same files (``bench.born_digital_pdfs``),
and the ratio is taken of the minimums and of the medians of N pairs. The
first check runs once before, so the byte code and the start-up cache are
there as on a machine after its first run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import bench  # noqa: E402


def timed(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, capture_output=True, cwd=ROOT, check=False)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=int, default=8)
    args = parser.parse_args()
    files = [str(p) for p in bench.born_digital_pdfs()]
    check = bench.check_argv([Path(f) for f in files], 1)
    plumber = [sys.executable, "-c", bench.PLUMBER, *files]
    timed(check)
    checks, plumbers = [], []
    for _ in range(args.pairs):
        checks.append(timed(check))
        plumbers.append(timed(plumber))
    print(f"{len(files)} PDFs, {args.pairs} pairs: check min {min(checks):.2f} s, median {statistics.median(checks):.2f} s; "
          f"pdfplumber min {min(plumbers):.2f} s, median {statistics.median(plumbers):.2f} s; "
          f"ratio of minimums {min(checks) / min(plumbers):.2f}, of medians "
          f"{statistics.median(checks) / statistics.median(plumbers):.2f}")


if __name__ == "__main__":
    main()
