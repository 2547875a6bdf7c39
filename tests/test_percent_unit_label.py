"""A position label whose only telling word is its unit in brackets
("Stilling (%):", "Stillingar (prosent)", "Stilling i %"), as old Word forms
with typed lines and legacy fields write it: the unit says the bare number
after it is a share of a post, so it is the percentage. "Stilling" alone, or
with another note ("Stilling (tittel)"), still names no percentage.
Documents built here, in wordings other than the corpus file's."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.labels import classify_label
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("label, key", [
    ("Stilling (%):", "percent"),
    ("Stillinger (prosent)", "percent"),
    ("Stillingar (%)", "percent"),
    ("Stilling i prosent:", "percent"),
    ("Stilling", None),
    ("Stilling (tittel)", None),
])
def test_unit_in_brackets_names_the_percentage(label, key):
    assert classify_label(label) == key


def test_bare_number_after_a_percent_unit_label_is_the_percentage():
    doc = word_doc("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
                   "Nav-kontor:      Nav Fjellby",
                   "Stilling i %:           50",
                   "Løn (kr):        310 000",
                   "Sum (kr):        310 000")
    values = extract(doc, S2020).draft.values
    assert values.get("positions_percent_total") == 50.0
