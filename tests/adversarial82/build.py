"""Build corpus 82 (tester82): python build.py CACHE [--only tx01,tx05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import docs82  # noqa: E402
import docs82b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

EXT = {"tx13": "docx", "tx14": "docx"}
DOCS = [(f"tx{i:02d}", EXT.get(f"tx{i:02d}", "pdf"), getattr(docs82 if i < 10 else docs82b, f"tx{i:02d}"))
        for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
