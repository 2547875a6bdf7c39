"""A list of priority areas with a mark column that runs onto the next page
goes on past the page's furniture (its number, a running head) and a name's
wrapped tail: the area ticked on the next page counts too."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import Page
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import A4_H, A4_W, pdf_line, pdf_pages


def _areas(furniture: tuple[str, ...]) -> list[str]:
    first = Page(1, A4_W, A4_H, lines=[
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1, 72, 60),
        pdf_line("Satsingsområde", 1, 72, 700), pdf_line("Valgt", 1, 400, 700),
        pdf_line("Bruk av ordinært arbeidsliv", 1, 72, 720),
        pdf_line("Oppfølging av barnefamilier, ungdom", 1, 72, 740), pdf_line("X", 1, 400, 740)])
    top = 60
    second_lines = []
    for text in furniture:
        second_lines.append(pdf_line(text, 2, 72, top))
        top += 20
    second_lines += [pdf_line("Sikring av sårbare overganger", 2, 72, top), pdf_line("X", 2, 400, top)]
    doc = pdf_pages(first, Page(2, A4_W, A4_H, lines=second_lines))
    return extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.values.get("priority_areas") or []


def test_the_list_goes_on_past_the_page_number_and_running_head() -> None:
    assert _areas(("1", "Søknad 2020", "og innvandrere")) == ["barnefamilier-ungdom-innvandrere",
                                                               "saarbare-overganger"]
