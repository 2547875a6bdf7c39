"""A heading that announces two documents, a report and an application
("Rapport for 2019 og søknad om tilskudd for 2020").

An office may send last year's report and this year's application as one
file under one title. The report stands in front of the application as a
cover letter would: the file is sent for the application, and only the
application's part gives fields and signatures (the report's "tildelt" and
"brukt" amounts are last year's). The application's own section heading
("Del 2 – Søknad for 2020") is often set like any body line (a scan, a plain
Word paragraph), so ``parts`` does not open a part there by itself.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.parts import APPLICATION, WRAPPER, Part, kind_of_heading, opening
from soknad_extract.layout import Document
from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_dir

_MAX_SECTION_WORDS = 14
"""Words of the application's section heading: a longer line is a sentence."""
_MARGINS = frozenset({"header", "footer"})
"""Styles of a page's margin lines, which repeat the file's title on every page."""


@lru_cache(maxsize=4)
def _joins(folder: Path) -> tuple[frozenset[str], Wordings]:
    table = Entry("documents", folder).table("joined_heading")
    return frozenset(table.strings("front_kinds")), table.wordings()


def fronts_application(part: Part) -> bool:
    """The part's heading names two documents, the second an application.
    Only the kinds that may stand in front of an application
    (``joined_heading.front_kinds``) and only an application named after the
    join: "Sluttrapport og søknad om forlengelse" is a change request."""
    fronts, joins = _joins(vocabulary_dir())
    if part.heading is None or part.kind not in fronts:
        return False
    folded = fold(part.heading.text)
    for join in joins.finditer(folded):
        hit = kind_of_heading(folded[join.end():].strip())
        if hit is not None and hit[0].key == APPLICATION and not hit[1]:
            return True
    return False


def with_joined_application(doc: Document, parts: list[Part]) -> list[Part]:
    """The parts with the application's section opened under a heading that
    announces a report and an application: the first short line after the
    heading, outside a table, whose kind is an application; the report in
    front becomes a wrapper. The parts unchanged when the heading announces
    no application, when a heading already opens one, or when no line does."""
    first = opening(parts)
    if not fronts_application(first) or any(part.kind == APPLICATION for part in parts):
        return parts
    for p, page in enumerate(doc.pages):
        for i, line in enumerate(page.lines):
            if (p, i) <= first.start or line is first.heading or line.table_cell is not None \
                    or (line.style or "").lower() in _MARGINS or not 0 < len(line.text.split()) <= _MAX_SECTION_WORDS:
                continue
            hit = kind_of_heading(line.text)
            if hit is not None and hit[0].key == APPLICATION and not hit[1]:
                section = Part((p, i), APPLICATION, APPLICATION, line)
                fronted = [replace(part, role=WRAPPER) if part is first else part for part in parts]
                return sorted([*fronted, section], key=lambda part: part.start)
    return parts
