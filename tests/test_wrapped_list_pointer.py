"""A pointer back to a quoted list of areas whose quotation wraps over lines.

Class: a PDF breaks the letter's paragraph into lines; the quoted list ends on
a later line than it began, and the office's pointer sentence ("Tiltaket vårt
hører til det første området") starts on that same line. The list the pointer
refers to ends where the office's own words begin, not at the start of the
line the blanked quotation leaves.
"""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_line, pdf_pages, pdf_page

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _areas(*lines: str) -> list[str] | None:
    head = ["Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "Søker: Nav Bø"]
    page = pdf_page(1, [pdf_line(text, 1, 60, 80 + 14 * i) for i, text in enumerate(head + list(lines))])
    return extract(pdf_pages(page), S2020).draft.values.get("priority_areas")


def test_a_pointer_after_a_quoted_list_wrapped_over_lines():
    assert _areas(
        "Utlysningen prioriterer «oppfølging av barnefamilier, ungdom og",
        "innvandrere», «sikring av sårbare overganger» og «bruk av ordinært arbeidsliv». Tiltaket vårt",
        "hører til det første området: vi følger opp foreldre som står utenfor arbeid.",
    ) == ["barnefamilier-ungdom-innvandrere"]


def test_a_nynorsk_pointer_to_the_last_area_of_a_wrapped_list():
    assert _areas(
        "Kunngjeringa prioriterer «oppfølging av barnefamiliar, ungdom og innvandrarar», «bruk av ordinært",
        "arbeidsliv» og «sikring av sårbare overgangar». Prosjektet vårt høyrer til det siste",
        "området: vi følgjer unge frå institusjon over i eigen bustad.",
    ) == ["saarbare-overganger"]
