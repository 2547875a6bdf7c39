"""Build the seventh adversarial corpus: build.py CACHE [--only g01,g02] [--write-truth].

Writes CACHE/docs/<id>.<ext>, copies truth/*.truth.json to CACHE/truth/ and writes
CACHE/truth/MANIFEST.json in the dev set's manifest format. Offline and seeded.
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parent / "adversarial2"))  # truthlib: the truth format the corpora share
warnings.filterwarnings("ignore")

from truthlib import build_corpus  # noqa: E402

import pdf7  # noqa: E402
import word7  # noqa: E402

DOCS = [
    ("g01", "pdf", pdf7.g01),
    ("g02", "pdf", pdf7.g02),
    ("g03", "docx", word7.g03),
    ("g04", "doc", word7.g04),
    ("g05", "pdf", word7.g05),
    ("g06", "jpg", pdf7.g06),
    ("g07", "pdf", pdf7.g07),
    ("g08", "pdf", pdf7.g08),
    ("g09", "pdf", pdf7.g09),
    ("g10", "docx", word7.g10),
    ("g11", "pdf", pdf7.g11),
    ("g12", "docx", word7.g12),
    ("g13", "pdf", pdf7.g13),
    ("g14", "pdf", pdf7.g14),
    ("g15", "odt", word7.g15),
    ("g16", "pdf", pdf7.g16),
    ("g17", "docx", word7.g17),
]


def main(argv=None) -> int:
    return build_corpus(HERE, DOCS, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
