"""Build corpus 84 (tester84): python build.py CACHE [--only mx01,mx09] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs84  # noqa: E402
import docs84b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

EXT = {"mx01": "docx", "mx02": "docx", "mx03": "docx", "mx04": "docx", "mx05": "docx", "mx06": "docx",
       "mx17": "docx", "mx18": "docx"}
DOCS = [(f"mx{i:02d}", EXT.get(f"mx{i:02d}", "pdf"), getattr(docs84 if i <= 8 else docs84b, f"mx{i:02d}"))
        for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
