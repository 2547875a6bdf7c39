"""The self-check page's content: one record turned into checklist items
written to the Nav office, each with its evidence pictures.

The marks come from the report's checklist (``report.checklist``),
so the web page and ``soknad-extract check søknad.pdf`` never disagree; this
module adds the office's wording (``texts.toml``, Bokmål or Nynorsk after the
application's language) and the pictures. It judges nothing itself.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources import files
from typing import Any

from soknad_extract.record import Code, Evidence, Finding, Record
from soknad_extract.report import values
from soknad_extract.report.evidence_images import Picture, Region
from soknad_extract.report.checklist import ITEMS, MARK_ERROR, MARK_OK, MARK_WARNING, UNCHECKABLE, mark_of

_STATUS_OF_MARK = {MARK_OK: "ok", MARK_ERROR: "error", MARK_WARNING: "warning"}


@lru_cache(maxsize=1)
def texts() -> dict[str, Any]:
    """The page's words, loaded once from the package's ``texts.toml``."""
    return tomllib.loads(files("soknad_extract.web").joinpath("texts.toml").read_text("utf-8"))


def words(lang: str) -> dict[str, Any]:
    return texts()["nn" if lang == "nn" else "nb"]


@dataclass
class Figure:
    """A piece of evidence: the words read, a crop, the whole page with the place marked."""

    caption: str
    page: int | None = None
    crop: str | None = None
    page_picture: str | None = None
    region: tuple[float, ...] | None = None
    """The page and box pictured, so one region is shown once per item."""


@dataclass
class Fix:
    """One finding, as what the office should do."""

    severity: str
    text: str
    detail: str | None = None
    figure: Figure | None = None


@dataclass
class Item:
    label: str
    status: str
    """"ok", "error", "warning" or "unknown"."""
    value: str
    fixes: list[Fix] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)


@dataclass
class Page:
    lang: str
    file_name: str
    status: str
    """"action", "warnings", "fine" or "unreadable"."""
    headline: str
    office: str | None
    title: str | None
    items: list[Item] = field(default_factory=list)
    other: list[Fix] = field(default_factory=list)
    unreadable: list[Fix] = field(default_factory=list)


Pictures = dict[Region, tuple[Picture | None, Picture | None]]
"""Crop and marked whole page per region, drawn beforehand (``web.pictures``)."""


class _Pictures:
    """Evidence turned into figures, with the pictures drawn for its region."""

    def __init__(self, drawn: Pictures) -> None:
        self.uris = {region: tuple(p.data_uri() if p else None for p in pair)
                     for region, pair in drawn.items()}

    def figure(self, evidence: Evidence | None) -> Figure | None:
        if evidence is None or not (evidence.text or evidence.bbox):
            return None
        caption = " ".join((evidence.text or "").split())
        figure = Figure(caption=caption[:300], page=evidence.page)
        if evidence.page is not None and evidence.bbox is not None:
            key = (evidence.page, tuple(evidence.bbox))
            figure.crop, figure.page_picture = self.uris.get(key, (None, None))
            figure.region = (evidence.page, *evidence.bbox)
        return figure


def _evidence_of(record: Record, finding: Finding) -> Evidence | None:
    if finding.evidence is not None:
        return finding.evidence
    return record.evidence.get(finding.field) if finding.field else None


def _fix(record: Record, finding: Finding, lang: str, pictures: _Pictures) -> Fix:
    w = words(lang)
    code = finding.code.value
    detail = finding.message if lang == "nb" and code in texts()["detail_codes"] else None
    return Fix(severity=finding.severity, text=w["fix"].get(code, finding.message), detail=detail,
               figure=pictures.figure(_evidence_of(record, finding)))


def _belongs(record: Record, finding: Finding, spec: dict[str, Any]) -> bool:
    if finding.code.value not in spec["codes"]:
        return False
    role = spec.get("role")
    found = values.signature_role_of(record, finding)
    return role is None or found is None or found == role


def _item_figures(record: Record, spec: dict[str, Any], pictures: _Pictures) -> list[Figure]:
    paths = list(spec["fields"])
    if spec.get("role"):
        paths += [f"signatures[{i}]" for i, s in enumerate(record.signatures) if s.role == spec["role"]]
    figures: list[Figure] = []
    for path in paths:
        figure = pictures.figure(record.evidence.get(path))
        if figure is not None and (figure.region is None
                                   or all(f.region != figure.region for f in figures)):
            figures.append(figure)
    return figures


def _drop_repeated_figures(item: Item) -> None:
    """A finding about a value the item already pictures does not show it twice."""
    shown = {(f.page, f.caption) for f in item.figures} | {f.region for f in item.figures if f.region}
    for fix in item.fixes:
        if fix.figure is not None and ((fix.figure.page, fix.figure.caption) in shown
                                       or fix.figure.region in shown):
            fix.figure = None


def build_page(record: Record, file_name: str, drawn: Pictures) -> Page:
    """The page for one checked upload; Nynorsk when the application is."""
    lang = "nn" if record.language == "nn" else "nb"
    w = words(lang)
    pictures = _Pictures(drawn)
    page = Page(lang=lang, file_name=file_name, status="fine", headline="",
                office=record.office.name, title=record.project.title)
    if any(f.code in UNCHECKABLE for f in record.findings):
        page.status, page.headline = "unreadable", w["headline_unreadable"]
        page.unreadable = [_fix(record, f, lang, pictures) for f in record.findings
                           if f.code in UNCHECKABLE]
        return page
    specs: dict[str, Any] = texts()["items"]
    placed: set[int] = set()
    for check in ITEMS:
        spec = specs.get(check.key, {"codes": [], "fields": []})
        item = Item(label=w["items"][check.key], status=_STATUS_OF_MARK.get(mark_of(record, check), "unknown"),
                    value=check.value(record, "nb"), figures=_item_figures(record, spec, pictures))
        for index, finding in enumerate(values.sorted_findings(record)):
            if _belongs(record, finding, spec):
                placed.add(index)
                item.fixes.append(_fix(record, finding, lang, pictures))
        _drop_repeated_figures(item)
        page.items.append(item)
    page.other = [_fix(record, f, lang, pictures)
                  for i, f in enumerate(values.sorted_findings(record)) if i not in placed]
    errors = len(record.errors())
    if errors:
        page.status = "action"
        page.headline = (w["headline_action_one"] if errors == 1
                         else w["headline_action"].format(n=errors))
    elif record.warnings():
        page.status, page.headline = "warnings", w["headline_warnings"]
    else:
        page.headline = w["headline_fine"]
    return page
