"""Build the third adversarial corpus: build.py CACHE [--only c01,c02] [--write-truth].

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

import docs_pdf  # noqa: E402
import docs_word  # noqa: E402

DOCS = [
    ("c01", "pdf", docs_pdf.c01), ("c02", "docx", docs_word.c02), ("c03", "docx", docs_word.c03),
    ("c04", "pdf", docs_word.c04), ("c05", "pdf", docs_pdf.c05), ("c06", "pdf", docs_pdf.c06),
    ("c07", "pdf", docs_pdf.c07), ("c08", "docx", docs_word.c08), ("c09", "pdf", docs_word.c09),
    ("c10", "docx", docs_word.c10), ("c11", "pdf", docs_pdf.c11), ("c12", "pdf", docs_pdf.c12),
    ("c13", "docx", docs_word.c13), ("c14", "pdf", docs_pdf.c14), ("c15", "pdf", docs_word.c15),
    ("c16", "png", docs_pdf.c16), ("c17", "pdf", docs_word.c17),
    ("c18", "odt", docs_word.c18),
]


def main(argv=None) -> int:
    return build_corpus(HERE, DOCS, __doc__, argv)


if __name__ == "__main__":
    sys.exit(main())
