"""Build corpus 54 (tester54): python build.py CACHE [--only pa01,pa05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import kit54  # noqa: E402,F401  (puts corpus 38's and 2's kits on the path)
import pdf54  # noqa: E402
import pdf54b  # noqa: E402
import word54  # noqa: E402
import word54b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("pa01", "docx", word54.pa01), ("pa02", "docx", word54.pa02), ("pa03", "docx", word54.pa03),
        ("pa04", "docx", word54.pa04), ("pa05", "docx", word54.pa05), ("pa06", "docx", word54.pa06),
        ("pa07", "pdf", pdf54.pa07), ("pa08", "docx", word54b.pa08), ("pa09", "pdf", pdf54.pa09),
        ("pa10", "docx", word54b.pa10), ("pa11", "pdf", pdf54.pa11), ("pa12", "pdf", pdf54b.pa12),
        ("pa13", "pdf", word54b.pa13), ("pa14", "pdf", word54b.pa14), ("pa15", "pdf", pdf54b.pa15),
        ("pa16", "pdf", pdf54b.pa16), ("pa17", "pdf", pdf54b.pa17), ("pa18", "pdf", pdf54b.pa18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
