"""Build corpus 56 (tester56): python build.py CACHE [--only ws01,ws05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pades56  # noqa: E402
import pdf56  # noqa: E402
import word56  # noqa: E402
from kit56 import truth  # noqa: E402,F401
from truthlib import build_corpus  # noqa: E402

DOCS = [("ws01", "docx", word56.ws01), ("ws02", "docx", word56.ws02), ("ws03", "docx", word56.ws03),
        ("ws04", "docx", word56.ws04), ("ws05", "docx", word56.ws05), ("ws06", "docx", word56.ws06),
        ("ws07", "pdf", pdf56.ws07), ("ws08", "pdf", pdf56.ws08), ("ws09", "pdf", pdf56.ws09),
        ("ws10", "pdf", pdf56.ws10), ("ws11", "pdf", pdf56.ws11), ("ws12", "pdf", pdf56.ws12),
        ("ws13", "pdf", pades56.ws13), ("ws14", "pdf", pades56.ws14), ("ws15", "pdf", pades56.ws15),
        ("ws16", "pdf", pades56.ws16), ("ws17", "pdf", pades56.ws17), ("ws18", "pdf", pades56.ws18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
