"""The overview: one row per application, the same columns in CSV, XLSX and HTML.

This is what a county clerk copies into the assessment form, so every cell
is in the clerk's words: a status, the office with its org number, the
contact, who signed, and what needs doing (each finding's message). The
finding codes keep a column of their own, for filtering and for other
systems. Cells hold typed values (numbers stay numbers) so each format can
write them its own way. Status and findings are what ``validate`` decided;
nothing here judges a rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from soknad_extract.messages import t
from soknad_extract.record import Record
from soknad_extract.report import values

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
    Column("status", "text", 16),
    Column("office", "text", 26),
    Column("municipality", "text", 16),
    Column("org_number", "text", 12),
    Column("title", "text", 40),
    Column("kind", "text", 14),
    Column("percent", "number", 12),
    Column("amount_positions", "amount", 14),
    Column("amount_competence", "amount", 12),
    Column("amount_total", "amount", 14),
    Column("priority_areas", "text", 40),
    Column("contact", "text", 36),
    Column("signers", "text", 44),
    Column("errors", "count", 8),
    Column("warnings", "count", 10),
    Column("finding_messages", "text", 80),
    Column("codes", "text", 40),
)

FINDING_COLUMNS: tuple[Column, ...] = (
    Column("file", "text", 36),
    Column("office", "text", 26),
    Column("severity", "text", 10),
    Column("message", "text", 80),
    Column("code", "text", 32),
    Column("field", "text", 22),
    Column("page", "count", 6),
)


def header(lang: str = "nb") -> list[str]:
    return [t(c.key, lang) for c in COLUMNS]


def finding_header(lang: str = "nb") -> list[str]:
    return [t(c.key, lang) for c in FINDING_COLUMNS]


def row(record: Record, *, lang: str = "nb") -> list[Cell]:
    """The record's overview cells, in ``COLUMNS`` order."""
    percent = record.positions_percent_total
    contact = record.contact
    findings = values.sorted_findings(record)
    return [
        record.source.path,
        t(values.status_key(record), lang),
        record.office.name,
        record.office.municipality,
        record.office.org_number,
        record.project.title,
        values.kind(record.project.kind, lang) if record.project.kind else None,
        int(percent) if percent is not None and float(percent).is_integer() else percent,
        record.amounts.positions,
        record.amounts.competence,
        record.amounts.total,
        "; ".join(values.priority_area_labels(record, lang)) or None,
        ", ".join(p for p in (contact.name, contact.email, contact.phone) if p) or None,
        "; ".join(values.signer(s, lang) for s in record.signatures) or None,
        len(record.errors()),
        len(record.warnings()),
        "\n".join(f"{t(f'severity_{f.severity}', lang)}: {f.message}" for f in findings) or None,
        values.finding_codes(record) or None,
    ]


def finding_rows(records: list[Record], lang: str = "nb") -> list[list[Cell]]:
    """One row per finding, most severe first within each application, in ``FINDING_COLUMNS`` order."""
    return [
        [r.source.path, r.office.name, t(f"severity_{f.severity}", lang), f.message, f.code.value, f.field,
         values.finding_page(r, f)]
        for r in records
        for f in values.sorted_findings(r)
    ]
