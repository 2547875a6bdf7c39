"""Build corpus 80 (tester80): python build.py CACHE [--only sx01,sx05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs80  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCX = {"sx01", "sx02", "sx03", "sx04", "sx05", "sx06", "sx17"}
DOCS = [(f"sx{i:02d}", "docx" if f"sx{i:02d}" in DOCX else "pdf", getattr(docs80, f"sx{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
