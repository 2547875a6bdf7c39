"""Build corpus 75 (tester75, check boxes and marks): python build.py CACHE [--only ck01,ck09] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs75  # noqa: E402
import pdf75  # noqa: E402
from truthlib import build_corpus  # noqa: E402

PDF = {8, 9, 10, 11, 12, 13, 14, 15, 16, 18}
DOCS = [(f"ck{i:02d}", "pdf" if i in PDF else "docx", getattr(docs75 if hasattr(docs75, f"ck{i:02d}") else pdf75,
                                                              f"ck{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
