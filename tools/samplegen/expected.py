"""The expected record (shared/spec/record.md) for a sample, as JSON.

Everything is copied from the Truth; nothing is inferred by rule code. Omitted
on purpose: ``evidence`` and each finding's field/message, which depend on the
extractor; findings are unique codes sorted by code.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from stdnum.no import orgnr

from .model import Layout, Truth

SEVERITY = {
    **dict.fromkeys((
        "DOCUMENT_UNREADABLE", "NOT_AN_APPLICATION", "OFFICE_MISSING", "APPLICANT_NOT_NAV_OFFICE",
        "TITLE_MISSING", "POSITION_PERCENT_MISSING", "AMOUNT_MISSING", "SIGNATURE_NAV_LEADER_MISSING",
        "SIGNATURE_MUNICIPALITY_MISSING", "AMOUNT_OVER_CAP", "COMPETENCE_OVER_CAP", "AMOUNT_SUM_MISMATCH",
        "ORG_NUMBER_INVALID", "CONTACT_MISSING", "DIGITAL_SIGNATURE_INVALID"), "error"),
    **dict.fromkeys((
        "ORG_NUMBER_MISSING", "PRIORITY_AREA_MISSING", "SIGNED_AFTER_DEADLINE", "SIGNATURE_UNVERIFIED",
        "NON_POSITION_COSTS", "CONTINUATION_LIMIT", "EXCLUDED_CAPACITY_ONLY", "EXCLUDED_EXISTING_METHOD",
        "EXCLUDED_0_24_PROGRAM", "START_DATE_MISSING", "LOW_CONFIDENCE"), "warning"),
    "SCHEME_ASSUMED": "info",
}


def _num(value: float) -> int | float:
    """JSON numbers as the contract shows them: 100, not 100.0."""
    return int(value) if float(value).is_integer() else value


def source(path: Path, rel: str, pages: int | None) -> dict[str, Any]:
    fmt = path.suffix.lower().lstrip(".")
    return {"path": rel, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
            "format": fmt, "pages": pages, "ocr": False}


def findings(codes: tuple[str, ...]) -> list[dict[str, str]]:
    return [{"code": code, "severity": SEVERITY[code]} for code in sorted(set(codes))]


def empty_record(path: Path, rel: str, pages: int | None, language: str | None,
                 codes: tuple[str, ...]) -> dict[str, Any]:
    """A record with no application content: unreadable files, non-applications."""
    found = findings(codes)
    return {
        "schema_version": "1", "source": source(path, rel, pages), "language": language, "scheme": None,
        "office": {"name": None, "municipality": None, "org_number": None},
        "contact": {"name": None, "email": None, "phone": None},
        "project": {"title": None, "kind": None, "start_date": None},
        "positions": [], "positions_percent_total": None,
        "amounts": {"positions": None, "competence": None, "other": None, "total": None, "own_funding": None},
        "priority_areas": [], "interest": {"network": None, "process_evaluation": None},
        "signatures": [], "findings": found,
        "complete": not any(f["severity"] == "error" for f in found),
    }


def record(truth: Truth, path: Path, rel: str, layout: Layout) -> dict[str, Any]:
    _check(truth)
    positions = [(p.title, p.percent, p.amount) for p in truth.positions if p.percent is not None]
    signed = [(s, page) for s, page in zip(truth.signers, layout.signer_pages, strict=True) if s.kind]
    found = findings(truth.findings)
    a = truth.amounts
    return {
        "schema_version": "1",
        "source": source(path, rel, layout.pages),
        "language": truth.lang,
        "scheme": truth.scheme,
        "office": {"name": truth.office, "municipality": truth.municipality, "org_number": truth.org_number},
        "contact": {"name": truth.contact, "email": truth.email.lower() if truth.email else None,
                    "phone": truth.phone},
        "project": {"title": truth.title, "kind": truth.kind,
                    "start_date": truth.start.isoformat() if truth.start else None},
        "positions": [{"title": t, "percent": _num(pct), "amount": amt} for t, pct, amt in positions],
        "positions_percent_total": _num(sum(pct for _, pct, _ in positions)) if positions else None,
        "amounts": {"positions": a.positions, "competence": a.competence, "other": a.other,
                    "total": a.total, "own_funding": a.own_funding},
        "priority_areas": sorted(truth.priority),
        "interest": {"network": truth.network, "process_evaluation": truth.process_evaluation},
        "signatures": [{"role": s.role, "name": s.name, "title": s.title,
                        "date": s.date.isoformat() if s.date else None, "kind": s.kind, "page": page}
                       for s, page in signed],
        "findings": found,
        "complete": not any(f["severity"] == "error" for f in found),
    }


def _check(truth: Truth) -> None:
    """Catch slips in hand-written specs: the facts must agree with the stated defects."""
    codes = set(truth.findings)
    assert codes <= SEVERITY.keys(), codes - SEVERITY.keys()
    if truth.org_number:
        assert orgnr.is_valid(truth.org_number) == ("ORG_NUMBER_INVALID" not in codes), truth.stem
    assert (truth.org_number is None) == ("ORG_NUMBER_MISSING" in codes), truth.stem
    assert (truth.start is None) == ("START_DATE_MISSING" in codes), truth.stem
    assert (truth.title is None) == ("TITLE_MISSING" in codes), truth.stem
    assert (truth.amounts.total is None) == ("AMOUNT_MISSING" in codes), truth.stem
    assert (not truth.priority) == ("PRIORITY_AREA_MISSING" in codes), truth.stem
    assert truth.year_visible == ("SCHEME_ASSUMED" not in codes), truth.stem
    kinds = {s.role: s.kind for s in truth.signers if s.kind}
    assert ("nav_leader" not in kinds) == ("SIGNATURE_NAV_LEADER_MISSING" in codes), truth.stem
    assert ("municipality" not in kinds) == ("SIGNATURE_MUNICIPALITY_MISSING" in codes), truth.stem
    assert ("typed" in kinds.values()) == ("SIGNATURE_UNVERIFIED" in codes), truth.stem
    late = any(s.date and s.kind and s.date > truth.deadline for s in truth.signers)
    assert late == ("SIGNED_AFTER_DEADLINE" in codes), truth.stem
    assert (truth.amounts.other is not None) == ("NON_POSITION_COSTS" in codes), truth.stem
    unreachable = truth.contact is None or (truth.email is None and truth.phone is None)
    assert unreachable == ("CONTACT_MISSING" in codes), truth.stem
    stated = [p.percent for p in truth.positions if p.percent is not None]
    assert (not stated) == ("POSITION_PERCENT_MISSING" in codes), truth.stem
    a = truth.amounts
    parts = [v for v in (a.positions, a.competence, a.other) if v is not None]
    lines = [p.amount for p in truth.positions if p.amount is not None]
    mismatch = a.total is not None and (sum(parts) != a.total or (
        a.positions is not None and len(lines) == len(truth.positions) and sum(lines) != a.positions))
    assert mismatch == ("AMOUNT_SUM_MISMATCH" in codes), truth.stem
    capped = truth.year == 2020
    over = capped and bool(stated) and a.positions is not None and a.positions > 6100 * sum(stated)
    assert over == ("AMOUNT_OVER_CAP" in codes), truth.stem
    assert (capped and (a.competence or 0) > 10_000) == ("COMPETENCE_OVER_CAP" in codes), truth.stem


def write(data: dict[str, Any], path: Path) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
