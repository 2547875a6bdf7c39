"""Build adversarial25: python build.py CACHE [--only z01,z05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

from truthlib import build_corpus  # noqa: E402

import docs_word  # noqa: E402

try:
    import docs_pdf  # noqa: E402
    PDF = docs_pdf.DOCS
except ImportError:
    PDF = []

DOCS = sorted(docs_word.DOCS + PDF)

if __name__ == "__main__":
    raise SystemExit(build_corpus(HERE, DOCS, __doc__))
