"""Build corpus 74 (tester74): python build.py CACHE [--only sg01,sg05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs74  # noqa: E402
from truthlib import build_corpus  # noqa: E402

EXT = {"sg07": "pdf", "sg08": "pdf", "sg09": "pdf", "sg10": "pdf", "sg11": "pdf", "sg12": "pdf", "sg13": "pdf",
       "sg14": "pdf", "sg15": "pdf", "sg16": "pdf", "sg18": "pdf"}
DOCS = [(f"sg{i:02d}", EXT.get(f"sg{i:02d}", "docx"), getattr(docs74, f"sg{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
