"""A scan's printed list of the areas whose rows read unlike each other and
choose nothing ("0 Bruk av …" over a bare "Oppfølging av …": the box and
its cross lost to text recognition on one row) was marked by the office:
the areas' question is answered but unread, so validation asks the clerk to
read it instead of calling the areas missing (fix15c). A list whose rows
read alike, or a list on a page with a text layer, is an answer of none."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import Line
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_page, pdf_pages

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _lines(*options: str) -> list[Line]:
    texts = ["Søknad om tilskudd til utvikling av sosiale tjenester 2020", "Prosjektnavn: Arbeidslinja Vik",
             "Prioriterte områder (sett kryss):", *options, "Budsjett: lønn kr 300 000"]
    return [Line(text, 1, bbox=(72, 72 + 20 * i, 460, 84 + 20 * i)) for i, text in enumerate(texts)]


def _area_questions(page) -> list:
    return [q for q in extract(pdf_pages(page), S2020).questions if q.field == "priority_areas"]


def test_rows_marked_unlike_each_other_on_a_scan_ask_for_a_hand_reading() -> None:
    found = _area_questions(ocr_page(1, _lines("0 Bruk av ordinært arbeidsliv",
                                               "Oppfølging av barnefamilier, ungdom og innvandrere",
                                               "0 Sikring av sårbare overganger")))
    assert [(q.answered, q.ocr) for q in found] == [(True, True)]
    assert found[0].text.startswith("Prioriterte områder")  # the form's "(sett kryss)" is its instruction


def test_rows_that_read_alike_on_a_scan_are_an_answer_of_none() -> None:
    assert _area_questions(ocr_page(1, _lines("0 Bruk av ordinært arbeidsliv",
                                              "0 Oppfølging av barnefamilier, ungdom og innvandrere",
                                              "0 Sikring av sårbare overganger"))) == []


def test_a_list_with_a_text_layer_is_read_as_it_stands() -> None:
    assert _area_questions(pdf_page(1, _lines("0 Bruk av ordinært arbeidsliv",
                                              "Oppfølging av barnefamilier, ungdom og innvandrere",
                                              "0 Sikring av sårbare overganger"))) == []
