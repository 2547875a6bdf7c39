"""The plain-text report: a short block per application, and for a single
file the Nav office's self-check list.

The rendered string is plain text (it is piped, saved and pasted into
e-mails); ``colourize`` adds colour only when the command line writes to a
terminal.
"""

from __future__ import annotations

from rich.text import Text

from soknad_extract.messages import t
from soknad_extract.record import Finding, Record
from soknad_extract.report import values
from soknad_extract.report.checklist import (
    ITEMS, MARK_ERROR, MARK_INFO, MARK_OK, MARK_UNKNOWN, MARK_WARNING, checkable, checklist,
)

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


def _checklist_report(record: Record, lang: str) -> str:
    lines = [f"== {record.source.path}", *_fields(record, lang), "", f"{t('checklist', lang)}:"]
    if not checkable(record):
        lines.append(f"  {t('checklist_unreadable', lang)}")
    else:
        width = max(len(t(item.key, lang)) for item in ITEMS)
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
