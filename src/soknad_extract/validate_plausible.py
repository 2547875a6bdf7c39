"""Values read from a scan that cannot be what the office wrote.

Text recognition misreads handwriting and faint print: "10 000" written by
pen becomes 1 kr, a start date beside "50 %" becomes a position of 1 %, a
phone number on the contact's line becomes a cost of 934 000 kr. Judged as
read, such a value raises an error the office never made (a false phone
call for the clerk). A value read by OCR that lies outside the bounds in
``schemas/vocabulary/plausible.toml``, or a part of the budget larger than
the total it is a part of, is therefore not judged: ``validate`` asks the
clerk to read it (LOW_CONFIDENCE). Born-digital values are judged as written.
"""

from __future__ import annotations

from soknad_extract.plausible import bounds as plausible_bounds
from soknad_extract.record import Record

PARTS = ("amounts.positions", "amounts.competence", "amounts.other")
"""The budget's parts of the total applied for."""


def _scanned(record: Record, path: str) -> bool:
    evidence = record.evidence.get(path)
    return evidence is not None and evidence.method == "ocr"


def _amount(record: Record, path: str) -> int | None:
    return getattr(record.amounts, path.split(".", 1)[1])


def implausible(record: Record) -> dict[str, str]:
    """The record paths whose scanned value cannot be right as read, each
    with the catalogue key saying why ("misread_percent", "misread_amount",
    "misread_part")."""
    bounds = plausible_bounds()
    found: dict[str, str] = {}
    percent = record.positions_percent_total
    if percent and _scanned(record, "positions_percent_total") \
            and not bounds.percent_min <= percent <= bounds.percent_max:
        found["positions_percent_total"] = "misread_percent"
    for path in (*PARTS, "amounts.total"):
        value = _amount(record, path)
        if value and value < bounds.amount_min and _scanned(record, path):
            found[path] = "misread_amount"
    total = record.amounts.total
    total_evidence = record.evidence.get("amounts.total")
    if total and total_evidence is not None and total_evidence.method != "sum":
        for path in PARTS:
            value = _amount(record, path)
            if path not in found and value and value > total and _scanned(record, path):
                found[path] = "misread_part"
    return found
