"""Build corpus 73 (tester73): python build.py CACHE [--only gl01,gl05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs73  # noqa: E402
import docs73b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

EXT = {f"gl{i:02d}": "pdf" for i in range(7, 19)}
DOCS = [(f"gl{i:02d}", EXT.get(f"gl{i:02d}", "docx"),
         getattr(docs73, f"gl{i:02d}", None) or getattr(docs73b, f"gl{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
