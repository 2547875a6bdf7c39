"""The overview: one row per application, the same columns in CSV, XLSX and HTML.

This is what a county clerk copies into the assessment form. Cells hold
typed values (numbers stay numbers) so each format can write them its own way.
Values that are contract ids (project kind, signature roles and kinds,
priority area ids, finding codes) are kept as ids in the spreadsheets, where
they are filtered and compared across years and languages; the HTML page
shows them in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from soknad_extract.record import Record
from soknad_extract.report import values
from soknad_extract.messages import t

Cell = str | int | float | None


@dataclass(frozen=True)
class Column:
    key: str
    """Text key in the message catalogue and stable column identity."""
    kind: Literal["text", "amount", "number", "count"]
    width: int
    """Sensible width in characters for the spreadsheet."""


COLUMNS: tuple[Column, ...] = (
    Column("file", "text", 36),
    Column("office", "text", 26),
    Column("municipality", "text", 16),
    Column("title", "text", 40),
    Column("kind", "text", 14),
    Column("percent", "number", 12),
    Column("amount_positions", "amount", 14),
    Column("amount_competence", "amount", 12),
    Column("amount_total", "amount", 14),
    Column("priority_areas", "text", 40),
    Column("signatures", "text", 40),
    Column("errors", "count", 8),
    Column("warnings", "count", 10),
    Column("codes", "text", 60),
)


def header(lang: str = "nb") -> list[str]:
    return [t(c.key, lang) for c in COLUMNS]


def row(record: Record, *, human: bool = False, lang: str = "nb") -> list[Cell]:
    """The record's overview cells, in ``COLUMNS`` order.

    ``human`` writes the project kind, priority areas and signatures in words
    (for the HTML page) instead of the contract's ids.
    """
    if human:
        kind: Cell = values.kind(record.project.kind, lang) if record.project.kind else None
        areas = "; ".join(values.priority_area_labels(record, lang))
        signatures = "; ".join(values.signature(s, lang) for s in record.signatures)
    else:
        kind = record.project.kind
        areas = "; ".join(record.priority_areas)
        signatures = values.signature_codes(record)
    percent = record.positions_percent_total
    return [
        record.source.path,
        record.office.name,
        record.office.municipality,
        record.project.title,
        kind,
        int(percent) if percent is not None and float(percent).is_integer() else percent,
        record.amounts.positions,
        record.amounts.competence,
        record.amounts.total,
        areas or None,
        signatures or None,
        len(record.errors()),
        len(record.warnings()),
        values.finding_codes(record) or None,
    ]
