"""The plain-text report: a short block per application, and for a single
file the Nav office's self-check list.

The rendered string is plain text (it is piped, saved and pasted into
e-mails); ``colourize`` adds colour only when the command line writes to a
terminal.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from rich.text import Text

from soknad_extract.record import Code, Finding, Record
from soknad_extract.report import values
from soknad_extract.report.labels import t

MARK_OK = "✓"
MARK_ERROR = "✗"
MARK_WARNING = "!"
MARK_INFO = "i"
MARK_UNKNOWN = "–"

_SEVERITY_MARK = {"error": MARK_ERROR, "warning": MARK_WARNING, "info": MARK_INFO}
_LABEL_WIDTH = 22


def render_text(records: list[Record], *, lang: str = "nb", single: bool = False) -> str:
    """Blocks separated by blank lines; with ``single`` one block plus its checklist."""
    if not records:
        return t("no_applications", lang) + "\n"
    if single and len(records) == 1:
        return _checklist_report(records[0], lang)
    return "\n".join(_block(r, lang) for r in records)


def _line(label_key: str, value: str, lang: str) -> str:
    label = t(label_key, lang) + ":"
    return f"  {label:<{_LABEL_WIDTH}} {value}"


def _or_dash(value: str | None, lang: str) -> str:
    return value if value else t("none", lang)


def _office(record: Record, lang: str) -> str:
    office = record.office
    extras = []
    if office.municipality:
        extras.append(office.municipality)
    if office.org_number:
        extras.append(f"{t('org_number', lang)} {office.org_number}")
    name = _or_dash(office.name, lang)
    return f"{name} ({', '.join(extras)})" if extras else name


def _amounts(record: Record, lang: str) -> str:
    """"stillinger kr 600 000; kompetanse kr 10 000; sum kr 610 000"."""
    a = record.amounts
    parts = [
        f"{t(key, lang)} {values.amount(value, lang)}"
        for key, value in (
            ("part_positions", a.positions),
            ("part_competence", a.competence),
            ("part_other", a.other),
            ("part_total", a.total),
            ("part_own_funding", a.own_funding),
        )
        if value is not None
    ]
    return "; ".join(parts) if parts else t("none", lang)


def _percent(record: Record, lang: str) -> str:
    text = values.percent(record.positions_percent_total, lang)
    if len(record.positions) > 1:
        text += f" ({' + '.join(values.percent(p.percent, lang) for p in record.positions)})"
    return text


def _status(record: Record, lang: str) -> str:
    state = t("complete" if record.complete else "incomplete", lang)
    counts = t("errors_warnings", lang, errors=len(record.errors()), warnings=len(record.warnings()))
    return f"{state} – {counts}"


def _finding_line(record: Record, finding: Finding, lang: str) -> str:
    page = values.finding_page(record, finding)
    where = f", {t('page_ref', lang, page=page)}" if page is not None else ""
    return f"  {_SEVERITY_MARK[finding.severity]} {finding.message} [{finding.code.value}{where}]"


def _findings(record: Record, lang: str) -> list[str]:
    findings = values.sorted_findings(record)
    if not findings:
        return [f"  {t('no_findings', lang)}"]
    return [_finding_line(record, f, lang) for f in findings]


def _fields(record: Record, lang: str) -> list[str]:
    areas = values.priority_area_labels(record, lang)
    return [
        _line("office", _office(record, lang), lang),
        _line("title", _or_dash(record.project.title, lang), lang),
        _line("kind", values.kind(record.project.kind, lang), lang),
        _line("percent", _percent(record, lang), lang),
        _line("amounts", _amounts(record, lang), lang),
        _line("priority_areas", "; ".join(areas) if areas else t("none", lang), lang),
        _line(
            "signatures",
            "; ".join(values.signature(s, lang) for s in record.signatures) or t("none", lang),
            lang,
        ),
        _line("status", _status(record, lang), lang),
    ]


def _block(record: Record, lang: str) -> str:
    lines = [f"== {record.source.path}", *_fields(record, lang), *_findings(record, lang)]
    return "\n".join(lines) + "\n"


# --- the single-file checklist -------------------------------------------------


@dataclass(frozen=True)
class _Item:
    key: str
    codes: frozenset[Code]
    present: Callable[[Record], bool]
    value: Callable[[Record, str], str]
    role: str | None = None
    """For signature items: only findings about a signature of this role count."""


def _deadline_value(record: Record, lang: str) -> str:
    signed = values.latest_signature_date(record)
    found = values.scheme(record.scheme)
    deadline = found.deadline.isoformat() if found is not None and found.deadline else None
    parts = []
    if signed:
        parts.append(t("letter_signed", lang, date=signed))
    if deadline:
        parts.append(f"{t('schemes_deadline', lang)} {deadline}")
    return ", ".join(parts)


def _cap_value(record: Record, lang: str) -> str:
    """Each capped amount next to its cap: "beløp stillinger kr 700 000 (ramme kr 610 000)"."""
    found = values.scheme(record.scheme)
    caps = found.caps if found is not None else None
    a, parts = record.amounts, []
    if a.positions is not None:
        text = f"{t('part_positions', lang)} {values.amount(a.positions, lang)}"
        if caps is not None and caps.per_position and record.positions_percent_total:
            limit = round(caps.per_position * record.positions_percent_total / 100)
            text += f" ({t('cap', lang)} {values.amount(limit, lang)})"
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


def _within_cap_checkable(record: Record) -> bool:
    """The cap could be checked: a known cap, the positions amount and the percent."""
    found = values.scheme(record.scheme)
    return (
        found is not None
        and found.caps.per_position is not None
        and record.amounts.positions is not None
        and record.positions_percent_total is not None
    )


def _sum_adds_up(record: Record) -> bool:
    a = record.amounts
    if a.total is None or a.positions is None:
        return False
    return a.positions + (a.competence or 0) + (a.other or 0) == a.total


def _can_judge_deadline(record: Record) -> bool:
    found = values.scheme(record.scheme)
    return (
        values.latest_signature_date(record) is not None
        and found is not None
        and found.deadline is not None
    )


def _sum_value(record: Record, lang: str) -> str:
    """"kr 600 000 + kr 10 000 = kr 610 000" when the parts are known, else each amount named."""
    a = record.amounts
    if a.positions is None or a.total is None:
        return _amounts(record, lang) if any(
            v is not None for v in (a.positions, a.competence, a.other, a.total)) else ""
    parts = [values.amount(v, lang) for v in (a.positions, a.competence, a.other) if v is not None]
    return f"{' + '.join(parts)} = {values.amount(a.total, lang)}"


def _signed_by(role: str) -> Callable[[Record], bool]:
    return lambda r: any(s.role == role for s in r.signatures)


def _signature_value(role: str) -> Callable[[Record, str], str]:
    def value(record: Record, lang: str) -> str:
        return "; ".join(values.signature(s, lang, with_role=False)
                         for s in record.signatures if s.role == role)

    return value


_CHECKLIST: tuple[_Item, ...] = (
    _Item(
        "check_applicant",
        frozenset({Code.OFFICE_MISSING, Code.APPLICANT_NOT_NAV_OFFICE}),
        lambda r: bool(r.office.name),
        lambda r, lang: r.office.name or "",
    ),
    _Item(
        "check_title",
        frozenset({Code.TITLE_MISSING}),
        lambda r: bool(r.project.title),
        lambda r, lang: r.project.title or "",
    ),
    _Item(
        "check_percent",
        frozenset({Code.POSITION_PERCENT_MISSING}),
        lambda r: r.positions_percent_total is not None,
        lambda r, lang: (values.percent(r.positions_percent_total, lang)
                         if r.positions_percent_total is not None else ""),
    ),
    _Item(
        "check_cap",
        frozenset({Code.AMOUNT_MISSING, Code.AMOUNT_OVER_CAP, Code.COMPETENCE_OVER_CAP,
                   Code.NON_POSITION_COSTS}),
        _within_cap_checkable,
        _cap_value,
    ),
    _Item(
        "check_sum",
        frozenset({Code.AMOUNT_SUM_MISMATCH}),
        _sum_adds_up,
        _sum_value,
    ),
    _Item(
        "check_sig_leader",
        frozenset({Code.SIGNATURE_NAV_LEADER_MISSING, Code.SIGNATURE_UNVERIFIED,
                   Code.DIGITAL_SIGNATURE_INVALID}),
        _signed_by("nav_leader"),
        _signature_value("nav_leader"),
        role="nav_leader",
    ),
    _Item(
        "check_sig_municipality",
        frozenset({Code.SIGNATURE_MUNICIPALITY_MISSING, Code.SIGNATURE_UNVERIFIED,
                   Code.DIGITAL_SIGNATURE_INVALID}),
        _signed_by("municipality"),
        _signature_value("municipality"),
        role="municipality",
    ),
    _Item(
        "check_contact",
        frozenset({Code.CONTACT_MISSING}),
        lambda r: bool(r.contact.name and (r.contact.email or r.contact.phone)),
        lambda r, lang: ", ".join(p for p in (r.contact.name, r.contact.email, r.contact.phone) if p),
    ),
    _Item(
        "check_org",
        frozenset({Code.ORG_NUMBER_INVALID, Code.ORG_NUMBER_MISSING}),
        lambda r: bool(r.office.org_number),
        lambda r, lang: r.office.org_number or "",
    ),
    _Item(
        "check_priority",
        frozenset({Code.PRIORITY_AREA_MISSING}),
        lambda r: bool(r.priority_areas),
        lambda r, lang: "; ".join(values.priority_area_labels(r, lang)),
    ),
    _Item(
        "check_start",
        frozenset({Code.START_DATE_MISSING}),
        lambda r: r.project.start_date is not None,
        lambda r, lang: r.project.start_date or "",
    ),
    _Item(
        "check_deadline",
        frozenset({Code.SIGNED_AFTER_DEADLINE}),
        _can_judge_deadline,
        _deadline_value,
    ),
)

_UNCHECKABLE = {Code.DOCUMENT_UNREADABLE, Code.NOT_AN_APPLICATION}


def _item_findings(record: Record, item: _Item) -> list[Finding]:
    """The findings that decide an item; a signature finding counts only for its role."""
    hits = []
    for finding in record.findings:
        if finding.code not in item.codes:
            continue
        if item.role is not None:
            role = values.signature_role_of(record, finding)
            if role is not None and role != item.role:
                continue
        hits.append(finding)
    return hits


def checklist(record: Record, lang: str = "nb") -> list[tuple[str, str, str]]:
    """(mark, item, value) for every item the county looks at.

    ✗ when an error finding concerns the item, ! for a warning, ✓ only when
    the value was actually found, and – when there is nothing to judge by
    (never a ✓ for something the reader did not see).
    """
    rows = []
    for item in _CHECKLIST:
        severities = {f.severity for f in _item_findings(record, item)}
        if "error" in severities:
            mark = MARK_ERROR
        elif "warning" in severities:
            mark = MARK_WARNING
        elif item.present(record):
            mark = MARK_OK
        else:
            mark = MARK_UNKNOWN
        rows.append((mark, t(item.key, lang), item.value(record, lang)))
    return rows


def _checklist_report(record: Record, lang: str) -> str:
    lines = [f"== {record.source.path}", *_fields(record, lang), "", f"{t('checklist', lang)}:"]
    if any(f.code in _UNCHECKABLE for f in record.findings):
        lines.append(f"  {t('checklist_unreadable', lang)}")
    else:
        width = max(len(t(item.key, lang)) for item in _CHECKLIST)
        for mark, label, value in checklist(record, lang):
            lines.append(f"  {mark} {label:<{width}}  {value}".rstrip())
        lines.append(f"  ({t('checklist_legend', lang)})")
    lines += ["", f"{t('findings', lang)}:", *_findings(record, lang)]
    return "\n".join(lines) + "\n"


_STYLES = {
    MARK_ERROR: "bold red",
    MARK_WARNING: "yellow",
    MARK_OK: "green",
    MARK_INFO: "dim",
    MARK_UNKNOWN: "dim",
}


def colourize(text: str) -> Text:
    """The report with its marks coloured, for a terminal (rich).

    Only lines that start with a mark are styled; the text itself is unchanged.
    """
    out = Text()
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip()
        style = _STYLES.get(stripped[:1]) if stripped[1:2] == " " else None
        if line.startswith("== "):
            style = "bold"
        out.append(line, style=style)
    return out
