"""Position shares and budget amounts in shapes the fifth held-out corpus
showed (each test builds its own layout): a web form's receipt joining its
answers with dashes, a "Stilling" field naming the role and its share, a
landscape form with two columns of label and value, a cell stating the
amount per position and the sum, amounts in letters written with
abbreviations and wrapped sentences, amounts in words, and a competence
post of a bare 0."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def values(doc) -> dict:
    return extract(doc, S2020).draft.values


def positions(got: dict) -> list[tuple]:
    return [(p["title"], p["percent"], p["amount"]) for p in got.get("positions") or []]


# 1. A web form's receipt: each position one line, its answers joined by dashes.

def test_receipt_lines_joined_by_dashes_are_positions():
    doc = pdf_doc([[(text, 62)] for text in [
        "Stillingar og budsjett",
        "Stilling 1",
        "Jobbspesialist – 100 % – 610 000 kr",
        "Stilling 2",
        "Jobbspesialist — 40 % — 244 000 kr",
        "Sum lønn og sosiale kostnader",
        "854 000 kr",
    ]])
    got = values(doc)
    assert positions(got) == [("Jobbspesialist", 100.0, 610000), ("Jobbspesialist", 40.0, 244000)]
    assert got["positions_percent_total"] == 140.0
    assert got["amounts.positions"] == 854000


def test_dash_after_a_share_needs_an_amount_after_it():
    """A dash after the share followed by a small count is no amount."""
    got = values(pdf_doc([[("Familieveileder – 50 % – 2", 62)]]))
    assert "amounts.positions" not in got
