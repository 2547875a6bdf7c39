"""A form's field that asks for the posts applied for in a sentence
("Stilling(er) det søkes om", "Omsøkte stillinger"), in a table with a third
column of remarks beside label | answer: the answer's role and share are the
position, the remark beside them changes nothing."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("label", ["Stilling(er) det søkes om", "Omsøkte stillinger", "Stillingar det søkjast om"])
def test_a_position_field_worded_as_the_request_beside_a_remark_column(label):
    rows = [["Felt", "Opplysninger", "Merknad"], ["Prosjektets navn", "Veien videre", "Nytt i år"],
            [label, "Miljøterapeut, 80 %", "Lyses ut internt"],
            ["Lønn inkl. sosiale kostnader", "470 000", "Etter tariff"], ["Sum omsøkt", "480 000", ""]]
    got = extract(word_doc(tables=[rows]), S2020).draft.values
    assert got["positions_percent_total"] == 80
    assert [(p["title"], p["percent"]) for p in got["positions"]] == [("Miljøterapeut", 80)]
