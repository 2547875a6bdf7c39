"""Build the eleventh held-out corpus: ``build.py CACHE [--only k01,k05] [--write-truth]``."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import pdf11  # noqa: E402
import word11  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("k01", "docx", word11.k01), ("k02", "docx", word11.k02), ("k03", "docx", word11.k03),
        ("k04", "docx", word11.k04), ("k05", "docx", word11.k05), ("k06", "pdf", pdf11.k06),
        ("k07", "pdf", pdf11.k07), ("k08", "pdf", pdf11.k08), ("k09", "pdf", pdf11.k09),
        ("k10", "pdf", pdf11.k10), ("k11", "pdf", pdf11.k11), ("k12", "pdf", pdf11.k12),
        ("k13", "pdf", pdf11.k13), ("k14", "pdf", pdf11.k14)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__, sys.argv[1:]))
