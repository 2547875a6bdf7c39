"""Build corpus 83 (tester83): python build.py CACHE [--only bx01,bx05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs83  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCX = {"bx01", "bx02", "bx03", "bx04", "bx05", "bx06", "bx17"}
DOCS = [(f"bx{i:02d}", "docx" if f"bx{i:02d}" in DOCX else "pdf", getattr(docs83, f"bx{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
