"""Build corpus 71 (tester71, numbers): python build.py CACHE [--only sp01,sp05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs71  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCX = {"sp01", "sp02", "sp03", "sp04", "sp05", "sp06", "sp17"}
DOCS = [(f"sp{i:02d}", "docx" if f"sp{i:02d}" in DOCX else "pdf", getattr(docs71, f"sp{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
