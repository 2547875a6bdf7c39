"""Build corpus 64 (tester64): python build.py CACHE [--only gd01,gd05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdf64  # noqa: E402
import pdf64b  # noqa: E402
import word64  # noqa: E402
import word64b  # noqa: E402
import word64c  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("gd01", "docx", word64.gd01), ("gd02", "docx", word64.gd02), ("gd03", "docx", word64.gd03),
        ("gd04", "docx", word64b.gd04), ("gd05", "docx", word64b.gd05), ("gd06", "docx", word64b.gd06),
        ("gd07", "docx", word64c.gd07), ("gd08", "docx", word64c.gd08), ("gd09", "pdf", pdf64.gd09),
        ("gd10", "pdf", pdf64.gd10), ("gd11", "pdf", pdf64.gd11), ("gd12", "pdf", word64c.gd12),
        ("gd13", "pdf", word64c.gd13), ("gd14", "pdf", pdf64b.gd14), ("gd15", "pdf", pdf64b.gd15),
        ("gd16", "pdf", pdf64b.gd16), ("gd17", "pdf", pdf64b.gd17), ("gd18", "pdf", pdf64b.gd18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
