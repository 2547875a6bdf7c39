"""A salary subtotal whose label ends in a dot leader or a colon, its amount in
a cell of its own ("Samla løn i alt ........ | 910 000"): the leader is the gap
before the amount, so the line is still the posts above added up, never a post
of its own beside them, whatever typeface set the leader apart."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.lines import category
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("label", [
    "Løn i alt ....................",
    "Lønn i alt:",
    "Stillingar til saman . . . . . . .",
    "Personalkostnader totalt ……",
])
def test_subtotal_label_ending_in_a_leader(label: str) -> None:
    assert category(label, None) == "positions_subtotal"


@pytest.mark.parametrize("subtotal", ["Løn i alt ..........................", "Lønn i alt:"])
def test_posts_and_their_subtotal_apart_from_its_amount_counted_once(subtotal: str) -> None:
    doc = pdf_doc([
        [("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", 72)],
        [("Nav-kontor: Nav Fjordbygd", 72)],
        [("Miljøterapeut ............ 80 % – 488 000 kr", 72)],
        [("Rettleiar ................ 60 % – 366 000 kr", 72)],
        [("Budsjett", 72)],
        [(subtotal, 72), ("854 000 kr", 400)],
        [("Kompetanseheving ........ 5 000 kr", 72)],
        [("Sum søkt ................ 859 000 kr", 72)],
    ])
    got = extract(doc, S2020).draft.values
    assert (got.get("amounts.positions"), got.get("amounts.total")) == (854_000, 859_000)
