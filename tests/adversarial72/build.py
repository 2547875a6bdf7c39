"""Build corpus 72 (tester72): python build.py CACHE [--only gn01,gn05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import docs72  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCX = {"gn01", "gn02", "gn03", "gn04", "gn05", "gn06", "gn18"}
DOCS = [(i, "docx" if i in DOCX else "pdf", getattr(docs72, i)) for i in (f"gn{n:02d}" for n in range(1, 19))]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
