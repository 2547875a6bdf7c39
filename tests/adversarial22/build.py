"""Build tests/adversarial22 (word internals): `build.py CACHE [--only x01,x05] [--write-truth]`."""
from __future__ import annotations

import sys
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
warnings.filterwarnings("ignore")

import pdf22  # noqa: E402
import word22  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [
    ("x01", "docx", word22.x01), ("x02", "docx", word22.x02), ("x03", "docx", word22.x03),
    ("x04", "docm", word22.x04), ("x05", "docx", word22.x05), ("x06", "docx", word22.x06),
    ("x07", "docx", word22.x07), ("x08", "docx", word22.x08), ("x09", "pdf", pdf22.x09),
    ("x10", "pdf", pdf22.x10), ("x11", "pdf", pdf22.x11), ("x12", "pdf", pdf22.x12),
    ("x13", "pdf", pdf22.x13), ("x14", "pdf", pdf22.x14), ("x15", "docx", word22.x15),
    ("x16", "pdf", pdf22.x16),
]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
