"""Build corpus 38 (tester38): python build.py CACHE [--only z01,z05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdf38  # noqa: E402
import word38  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("z01", "docx", word38.z01), ("z02", "docx", word38.z02), ("z03", "docx", word38.z03),
        ("z04", "docx", word38.z04), ("z05", "docx", word38.z05), ("z06", "docx", word38.z06),
        ("z07", "docx", word38.z07), ("z08", "pdf", pdf38.z08), ("z09", "pdf", pdf38.z09),
        ("z10", "pdf", pdf38.z10), ("z11", "pdf", word38.z11), ("z12", "pdf", word38.z12),
        ("z13", "pdf", pdf38.z13), ("z14", "pdf", pdf38.z14), ("z15", "pdf", pdf38.z15),
        ("z16", "pdf", pdf38.z16), ("z17", "pdf", pdf38.z17), ("z18", "pdf", pdf38.z18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
