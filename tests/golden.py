"""Comparing a record with a sample's expected record, field by field.

Shared by the golden tests and benchmarks/accuracy.py, so the numbers in the
closing notes are the ones the tests enforce.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
IGNORED = {"evidence"}
"""Evidence is provenance, not a value: checked by its own tests."""


def expected_files() -> list[Path]:
    return sorted(SAMPLES.rglob("*.expected.json"))


def sample_for(expected: Path) -> Path:
    stem = expected.name[: -len(".expected.json")]
    matches = [p for p in expected.parent.iterdir() if p.name.startswith(stem + ".") and p != expected
               and not p.name.endswith(".json")]
    if len(matches) != 1:
        raise FileNotFoundError(f"{expected}: expected one sample file named {stem}.*, found {matches}")
    return matches[0]


def comparable(record: dict[str, Any]) -> dict[str, Any]:
    """The record as the expected files state it: no evidence, findings as
    the set of their codes (severity follows from the code), path as given."""
    out = {k: v for k, v in record.items() if k not in IGNORED}
    out["findings"] = sorted({(f["code"], f["severity"]) for f in record.get("findings", [])})
    return out


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    if isinstance(value, dict):
        items: dict[str, Any] = {}
        for key, inner in value.items():
            items.update(flatten(inner, f"{prefix}.{key}" if prefix else key))
        return items
    return {prefix: value}


def differences(actual: dict[str, Any], expected: dict[str, Any]) -> dict[str, tuple[Any, Any]]:
    got, want = flatten(comparable(actual)), flatten(comparable(expected))
    return {key: (got.get(key), want.get(key)) for key in sorted(set(got) | set(want))
            if normal(got.get(key)) != normal(want.get(key))}


def normal(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [normal(v) for v in value]
    if isinstance(value, tuple):
        return tuple(normal(v) for v in value)
    if isinstance(value, dict):
        return {k: normal(v) for k, v in value.items()}
    return value


def load_expected(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))
