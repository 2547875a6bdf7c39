"""Build the eighteenth held-out corpus: python build.py CACHE [--only t01,t05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE))

from truthlib import build_corpus  # noqa: E402

import word18  # noqa: E402

try:
    import pdf18  # noqa: E402
    PDF_DOCS = pdf18.DOCS
except ImportError:  # while the PDF half is written
    PDF_DOCS = []

DOCS = sorted(word18.DOCS + PDF_DOCS)

if __name__ == "__main__":
    raise SystemExit(build_corpus(HERE, DOCS, __doc__))
