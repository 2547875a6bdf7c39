"""A cover letter that no heading names.

The municipality's letter in front of an application often has a subject line
that opens with the application's own words ("Søknad fra Nav Elverum –
tilskudd 2020 – oversendelse"), or none at all, so ``parts`` finds no kind
for it, or takes it for the application, and keeps it: its letterhead, its
adviser's name and ink would then be read as the application's. What tells it is what
it says: that it sends the application along ("Vedlagt følger søknad fra Nav
Elverum …"), while the application itself opens a later page under its own
heading. Such a front part is a wrapper, like a cover letter a heading names.
"""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.document import sent_along_line
from soknad_extract.extract.parts import APPLICATION, WRAPPER, Part
from soknad_extract.layout import Document

COVER_LETTER = "cover_letter"
_MAX_LETTER_PAGES = 2
"""Pages a cover letter fills: a longer front part is a document of its own."""


def with_unnamed_cover_letter(doc: Document, parts: list[Part]) -> list[Part]:
    """The parts with a front part that no heading names (or that a subject
    line "Søknad om …" names an application) made a cover letter, when it
    says it sends the application along and an application heading opens
    the page after it; the parts unchanged otherwise."""
    if len(parts) < 2:
        return parts
    front, behind = parts[0], parts[1]
    if front.kind not in (None, APPLICATION) or behind.kind != APPLICATION or behind.role != APPLICATION \
            or not behind.page_top:
        return parts
    page, _ = behind.start
    if not 0 < page <= _MAX_LETTER_PAGES:
        return parts
    if sent_along_line([line for p in doc.pages[:page] for line in p.lines]) is None:
        return parts
    return [replace(front, kind=COVER_LETTER, role=WRAPPER), *parts[1:]]
