"""Build the ninth adversarial corpus: python build.py CACHE [--only i01,i05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kit9  # noqa: E402,F401  (puts truthlib on the path)
from truthlib import build_corpus  # noqa: E402
import pdf9  # noqa: E402
import word9  # noqa: E402

DOCS = sorted(word9.DOCS + pdf9.DOCS)

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
