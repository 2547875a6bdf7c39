"""Build adversarial34: `python build.py DIR [--only z01,z05] [--write-truth]`."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import build_docx as bd  # noqa: E402
import build_pdf as bp  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("z01", "docx", bd.z01), ("z02", "docx", bd.z02), ("z03", "docx", bd.z03), ("z04", "docx", bd.z04),
        ("z05", "docx", bd.z05), ("z06", "docx", bd.z06), ("z07", "docx", bd.z07), ("z08", "pdf", bp.z08),
        ("z09", "pdf", bp.z09), ("z10", "pdf", bp.z10), ("z11", "pdf", bp.z11), ("z12", "pdf", bp.z12),
        ("z13", "pdf", bp.z13), ("z14", "pdf", bp.z14), ("z15", "pdf", bp.z15), ("z16", "pdf", bp.z16),
        ("z17", "pdf", bp.z17), ("z18", "pdf", bp.z18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
