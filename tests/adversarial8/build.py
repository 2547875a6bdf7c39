"""Build the eighth held-out corpus: CACHE/docs/<id>.<ext>, CACHE/truth/, CACHE/truth/MANIFEST.json.

    python tests/adversarial8/build.py /work/advcache8 [--only h01,h05] [--write-truth]
"""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
warnings.filterwarnings("ignore")

import other8  # noqa: E402
import pdf8  # noqa: E402
import word8  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [
    ("h01", "docx", word8.h01), ("h02", "docx", word8.h02), ("h03", "docx", word8.h03),
    ("h04", "docx", word8.h04), ("h05", "docx", word8.h05), ("h06", "docx", word8.h06),
    ("h07", "pdf", pdf8.h07), ("h08", "pdf", pdf8.h08), ("h09", "pdf", pdf8.h09), ("h10", "pdf", pdf8.h10),
    ("h11", "pdf", pdf8.h11), ("h12", "pdf", pdf8.h12), ("h13", "pdf", pdf8.h13),
    ("h14", "pdf", other8.h14), ("h15", "pdf", other8.h15), ("h16", "pdf", other8.h16),
    ("h17", "pdf", other8.h17), ("h18", "docx", other8.h18),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
