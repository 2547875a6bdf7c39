"""Build corpus 65 (tester65): python build.py CACHE [--only mm01,mm05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdf65  # noqa: E402
import word65  # noqa: E402
from kit65 import HERE as _K  # noqa: E402,F401
from truthlib import build_corpus  # noqa: E402

DOCS = [("mm01", "docx", word65.mm01), ("mm02", "pdf", pdf65.mm02), ("mm03", "docx", word65.mm03),
        ("mm04", "pdf", word65.mm04), ("mm05", "docx", word65.mm05), ("mm06", "pdf", pdf65.mm06),
        ("mm07", "pdf", word65.mm07), ("mm08", "pdf", pdf65.mm08), ("mm09", "pdf", pdf65.mm09),
        ("mm10", "docx", word65.mm10), ("mm11", "pdf", pdf65.mm11), ("mm12", "docx", word65.mm12),
        ("mm13", "pdf", pdf65.mm13), ("mm14", "pdf", pdf65.mm14), ("mm15", "pdf", pdf65.mm15),
        ("mm16", "docx", word65.mm16), ("mm17", "pdf", pdf65.mm17), ("mm18", "docx", word65.mm18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
