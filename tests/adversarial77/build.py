"""Build corpus 77 (tester77): python build.py CACHE [--only fb01,fb05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs77  # noqa: E402
import docs77b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

EXT = {f"fb{i:02d}": "pdf" for i in range(6, 19)}
DOCS = [(f"fb{i:02d}", EXT.get(f"fb{i:02d}", "docx"), getattr(docs77 if i < 10 else docs77b, f"fb{i:02d}"))
        for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
