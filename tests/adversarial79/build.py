"""Build corpus 79 (tester79, paper): python build.py CACHE [--only pp01,pp05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs79  # noqa: E402
import docs79b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

EXT = {"pp04": "jpg", "pp15": "jpg"}
DOCS = [(f"pp{i:02d}", EXT.get(f"pp{i:02d}", "pdf"), getattr(docs79 if i < 10 else docs79b, f"pp{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
