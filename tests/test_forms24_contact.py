"""The padded label of a monospace form whose colon stands with the answer
("Kontakt   : Silje Holm, e-post, telefon"): the label column and the answer
column come apart, the colon going with the answer."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


@pytest.mark.parametrize("colon", [": ", ":", ":   "])
def test_a_padded_label_whose_colon_stands_with_the_answer_gives_the_contact(colon: str) -> None:
    doc = pdf_doc([[(TITLE, 72)],
                   [("Søker", 72), (colon + "Nav Alta", 150)],
                   [("Kontakt", 72), (colon + "Silje Holm, silje.holm@nav.no, 78 40 20 00", 150)]])
    got = extract(doc, S2020).draft.values
    assert got["contact.name"] == "Silje Holm"
    assert got["contact.email"] == "silje.holm@nav.no"
