"""Command line: ``python -m tools.samplegen [SAMPLES_DIR]`` (default ``samples``).

Families are registered in FAMILIES. A family is one module with
``generate(out_dir: Path) -> list[Path]``; it gets ``SAMPLES_DIR/<FOLDER>``
(the module's ``FOLDER`` constant, else its module name) and returns the files
it wrote.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import ModuleType

if __package__ in (None, ""):  # run as a script: tools/samplegen/__main__.py
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    __package__ = "tools.samplegen"

from tools.samplegen import born_digital, scans, signed  # noqa: E402

FAMILIES: list[ModuleType] = [born_digital, signed, scans]
"""Scans are made from the other families' files, so they come last."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tools.samplegen", description=__doc__)
    parser.add_argument("out", nargs="?", default="samples", type=Path, help="samples root folder")
    parser.add_argument("--family", action="append", help="only these families (module names)")
    args = parser.parse_args(argv)
    for family in FAMILIES:
        name = family.__name__.rsplit(".", 1)[-1]
        if args.family and name not in args.family:
            continue
        out_dir = args.out / getattr(family, "FOLDER", name)
        out_dir.mkdir(parents=True, exist_ok=True)
        written = family.generate(out_dir)
        print(f"{name}: {len(written)} files in {out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
