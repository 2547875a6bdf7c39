"""Build corpus 81 (tester81): python build.py CACHE [--only wd01,wd05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs81  # noqa: E402
import docs81b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

EXT = {"wd09": "odt", "wd10": "doc", "wd13": "pdf", "wd14": "pdf", "wd15": "pdf", "wd16": "pdf"}
DOCS = [(f"wd{i:02d}", EXT.get(f"wd{i:02d}", "docx"), getattr(docs81 if i <= 8 else docs81b, f"wd{i:02d}"))
        for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
