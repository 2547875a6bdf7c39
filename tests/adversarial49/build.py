"""Build corpus 49 (tester49): python build.py CACHE [--only es01,es05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs49 as A  # noqa: E402
import docs49b as B  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [(f"es{i:02d}", "docx" if i in (14, 16, 17) else "pdf", getattr(A if i <= 11 else B, f"es{i:02d}"))
        for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
