"""Build corpus 50 (tester50, budgets and positions): python build.py CACHE [--only bu01,bu05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import forms50  # noqa: E402
import letters50  # noqa: E402
import pdf50  # noqa: E402
import word50  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("bu01", "docx", word50.bu01), ("bu02", "docx", word50.bu02), ("bu03", "docx", letters50.bu03),
        ("bu04", "docx", letters50.bu04), ("bu05", "docx", word50.bu05), ("bu06", "docx", word50.bu06),
        ("bu07", "pdf", pdf50.bu07), ("bu08", "pdf", pdf50.bu08), ("bu09", "pdf", pdf50.bu09),
        ("bu10", "pdf", pdf50.bu10), ("bu11", "pdf", letters50.bu11), ("bu12", "pdf", letters50.bu12),
        ("bu13", "pdf", letters50.bu13), ("bu14", "pdf", forms50.bu14), ("bu15", "pdf", forms50.bu15),
        ("bu16", "docx", word50.bu16), ("bu17", "pdf", forms50.bu17), ("bu18", "docx", letters50.bu18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
