"""Field accuracy of the whole pipeline over samples/, per field and per
sample family, using the same comparison as the golden tests.

    .venv/bin/python benchmarks/accuracy.py [samples/subfolder ...]
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from soknad_extract.pipeline import read_application  # noqa: E402
from tests.golden import comparable, expected_files, flatten, load_expected, sample_for, normal  # noqa: E402


def main(folders: list[str]) -> None:
    os.chdir(ROOT)
    cases = [p for p in expected_files() if not folders or any(str(p).startswith(str(ROOT / f)) for f in folders)]
    right: Counter[str] = Counter()
    seen: Counter[str] = Counter()
    family_ok: Counter[str] = Counter()
    family_all: Counter[str] = Counter()
    wrong: list[str] = []
    started = time.perf_counter()
    for expected_path in cases:
        sample = sample_for(expected_path)
        family = expected_path.parent.name
        record = read_application(os.path.relpath(sample, ROOT)).model_dump(mode="json")
        got, want = flatten(comparable(record)), flatten(comparable(load_expected(expected_path)))
        clean = True
        for key in sorted(set(got) | set(want)):
            seen[key] += 1
            if normal(got.get(key)) == normal(want.get(key)):
                right[key] += 1
            else:
                clean = False
                wrong.append(f"{sample.relative_to(ROOT)}  {key}: got {got.get(key)!r}, expected {want.get(key)!r}")
        family_all[family] += 1
        family_ok[family] += clean
    elapsed = time.perf_counter() - started
    print(f"{len(cases)} samples in {elapsed:.1f} s ({elapsed / max(len(cases), 1):.2f} s each)\n")
    print(f"{'field':40} {'right':>7} {'of':>4}")
    for key in sorted(seen):
        if key.startswith("source.path"):
            continue
        print(f"{key:40} {right[key]:7} {seen[key]:4}")
    print(f"\n{'family':20} {'exact records':>14}")
    for family in sorted(family_all):
        print(f"{family:20} {family_ok[family]:>8} of {family_all[family]}")
    if wrong:
        print("\nDifferences:")
        print("\n".join(wrong))


if __name__ == "__main__":
    main(sys.argv[1:])
