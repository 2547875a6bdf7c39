"""Build corpus 41 (tester41): python build.py CACHE [--only n01,n05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kit41  # noqa: E402,F401  (puts corpus 38's kit and corpus 2's truthlib on the path)
import pdf41  # noqa: E402
import word41  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("n01", "docx", word41.n01), ("n02", "docx", word41.n02), ("n03", "docx", word41.n03),
        ("n04", "docx", word41.n04), ("n05", "docx", word41.n05), ("n06", "docx", word41.n06),
        ("n07", "docx", word41.n07), ("n08", "odt", word41.n08), ("n09", "pdf", pdf41.n09),
        ("n10", "pdf", pdf41.n10), ("n11", "pdf", word41.n11), ("n12", "pdf", word41.n12),
        ("n13", "pdf", pdf41.n13), ("n14", "pdf", pdf41.n14), ("n15", "pdf", pdf41.n15),
        ("n16", "pdf", pdf41.n16), ("n17", "pdf", pdf41.n17), ("n18", "pdf", pdf41.n18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
