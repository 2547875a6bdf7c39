"""Build corpus 37 (tester37): 18 held-out documents in the dev set's categories, with their truth.

    python tests/adversarial37/build.py CACHE [--only z01,z05] [--write-truth]
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
warnings.filterwarnings("ignore")

import pdf37 as P  # noqa: E402
import word37 as W  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [
    ("z01", "docx", W.z01), ("z02", "docx", W.z02), ("z03", "docx", W.z03), ("z04", "docx", W.z04),
    ("z05", "docx", W.z05), ("z06", "docx", W.z06), ("z07", "docx", W.z07),
    ("z08", "pdf", P.z08), ("z09", "pdf", P.z09), ("z10", "pdf", P.z10), ("z11", "pdf", P.z11),
    ("z12", "pdf", P.z12), ("z13", "pdf", P.z13), ("z14", "pdf", P.z14), ("z15", "pdf", P.z15),
    ("z16", "pdf", P.z16), ("z17", "pdf", P.z17), ("z18", "docx", P.z18),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
