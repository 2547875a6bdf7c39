"""Build the twentieth adversarial corpus: what is an application, and what cannot be read.

    .venv/bin/python tests/adversarial20/build.py CACHE [--only v01,v05] [--write-truth]
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import apps20 as A  # noqa: E402
import nonapps20 as N  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [
    ("v01", "docx", N.v01), ("v02", "pdf", N.v02), ("v03", "pdf", N.v03), ("v04", "docx", N.v04),
    ("v05", "pdf", N.v05), ("v06", "pdf", N.v06), ("v07", "pdf", N.v07),
    ("v08", "docx", A.v08), ("v09", "pdf", A.v09), ("v10", "docx", A.v10), ("v11", "pdf", A.v11),
    ("v12", "docx", A.v12), ("v13", "pdf", N.v13), ("v14", "png", N.v14), ("v15", "docx", N.v15),
    ("v16", "pdf", A.v16),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
