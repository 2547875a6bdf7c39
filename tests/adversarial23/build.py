"""Build the adversarial23 corpus: build.py DIR [--only y01,y05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import docs_pdf as P  # noqa: E402
import docs_word as Wd  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("y01", "docx", Wd.y01), ("y02", "docx", Wd.y02), ("y03", "docx", Wd.y03), ("y04", "docx", Wd.y04),
        ("y05", "docx", Wd.y05), ("y06", "docx", Wd.y06), ("y07", "docx", Wd.y07),
        ("y08", "pdf", P.y08), ("y09", "pdf", P.y09), ("y10", "pdf", P.y10), ("y11", "pdf", P.y11),
        ("y12", "pdf", P.y12), ("y13", "pdf", P.y13), ("y14", "pdf", P.y14), ("y15", "pdf", P.y15),
        ("y16", "pdf", P.y16), ("y17", "pdf", P.y17), ("y18", "pdf", P.y18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
