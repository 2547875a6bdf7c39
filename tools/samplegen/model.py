"""Truth objects: what a sample document states, in record terms.

A renderer turns a Truth into a file; ``expected.py`` turns the same Truth into
the expected record. Values are stored as the record wants them (ISO dates,
int NOK, "Nav X"); the Style decides how the document writes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

Lang = Literal["nb", "nn"]
Role = Literal["nav_leader", "municipality"]
SigKind = Literal["handwritten", "typed", "electronic_approval"]
Kind = Literal["new", "continuation"]


@dataclass(frozen=True)
class Position:
    """One budget line for a position; percent None = the line gives no percent."""

    title: str | None
    percent: float | None
    amount: int | None
    percent_text: str | None = None  # overrides the style, e.g. "1,5 årsverk"


@dataclass(frozen=True)
class Signer:
    """A signature block; kind None = an empty block (no name, no mark)."""

    role: Role
    title: str | None
    name: str | None
    date: date | None
    kind: SigKind | None


@dataclass(frozen=True)
class Amounts:
    positions: int | None
    total: int | None
    competence: int | None = None
    other: int | None = None
    own_funding: int | None = None


@dataclass(frozen=True)
class Style:
    """Rendering choices; none of them changes the expected record."""

    nav: str = "Nav"  # "NAV" in older documents
    county: str = "Statsforvalteren i Innlandet"
    amount: str = "space"  # see fmt.amount; tables and form fields
    prose_amount: str = "kroner"  # letters: the total in the opening sentence
    date: str = "long"  # see fmt.day; used for signature dates
    start_date: str = "long"
    percent: str = "space"  # see fmt.percent
    quote: str = "guillemets"  # guillemets | double | none
    box: str = "ballot"  # docx glyphs: ballot | square | bracket; pdf: xlines | check | filled | glyph
    layout: str = "grid"  # renderer-specific layout variant
    font: str = "Calibri"
    heading: str = "num"  # num | del | letter | plain
    logo: bool = False
    breaks: tuple[str, ...] = ()  # section keys preceded by a page break
    order: tuple[str, ...] = ("applicant", "project", "priority", "budget", "interest", "signatures")
    labels: dict[str, str] = field(default_factory=dict)  # per-sample label overrides


@dataclass(frozen=True)
class Truth:
    """One application. ``findings`` are written by hand, as a county clerk would."""

    stem: str
    renderer: str
    lang: Lang
    year: int  # announcement year the record is checked against
    office: str | None  # record value: "Nav Trysil", or a non-Nav applicant as written
    municipality: str | None
    org_number: str | None
    contact: str | None
    email: str | None
    phone: str | None
    title: str | None
    kind: Kind | None
    start: date | None
    positions: tuple[Position, ...]
    amounts: Amounts
    priority: tuple[str, ...]
    signers: tuple[Signer, ...]
    description: tuple[str, ...]
    findings: tuple[str, ...] = ()
    network: bool | None = None
    process_evaluation: bool | None = None
    continuation_year: int | None = None
    other_label: str | None = None  # budget line text for amounts.other
    positions_phrase: str | None = None  # letters: "to stillingar", "ei 50-prosent stilling"
    year_visible: bool = True  # False: no year anywhere, SCHEME_ASSUMED
    month_only_start: bool = False
    start_note: str | None = None  # what the start field says when it gives no date
    style: Style = field(default_factory=Style)

    @property
    def scheme(self) -> str:
        return f"nav-sosiale-tjenester-{self.year}"

    @property
    def deadline(self) -> date:
        return date(self.year, 2, 1)


@dataclass(frozen=True)
class Layout:
    """What only the rendering knows: page count and each signer's page."""

    pages: int | None
    signer_pages: tuple[int | None, ...]
