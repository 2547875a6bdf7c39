"""Build the fifteenth adversarial corpus: ``build.py CACHE [--only q01,q05] [--write-truth]``."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.adversarial2.truthlib import build_corpus  # noqa: E402
from tests.adversarial15 import pdf15, word15  # noqa: E402

DOCS = [
    ("q01", "docx", word15.q01), ("q02", "docx", word15.q02), ("q03", "docx", word15.q03),
    ("q04", "docx", word15.q04), ("q05", "docx", word15.q05),
    ("q06", "pdf", pdf15.q06), ("q07", "pdf", pdf15.q07), ("q08", "pdf", pdf15.q08),
    ("q09", "pdf", pdf15.q09), ("q10", "pdf", pdf15.q10), ("q11", "pdf", pdf15.q11),
    ("q12", "pdf", pdf15.q12), ("q13", "pdf", pdf15.q13),
    ("q14", "docx", word15.q14), ("q15", "docx", word15.q15), ("q16", "pdf", pdf15.q16),
]

if __name__ == "__main__":
    sys.exit(build_corpus(Path(__file__).resolve().parent, DOCS, __doc__))
