"""Build adversarial32: python build.py DIR [--only z01,z05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

from truthlib import build_corpus  # noqa: E402
import docs_pdf as P  # noqa: E402
import docs_word as W  # noqa: E402

DOCS = [
    ("z01", "pdf", P.z01), ("z02", "pdf", P.z02), ("z03", "pdf", P.z03), ("z04", "pdf", P.z04),
    ("z05", "docx", W.z05), ("z06", "docx", W.z06), ("z07", "docx", W.z07),
    ("z08", "pdf", P.z08), ("z09", "pdf", P.z09),
    ("z10", "docx", W.z10), ("z11", "docx", W.z11),
    ("z12", "pdf", W.z12), ("z13", "pdf", W.z13),
    ("z14", "docx", W.z14), ("z15", "pdf", P.z15), ("z16", "pdf", P.z16), ("z17", "pdf", P.z17),
    ("z18", "pdf", P.z18),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
