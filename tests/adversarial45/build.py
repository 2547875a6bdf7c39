"""Build corpus 45 (tester45): python build.py CACHE [--only n01,n05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import docs45a  # noqa: E402
import docs45b  # noqa: E402
import docs45c  # noqa: E402
import docs45d  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [(f"n{i:02d}", ext, getattr(mod, f"n{i:02d}")) for i, ext, mod in [
    (1, "docx", docs45a), (2, "docx", docs45a), (3, "docx", docs45a), (4, "docx", docs45a), (5, "docx", docs45a),
    (6, "pdf", docs45b), (7, "pdf", docs45b), (8, "pdf", docs45b), (9, "docx", docs45b),
    (10, "docx", docs45c), (11, "docx", docs45c), (12, "pdf", docs45c), (13, "docx", docs45c),
    (14, "docx", docs45d), (15, "pdf", docs45d), (16, "docx", docs45d), (17, "docx", docs45d),
    (18, "docx", docs45d)]]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
