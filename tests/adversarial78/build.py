"""Build corpus 78 (tester78): python build.py CACHE [--only gm01,gm05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs78  # noqa: E402
from truthlib import build_corpus  # noqa: E402

EXT = {f"gm{i:02d}": "pdf" for i in range(7, 18)}
DOCS = [(f"gm{i:02d}", EXT.get(f"gm{i:02d}", "docx"), getattr(docs78, f"gm{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
