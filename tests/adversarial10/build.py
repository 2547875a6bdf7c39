"""Build the tenth adversarial corpus: python build.py CACHE [--only j01,j05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE))
from truthlib import build_corpus  # noqa: E402
import pdf10  # noqa: E402
import word10  # noqa: E402

DOCS = [
    ("j01", "docx", word10.j01), ("j02", "docx", word10.j02), ("j03", "docx", word10.j03),
    ("j04", "docx", word10.j04), ("j05", "pdf", pdf10.j05), ("j06", "pdf", pdf10.j06),
    ("j07", "pdf", pdf10.j07), ("j08", "pdf", word10.j08), ("j09", "pdf", pdf10.j09),
    ("j10", "pdf", pdf10.j10), ("j11", "pdf", pdf10.j11), ("j12", "pdf", pdf10.j12),
    ("j13", "pdf", pdf10.j13), ("j14", "docx", word10.j14), ("j15", "docx", word10.j15),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
