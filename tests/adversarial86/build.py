"""Build corpus 86 (tester86): python build.py CACHE [--only ka01,ka09] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import docs86  # noqa: E402
import docs86b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCX = {"ka01", "ka02", "ka03", "ka04", "ka05", "ka06", "ka18"}
DOCS = [(i, "docx" if i in DOCX else "pdf", getattr(docs86 if n < 10 else docs86b, i))
        for n in range(1, 19) for i in [f"ka{n:02d}"]]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
