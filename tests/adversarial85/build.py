"""Build corpus 85 (tester85): python build.py CACHE [--only lt01,lt05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import docs85  # noqa: E402
import docs85b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCX = {"lt01", "lt02", "lt03", "lt04", "lt17"}
DOCS = [(f"lt{i:02d}", "docx" if f"lt{i:02d}" in DOCX else "pdf",
         getattr(docs85 if i < 10 else docs85b, f"lt{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
