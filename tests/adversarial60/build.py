"""Build corpus 60 (tester60): python build.py CACHE [--only lg01,lg05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

from docs60 import DOCS  # noqa: E402
from truthlib import build_corpus  # noqa: E402

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
