"""Build corpus 68 (tester68): python build.py CACHE [--only gw01,gw05] [--write-truth]."""
from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs68  # noqa: E402
from truthlib import build_corpus  # noqa: E402

EXT = {"gw07": "pdf", "gw08": "pdf", "gw09": "pdf", "gw10": "pdf", "gw11": "pdf", "gw12": "pdf", "gw13": "pdf",
       "gw14": "pdf", "gw15": "pdf", "gw16": "pdf", "gw17": "pdf"}
DOCS = [(f"gw{i:02d}", EXT.get(f"gw{i:02d}", "docx"), getattr(docs68, f"gw{i:02d}")) for i in range(1, 19)]

if __name__ == "__main__":
    sys.exit(build_corpus(HERE, DOCS, __doc__))
