"""A contact's phone beside their name in a form, its grouping half lost to
text recognition ("22 334455"): eight digits in groups that make no one
number are a phone, never a budget post of the last group's value."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.norwegian import parse_amount
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("text", ["55 123456", "912 34567", "38 1 234 56"])
def test_eight_digits_in_broken_groups_are_no_amount(text: str) -> None:
    assert parse_amount(text) is None


@pytest.mark.parametrize("text, amount", [("610 000", 610000), ("1 220 000", 1220000), ("Lønn 305 000", 305000)])
def test_amounts_in_thousands_groups_stay(text: str, amount: int) -> None:
    assert parse_amount(text) == amount


def test_a_phone_beside_the_contact_name_is_no_other_cost() -> None:
    rows = [
        [("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 72)],
        [("Navn", 72), ("Telefonnummer", 260), ("E-postadresse", 380)],
        [("Per Olsen", 72), ("51 987654", 260), ("per.olsen nav.no", 380)],
        [("Budsjett", 72)],
        [("Lønn og sosiale kostnader", 72), ("600 000", 420)],
        [("Kompetanse", 72), ("10 000", 420)],
        [("Sum søkt beløp", 72), ("610 000", 420)],
    ]
    values = extract(pdf_doc(rows), S2020).draft.values
    assert values.get("amounts.other") is None
    assert values.get("amounts.total") == 610000
