"""Snapshot the records of a set of documents, or compare them with a snapshot.

A refactor must not change what the toolkit reads. ``snapshot.py save DIR``
writes one JSON record per document of ``samples/`` and the dev set into DIR;
``snapshot.py compare DIR`` reads them again and lists every document whose
record differs. ``--fast`` leaves out scans (OCR takes most of the time).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from soknad_extract import read_application

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "samples", ROOT.parent / "shared" / "devset" / "docs"]
DOC_SUFFIXES = {".pdf", ".docx", ".doc", ".odt", ".rtf", ".png", ".jpg", ".jpeg", ".tif", ".tiff"}


def documents(fast: bool) -> list[Path]:
    found = []
    for base in SOURCES:
        for path in sorted(base.rglob("*")):
            if path.suffix.lower() not in DOC_SUFFIXES or not path.is_file():
                continue
            if fast and ("scanned" in path.parts or "scan" in path.name):
                continue
            found.append(path)
    return found


def key(path: Path) -> str:
    """The snapshot file's name: the document's path below its source folder's
    parent ("samples__…", "docs__…"), so a checkout in any folder (a
    worktree, a clean clone) compares with a snapshot saved from another."""
    base = next(source for source in SOURCES if source in path.parents)
    return str(path.relative_to(base.parent)).replace("/", "__") + ".json"


def record_json(path: Path) -> dict:
    data = json.loads(read_application(path).model_dump_json())
    data["source"].pop("path", None)
    return data


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("action", choices=["save", "compare"])
    parser.add_argument("dir", type=Path)
    parser.add_argument("--fast", action="store_true")
    parser.add_argument("--no-evidence", action="store_true", help="ignore evidence when comparing")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    changed = 0
    docs = documents(args.fast)
    for path in docs:
        target = args.dir / key(path)
        data = record_json(path)
        if args.action == "save":
            target.write_text(json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
            continue
        if not target.exists():
            print(f"NEW  {path}")
            continue
        before = json.loads(target.read_text())
        if args.no_evidence:
            before.pop("evidence", None)
            data.pop("evidence", None)
        if before != data:
            changed += 1
            diffs = [k for k in sorted(set(before) | set(data)) if before.get(k) != data.get(k)]
            print(f"DIFF {path}: {', '.join(diffs)}")
    if args.action == "compare":
        print(f"{changed} of {len(docs)} records differ")
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
