"""A letter's closing lines: "enhetsleder, Nav Fjellby" over the next
signer's name names the office already; the name below it is no office."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

_SUBJECT = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _draft(*lines: str):
    return extract(text_doc(text_page(1, *lines)), get_scheme("nav-sosiale-tjenester-2020")).draft


def test_the_signer_after_a_line_naming_the_office_is_no_office() -> None:
    draft = _draft("Nav Fjellby", _SUBJECT, "Vi søker om midler til en stilling.", "Med hilsen",
                   "Ola Berg", "enhetsleder, Nav Fjellby", "Hanne Mathisen", "kommunalsjef, Fjellby kommune")
    assert draft.get("office.name") == "Nav Fjellby"


def test_a_label_opening_with_the_office_word_asks_for_the_office() -> None:
    for label in ("Nav-kontor Ansvarlig", "NAV-kontor Søkar"):
        draft = _draft(_SUBJECT, f"{label}: Stord", "Vi søker om midler til en stilling.")
        assert draft.get("office.name") == "Nav Stord", label
