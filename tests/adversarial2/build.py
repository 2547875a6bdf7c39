#!/usr/bin/env python3
"""Build the second adversarial corpus (issue 12) into CACHE/docs and copy its truth to CACHE/truth.

    .venv/bin/python tests/adversarial2/build.py /work/advcache2 [--only b01,b05] [--write-truth]

Offline and seeded: Pillow, reportlab and python-docx output is the same on every run; Chromium and
LibreOffice stamp their own creation dates into the files, nothing else varies. --write-truth
(maintainers only) rewrites truth/*.json from the truth written next to each document's builder.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import docs_a  # noqa: E402
import docs_b  # noqa: E402
import docs_c  # noqa: E402

DOCS = docs_a.DOCS + docs_b.DOCS + docs_c.DOCS


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cache", help="folder to build into (docs/ and truth/ are made inside)")
    ap.add_argument("--only", help="comma-separated ids")
    ap.add_argument("--write-truth", action="store_true", help="rewrite tests/adversarial2/truth/*.json")
    a = ap.parse_args(argv)
    cache = Path(a.cache)
    (cache / "docs").mkdir(parents=True, exist_ok=True)
    (cache / "truth").mkdir(parents=True, exist_ok=True)
    only = set(a.only.split(",")) if a.only else None
    for id_, ext, fn in DOCS:
        if only and id_ not in only:
            continue
        out = cache / "docs" / f"{id_}.{ext}"
        t = fn(out)
        print(f"{id_}.{ext}  {out.stat().st_size:>8} bytes  {t['category']}")
        if a.write_truth:
            (HERE / "truth" / f"{id_}.truth.json").write_text(
                json.dumps(t, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    for p in sorted((HERE / "truth").glob("*.truth.json")):
        shutil.copy(p, cache / "truth" / p.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
