"""Build corpus 58 (tester58, hybrid documents): python build.py CACHE [--only hy01,hy05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import more58  # noqa: E402
import pdf58  # noqa: E402
import word58  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("hy01", "pdf", pdf58.hy01), ("hy02", "pdf", pdf58.hy02), ("hy03", "docx", word58.hy03),
        ("hy04", "docx", word58.hy04), ("hy05", "pdf", pdf58.hy05), ("hy06", "pdf", pdf58.hy06),
        ("hy07", "pdf", pdf58.hy07), ("hy08", "pdf", pdf58.hy08), ("hy09", "pdf", pdf58.hy09),
        ("hy10", "pdf", pdf58.hy10), ("hy11", "pdf", pdf58.hy11), ("hy12", "docx", word58.hy12),
        ("hy13", "docx", word58.hy13), ("hy14", "pdf", more58.hy14), ("hy15", "pdf", more58.hy15),
        ("hy16", "docx", word58.hy16), ("hy17", "pdf", more58.hy17), ("hy18", "pdf", more58.hy18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
