"""Names written with Sami and other Latin letters beyond A-Z and æøå
("Máret Ánne Balto", "Ánde Pavval", "Đorđe Šimić", "Zoë Müller"): Nav offices
in Sami municipalities and people from all over Europe write them, and every
place a person's name is recognised must know those letters, or the contact
goes unnamed and the toolkit reports a contact missing that the form gives."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.contact import _name_from
from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.wording import is_name_token
from soknad_extract.layout import Line
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page, word_pages

S2020 = get_scheme("nav-sosiale-tjenester-2020")
NAMES = ["Máret Ánne Balto", "Ánde Pavval", "Đorđe Šimić", "Zoë Müller", "Čáhppes Ŋuolla", "Ŧiinu Žiila",
         "Éva Östlund", "Anaïs Nowińska", "Inger-Ánne Sara"]


def _form(*lines: str) -> dict:
    doc = text_doc(text_page(1, "Søknad om tilskudd til utvikling av sosiale tjenester", *lines))
    return extract(doc, S2020).draft.values


@pytest.mark.parametrize("name", NAMES)
def test_a_labelled_contact_with_such_letters_is_named(name: str) -> None:
    got = _form(f"Kontaktperson: {name} – rådgiver, tlf. 78 46 72 00")
    assert got["contact.name"] == name


@pytest.mark.parametrize("name", NAMES[:4])
def test_a_contact_line_with_mark_separated_address_names_them(name: str) -> None:
    got = _form("Kontaktperson", f"{name} · postmottak.test@nav.no · 75 77 29 00")
    assert got.get("contact.name") == name


@pytest.mark.parametrize("name", NAMES)
def test_a_name_value_reads_whole(name: str) -> None:
    assert _name_from(f"{name}, avdelingsleder psykisk helse og rus") == name


@pytest.mark.parametrize("name", ["MÁRET ÁNNE BALTO", "ĐORĐE ŠIMIĆ"])
def test_a_name_in_capitals_with_such_letters_is_named(name: str) -> None:
    assert _name_from(name, labelled=True) == name


@pytest.mark.parametrize("token", ["Ánde", "Đorđe", "Šimić", "Zoë", "Ŋuolla", "Nowińska", "Á."])
def test_a_signers_name_word_with_such_letters_is_a_name_word(token: str) -> None:
    assert is_name_token(token)


def test_a_signer_named_with_such_letters_is_read() -> None:
    texts = ["Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", "Underskrift",
             "Sted og dato: Karasjok, 24.01.2020", "Navn: Ánde Pavval", "Tittel: Nav-leder"]
    doc = word_pages({1: [Line(text=t, page=1) for t in texts]})
    names = [s.name for s, _evidence in extract_signatures(doc)]
    assert "Ánde Pavval" in names
