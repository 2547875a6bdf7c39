"""Build adversarial28: python build.py CACHE [--only z01,z05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE))
from truthlib import build_corpus  # noqa: E402
import docs_word  # noqa: E402

try:
    import docs_pdf  # noqa: E402
    PDF = docs_pdf.DOCS
except ImportError as e:  # during development
    print("docs_pdf missing:", e)
    PDF = []

DOCS = sorted(docs_word.DOCS + PDF)

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
