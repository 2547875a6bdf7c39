"""Check marks of the seventeenth held-out corpus's classes, on documents
built here: a ✓ typed alone in a "Valgt" column beside the printed priority
areas, a tick after the option it answers ("Ja   Nei ✓"), and a bracket
that OCR doubled ("Ja [ ] ] Nei [X]")."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.interest_answers import written_answer
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def test_ticks_alone_in_a_chosen_column_pick_the_priority_areas():
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                   "Søkende Nav-kontor: Nav Fjellby", "Prioriterte områder (kryss av)",
                   tables=[[["Område", "Valgt"],
                            ["Bruk av ordinært arbeidsliv", "✓"],
                            ["Oppfølging av barnefamilier, ungdom og innvandrere", ""],
                            ["Sikring av sårbare overganger", "✔"]]])
    values = extract(doc, S2020).draft.values
    assert values["priority_areas"] == ["ordinaert-arbeidsliv", "saarbare-overganger"]


def test_an_unticked_box_beside_an_area_chooses_nothing():
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                   tables=[[["Område", "Valgt"],
                            ["Bruk av ordinært arbeidsliv", "☐"],
                            ["Sikring av sårbare overganger", "☐"]]])
    values = extract(doc, S2020).draft.values
    assert not values.get("priority_areas")


@pytest.mark.parametrize("text, answer", [
    ("Ja   Nei ✓", False),
    ("Ja Nei ✓", False),
    ("Nei Ja ✓", True),
    ("Ja / Nei ✔", False),
    ("Ja [ ] ] Nei [X]", False),
    ("Ja [X] ] Nei [ ]", True),
    ("Ja Nei", None),
    ("☐ Ja ☐ Nei", None),
])
def test_a_tick_closes_the_option_before_it(text: str, answer: bool | None):
    assert written_answer(text) is answer


@pytest.mark.parametrize("text, answer", [("✓ Ja   Nei", True), ("✓ Nei Ja", False), ("✔ Ja / Nei", True)])
def test_a_lone_tick_before_both_options_opens_the_first(text: str, answer: bool):
    """A mark stands before its label ("☒ Ja ☐ Nei"): a lone tick before
    both printed options ticks the first (reviewer's case: read as "Nei")."""
    assert written_answer(text) is answer
