"""Build the sixth adversarial corpus: build.py CACHE [--only f01,f02] [--write-truth].

Writes CACHE/docs/<id>.<ext>, copies truth/*.truth.json to CACHE/truth/ and writes
CACHE/truth/MANIFEST.json in the dev set's manifest format. Offline and seeded.
"""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parent / "adversarial2"))  # truthlib: the truth format the corpora share

from truthlib import build_corpus  # noqa: E402

import pdf6  # noqa: E402
import word6  # noqa: E402

DOCS = [
    ("f01", "pdf", pdf6.f01),
    ("f02", "docx", word6.f02),
    ("f03", "pdf", pdf6.f03),
    ("f04", "pdf", pdf6.f04),
    ("f05", "pdf", pdf6.f05),
    ("f06", "docx", word6.f06),
    ("f07", "pdf", pdf6.f07),
    ("f08", "docx", word6.f08),
    ("f09", "pdf", pdf6.f09),
    ("f10", "pdf", pdf6.f10),
    ("f11", "docx", word6.f11),
    ("f12", "pdf", pdf6.f12),
    ("f13", "docx", word6.f13),
]


def main(argv=None) -> int:
    return build_corpus(HERE, DOCS, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
