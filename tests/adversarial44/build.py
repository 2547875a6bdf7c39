"""Build corpus 44 (tester44): python build.py CACHE [--only o01,o05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kit44  # noqa: E402,F401  (puts corpus 38's and 2's kits on the path)
import pdf44  # noqa: E402
import pdf44b  # noqa: E402
import word44a  # noqa: E402
import word44b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("o01", "docx", word44a.o01), ("o02", "docx", word44a.o02), ("o03", "docx", word44a.o03),
        ("o04", "docx", word44a.o04), ("o05", "docx", word44a.o05), ("o06", "docx", word44b.o06),
        ("o07", "docx", word44b.o07), ("o08", "docx", word44b.o08), ("o09", "pdf", pdf44.o09),
        ("o10", "pdf", pdf44.o10), ("o11", "pdf", pdf44.o11), ("o12", "pdf", pdf44.o12),
        ("o13", "pdf", word44b.o13), ("o14", "pdf", word44b.o14), ("o15", "pdf", pdf44b.o15),
        ("o16", "pdf", pdf44b.o16), ("o17", "pdf", pdf44b.o17), ("o18", "pdf", pdf44b.o18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
