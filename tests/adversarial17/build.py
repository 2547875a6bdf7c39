"""Build the seventeenth held-out corpus: python build.py CACHE [--only s01,s05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE))

import pdf17  # noqa: E402
import word17  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [
    ("s01", "pdf", pdf17.s01), ("s02", "pdf", pdf17.s02), ("s03", "pdf", pdf17.s03),
    ("s04", "pdf", word17.s04), ("s05", "pdf", word17.s05), ("s06", "docx", word17.s06),
    ("s07", "docx", word17.s07), ("s08", "docx", word17.s08), ("s09", "docx", word17.s09),
    ("s10", "pdf", pdf17.s10), ("s11", "pdf", pdf17.s11), ("s12", "pdf", pdf17.s12),
    ("s13", "pdf", pdf17.s13), ("s14", "pdf", pdf17.s14),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
