"""How record values are written for people: amounts, percents, signatures,
priority areas, findings in order of importance.

Every report format goes through these helpers so that "kr 1 220 000" or
"Nav-leder: håndskrevet" reads the same in the text report, the HTML page and
the letters.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import PurePath

from soknad_extract.record import Finding, Record, Signature
from soknad_extract.messages import t

_SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
_SIGNATURE_FIELD = re.compile(r"^signatures\[(\d+)\]")


def number(value: float | int | None, lang: str = "nb") -> str:
    """A number as a person writes it: "100", "62,5" (en: "62.5"), "1 220 000"."""
    if value is None:
        return t("none", lang)
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", " ")
    text = f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", " ")
    return text.replace(".", ",") if lang != "en" else text


def plain_number(value: float | int | None, lang: str = "nb") -> str:
    """A number without thousands grouping, for spreadsheets: "150", "62,5"."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang != "en" else text


def amount(value: int | None, lang: str = "nb") -> str:
    """"kr 610 000" (en: "NOK 610 000"), or a dash when absent."""
    if value is None:
        return t("none", lang)
    return t("currency", lang, amount=number(value, lang))


def percent(value: float | None, lang: str = "nb") -> str:
    """"100 %" (Norwegian style; English "100%"), or a dash when absent."""
    if value is None:
        return t("none", lang)
    return f"{number(value, lang)} %" if lang != "en" else f"{number(value, lang)}%"


def kind(value: str | None, lang: str = "nb") -> str:
    """"nytt prosjekt" / "videreføring", or a dash."""
    return t(f"kind_{value}", lang) if value else t("none", lang)


def signature(sig: Signature, lang: str = "nb", *, with_role: bool = True) -> str:
    """"Nav-leder: håndskrevet, Kari Nordmann, 2020-01-28 (side 2)"."""
    parts = [t(f"sig_{sig.kind}", lang)]
    parts += [p for p in (sig.name, sig.title, sig.date) if p]
    text = ", ".join(parts)
    if with_role:
        text = f"{t(f'role_{sig.role}', lang)}: {text}"
    return f"{text} ({t('page_ref', lang, page=sig.page)})" if sig.page else text


def signer(sig: Signature, lang: str = "nb") -> str:
    """Who signed and how, for the overview: "Nav-leder: Kari Nordmann (håndskrevet)"."""
    return f"{t(f'role_{sig.role}', lang)}: {sig.name or t('none', lang)} ({t(f'sig_{sig.kind}', lang)})"


_UNCHECKABLE = frozenset({"DOCUMENT_UNREADABLE", "NOT_AN_APPLICATION"})


def status_key(record: Record) -> str:
    """The application's status as ``validate`` decided it, as a catalogue key:
    could not be checked, needs action (errors), should be looked at (warnings), in order."""
    if any(f.code.value in _UNCHECKABLE for f in record.findings):
        return "status_unchecked"
    if record.errors():
        return "status_error"
    return "status_warning" if record.warnings() else "status_ok"


def sorted_findings(record: Record) -> list[Finding]:
    """Errors first, then warnings, then info; otherwise as the pipeline found them."""
    return sorted(record.findings, key=lambda f: _SEVERITY_ORDER[f.severity])


def finding_codes(record: Record) -> str:
    """Each finding code once, most severe first: "TITLE_MISSING; ORG_NUMBER_MISSING"."""
    return "; ".join(dict.fromkeys(f.code.value for f in sorted_findings(record)))


def finding_page(record: Record, finding: Finding) -> int | None:
    """The page a finding points to: its own evidence, else the evidence of its field."""
    if finding.evidence is not None and finding.evidence.page is not None:
        return finding.evidence.page
    if finding.field and finding.field in record.evidence:
        return record.evidence[finding.field].page
    return None


def signature_role_of(record: Record, finding: Finding) -> str | None:
    """The role of the signature a finding is about ("signatures[1]" → "municipality")."""
    match = _SIGNATURE_FIELD.match(finding.field or "")
    if match is None:
        return None
    index = int(match.group(1))
    return record.signatures[index].role if index < len(record.signatures) else None


def file_name(record: Record) -> str:
    """The file's own name, without the folders it was found in."""
    return PurePath(record.source.path).name


def long_date(iso: str, lang: str = "nb") -> str:
    """"2020-01-29" as a letter writes it: "29. januar 2020" (en: "29 January 2020")."""
    year, month, day = (int(part) for part in iso.split("-"))
    name = t("months", lang).split()[month - 1]
    return f"{day} {name} {year}" if lang == "en" else f"{day}. {name} {year}"


def latest_signature_date(record: Record) -> str | None:
    """The newest signature date: when the application was finally signed."""
    dates = [s.date for s in record.signatures if s.date]
    return max(dates) if dates else None


def summary_line(records: list[Record], lang: str = "nb") -> str:
    """"12 søknader, 9 komplette, 3 med feil" (en: "12 applications, 9 complete, 3 with errors")."""
    n = len(records)
    complete = sum(1 for r in records if r.complete)
    with_errors = sum(1 for r in records if r.errors())
    return t(
        "summary",
        lang,
        n=n,
        apps=t("app_one" if n == 1 else "app_many", lang),
        complete=complete,
        completes=t("complete_one" if complete == 1 else "complete_many", lang),
        errors=with_errors,
    )


@lru_cache(maxsize=1)
def _schemes() -> dict[str, object]:
    from soknad_extract.schemes import SchemeError, list_schemes

    try:
        return {s.id: s for s in list_schemes()}
    except SchemeError:
        # A broken scheme file is reported by the pipeline; a report still
        # renders, showing priority area ids instead of their names.
        return {}


def scheme(scheme_id: str | None) -> object | None:
    """The announcement a record was checked against, when it is known."""
    return _schemes().get(scheme_id) if scheme_id else None


def priority_area_labels(record: Record, lang: str = "nb") -> list[str]:
    """The announcement's names of the record's priority areas (ids when unknown)."""
    found = scheme(record.scheme)
    names = {a.id: a.label(lang) for a in found.priority_areas} if found is not None else {}
    return [names.get(area, area) for area in record.priority_areas]
