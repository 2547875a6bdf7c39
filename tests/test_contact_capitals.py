"""A contact's name written in block capitals, as paper forms ask and some
offices type: read under a name label, kept as written; words that answer
instead of naming ("SE VEDLEGG", "IKKE AKTUELT") are no name."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page


def _form(*lines: str) -> dict:
    doc = text_doc(text_page(1, "Søknad om tilskudd til utvikling av sosiale tjenester", *lines))
    return extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.values


@pytest.mark.parametrize("written", ["MARIT SLETTEN", "ANNE-LISE BERG HANSEN"])
def test_a_name_in_capitals_under_its_label_is_the_contact(written: str) -> None:
    got = _form("Kontaktperson: " + written, "Telefon: 412 26 308")
    assert got["contact.name"] == written


@pytest.mark.parametrize("answer", ["SE VEDLEGG", "IKKE AKTUELT", "KOMMER SENERE", "NAV HAMAR", "SOM OVER",
                                    "SAMME SOM OVER", "SKAL REKRUTTERES", "VIL BLI ANSATT"])
def test_an_answer_in_capitals_is_no_name(answer: str) -> None:
    assert "contact.name" not in _form("Kontaktperson: " + answer, "Telefon: 412 26 308")


def test_capitals_in_running_text_are_no_name() -> None:
    """Outside a name label a line of capitals is a heading, not a person."""
    got = _form("Spørsmål kan rettes til PROSJEKTGRUPPA SENTRUM.")
    assert "contact.name" not in got
