"""A municipality answer whose space before "kommune" was lost ("SEL
KOMMUNE" read by OCR as "SELKOMMUNE" on a form in block capitals): the
municipality is the office's own place when that is what stands before the
word; any other name is left as written. Documents built here."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _municipality(office: str, answer: str) -> str | None:
    doc = word_doc("SØKNAD OM TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV 2020",
                   tables=[[["NAV-KONTOR", office], ["KOMMUNE", answer], ["PROSJEKTNAVN", "NY START"]]])
    return extract(doc, S2020).draft.values.get("office.municipality")


@pytest.mark.parametrize(("office", "answer", "place"), [
    ("NAV SEL", "SELKOMMUNE", "SEL"), ("Nav Sel", "Selkommune", "Sel"), ("NAV VOSS", "VOSSHERAD", "VOSS"),
])
def test_the_office_place_glued_to_kommune_is_the_place(office: str, answer: str, place: str) -> None:
    assert _municipality(office, answer) == place


@pytest.mark.parametrize(("office", "answer"), [
    ("NAV LOM", "SELKOMMUNE"), ("NAV SEL", "SELBUKOMMUNE"), ("NAV SEL", "SEL KOMMUNE"),
])
def test_other_names_are_left_as_the_answer_gives_them(office: str, answer: str) -> None:
    got = _municipality(office, answer)
    assert got == answer.removesuffix(" KOMMUNE")
