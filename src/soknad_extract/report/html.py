"""The county's HTML report: one self-contained page a clerk opens from disk.

On top, how many applications need action, have warnings, or are fine; then
a short index and one card per application, those that need action first.
Each card shows the findings and signatures with their evidence: a picture
of the page region (``evidence_images``) and the words read. The page shows
only what validation decided (``record.findings``, ``record.complete``); it
judges nothing itself.

Self-contained: CSS and pictures inline (data: URIs), no scripts, no
external assets, so it opens on a locked-down office PC and archives as one
file. The status and finding filter is pure CSS (``:has`` on radio buttons
and a select); where a browser lacks it, or for print, everything shows.
Everything from a document is escaped. No timestamp unless asked for, and
PNG pictures carry none, so the same records and files give the same bytes.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from html import escape

from soknad_extract.record import Evidence, Finding, Record
from soknad_extract.report import evidence_images, values
from soknad_extract.report.about import version
from soknad_extract.messages import t

_SNIPPET_LIMIT = 240
_DISPLAY_RATIO = 0.6
"""Crops are rendered at 2 px per point and shown at this fraction (sharp on any screen)."""

STATUSES = ("action", "warnings", "fine")
_MARKS = {"action": "✗", "warnings": "!", "fine": "✓"}

_WORDS = {
    "nb": {
        "action": "Må følges opp", "warnings": "Bør ses på", "fine": "I orden",
        "filter_status": "Vis", "filter_all": "Alle", "filter_finding": "Funn",
        "filter_any": "Alle funn", "index": "Søknader", "application": "Søknad",
        "words_read": "Lest", "picture_of": "Utsnitt av side {page}",
        "all_fields": "Alle felt og hvor de er lest", "no_signatures": "Ingen signaturer funnet.",
        "summary_head": "Sammendrag", "filters": "Filter",
    },
    "en": {
        "action": "Needs action", "warnings": "Has warnings", "fine": "Fine",
        "filter_status": "Show", "filter_all": "All", "filter_finding": "Finding",
        "filter_any": "All findings", "index": "Applications", "application": "Application",
        "words_read": "Read", "picture_of": "Detail of page {page}",
        "all_fields": "All fields and where they were read", "no_signatures": "No signatures found.",
        "summary_head": "Summary", "filters": "Filter",
    },
}

_CODE_NAMES = {  # short names for the finding filter (nb, en)
    "DOCUMENT_UNREADABLE": ("Filen kan ikke leses", "File cannot be read"),
    "NOT_AN_APPLICATION": ("Ikke en søknad", "Not an application"),
    "OFFICE_MISSING": ("Nav-kontor mangler", "Nav office missing"),
    "APPLICANT_NOT_NAV_OFFICE": ("Søker er ikke Nav-kontor", "Applicant is not a Nav office"),
    "TITLE_MISSING": ("Tittel mangler", "Title missing"),
    "POSITION_PERCENT_MISSING": ("Stillingsprosent mangler", "Position percent missing"),
    "AMOUNT_MISSING": ("Beløp mangler", "Amount missing"),
    "SIGNATURE_NAV_LEADER_MISSING": ("Signatur Nav-leder mangler", "Nav leader's signature missing"),
    "SIGNATURE_MUNICIPALITY_MISSING": ("Signatur kommuneledelsen mangler", "Municipal signature missing"),
    "AMOUNT_OVER_CAP": ("Beløp over rammen", "Amount over the cap"),
    "COMPETENCE_OVER_CAP": ("Kompetanse over rammen", "Competence over the cap"),
    "AMOUNT_SUM_MISMATCH": ("Summen stemmer ikke", "Sum does not add up"),
    "ORG_NUMBER_INVALID": ("Ugyldig org.nr.", "Invalid org. no."),
    "CONTACT_MISSING": ("Kontaktperson mangler", "Contact person missing"),
    "DIGITAL_SIGNATURE_INVALID": ("Ugyldig e-signatur", "Invalid digital signature"),
    "ORG_NUMBER_MISSING": ("Org.nr. mangler", "Org. no. missing"),
    "PRIORITY_AREA_MISSING": ("Prioritert område mangler", "No priority area"),
    "SIGNED_AFTER_DEADLINE": ("Signert etter fristen", "Signed after the deadline"),
    "SIGNATURE_UNVERIFIED": ("Bare skrevet navn som signatur", "Typed name as signature"),
    "NON_POSITION_COSTS": ("Andre kostnader enn stillinger", "Costs other than positions"),
    "CONTINUATION_LIMIT": ("For mange år", "Too many years"),
    "EXCLUDED_CAPACITY_ONLY": ("Bare økt kapasitet?", "Only more capacity?"),
    "EXCLUDED_EXISTING_METHOD": ("Ferdig utviklet metode?", "Ready-made method?"),
    "EXCLUDED_0_24_PROGRAM": ("0-24-programmet?", "0-24 programme?"),
    "START_DATE_MISSING": ("Oppstartsdato mangler", "Start date missing"),
    "LOW_CONFIDENCE": ("Lest med lav sikkerhet", "Read with low confidence"),
    "SCHEME_ASSUMED": ("Utlysning antatt", "Announcement assumed"),
}

_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:0;
color:#1a1a1a;line-height:1.45;background:#f6f6f4}
main{max-width:1180px;margin:0 auto;padding:1.5rem}
h1{font-size:1.5rem;margin:.2rem 0 1rem}h2{font-size:1.15rem;margin:0}
h3{font-size:.95rem;margin:1rem 0 .4rem}h1,h2{overflow-wrap:anywhere}
.card header h2{min-width:0}
a{color:#0b5394}.path,.code{overflow-wrap:anywhere}
.code{font-family:ui-monospace,monospace;font-size:.8rem;color:#555}
.counts{display:flex;gap:1rem;flex-wrap:wrap;list-style:none;padding:0;margin:0 0 .5rem}
.counts li{flex:1 1 12rem;background:#fff;border:1px solid #ccc;border-radius:6px;padding:.7rem 1rem}
.counts strong{display:block;font-size:2rem;line-height:1.1}
.badge{display:inline-block;border-radius:1rem;padding:.1rem .7rem;font-size:.85rem;
font-weight:600;border:1px solid;white-space:nowrap}
.b-action{background:#fdecea;color:#8e1b1b;border-color:#c62828}
.b-warnings{background:#fff4e5;color:#6b3d00;border-color:#ef8f00}
.b-fine{background:#e8f5e9;color:#1b5e20;border-color:#2e7d32}
.filters{display:flex;gap:1.5rem;flex-wrap:wrap;align-items:center;background:#fff;
border:1px solid #ccc;border-radius:6px;padding:.6rem 1rem;margin:1rem 0}
.filters fieldset{border:0;margin:0;padding:0;display:flex;gap:.8rem;flex-wrap:wrap;align-items:center}
.filters legend{float:left;font-weight:600;margin-right:.5rem}
.filters select{max-width:28rem;font:inherit}
table{border-collapse:collapse;width:100%;font-size:.9rem;background:#fff}
th,td{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top;
overflow-wrap:anywhere}
th{background:#eee}td.num{text-align:right;white-space:nowrap}
.card{background:#fff;border:1px solid #bbb;border-left:8px solid #2e7d32;border-radius:6px;
padding:1rem 1.2rem;margin:1.2rem 0}
.card.s-action{border-left-color:#c62828}.card.s-warnings{border-left-color:#ef8f00}
.card header{display:flex;gap:1rem;align-items:baseline;flex-wrap:wrap}
.card .path{color:#555;font-size:.85rem;margin:.2rem 0 .6rem}
.cols{display:grid;grid-template-columns:minmax(0,5fr) minmax(0,7fr);gap:1.5rem}
dl{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.15rem .8rem;margin:0;font-size:.92rem}
dt{font-weight:600}dd{margin:0;overflow-wrap:anywhere}
ul.findings,ul.sigs{list-style:none;padding:0;margin:0}
ul.findings li,ul.sigs li{padding:.4rem .6rem;margin:.3rem 0;border-radius:4px;border-left:5px solid #9e9e9e;
background:#f4f4f4}
li.error{background:#fdecea;border-left-color:#c62828}
li.warning{background:#fff4e5;border-left-color:#ef8f00}
figure{margin:.4rem 0 0}figure img{max-width:100%;height:auto;border:1px solid #ccc;background:#fff}
figcaption{font-size:.85rem;color:#333;white-space:pre-line;overflow-wrap:anywhere}
details{margin-top:1rem}summary{cursor:pointer;color:#0b5394}
table.evidence{table-layout:fixed}table.evidence col.f{width:22%}table.evidence col.t{width:48%}
footer{margin:2rem 0 1rem;color:#666;font-size:.8rem}
@media (max-width:820px){.cols{grid-template-columns:1fr}}
@media print{body{background:#fff}main{max-width:none;padding:0}.filters,.back{display:none}
.card{break-inside:avoid-page;border-color:#888}a{color:inherit;text-decoration:none}
.app{display:block!important}tr.app{display:table-row!important}}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _w(key: str, lang: str, **kwargs: object) -> str:
    text = _WORDS["en" if lang == "en" else "nb"][key]
    return text.format(**kwargs) if kwargs else text


def status_of(record: Record) -> str:
    """"action" when validation found an error, "warnings" when it left
    warnings, "fine" otherwise (info findings do not count)."""
    if not record.complete or record.errors():
        return "action"
    return "warnings" if record.warnings() else "fine"


def _badge(status: str, lang: str) -> str:
    return f'<span class="badge b-{status}">{_MARKS[status]} {_e(_w(status, lang))}</span>'


def _code_name(code: str, lang: str) -> str:
    names = _CODE_NAMES.get(code)
    return names[1 if lang == "en" else 0] if names else code


def render_html(records: list[Record], *, lang: str = "nb",
                stamp: datetime | None = None, pictures: bool = True) -> str:
    """The whole page; ``stamp`` adds "made at" to the footer (off by default).
    ``pictures`` crops the evidence from the source files where they still
    exist unchanged (their sha256 is checked)."""
    order = sorted(range(len(records)), key=lambda i: STATUSES.index(status_of(records[i])))
    cards = [(n, records[i]) for n, i in enumerate(order, start=1)]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{"en" if lang == "en" else "nb"}">',
        '<head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(t('html_title', lang))}</title>",
        f"<style>{_CSS}{_filter_css(records)}</style></head>",
        '<body id="top"><main>',
        f"<h1>{_e(t('html_title', lang))}</h1>",
    ]
    if records:
        parts += [_summary(records, lang), _filters(records, lang), _index(cards, lang)]
        parts += [_card(n, r, lang, pictures) for n, r in cards]
    else:
        parts.append(f"<p>{_e(t('no_applications', lang))}</p>")
    footer = (
        t("html_generated", lang, stamp=stamp.isoformat(timespec="seconds"), version=version())
        if stamp is not None
        else t("html_made_by", lang, version=version())
    )
    parts += [f"<footer>{_e(footer)}</footer>", "</main></body></html>"]
    return "\n".join(parts) + "\n"


def _summary(records: list[Record], lang: str) -> str:
    counts = Counter(status_of(r) for r in records)
    boxes = "".join(
        f'<li class="sum-{s}"><strong>{counts[s]}</strong>{_badge(s, lang)}</li>' for s in STATUSES
    )
    return (f'<section aria-label="{_e(_w("summary_head", lang))}"><ul class="counts">{boxes}</ul>'
            f'<p class="summary">{_e(values.summary_line(records, lang))}</p></section>')


def _codes(record: Record) -> list[str]:
    return list(dict.fromkeys(f.code.value for f in values.sorted_findings(record)))


def _filter_css(records: list[Record]) -> str:
    """Hide what the chosen status or finding excludes (CSS only, no script)."""
    rules = [f"body:has(#fs-{s}:checked) .app:not(.s-{s})" for s in STATUSES]
    codes = sorted({c for r in records for c in _codes(r)})
    rules += [f'body:has(#ff option[value="{c}"]:checked) .app:not(.c-{c})' for c in codes]
    return "\n" + ",\n".join(rules) + "{display:none}\n" if records else ""


def _filters(records: list[Record], lang: str) -> str:
    counts = Counter(status_of(r) for r in records)
    radios = [f'<label><input type="radio" name="status" id="fs-all" checked> '
              f"{_e(_w('filter_all', lang))} ({len(records)})</label>"]
    radios += [f'<label><input type="radio" name="status" id="fs-{s}"> '
               f"{_e(_w(s, lang))} ({counts[s]})</label>" for s in STATUSES]
    code_counts = Counter(c for r in records for c in _codes(r))
    options = [f'<option value="">{_e(_w("filter_any", lang))}</option>']
    options += [f'<option value="{c}">{_e(_code_name(c, lang))} ({n})</option>'
                for c, n in sorted(code_counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return (
        f'<form class="filters" aria-label="{_e(_w("filters", lang))}">'
        f"<fieldset><legend>{_e(_w('filter_status', lang))}</legend>{''.join(radios)}</fieldset>"
        f'<label for="ff"><strong>{_e(_w("filter_finding", lang))}</strong></label>'
        f'<select id="ff" name="finding">{"".join(options)}</select></form>'
    )


def _classes(record: Record) -> str:
    return " ".join(["app", f"s-{status_of(record)}", *(f"c-{c}" for c in _codes(record))])


def _anchor(index: int) -> str:
    return f"app-{index}"


def _index(cards: list[tuple[int, Record]], lang: str) -> str:
    head = "".join(f"<th>{_e(h)}</th>" for h in (
        _w("application", lang), t("office", lang), t("status", lang), t("errors", lang),
        t("warnings", lang)))
    rows = "".join(
        f'<tr class="{_classes(r)}"><td><a href="#{_anchor(n)}" title="{_e(r.source.path)}">'
        f"{n}. {_e(values.file_name(r))}</a></td><td>{_e(r.office.name or t('none', lang))}</td>"
        f"<td>{_badge(status_of(r), lang)}</td><td class=\"num\">{len(r.errors())}</td>"
        f'<td class="num">{len(r.warnings())}</td></tr>'
        for n, r in cards
    )
    return (f"<h2>{_e(_w('index', lang))}</h2>"
            f'<table class="overview"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>')


def _snippet(text: str | None) -> str:
    if not text:
        return ""
    text = "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())
    return text if len(text) <= _SNIPPET_LIMIT else text[: _SNIPPET_LIMIT - 1] + "…"


class _Pictures:
    """Crops of one record's evidence, each region rendered once."""

    def __init__(self, record: Record, enabled: bool) -> None:
        source = record.source
        self.pages = (evidence_images.open_pages(source.path, source.format, source.sha256)
                      if enabled else None)
        self.cache: dict[tuple[int, tuple[float, ...]], str] = {}

    def img(self, evidence: Evidence, lang: str) -> str:
        if self.pages is None or evidence.page is None or evidence.bbox is None:
            return ""
        key = (evidence.page, tuple(evidence.bbox))
        if key not in self.cache:
            picture = self.pages.crop(evidence.page, evidence.bbox)
            self.cache[key] = "" if picture is None else (
                f'<img src="{picture.data_uri()}" alt="{_e(_w("picture_of", lang, page=evidence.page))}" '
                f'width="{round(picture.width * _DISPLAY_RATIO)}" '
                f'height="{round(picture.height * _DISPLAY_RATIO)}">')
        return self.cache[key]


def _figure(evidence: Evidence | None, pictures: _Pictures, lang: str) -> str:
    if evidence is None:
        return ""
    img = pictures.img(evidence, lang)
    words = _snippet(evidence.text)
    where = t("page_ref", lang, page=evidence.page) if evidence.page is not None else ""
    caption = f"{_w('words_read', lang)} ({where}): {words}" if where else f"{_w('words_read', lang)}: {words}"
    if not img and not words:
        return ""
    return f"<figure>{img}<figcaption>{_e(caption if words else where)}</figcaption></figure>"


def _finding_evidence(record: Record, finding: Finding) -> Evidence | None:
    if finding.evidence is not None:
        return finding.evidence
    return record.evidence.get(finding.field) if finding.field else None


def _findings(record: Record, pictures: _Pictures, lang: str) -> str:
    findings = values.sorted_findings(record)
    if not findings:
        return f"<p>{_e(t('no_findings', lang))}</p>"
    items = []
    for finding in findings:
        page = values.finding_page(record, finding)
        where = f", {t('page_ref', lang, page=page)}" if page is not None else ""
        severity = t(f"severity_{finding.severity}", lang)
        items.append(
            f'<li class="{finding.severity}"><strong>{_e(severity.capitalize())}:</strong> '
            f"{_e(finding.message)} "
            f'<span class="code">[{_e(finding.code.value)}{_e(where)}]</span>'
            f"{_figure(_finding_evidence(record, finding), pictures, lang)}</li>"
        )
    return f'<ul class="findings">{"".join(items)}</ul>'


def _signatures(record: Record, pictures: _Pictures, lang: str) -> str:
    if not record.signatures:
        return f"<p>{_e(_w('no_signatures', lang))}</p>"
    items = "".join(
        f"<li>{_e(values.signature(sig, lang))}"
        f"{_figure(record.evidence.get(f'signatures[{i}]'), pictures, lang)}</li>"
        for i, sig in enumerate(record.signatures)
    )
    return f'<ul class="sigs">{items}</ul>'


def _fields(record: Record, lang: str) -> list[tuple[str, str]]:
    o, c, p, a = record.office, record.contact, record.project, record.amounts
    dash = t("none", lang)
    return [
        ("office", o.name or dash),
        ("municipality", o.municipality or dash),
        ("org_number", o.org_number or dash),
        ("contact", ", ".join(x for x in (c.name, c.email, c.phone) if x) or dash),
        ("title", p.title or dash),
        ("kind", values.kind(p.kind, lang)),
        ("start_date", p.start_date or dash),
        ("percent", values.percent(record.positions_percent_total, lang)),
        ("amount_positions", values.amount(a.positions, lang)),
        ("amount_competence", values.amount(a.competence, lang)),
        ("amount_other", values.amount(a.other, lang)),
        ("amount_total", values.amount(a.total, lang)),
        ("priority_areas", "; ".join(values.priority_area_labels(record, lang)) or dash),
        ("scheme", record.scheme or dash),
    ]


def _evidence_table(record: Record, lang: str) -> str:
    if not record.evidence:
        return ""
    head = "".join(f"<th>{_e(t(k, lang))}</th>" for k in ("field", "text", "page", "method"))
    rows = "".join(
        f"<tr><td><code>{_e(path)}</code></td><td>{_e(_snippet(ev.text))}</td>"
        f'<td class="num">{_e(ev.page)}</td><td>{_e(ev.method)}</td></tr>'
        for path, ev in record.evidence.items()
    )
    return (f"<details><summary>{_e(_w('all_fields', lang))}</summary>"
            '<table class="evidence"><colgroup><col class="f"><col class="t"><col><col></colgroup>'
            f"<thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table></details>")


def _card(index: int, record: Record, lang: str, enabled: bool) -> str:
    pictures = _Pictures(record, enabled)
    fields = "".join(f"<dt>{_e(t(k, lang))}</dt><dd>{_e(v)}</dd>" for k, v in _fields(record, lang))
    return (
        f'<section class="card {_classes(record)}" id="{_anchor(index)}">'
        f"<header><h2>{index}. {_e(values.file_name(record))}</h2>"
        f"{_badge(status_of(record), lang)}</header>"
        f'<p class="path">{_e(record.source.path)}</p>'
        f'<div class="cols"><div><dl>{fields}</dl>'
        f"<h3>{_e(t('signatures', lang))}</h3>{_signatures(record, pictures, lang)}</div>"
        f"<div><h3>{_e(t('findings', lang))}</h3>{_findings(record, pictures, lang)}</div></div>"
        f"{_evidence_table(record, lang)}"
        f'<p class="back"><a href="#top">{_e(t("html_back", lang))}</a></p>'
        "</section>"
    )
