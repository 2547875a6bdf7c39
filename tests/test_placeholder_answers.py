"""A form's blank left empty: the answer beside or under a label is only the
marks the blank is drawn with (a fill-in line of underscores, a dot leader,
dashes; OCR often keeps one "_" of it). That is no value: the field stays
null, so the "missing" and "cannot tell" paths speak. Documents built here."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_HEAD = ("NAV Eksempel", "Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020")


def _values(rows: list[list[str]]) -> dict:
    return extract(word_doc(*_HEAD, tables=[rows]), S2020).draft.values


@pytest.mark.parametrize("blank", ["_", "__________", "_ _ _ _", "..........", "…", "–", "- - -"])
def test_a_blank_title_is_no_title(blank: str) -> None:
    values = _values([["Prosjektets navn", blank], ["Oppstart", "01.04.2020"]])
    assert values.get("project.title") is None


def test_a_title_with_a_dash_is_still_a_title() -> None:
    values = _values([["Prosjektets navn", "Jobbhuset – arbeid for unge"], ["Oppstart", "01.04.2020"]])
    assert values["project.title"] == "Jobbhuset – arbeid for unge"


def test_a_blank_contact_name_is_no_name() -> None:
    values = _values([["Prosjektets navn", "Ny start"], ["Kontaktperson", "____________"],
                      ["E-post", "kari@nav.no"]])
    assert values.get("contact.name") is None
