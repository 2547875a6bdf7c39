"""Build corpus 42 (tester42): python build.py CACHE [--only n01,n05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdf42  # noqa: E402
import pdf42b  # noqa: E402
import word42  # noqa: E402
import word42b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("n01", "docx", word42.n01), ("n02", "docx", word42.n02), ("n03", "docx", word42.n03),
        ("n04", "docx", word42.n04), ("n05", "pdf", pdf42.n05), ("n06", "pdf", pdf42.n06),
        ("n07", "pdf", pdf42.n07), ("n08", "pdf", pdf42.n08), ("n09", "pdf", pdf42b.n09),
        ("n10", "pdf", pdf42b.n10), ("n11", "pdf", word42.n11), ("n12", "docx", word42b.n12),
        ("n13", "pdf", pdf42b.n13), ("n14", "docx", word42b.n14), ("n15", "docx", word42b.n15),
        ("n16", "pdf", pdf42b.n16), ("n17", "pdf", pdf42b.n17), ("n18", "docx", word42b.n18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
