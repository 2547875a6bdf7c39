"""Build adversarial corpus 31: build.py CACHE [--only z01,z05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE))

from truthlib import build_corpus  # noqa: E402
import docs_word as dw  # noqa: E402
import docs_pdf as dp  # noqa: E402

DOCS = [
    ("z01", "docx", dw.z01), ("z02", "docx", dw.z02), ("z03", "docx", dw.z03), ("z04", "docx", dw.z04),
    ("z05", "docx", dw.z05), ("z06", "docx", dw.z06), ("z07", "docx", dw.z07),
    ("z08", "pdf", dp.z08), ("z09", "pdf", dp.z09), ("z10", "pdf", dp.z10), ("z11", "pdf", dp.z11),
    ("z12", "pdf", dp.z12), ("z13", "pdf", dp.z13), ("z14", "pdf", dp.z14), ("z15", "pdf", dp.z15),
    ("z16", "pdf", dp.z16), ("z17", "docx", dw.z17), ("z18", "docx", dw.z18),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
