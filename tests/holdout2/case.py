"""One holdout document: how to build it and what the record must say."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

SCHEME_2020 = "nav-sosiale-tjenester-2020"
WORK = "ordinaert-arbeidsliv"
FAMILIES = "barnefamilier-ungdom-innvandrere"
TRANSITIONS = "saarbare-overganger"
BOTH_SIGNERS = ("municipality", "nav_leader")

CLEAN_ABSENT = (
    "DOCUMENT_UNREADABLE", "NOT_AN_APPLICATION", "OFFICE_MISSING", "APPLICANT_NOT_NAV_OFFICE",
    "TITLE_MISSING", "POSITION_PERCENT_MISSING", "AMOUNT_MISSING", "SIGNATURE_NAV_LEADER_MISSING",
    "SIGNATURE_MUNICIPALITY_MISSING", "AMOUNT_OVER_CAP", "COMPETENCE_OVER_CAP", "AMOUNT_SUM_MISMATCH",
    "ORG_NUMBER_INVALID", "CONTACT_MISSING", "ORG_NUMBER_MISSING", "PRIORITY_AREA_MISSING",
    "SIGNED_AFTER_DEADLINE", "NON_POSITION_COSTS", "CONTINUATION_LIMIT", "EXCLUDED_CAPACITY_ONLY",
    "EXCLUDED_EXISTING_METHOD", "EXCLUDED_0_24_PROGRAM", "START_DATE_MISSING", "SCHEME_ASSUMED",
)
"""Codes an application without built-in defects must not carry. Typed
signatures legitimately give SIGNATURE_UNVERIFIED, so it is not listed."""


@dataclass(frozen=True)
class Case:
    """``build(folder)`` writes the source file and returns its path; with
    ``convert`` the .docx is exported to PDF by LibreOffice and the PDF is
    what the pipeline reads. ``expect`` maps a record field path (or one of
    the derived keys ``positions.titles``, ``positions.percents``,
    ``positions.amounts``, ``signatures.roles``, ``findings.codes``) to the
    value the contract demands."""

    name: str
    build: Callable[[Path], Path]
    expect: Mapping[str, object]
    convert: bool = False
    present: tuple[str, ...] = ()
    absent: tuple[str, ...] | None = None
    note: str = field(default="", compare=False)

    def absent_codes(self) -> tuple[str, ...]:
        if self.absent is not None:
            return self.absent
        return tuple(c for c in CLEAN_ABSENT if c not in self.present)
