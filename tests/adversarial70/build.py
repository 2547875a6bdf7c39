"""Build corpus 70 (tester70, bundles): python build.py CACHE [--only em01,em05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs70  # noqa: E402
import docs70b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCX = {"em01", "em02", "em03", "em04", "em05", "em06"}
DOCS = [(f"em{i:02d}", "docx" if f"em{i:02d}" in DOCX else "pdf", getattr(docs70 if i < 10 else docs70b, f"em{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
