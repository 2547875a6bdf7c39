"""Build the 24th adversarial corpus: python build.py CACHE [--only z01,z05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import docs_pdf as P  # noqa: E402
import docs_word as D  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [
    ("z01", "docx", D.z01), ("z02", "docx", D.z02), ("z03", "docx", D.z03), ("z04", "docx", D.z04),
    ("z05", "docx", D.z05), ("z06", "docx", D.z06), ("z07", "docx", D.z07), ("z08", "pdf", P.z08),
    ("z09", "pdf", P.z09), ("z10", "pdf", P.z10), ("z11", "pdf", P.z11), ("z12", "pdf", D.z12),
    ("z13", "pdf", D.z13), ("z14", "pdf", P.z14), ("z15", "pdf", P.z15), ("z16", "pdf", P.z16),
    ("z17", "pdf", P.z17), ("z18", "pdf", P.z18),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
