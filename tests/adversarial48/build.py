"""Build corpus 48 (tester48): python build.py CACHE [--only k01,k05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import scan48  # noqa: E402
import text48  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("k01", "pdf", scan48.k01), ("k02", "pdf", scan48.k02), ("k03", "pdf", scan48.k03),
        ("k04", "pdf", scan48.k04), ("k05", "jpg", scan48.k05), ("k06", "pdf", scan48.k06),
        ("k07", "pdf", scan48.k07), ("k08", "png", scan48.k08), ("k09", "pdf", scan48.k09),
        ("k10", "pdf", text48.k10), ("k11", "pdf", text48.k11), ("k12", "pdf", text48.k12),
        ("k13", "pdf", scan48.k13), ("k14", "jpg", scan48.k14), ("k15", "pdf", text48.k15),
        ("k16", "pdf", text48.k16), ("k17", "pdf", text48.k17), ("k18", "pdf", text48.k18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
