"""Build the third adversarial corpus: build.py CACHE [--only c01,c02] [--write-truth].

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

import docs_pdf  # noqa: E402
import docs_word  # noqa: E402

DOCS = [
    ("c01", "pdf", docs_pdf.c01), ("c02", "docx", docs_word.c02), ("c03", "docx", docs_word.c03),
    ("c04", "pdf", docs_word.c04), ("c05", "pdf", docs_pdf.c05), ("c06", "pdf", docs_pdf.c06),
    ("c07", "pdf", docs_pdf.c07), ("c08", "docx", docs_word.c08), ("c09", "pdf", docs_word.c09),
    ("c10", "docx", docs_word.c10), ("c11", "pdf", docs_pdf.c11), ("c12", "pdf", docs_pdf.c12),
    ("c13", "docx", docs_word.c13), ("c14", "pdf", docs_pdf.c14), ("c15", "pdf", docs_word.c15),
    ("c16", "png", docs_pdf.c16), ("c17", "pdf", docs_word.c17),
    ("c18", "odt", docs_word.c18),
]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("cache", help="folder to build into (docs/ and truth/ are made inside)")
    ap.add_argument("--only", help="comma-separated ids")
    ap.add_argument("--write-truth", action="store_true", help="rewrite tests/adversarial3/truth/*.json")
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
