"""Build corpus 66 (tester66): python build.py CACHE [--only gz01,gz05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import docs66 as d  # noqa: E402
from truthlib import build_corpus  # noqa: E402

EXT = {"gz01": "docx", "gz02": "docx", "gz03": "docx", "gz04": "docx", "gz05": "docx"}
DOCS = [(f"gz{i:02d}", EXT.get(f"gz{i:02d}", "pdf"), getattr(d, f"gz{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
