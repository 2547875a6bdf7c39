"""Build corpus 47 (tester47): python build.py CACHE [--only y01,y05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import acro47  # noqa: E402
import legacy47  # noqa: E402
import office47  # noqa: E402
import pdf47  # noqa: E402
import word47  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("y01", "docx", word47.y01), ("y02", "docx", word47.y02), ("y03", "docx", word47.y03),
        ("y04", "docx", word47.y04), ("y05", "docx", word47.y05), ("y06", "docx", legacy47.y06),
        ("y07", "docx", legacy47.y07), ("y08", "pdf", acro47.y08), ("y09", "pdf", acro47.y09),
        ("y10", "pdf", acro47.y10), ("y11", "pdf", office47.y11), ("y12", "pdf", office47.y12),
        ("y13", "pdf", pdf47.y13), ("y14", "pdf", pdf47.y14), ("y15", "pdf", pdf47.y15),
        ("y16", "docx", word47.y16), ("y17", "pdf", pdf47.y17), ("y18", "pdf", pdf47.y18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
