"""Build corpus 40 (tester40): python build.py CACHE [--only n01,n05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import fields40  # noqa: E402
import html40  # noqa: E402
import office40  # noqa: E402
import pades40  # noqa: E402
import scan40  # noqa: E402
import word40  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("n01", "docx", word40.n01), ("n02", "pdf", office40.n02), ("n03", "pdf", office40.n03),
        ("n04", "pdf", html40.n04), ("n05", "pdf", html40.n05), ("n06", "pdf", html40.n06),
        ("n07", "docx", word40.n07), ("n08", "docx", fields40.n08), ("n09", "docx", fields40.n09),
        ("n10", "pdf", scan40.n10), ("n11", "pdf", scan40.n11), ("n12", "pdf", scan40.n12),
        ("n13", "pdf", pades40.n13), ("n14", "pdf", pades40.n14), ("n15", "docx", word40.n15),
        ("n16", "pdf", office40.n16), ("n17", "docx", word40.n17), ("n18", "docx", word40.n18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
