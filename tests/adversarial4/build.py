"""Build the fourth adversarial corpus: build.py CACHE [--only d01,d02] [--write-truth].

Writes CACHE/docs/<id>.<ext>, copies truth/*.truth.json to CACHE/truth/ and writes
CACHE/truth/MANIFEST.json in the dev set's manifest format. Offline and seeded.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.append(str(HERE.parent / "adversarial2"))  # truthlib: the truth format the corpora share

import docs  # noqa: E402

DOCS = [
    ("d01", "pdf", docs.d01),
    ("d02", "doc", docs.d02),
    ("d03", "pdf", docs.d03),
    ("d04", "pdf", docs.d04),
    ("d05", "docx", docs.d05),
    ("d06", "pdf", docs.d06),
    ("d07", "pdf", docs.d07),
    ("d08", "jpg", docs.d08),
    ("d09", "pdf", docs.d09),
    ("d10", "docx", docs.d10),
    ("d11", "pdf", docs.d11),
    ("d12", "odt", docs.d12),
]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cache", help="folder to build into (docs/ and truth/ are made inside)")
    ap.add_argument("--only", help="comma-separated ids")
    ap.add_argument("--write-truth", action="store_true", help="rewrite tests/adversarial4/truth/*.json")
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
    manifest = []
    for p in sorted((HERE / "truth").glob("*.truth.json")):
        shutil.copy(p, cache / "truth" / p.name)
        t = json.loads(p.read_text(encoding="utf-8"))
        manifest.append({"id": t["id"], "file": t["file"], "category": t["category"]})
    (cache / "truth" / "MANIFEST.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n",
                                                  encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
