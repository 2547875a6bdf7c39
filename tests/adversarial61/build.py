"""Build corpus 61 (tester61): python build.py CACHE [--only gx01,gx05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdf61  # noqa: E402
import word61  # noqa: E402
from kit61 import truth  # noqa: E402,F401
from truthlib import build_corpus  # noqa: E402

DOCS = [("gx01", "docx", word61.gx01), ("gx02", "docx", word61.gx02), ("gx03", "docx", word61.gx03),
        ("gx04", "docx", word61.gx04), ("gx05", "docx", word61.gx05), ("gx06", "docx", word61.gx06),
        ("gx07", "docx", word61.gx07), ("gx08", "docx", word61.gx08), ("gx09", "pdf", pdf61.gx09),
        ("gx10", "pdf", pdf61.gx10), ("gx11", "pdf", pdf61.gx11), ("gx12", "pdf", pdf61.gx12),
        ("gx13", "pdf", word61.gx13), ("gx14", "pdf", word61.gx14), ("gx15", "pdf", pdf61.gx15),
        ("gx16", "pdf", pdf61.gx16), ("gx17", "pdf", pdf61.gx17), ("gx18", "pdf", pdf61.gx18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
