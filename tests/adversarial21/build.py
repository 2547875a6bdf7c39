"""Build the 21st held-out corpus: ``build.py CACHE [--only w01,w05] [--write-truth]``."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
import pdf21  # noqa: E402
import word21  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [
    ("w01", "pdf", pdf21.w01), ("w02", "pdf", pdf21.w02), ("w03", "pdf", word21.w03), ("w04", "pdf", word21.w04),
    ("w05", "pdf", pdf21.w05), ("w06", "pdf", pdf21.w06), ("w07", "pdf", pdf21.w07), ("w08", "pdf", pdf21.w08),
    ("w09", "pdf", pdf21.w09), ("w10", "docx", word21.w10), ("w11", "docx", word21.w11), ("w12", "docx", word21.w12),
    ("w13", "docx", word21.w13), ("w14", "pdf", pdf21.w14), ("w15", "pdf", pdf21.w15), ("w16", "pdf", pdf21.w16),
]

if __name__ == "__main__":
    raise SystemExit(build_corpus(HERE, DOCS, __doc__))
