"""OCR speed, memory and accuracy over the scanned samples.

For each scan in samples/scanned (or the folders given): seconds per page
for reading it into the layout model (render, deskew, clean, OCR, marks),
the peak resident memory of this process, and, with ``--records``, how many
of the record's values match the expected record next to the scan.

Run: ``python benchmarks/ocr_bench.py [--records] [PATH ...]``
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from soknad_extract.readers import IMAGE_SUFFIXES, read_document

COMPARED = [
    "office.name", "office.org_number", "contact.name", "contact.email", "contact.phone",
    "project.title", "project.kind", "project.start_date", "positions_percent_total",
    "amounts.positions", "amounts.competence", "amounts.total", "priority_areas",
    "interest.network", "interest.process_evaluation", "language",
]


def _scans(paths: list[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        candidates = sorted(path.rglob("*")) if path.is_dir() else [path]
        found += [p for p in candidates if p.suffix.lower() in (".pdf", *IMAGE_SUFFIXES)]
    return found


def _get(record: dict, dotted: str) -> object:
    value: object = record
    for part in dotted.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value


def _signatures(record: dict) -> list[tuple[str, str, str | None]]:
    return sorted((s["role"], s["kind"], s.get("name")) for s in record.get("signatures", []))


def _findings(record: dict) -> list[str]:
    """Codes as a set, as the golden tests compare them."""
    return sorted({f["code"] for f in record.get("findings", [])})


def compare(path: Path) -> tuple[int, int, list[str]]:
    """Matching values, compared values, and what differed."""
    from soknad_extract.pipeline import read_application

    expected_path = path.with_name(path.stem + ".expected.json")
    if not expected_path.exists():
        return 0, 0, ["no expected record"]
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    actual = json.loads(read_application(path).model_dump_json())
    differences: list[str] = []
    checks = [(name, _get(expected, name), _get(actual, name)) for name in COMPARED]
    checks.append(("signatures", _signatures(expected), _signatures(actual)))
    checks.append(("findings", _findings(expected), _findings(actual)))
    for name, want, got in checks:
        if want != got:
            differences.append(f"{name}: expected {want!r}, got {got!r}")
    return len(checks) - len(differences), len(checks), differences


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[REPO / "samples" / "scanned"])
    parser.add_argument("--records", action="store_true", help="also compare records with expected ones")
    args = parser.parse_args(argv)
    scans = _scans(args.paths)
    if not scans:
        print("no scans found", file=sys.stderr)
        return 1
    total_pages, total_seconds = 0, 0.0
    matched, compared = 0, 0
    print(f"{'file':45} {'pages':>5} {'s/page':>7} {'lines':>6} {'conf':>5} {'boxes':>5} {'ink':>4} {'tables':>6}")
    for path in scans:
        start = time.perf_counter()
        document = read_document(path)
        seconds = time.perf_counter() - start
        pages = max(1, len(document.pages))
        total_pages += pages
        total_seconds += seconds
        lines = document.lines()
        confidence = sum(l.confidence for l in lines) / len(lines) if lines else 0.0
        boxes = sum(1 for f in document.fields() if f.kind == "checkbox")
        ink = sum(1 for i in document.images() if i.name == "ink")
        print(f"{path.name[:45]:45} {pages:5d} {seconds / pages:7.2f} {len(lines):6d} {confidence:5.2f} "
              f"{boxes:5d} {ink:4d} {len(document.tables()):6d}")
        for note in document.notes:
            print(f"    note {note.code}: {note.message_en}")
        if args.records:
            ok, count, differences = compare(path)
            matched += ok
            compared += count
            for difference in differences:
                print(f"    {difference}")
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{total_pages} pages in {total_seconds:.1f} s: {total_seconds / max(1, total_pages):.2f} s/page")
    print(f"peak RSS of this process: {own:.0f} MiB (Tesseract runs as separate processes; "
          f"{'with' if args.records else 'without'} the extraction pipeline loaded)")
    if args.records:
        print(f"record values matching the expected records: {matched}/{compared} ({matched / max(1, compared):.0%})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
