"""A funder's share inside the phrase or the cell that gives a post's size
(fix17a): "ei stilling på 70 %, der bydelen betaler 30 % av lønna", "60 %
(40 % kommunalt finansiert)", "90 %, hvorav 10 % dekkes av kommunen". The
funder's percent is no part of the post's size: the post is the size stated
beside it, never that plus the funder's part and never the count of one
post (100 %); where only the funder's share is given the size stays null.
Wordings other than the corpus documents'."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.funders import without_funders_shares
from soknad_extract.norwegian import find_percents
from soknad_extract.pipeline import build_record
from soknad_extract.record import Source
from soknad_extract.schemes import SchemeChoice, get_scheme
from tests.builders.layouts import word_doc

S2020 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2020"), False, "test")


def _record(*sentences: str, tables=()):
    doc = word_doc("Nav Sjøvik", "Til Statsforvalteren i Vestland", "Sjøvik, 12. februar 2020",
                   "Søknad om tilskudd til prosjektet «Felles vei»", *sentences,
                   "Kontaktperson er Lise Berg, lise.berg@nav.no.", tables=list(tables))
    return build_record(Source(path="x.docx", format="docx"), doc, extract(doc, S2020.scheme), S2020, "nb")


def _codes(record) -> set[str]:
    return {f.code.value for f in record.findings}


def test_one_post_with_its_share_is_one_hit_though_a_funders_share_follows() -> None:
    hits = find_percents("ei stilling på 70 %, der bydelen betaler 30 % av lønna")
    assert [(h.text, h.value) for h in hits][0] == ("ei stilling på 70 %", 70.0)


def test_several_posts_then_a_later_share_are_still_listed_one_by_one() -> None:
    hits = find_percents("to stillinger à 50 % og ei stilling på 100 %")
    assert ("ei stilling på 100 %", 100.0) in [(h.text, h.value) for h in hits]
    assert not any(h.value == 100.0 and "to stillinger à 50 %" in h.text for h in hits)


@pytest.mark.parametrize("sentence, size", [
    ("Vi søker om kr 350 000 til ei stilling på 70 %, der bydelen betaler 30 % av lønna.", 70.0),
    ("Vi søker om kr 300 000 til en stilling på 60 % hvor kommunen dekker 40 % av kostnadene.", 60.0),
    ("Vi søker om kr 350 000 til en 70 % stilling (30 % finansieres av bydelen).", 70.0),
])
def test_the_posts_size_beside_a_funders_share_in_one_phrase(sentence: str, size: float) -> None:
    record = _record(sentence)
    assert record.positions_percent_total == size
    assert "AMOUNT_MISSING" not in _codes(record)


@pytest.mark.parametrize("cell, text", [
    ("60 % (40 % kommunalt finansiert)", "60 %"),
    ("90 %, hvorav 10 % dekkes av kommunen", "90 %"),
    ("Miljøarbeider 50 % (50 % fra bydelen)", "Miljøarbeider 50 %"),
    ("Bydelen dekker 25 % av lønna", ""),
    ("50 % finansiert stilling", "50 % finansiert stilling"),
    ("100 %", "100 %"),
])
def test_a_funders_share_is_taken_out_of_a_cell(cell: str, text: str) -> None:
    assert without_funders_shares(cell) == text


def test_a_share_cell_with_a_funders_share_gives_the_posts_size_and_role() -> None:
    record = _record(tables=[[["Stilling", "Stillingsandel", "Søkt beløp"],
                              ["Boligveileder", "60 % (40 % kommunalt finansiert)", "330 000"],
                              ["Sum", "", "330 000"]]])
    assert record.positions_percent_total == 60.0
    assert [(p.title, p.percent) for p in record.positions] == [("Boligveileder", 60.0)]


def test_a_label_with_a_funders_share_gives_the_posts_size_and_role() -> None:
    record = _record(tables=[[["Post", "Beløp"],
                              ["Boligveileder 90 %, hvorav 10 % dekkes av kommunen", "500 000"],
                              ["Sum", "500 000"]]])
    assert record.positions_percent_total == 90.0
    assert [(p.title, p.percent) for p in record.positions] == [("Boligveileder", 90.0)]


def test_a_relative_clause_of_the_municipalitys_part_keeps_the_request() -> None:
    record = _record("Vi søker om kr 280 000 til ei stilling på 50 % der kommunen dekker resten.")
    assert "AMOUNT_MISSING" not in _codes(record)
    assert record.amounts.total == 280000 or record.amounts.positions == 280000
