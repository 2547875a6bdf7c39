"""Options printed for the office to circle, read from a scan
(``extract.circled_options``): a ring takes the chosen word with it, so the
one option OCR reads alone where the form asks for rings, or an option with
the separator to its lost neighbour ("JA /"), is the print, no answer. Typed
text keeps its answers."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.circled_options import asks_to_circle, option_remnant
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_line, pdf_page, pdf_pages

_TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _values(*rows: tuple[str, str | None], ocr: bool = True) -> dict:
    lines = [pdf_line(_TITLE, 1, 72, 60)]
    for i, (label, answer) in enumerate(rows):
        top = 100 + 22 * i
        lines.append(pdf_line(label, 1, 72, top))
        if answer:
            lines.append(pdf_line(answer, 1, 400, top))
    page = ocr_page(1, lines) if ocr else pdf_page(1, lines)
    return extract(pdf_pages(page), get_scheme("nav-sosiale-tjenester-2020")).draft.values


def test_the_one_kind_read_on_a_scan_that_asks_for_rings_is_no_answer() -> None:
    values = _values(("Prosjektnavn:", "Arbeid for alle"), ("Type søknad (ring inn riktig alternativ):", "Nytt"))
    assert values.get("project.kind") is None


def test_the_kind_typed_under_the_same_question_is_the_answer() -> None:
    values = _values(("Prosjektnavn:", "Arbeid for alle"), ("Type søknad (ring inn riktig alternativ):", "Nytt"),
                     ocr=False)
    assert values.get("project.kind") == "new"


def test_a_yes_left_with_the_slash_to_its_lost_no_is_no_answer() -> None:
    values = _values(("Prosjektnavn:", "Arbeid for alle"), ("Ønsker kontoret å delta i nettverk?", "Ja /"),
                     ("Ønsker kontoret prosessevaluering?", "/ Nei"))
    assert values.get("interest.network") is None
    assert values.get("interest.process_evaluation") is None


def test_a_lone_no_on_a_page_that_asks_for_rings_is_no_answer_and_a_clean_pair_elsewhere_still_answers() -> None:
    circled = _values(("Svar ved å sirkle inn JA eller NEI", None), ("Interessert i klyngesamarbeid?", "NEI"))
    assert circled.get("interest.network") is None
    plain = _values(("Prosjektnavn:", "Arbeid for alle"), ("Interessert i klyngesamarbeid?", "NEI"))
    assert plain.get("interest.network") is False


def test_the_wordings() -> None:
    assert asks_to_circle("Søknaden gjelder (set ring rundt):")
    assert asks_to_circle("Sirkle inn det som passer")
    assert not asks_to_circle("Kryss av for det som passer")
    assert option_remnant("NEI |") == "NEI"
    assert option_remnant("JA l") == "JA"
    assert option_remnant("Ja / Nei") is None
    assert option_remnant("Ja") is None
