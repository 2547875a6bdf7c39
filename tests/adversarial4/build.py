"""Build the fourth adversarial corpus: build.py CACHE [--only d01,d02] [--write-truth].

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

import docs  # noqa: E402

DOCS = [
    ("d01", "pdf", docs.d01),
    ("d02", "doc", docs.d02),
    ("d03", "pdf", docs.d03),
    ("d04", "pdf", docs.d04),
    ("d05", "docx", docs.d05),
    ("d06", "pdf", docs.d06),
    ("d07", "pdf", docs.d07),
    ("d08", "jpg", docs.d08),
    ("d09", "pdf", docs.d09),
    ("d10", "docx", docs.d10),
    ("d11", "pdf", docs.d11),
    ("d12", "odt", docs.d12),
]


def main(argv=None) -> int:
    return build_corpus(HERE, DOCS, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
