"""Build the twelfth adversarial corpus: python tests/adversarial12/build.py CACHE [--only m01,m05]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.adversarial2.truthlib import build_corpus  # noqa: E402
from tests.adversarial12 import pdf12, word12  # noqa: E402

DOCS = [
    ("m01", "docx", word12.m01), ("m02", "docx", word12.m02), ("m03", "docx", word12.m03),
    ("m04", "docx", word12.m04), ("m05", "docx", word12.m05), ("m06", "pdf", pdf12.m06),
    ("m07", "pdf", pdf12.m07), ("m08", "pdf", pdf12.m08), ("m09", "pdf", pdf12.m09),
    ("m10", "pdf", pdf12.m10), ("m11", "pdf", pdf12.m11), ("m12", "pdf", pdf12.m12),
    ("m13", "pdf", pdf12.m13), ("m14", "docx", word12.m14), ("m15", "pdf", pdf12.m15),
    ("m16", "docx", word12.m16),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
