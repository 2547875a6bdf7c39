"""Format the dev-set score (``score.py --json``) as the per-category table in the README.

``python benchmarks/devset_table.py out/devset/score.json`` prints Markdown:
one row per category with field accuracy, findings precision/recall/F1,
signature and priority-area F1, and documents with exactly the right findings.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def _pct(part: dict | None, key: str) -> str:
    if not part or part.get(key) is None:
        return "–"
    return f"{part[key]:.3f}"


def _exact(part: dict) -> str:
    exact = part.get("docs_exact_findings") or {}
    return f"{exact.get('correct', 0)}/{exact.get('total', 0)}"


def rows(score: dict) -> list[str]:
    head = ["| category | docs | fields | findings P | findings R | findings F1 | signatures F1 | areas F1 | exact findings |",
            "|---|---|---|---|---|---|---|---|---|"]
    parts = sorted(score["by_category"].items()) + [("**all**", {**score, "fields": score["fields_accuracy"]})]
    for name, part in parts:
        findings = part.get("findings")
        head.append(
            f"| {name} | {part['docs']} | {_pct(part.get('fields'), 'accuracy')} | {_pct(findings, 'precision')} "
            f"| {_pct(findings, 'recall')} | {_pct(findings, 'f1')} | {_pct(part.get('signatures'), 'f1')} "
            f"| {_pct(part.get('priority_areas'), 'f1')} | {_exact(part)} |"
        )
    return head


def main() -> int:
    score = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    print("\n".join(rows(score)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
