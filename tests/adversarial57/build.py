"""Build corpus 57 (tester57): python build.py CACHE [--only sy01,sy05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import pdf57  # noqa: E402
import word57  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [(f"sy{n:02d}", "docx" if n <= 6 else "pdf", getattr(word57 if n in (1, 2, 3, 4, 5, 6, 10, 11) else pdf57,
                                                              f"sy{n:02d}")) for n in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
