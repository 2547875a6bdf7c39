"""The self-check list: each thing the county looks at, marked from the findings.

Every line names the finding codes that fail it; its mark comes from those
findings alone, so the checklist can never contradict what ``validate``
decided (it once re-added the budget without the own funding that
validation accepts). A line is ticked only when the values it is about were
read; otherwise it says "not assessed", never ✓ for something unseen. The
values shown are the record's and the announcement's own figures; no limit
or sum is computed here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from soknad_extract.messages import t
from soknad_extract.record import Code, Finding, Record
from soknad_extract.report import values

MARK_OK = "✓"
MARK_ERROR = "✗"
MARK_WARNING = "!"
MARK_INFO = "i"
MARK_UNKNOWN = "–"

UNCHECKABLE = frozenset({Code.DOCUMENT_UNREADABLE, Code.NOT_AN_APPLICATION})
"""Findings that mean there is nothing to check: the list is not shown."""


@dataclass(frozen=True)
class Item:
    key: str
    """The line's text in the message catalogue."""
    codes: frozenset[Code]
    """Findings that fail this line."""
    present: Callable[[Record], bool]
    """Whether the values the line is about were read (✓ needs them)."""
    value: Callable[[Record, str], str]
    uncertain: tuple[str, ...] = ()
    """Fields whose LOW_CONFIDENCE finding puts a ! on this line."""
    role: str | None = None
    """For signature lines: only findings about a signature of this role count."""


def _cap_known(record: Record) -> bool:
    """The announcement names a cap, and the amount and percent it applies to were read."""
    found = values.scheme(record.scheme)
    a = record.amounts
    return (found is not None and found.caps.per_position is not None
            and (a.positions is not None or a.total is not None)
            and record.positions_percent_total is not None)


def _cap_value(record: Record, lang: str) -> str:
    """Each capped amount next to the announcement's cap as it states it."""
    found = values.scheme(record.scheme)
    caps = found.caps if found is not None else None
    a, parts = record.amounts, []
    if a.positions is not None:
        text = f"{t('part_positions', lang)} {values.amount(a.positions, lang)}"
        if caps is not None and caps.per_position:
            text += f" ({t('cap_per_position', lang, amount=values.amount(caps.per_position, lang))})"
        parts.append(text)
    if a.competence is not None:
        text = f"{t('part_competence', lang)} {values.amount(a.competence, lang)}"
        if caps is not None and caps.competence:
            text += f" ({t('cap', lang)} {values.amount(caps.competence, lang)})"
        parts.append(text)
    if not parts and a.total is not None:
        parts.append(f"{t('part_total', lang)} {values.amount(a.total, lang)}")
    if parts and (caps is None or not (caps.per_position or caps.competence)):
        parts.append(t("schemes_no_caps", lang))
    return "; ".join(parts)


def _sum_known(record: Record) -> bool:
    """A stated total and the positions amount: what the sum rule compares."""
    a = record.amounts
    total = record.evidence.get("amounts.total")
    return a.total is not None and a.positions is not None and (total is None or total.method != "sum")


def _sum_value(record: Record, lang: str) -> str:
    """"kr 600 000 + kr 10 000 = kr 610 000" when the parts are known, else each amount named."""
    a = record.amounts
    if a.positions is None or a.total is None:
        named = [(key, v) for key, v in (("part_positions", a.positions), ("part_competence", a.competence),
                                          ("part_other", a.other), ("part_total", a.total)) if v is not None]
        return "; ".join(f"{t(key, lang)} {values.amount(v, lang)}" for key, v in named)
    parts = [values.amount(v, lang) for v in (a.positions, a.competence, a.other) if v is not None]
    text = f"{' + '.join(parts)} = {values.amount(a.total, lang)}"
    if a.own_funding is not None:
        text += f" ({t('part_own_funding', lang)} {values.amount(a.own_funding, lang)})"
    return text


def _deadline_known(record: Record) -> bool:
    found = values.scheme(record.scheme)
    return values.latest_signature_date(record) is not None and found is not None and found.deadline is not None


def _deadline_value(record: Record, lang: str) -> str:
    signed = values.latest_signature_date(record)
    found = values.scheme(record.scheme)
    parts = []
    if signed:
        parts.append(t("letter_signed", lang, date=signed))
    if found is not None and found.deadline:
        parts.append(f"{t('schemes_deadline', lang)} {found.deadline.isoformat()}")
    return ", ".join(parts)


def _signed_by(role: str) -> Callable[[Record], bool]:
    return lambda r: any(s.role == role for s in r.signatures)


def _signature_value(role: str) -> Callable[[Record, str], str]:
    def value(record: Record, lang: str) -> str:
        return "; ".join(values.signature(s, lang, with_role=False)
                         for s in record.signatures if s.role == role)

    return value


_SIGNATURE_CODES = frozenset({Code.SIGNATURE_UNVERIFIED, Code.DIGITAL_SIGNATURE_INVALID})

ITEMS: tuple[Item, ...] = (
    Item("check_applicant", frozenset({Code.OFFICE_MISSING, Code.APPLICANT_NOT_NAV_OFFICE}),
         lambda r: bool(r.office.name), lambda r, lang: r.office.name or "", uncertain=("office.name",)),
    Item("check_title", frozenset({Code.TITLE_MISSING}),
         lambda r: bool(r.project.title), lambda r, lang: r.project.title or "", uncertain=("project.title",)),
    Item("check_percent", frozenset({Code.POSITION_PERCENT_MISSING}),
         lambda r: r.positions_percent_total is not None,
         lambda r, lang: (values.percent(r.positions_percent_total, lang)
                          if r.positions_percent_total is not None else ""),
         uncertain=("positions_percent_total",)),
    Item("check_cap", frozenset({Code.AMOUNT_MISSING, Code.AMOUNT_OVER_CAP, Code.COMPETENCE_OVER_CAP,
                                 Code.NON_POSITION_COSTS}),
         _cap_known, _cap_value),
    Item("check_sum", frozenset({Code.AMOUNT_SUM_MISMATCH}), _sum_known, _sum_value, uncertain=("amounts.total",)),
    Item("check_sig_leader", frozenset({Code.SIGNATURE_NAV_LEADER_MISSING}) | _SIGNATURE_CODES,
         _signed_by("nav_leader"), _signature_value("nav_leader"), role="nav_leader"),
    Item("check_sig_municipality", frozenset({Code.SIGNATURE_MUNICIPALITY_MISSING}) | _SIGNATURE_CODES,
         _signed_by("municipality"), _signature_value("municipality"), role="municipality"),
    Item("check_contact", frozenset({Code.CONTACT_MISSING}),
         lambda r: bool(r.contact.name and (r.contact.email or r.contact.phone)),
         lambda r, lang: ", ".join(p for p in (r.contact.name, r.contact.email, r.contact.phone) if p)),
    Item("check_org", frozenset({Code.ORG_NUMBER_INVALID, Code.ORG_NUMBER_MISSING}),
         lambda r: bool(r.office.org_number), lambda r, lang: r.office.org_number or ""),
    Item("check_priority", frozenset({Code.PRIORITY_AREA_MISSING}),
         lambda r: bool(r.priority_areas), lambda r, lang: "; ".join(values.priority_area_labels(r, lang))),
    Item("check_start", frozenset({Code.START_DATE_MISSING}),
         lambda r: r.project.start_date is not None, lambda r, lang: r.project.start_date or ""),
    Item("check_deadline", frozenset({Code.SIGNED_AFTER_DEADLINE}), _deadline_known, _deadline_value),
)


def item_findings(record: Record, item: Item) -> list[Finding]:
    """The findings that decide a line; a signature finding counts only for its role."""
    hits = []
    for finding in record.findings:
        uncertain = finding.code == Code.LOW_CONFIDENCE and finding.field in item.uncertain
        if finding.code not in item.codes and not uncertain:
            continue
        if item.role is not None:
            role = values.signature_role_of(record, finding)
            if role is not None and role != item.role:
                continue
        hits.append(finding)
    return hits


def mark_of(record: Record, item: Item) -> str:
    """✗ when an error finding fails the line, ! for a warning, ✓ only when the
    values were read and no finding fails it, and – when there is nothing
    to judge by."""
    severities = {f.severity for f in item_findings(record, item)}
    if "error" in severities:
        return MARK_ERROR
    if "warning" in severities:
        return MARK_WARNING
    return MARK_OK if item.present(record) else MARK_UNKNOWN


def checklist(record: Record, lang: str = "nb") -> list[tuple[str, str, str]]:
    """(mark, line, value) for every line of the list."""
    return [(mark_of(record, item), t(item.key, lang), item.value(record, lang)) for item in ITEMS]


def checkable(record: Record) -> bool:
    """False for an unreadable file or a document that is not an application."""
    return not any(f.code in UNCHECKABLE for f in record.findings)
