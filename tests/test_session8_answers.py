"""Answers a narrow cell or a note reshapes: an address wrapped after a
hyphen in its first part, a municipality with the district in brackets."""

from __future__ import annotations

import pytest

from soknad_extract.extract.applicant import _municipality_name
from soknad_extract.extract.contact import _address_in
from soknad_extract.layout.rows import Span


@pytest.mark.parametrize("answer, address", [
    ("ole- martin.somby@alta.kommune.no", "ole-martin.somby@alta.kommune.no"),
    ("78 45 00 21 / ole-\nmartin.somby@alta.kommune.no", "ole-martin.somby@alta.kommune.no"),
    ("kari.nordmann@nav.no", "kari.nordmann@nav.no"),
    ("Nav- og kommune: kari@nav.no", "kari@nav.no"),  # a suspended compound, not an address's part
])
def test_an_address_wrapped_after_a_hyphen_is_taken_whole(answer: str, address: str) -> None:
    assert [m.value for m in _address_in(Span(answer, 1))] == [address]


@pytest.mark.parametrize("answer, municipality", [
    ("Oslo (bydel Grünerløkka)", "Oslo"), ("Oslo kommune, bydel Gamle Oslo", "Oslo"), ("Voss herad", "Voss"),
])
def test_the_municipality_without_its_district_note(answer: str, municipality: str) -> None:
    assert _municipality_name(answer) == municipality
