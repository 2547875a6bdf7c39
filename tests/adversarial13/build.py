"""Build the thirteenth adversarial corpus: python build.py CACHE [--only n01,n05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdf13  # noqa: E402
import word13  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [
    ("n01", "docx", word13.n01), ("n02", "docx", word13.n02), ("n03", "docx", word13.n03),
    ("n04", "docx", word13.n04), ("n05", "docx", word13.n05), ("n06", "docx", word13.n06),
    ("n07", "pdf", pdf13.n07), ("n08", "pdf", pdf13.n08), ("n09", "pdf", pdf13.n09),
    ("n10", "pdf", pdf13.n10), ("n11", "pdf", pdf13.n11), ("n12", "pdf", pdf13.n12),
    ("n13", "docx", word13.n13), ("n14", "docx", word13.n14), ("n15", "pdf", pdf13.n15),
    ("n16", "pdf", pdf13.n16),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
