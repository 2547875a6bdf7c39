"""The HTML report: one self-contained page a clerk opens from disk.

Inline CSS, no scripts, no external assets (it must open on a locked-down
office PC and be archived as one file). An overview table links to one
section per application with its fields, the evidence each was read from
(text, page, method) and its findings coloured by severity. Everything from
a document is escaped. There is no timestamp unless one is asked for, so the
same records give the same bytes.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from soknad_extract.record import Record
from soknad_extract.report import overview, values
from soknad_extract.report.about import version
from soknad_extract.messages import t

_EVIDENCE_TEXT_LIMIT = 240

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem;
color:#1a1a1a;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2.5rem;border-top:2px solid #ccc;
padding-top:1rem}h3{font-size:1rem;margin-bottom:.3rem}
table{border-collapse:collapse;font-size:.9rem;margin:.5rem 0}
th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f0f0f0}td.num{text-align:right;white-space:nowrap}
tr.has-errors td:first-child{border-left:4px solid #c62828}
tr.ok td:first-child{border-left:4px solid #2e7d32}
dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}dd{margin:0}
ul.findings{list-style:none;padding:0}
ul.findings li{padding:.3rem .6rem;margin:.2rem 0;border-radius:3px}
li.error{background:#fdecea;border-left:4px solid #c62828}
li.warning{background:#fff4e5;border-left:4px solid #ef8f00}
li.info{background:#f2f2f2;border-left:4px solid #9e9e9e}
.code{font-family:ui-monospace,monospace;font-size:.8rem;color:#555}
.snippet{font-family:ui-monospace,monospace;font-size:.85rem;white-space:pre-wrap}
.wide{overflow-x:auto}.summary{font-size:1.05rem}footer{margin-top:3rem;color:#777;font-size:.8rem}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _anchor(index: int) -> str:
    return f"app-{index}"


def render_html(records: list[Record], *, lang: str = "nb",
                stamp: datetime | None = None) -> str:
    """The whole page; ``stamp`` adds "made at" to the footer (off by default)."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"en" if lang == "en" else "nb"}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(t('html_title', lang))}</title>",
        f"<style>{_CSS}</style></head>",
        '<body id="top">',
        f"<h1>{_e(t('html_title', lang))}</h1>",
        f'<p class="summary">{_e(values.summary_line(records, lang))}</p>',
    ]
    if records:
        parts.append(_overview(records, lang))
        parts += [_section(i, r, lang) for i, r in enumerate(records, start=1)]
    else:
        parts.append(f"<p>{_e(t('no_applications', lang))}</p>")
    footer = (
        t("html_generated", lang, stamp=stamp.isoformat(timespec="seconds"), version=version())
        if stamp is not None
        else t("html_made_by", lang, version=version())
    )
    parts += [f"<footer>{_e(footer)}</footer>", "</body></html>"]
    return "\n".join(parts) + "\n"


def _cell(value: overview.Cell, kind: str, lang: str) -> str:
    if value is None:
        return "<td></td>"
    if kind != "text":
        return f'<td class="num">{_e(values.number(value, lang))}</td>'
    return f"<td>{_e(value)}</td>"


def _overview(records: list[Record], lang: str) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in overview.header(lang))
    rows = []
    for index, record in enumerate(records, start=1):
        cells = overview.row(record, lang=lang)
        first = (f'<td><a href="#{_anchor(index)}" title="{_e(cells[0])}">'
                 f"{_e(values.file_name(record))}</a></td>")
        rest = "".join(
            _cell(v, c.kind, lang) for v, c in zip(cells[1:], overview.COLUMNS[1:], strict=True)
        )
        css = "ok" if record.complete else "has-errors"
        rows.append(f'<tr class="{css}">{first}{rest}</tr>')
    return (
        f"<h2>{_e(t('html_overview', lang))}</h2>"
        f'<div class="wide"><table class="overview"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def _yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return t("none", lang)
    return t("yes" if value else "no", lang)


def _fields(record: Record, lang: str) -> list[tuple[str, str]]:
    o, c, p, a = record.office, record.contact, record.project, record.amounts
    dash = t("none", lang)
    positions = "; ".join(
        ", ".join(x for x in (pos.title, values.percent(pos.percent, lang),
                              values.amount(pos.amount, lang) if pos.amount is not None else None)
                  if x)
        for pos in record.positions
    )
    return [
        ("office", o.name or dash),
        ("municipality", o.municipality or dash),
        ("org_number", o.org_number or dash),
        ("contact", ", ".join(x for x in (c.name, c.email, c.phone) if x) or dash),
        ("title", p.title or dash),
        ("kind", values.kind(p.kind, lang)),
        ("start_date", p.start_date or dash),
        ("scheme", record.scheme or dash),
        ("language", record.language or dash),
        ("percent", values.percent(record.positions_percent_total, lang)),
        ("positions", positions or dash),
        ("amount_positions", values.amount(a.positions, lang)),
        ("amount_competence", values.amount(a.competence, lang)),
        ("amount_other", values.amount(a.other, lang)),
        ("amount_total", values.amount(a.total, lang)),
        ("own_funding", values.amount(a.own_funding, lang)),
        ("priority_areas", "; ".join(values.priority_area_labels(record, lang)) or dash),
        ("interest_network", _yes_no(record.interest.network, lang)),
        ("interest_evaluation", _yes_no(record.interest.process_evaluation, lang)),
        ("signatures", "; ".join(values.signature(s, lang) for s in record.signatures) or dash),
        ("status", t("complete" if record.complete else "incomplete", lang)),
    ]


def _findings(record: Record, lang: str) -> str:
    findings = values.sorted_findings(record)
    if not findings:
        return f"<p>{_e(t('no_findings', lang))}</p>"
    items = []
    for finding in findings:
        page = values.finding_page(record, finding)
        where = f", {t('page_ref', lang, page=page)}" if page is not None else ""
        severity = t(f"severity_{finding.severity}", lang)
        items.append(
            f'<li class="{finding.severity}"><strong>{_e(severity)}:</strong> '
            f"{_e(finding.message)} "
            f'<span class="code">[{_e(finding.code.value)}{_e(where)}]</span></li>'
        )
    return f'<ul class="findings">{"".join(items)}</ul>'


def _snippet(text: str | None) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    if len(text) > _EVIDENCE_TEXT_LIMIT:
        text = text[: _EVIDENCE_TEXT_LIMIT - 1] + "…"
    return text


def _evidence(record: Record, lang: str) -> str:
    if not record.evidence:
        return ""
    head = "".join(
        f"<th>{_e(t(k, lang))}</th>" for k in ("field", "text", "page", "method", "confidence")
    )
    rows = "".join(
        f"<tr><td><code>{_e(path)}</code></td>"
        f'<td class="snippet">{_e(_snippet(ev.text))}</td>'
        f'<td class="num">{_e(ev.page)}</td><td>{_e(ev.method)}</td>'
        f'<td class="num">{_e(values.number(round(ev.confidence, 2), lang))}</td></tr>'
        for path, ev in record.evidence.items()
    )
    return (
        f"<h3>{_e(t('evidence', lang))}</h3>"
        f'<div class="wide"><table class="evidence"><thead><tr>{head}</tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def _section(index: int, record: Record, lang: str) -> str:
    fields = "".join(f"<dt>{_e(t(k, lang))}</dt><dd>{_e(v)}</dd>" for k, v in _fields(record, lang))
    return (
        f'<section id="{_anchor(index)}">'
        f"<h2>{index}. {_e(record.source.path)}</h2>"
        f"<dl>{fields}</dl>"
        f"<h3>{_e(t('findings', lang))}</h3>{_findings(record, lang)}"
        f"{_evidence(record, lang)}"
        f'<p><a href="#top">{_e(t("html_back", lang))}</a></p>'
        "</section>"
    )
