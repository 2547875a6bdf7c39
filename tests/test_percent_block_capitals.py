"""A share answered in block capitals, as a paper form filled in by hand
writes it ("0,5 STILLING", "2 ÅRSVERK"): a count of posts, not a heading
such as "Del 1 Stilling", so the share is read and not reported missing."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.norwegian import find_percents
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def test_counts_in_block_capitals_are_shares():
    assert [m.value for m in find_percents("0,5 STILLING")] == [50]
    assert [m.value for m in find_percents("2 ÅRSVERK")] == [200]
    assert find_percents("Del 2 Stilling og budsjett") == []
    assert find_percents("DEL 2 STILLING OG BUDSJETT") == []


def test_block_capital_answer_under_its_label(tmp_path):
    doc = pdf_doc([
        [("SØKNADSSKJEMA – tilskot til sosiale tenester i Nav 2020", 72)],
        [("Talet på stillingar", 72)],
        [("0,5 ÅRSVERK", 72)],
        [("Budsjett: løn / kompetanse / sum", 72)],
        [("305 000 / 0 / 305 000", 72)],
    ])
    assert extract(doc, S2020).draft.values["positions_percent_total"] == 50
