"""Build corpus 69 (tester69, paper first): python build.py CACHE [--only ph01,ph05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import docs69  # noqa: E402
import docs69b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

EXT = {"ph07": "jpg", "ph11": "docx", "ph12": "docx", "ph13": "docx", "ph17": "jpg"}
DOCS = [(i, EXT.get(i, "pdf"), getattr(docs69, i, None) or getattr(docs69b, i)) for i in (f"ph{n:02d}" for n in range(1, 19))]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
