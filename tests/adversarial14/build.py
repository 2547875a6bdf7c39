"""Build the fourteenth adversarial corpus: ``build.py CACHE [--only p01,p05] [--write-truth]``."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.adversarial2.truthlib import build_corpus  # noqa: E402
from tests.adversarial14 import pdf14, word14  # noqa: E402

DOCS = [
    ("p01", "docx", word14.p01), ("p02", "docx", word14.p02), ("p03", "docx", word14.p03),
    ("p04", "docx", word14.p04), ("p05", "docx", word14.p05), ("p06", "pdf", pdf14.p06),
    ("p07", "pdf", pdf14.p07), ("p08", "pdf", pdf14.p08), ("p09", "pdf", pdf14.p09),
    ("p10", "pdf", pdf14.p10), ("p11", "pdf", pdf14.p11), ("p12", "pdf", pdf14.p12),
    ("p13", "pdf", pdf14.p13), ("p14", "docx", word14.p14), ("p15", "docx", word14.p15),
]

if __name__ == "__main__":
    sys.exit(build_corpus(Path(__file__).resolve().parent, DOCS, __doc__))
