"""Build corpus 46 (tester46): python build.py CACHE [--only u01,u05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import letters46a as a  # noqa: E402
import letters46b as b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("u01", "docx", a.u01), ("u02", "docx", a.u02), ("u03", "pdf", a.u03), ("u04", "docx", a.u04),
        ("u05", "pdf", a.u05), ("u06", "docx", a.u06), ("u07", "pdf", a.u07), ("u08", "pdf", a.u08),
        ("u09", "pdf", a.u09), ("u10", "docx", b.u10), ("u11", "pdf", b.u11), ("u12", "pdf", b.u12),
        ("u13", "docx", b.u13), ("u14", "pdf", b.u14), ("u15", "pdf", b.u15), ("u16", "pdf", b.u16),
        ("u17", "docx", b.u17), ("u18", "pdf", b.u18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
