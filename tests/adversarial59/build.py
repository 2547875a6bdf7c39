"""Build corpus 59 (tester59, all Nynorsk): python build.py CACHE [--only nn01,nn05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import letter59  # noqa: E402
import pdf59  # noqa: E402
import pdf59b  # noqa: E402
import word59  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("nn01", "docx", word59.nn01), ("nn02", "docx", word59.nn02), ("nn03", "docx", word59.nn03),
        ("nn04", "docx", word59.nn04), ("nn05", "docx", word59.nn05), ("nn06", "docx", word59.nn06),
        ("nn07", "docx", word59.nn07), ("nn08", "docx", letter59.nn08), ("nn09", "docx", letter59.nn09),
        ("nn10", "pdf", pdf59.nn10), ("nn11", "pdf", pdf59.nn11), ("nn12", "pdf", pdf59.nn12),
        ("nn13", "pdf", pdf59.nn13), ("nn14", "pdf", letter59.nn14), ("nn15", "pdf", letter59.nn15),
        ("nn16", "pdf", pdf59b.nn16), ("nn17", "pdf", pdf59b.nn17), ("nn18", "pdf", pdf59b.nn18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
