"""Labels naming the position's share in other words ("stillingsressurs",
"stillingsdel") or with a bracketed note that names it ("Omsøkt ressurs
(stillingsprosent)"): the answer is the share, not the amount applied for."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.labels import classify_label
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("label", [
    "Omsøkt stillingsressurs (stillingsprosent)", "Omsøkt ressurs (stillingsprosent)", "Søkt stillingsressurs",
    "Ønsket stillingsressurs", "Omsøkt stilling (stillingsandel)", "Søkt ressurs (stillingsdel)",
    "Planlagd stillingsressurs", "Omsøkt stillingsressurs (%)",
])
def test_a_label_naming_the_share_asks_for_the_percent(label):
    assert classify_label(label) == "percent"


@pytest.mark.parametrize(("label", "key"), [
    ("Sum omsøkt (kr)", "total"), ("Kommunal egenandel (%)", "own_funding"),
    ("Kontaktperson (navn, telefon og e-post)", "contact_name"), ("Lønn stillingsressurs", "positions_amount"),
])
def test_other_notes_are_still_read_last(label, key):
    assert classify_label(label) == key


@pytest.mark.parametrize(("label", "answer"), [
    ("Omsøkt ressurs (stillingsandel)", "50 %"), ("Søkt stillingsressurs", "50 prosent"),
])
def test_a_form_row_with_a_share_label_gives_the_position_share(label, answer):
    doc = word_doc(tables=[[["Navn på NAV-kontor", "NAV Hamar"], [label, answer],
                            ["Lønn og sosiale utgifter", "kr 305 000"], ["Sum omsøkt", "kr 305 000"]]])
    got = extract(doc, S2020).draft.values
    assert got["positions_percent_total"] == 50
