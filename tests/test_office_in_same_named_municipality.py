"""A letter opening "Nav X i X kommune søker …" names the office X in the
municipality of the same name, even when X is also a common word ("Stad" is
Nynorsk for "place" and names no office in "Nav stad og dato")."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

_SUBJECT = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _draft(*lines: str):
    return extract(text_doc(text_page(1, *lines)), get_scheme("nav-sosiale-tjenester-2020")).draft


def test_an_office_placed_in_its_own_municipality_is_the_office() -> None:
    draft = _draft(_SUBJECT, "Nav Stad i Stad kommune søker med dette om midler til en stilling i 2020.",
                   "Med hilsen", "Kari Lid")
    assert draft.get("office.name") == "Nav Stad"


def test_the_common_word_alone_still_names_no_office() -> None:
    draft = _draft(_SUBJECT, "Vi søker om midler til en stilling.", "For Nav stad og dato: Eid, 3. mars 2020")
    assert draft.get("office.name") != "Nav Stad"
