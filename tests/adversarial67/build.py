"""Build corpus 67 (tester67): python build.py CACHE [--only nm01,nm05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdf67  # noqa: E402
import word67  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [(f"nm{i:02d}", "docx", getattr(word67, f"nm{i:02d}")) for i in range(1, 7)]
DOCS += [("nm07", "pdf", word67.nm07), ("nm08", "pdf", word67.nm08)]
DOCS += [(f"nm{i:02d}", "pdf", getattr(pdf67, f"nm{i:02d}")) for i in range(9, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
