"""Build corpus 63 (tester63, page breaks and running matter):
python build.py CACHE [--only pg01,pg05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pdf63  # noqa: E402
import scan63  # noqa: E402
import word63  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("pg01", "docx", word63.pg01), ("pg02", "docx", word63.pg02), ("pg03", "docx", word63.pg03),
        ("pg04", "docx", word63.pg04), ("pg05", "docx", word63.pg05), ("pg06", "pdf", word63.pg06),
        ("pg07", "pdf", word63.pg07), ("pg08", "pdf", word63.pg08), ("pg09", "pdf", pdf63.pg09),
        ("pg10", "pdf", pdf63.pg10), ("pg11", "pdf", pdf63.pg11), ("pg12", "pdf", pdf63.pg12),
        ("pg13", "pdf", pdf63.pg13), ("pg14", "pdf", pdf63.pg14), ("pg15", "pdf", scan63.pg15),
        ("pg16", "pdf", scan63.pg16), ("pg17", "pdf", scan63.pg17), ("pg18", "pdf", pdf63.pg18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
