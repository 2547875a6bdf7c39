"""Build corpus 55 (tester55): python build.py CACHE [--only cf01,cf05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import letters55  # noqa: E402
import pdf55  # noqa: E402
import pdf55b  # noqa: E402
import word55  # noqa: E402
from kit55 import mod11_ok  # noqa: E402,F401
from truthlib import build_corpus  # noqa: E402

DOCS = [("cf01", "docx", word55.cf01), ("cf02", "docx", word55.cf02), ("cf03", "docx", word55.cf03),
        ("cf04", "docx", word55.cf04), ("cf05", "docx", word55.cf05), ("cf06", "docx", letters55.cf06),
        ("cf07", "docx", letters55.cf07), ("cf08", "pdf", pdf55.cf08), ("cf09", "pdf", pdf55.cf09),
        ("cf10", "pdf", pdf55.cf10), ("cf11", "pdf", pdf55b.cf11), ("cf12", "pdf", pdf55b.cf12),
        ("cf13", "pdf", letters55.cf13), ("cf14", "pdf", letters55.cf14), ("cf15", "pdf", pdf55b.cf15),
        ("cf16", "pdf", pdf55b.cf16), ("cf17", "pdf", pdf55b.cf17), ("cf18", "pdf", pdf55b.cf18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
