"""Build the fifth adversarial corpus: build.py CACHE [--only e01,e02] [--write-truth].

Writes CACHE/docs/<id>.<ext>, copies truth/*.truth.json to CACHE/truth/ and writes
CACHE/truth/MANIFEST.json in the dev set's manifest format. Offline and seeded.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parent / "adversarial2"))  # truthlib: the truth format the corpora share

from truthlib import build_corpus  # noqa: E402

import pdfdocs  # noqa: E402
import scandocs  # noqa: E402
import worddocs  # noqa: E402


def _e06(out):
    with tempfile.TemporaryDirectory() as td:
        return scandocs.e06(out, Path(td) / "e06-source.pdf")


DOCS = [
    ("e01", "pdf", pdfdocs.e01),
    ("e02", "docx", worddocs.e02),
    ("e03", "docx", worddocs.e03),
    ("e04", "pdf", pdfdocs.e04),
    ("e05", "pdf", scandocs.e05),
    ("e06", "pdf", _e06),
    ("e07", "pdf", pdfdocs.e07),
    ("e08", "pdf", worddocs.e08),
    ("e09", "docx", worddocs.e09),
    ("e10", "pdf", pdfdocs.e10),
    ("e11", "pdf", pdfdocs.e11),
    ("e12", "docx", worddocs.e12),
    ("e13", "pdf", pdfdocs.e13),
    ("e14", "docx", worddocs.e14),
    ("e15", "pdf", pdfdocs.e15),
    ("e16", "docx", worddocs.e16),
]


def main(argv=None) -> int:
    return build_corpus(HERE, DOCS, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
