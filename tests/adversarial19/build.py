#!/usr/bin/env python3
"""Build the 19th adversarial corpus: build.py CACHE [--only u01,u05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import pdf19  # noqa: E402
import word19  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [
    ("u01", "docx", word19.u01), ("u02", "docx", word19.u02), ("u03", "docx", word19.u03),
    ("u04", "docx", word19.u04), ("u05", "docx", word19.u05), ("u06", "docx", word19.u06),
    ("u07", "pdf", pdf19.u07), ("u08", "pdf", pdf19.u08), ("u09", "pdf", pdf19.u09),
    ("u10", "pdf", word19.u10), ("u11", "pdf", word19.u11), ("u12", "pdf", pdf19.u12),
    ("u13", "pdf", pdf19.u13), ("u14", "docx", word19.u14), ("u15", "pdf", pdf19.u15),
    ("u16", "pdf", pdf19.u16), ("u17", "docx", word19.u17), ("u18", "pdf", pdf19.u18),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
