"""Build corpus 51 (tester51): python build.py CACHE [--only tg01,tg05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import apps51  # noqa: E402
import pdf51  # noqa: E402
import word51  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("tg01", "pdf", pdf51.tg01), ("tg02", "docx", word51.tg02), ("tg03", "pdf", word51.tg03),
        ("tg04", "pdf", pdf51.tg04), ("tg05", "pdf", pdf51.tg05), ("tg06", "docx", word51.tg06),
        ("tg07", "docx", word51.tg07), ("tg08", "pdf", pdf51.tg08), ("tg09", "pdf", word51.tg09),
        ("tg10", "docx", word51.tg10), ("tg11", "docx", apps51.tg11), ("tg12", "docx", apps51.tg12),
        ("tg13", "pdf", apps51.tg13), ("tg14", "pdf", pdf51.tg14), ("tg15", "docx", apps51.tg15),
        ("tg16", "pdf", pdf51.tg16), ("tg17", "pdf", pdf51.tg17), ("tg18", "docx", apps51.tg18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
