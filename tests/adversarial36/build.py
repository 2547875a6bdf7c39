"""Build corpus 36 (tester36): 18 documents weighted to Word files and to what is not a clean application.

    .venv/bin/python tests/adversarial36/build.py CACHE [--only z01,z05] [--write-truth]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import pdf36  # noqa: E402
import word36  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [
    ("z01", "docx", word36.z01), ("z02", "docx", word36.z02), ("z03", "docx", word36.z03),
    ("z04", "docx", word36.z04), ("z05", "docx", word36.z05), ("z06", "docx", word36.z06),
    ("z07", "docx", word36.z07), ("z08", "docx", word36.z08), ("z09", "docx", word36.z09),
    ("z10", "docx", word36.z10), ("z11", "pdf", pdf36.z11), ("z12", "pdf", pdf36.z12),
    ("z13", "pdf", pdf36.z13), ("z14", "pdf", pdf36.z14), ("z15", "docx", word36.z15),
    ("z16", "docx", word36.z16), ("z17", "docx", pdf36.z17), ("z18", "doc", pdf36.z18),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
