"""Speed and memory of reading every sample, per family, in one process.

    .venv/bin/python benchmarks/run.py

Prints seconds per document (median and max) and the process's peak
resident memory; timings are measured here, never asserted in tests.
"""

from __future__ import annotations

import os
import resource
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from soknad_extract.nlp import pipeline  # noqa: E402
from soknad_extract.pipeline import read_application  # noqa: E402
from soknad_extract.schemes import load_schemes  # noqa: E402
from soknad_extract.readers import SUPPORTED_SUFFIXES  # noqa: E402


def main() -> None:
    os.chdir(ROOT)
    started = time.perf_counter()
    pipeline()  # spaCy and its lookups load once per process, as in a batch worker
    load_schemes()
    warmup = time.perf_counter() - started
    timings: dict[str, list[float]] = defaultdict(list)
    for path in sorted((ROOT / "samples").rglob("*")):
        if path.suffix.lower() not in SUPPORTED_SUFFIXES:
            continue
        begin = time.perf_counter()
        read_application(path.relative_to(ROOT))
        timings[path.parent.name].append(time.perf_counter() - begin)
    print(f"start-up (imports, spaCy, schemes): {warmup:.2f} s")
    print(f"{'family':16} {'files':>5} {'median s':>9} {'max s':>7} {'total s':>8}")
    for family, values in sorted(timings.items()):
        print(f"{family:16} {len(values):5} {statistics.median(values):9.2f} {max(values):7.2f} {sum(values):8.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MiB")


if __name__ == "__main__":
    main()
