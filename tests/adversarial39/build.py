"""Build corpus 39 (tester39): python build.py CACHE [--only n01,n05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import office39  # noqa: E402
import pdf39  # noqa: E402
import word39  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("n01", "docx", word39.n01), ("n02", "docx", word39.n02), ("n03", "docx", word39.n03),
        ("n04", "docx", word39.n04), ("n05", "docx", word39.n05), ("n06", "docx", word39.n06),
        ("n07", "docx", word39.n07), ("n08", "pdf", pdf39.n08), ("n09", "pdf", pdf39.n09),
        ("n10", "pdf", pdf39.n10), ("n11", "pdf", office39.n11), ("n12", "pdf", office39.n12),
        ("n13", "pdf", pdf39.n13), ("n14", "pdf", pdf39.n14), ("n15", "pdf", pdf39.n15),
        ("n16", "pdf", pdf39.n16), ("n17", "pdf", pdf39.n17), ("n18", "docx", office39.n18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
