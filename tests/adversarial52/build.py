"""Build corpus 52 (tester52): python build.py CACHE [--only pr01,pr05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import office52  # noqa: E402
import pdf52a  # noqa: E402
import pdf52b  # noqa: E402
import pdf52c  # noqa: E402
from truthlib import build_corpus  # noqa: E402

DOCS = [("pr01", "pdf", pdf52a.pr01), ("pr02", "pdf", pdf52a.pr02), ("pr03", "pdf", pdf52a.pr03),
        ("pr04", "pdf", pdf52a.pr04), ("pr05", "pdf", pdf52a.pr05), ("pr06", "pdf", pdf52a.pr06),
        ("pr07", "pdf", pdf52b.pr07), ("pr08", "pdf", pdf52b.pr08), ("pr09", "pdf", office52.pr09),
        ("pr10", "pdf", office52.pr10), ("pr11", "pdf", office52.pr11), ("pr12", "pdf", pdf52b.pr12),
        ("pr13", "pdf", pdf52b.pr13), ("pr14", "pdf", pdf52c.pr14), ("pr15", "pdf", pdf52c.pr15),
        ("pr16", "pdf", pdf52c.pr16), ("pr17", "pdf", office52.pr17), ("pr18", "pdf", pdf52c.pr18)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
