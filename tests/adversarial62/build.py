"""Build corpus 62 (tester62): python build.py CACHE [--only gy01,gy05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kit62  # noqa: E402,F401  (puts the shared kits on the path)
import pdf62  # noqa: E402
import word62  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("gy01", "docx", word62.gy01), ("gy02", "docx", word62.gy02), ("gy03", "docx", word62.gy03),
        ("gy04", "docx", word62.gy04), ("gy05", "docx", word62.gy05), ("gy06", "docx", word62.gy06),
        ("gy07", "docx", word62.gy07), ("gy08", "docx", word62.gy08), ("gy09", "pdf", pdf62.gy09),
        ("gy10", "pdf", pdf62.gy10), ("gy11", "pdf", pdf62.gy11), ("gy12", "pdf", pdf62.gy12),
        ("gy13", "pdf", word62.gy13), ("gy14", "pdf", word62.gy14), ("gy15", "pdf", pdf62.gy15),
        ("gy16", "pdf", pdf62.gy16), ("gy17", "pdf", pdf62.gy17), ("gy18", "pdf", pdf62.gy18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
