"""Build corpus 43 (tester43): python build.py CACHE [--only l01,l05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import hand43  # noqa: E402
import office43  # noqa: E402
import paper43  # noqa: E402
import signed43  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("l01", "pdf", paper43.l01), ("l02", "pdf", paper43.l02), ("l03", "pdf", paper43.l03),
        ("l04", "pdf", paper43.l04), ("l05", "pdf", hand43.l05), ("l06", "pdf", hand43.l06),
        ("l07", "pdf", hand43.l07), ("l08", "pdf", signed43.l08), ("l09", "pdf", signed43.l09),
        ("l10", "pdf", office43.l10), ("l11", "pdf", signed43.l11), ("l12", "pdf", signed43.l12),
        ("l13", "pdf", office43.l13), ("l14", "pdf", office43.l14), ("l15", "docx", office43.l15),
        ("l16", "docx", office43.l16), ("l17", "pdf", hand43.l17), ("l18", "pdf", hand43.l18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
