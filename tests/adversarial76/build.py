"""Build corpus 76 (tester76): python build.py CACHE [--only ny01,ny05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs76  # noqa: E402
import docs76b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

PDF = {8, 9, 10, 11, 12, 13, 14, 15, 16}
DOCS = [(f"ny{i:02d}", "pdf" if i in PDF else "docx", getattr(docs76 if i < 14 else docs76b, f"ny{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
