"""Build corpus 53 (tester53): python build.py CACHE [--only wp01,wp05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))

import docs53a as a  # noqa: E402
import docs53b as b  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("wp01", "docx", a.wp01), ("wp02", "docx", a.wp02), ("wp03", "docx", a.wp03), ("wp04", "docx", a.wp04),
        ("wp05", "docx", a.wp05), ("wp06", "docx", a.wp06), ("wp07", "docx", a.wp07), ("wp08", "docx", a.wp08),
        ("wp09", "docx", a.wp09), ("wp10", "docx", b.wp10), ("wp11", "docx", b.wp11), ("wp12", "docx", b.wp12),
        ("wp13", "odt", b.wp13), ("wp14", "rtf", b.wp14), ("wp15", "doc", b.wp15), ("wp16", "pdf", b.wp16),
        ("wp17", "docx", b.wp17), ("wp18", "docx", b.wp18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
