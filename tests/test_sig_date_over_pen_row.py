"""A signing table whose top row gives each signer's place and date, then a
row left empty for the pen, then the names and titles ("Hamar, 27.01.2020" /
(ink) / "Kari Moe" / "Nav-leder"): the date over the pen is the signer's.
The zone used to start at the name row, so the dates never joined the
signers and both dates came out null. Built here as a Word table."""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import Line
from tests.builders.layouts import ink, table_cell, word_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc):
    return [(s.role, s.name, s.date) for s, _evidence in extract_signatures(doc)]


def _table(left_top: str, right_top: str):
    lines = [Line(text=HEAD, page=1), Line(text="Vi søker om en 100 % stilling som familiekoordinator.", page=1),
             table_cell(left_top, 0, 0, table=1), table_cell(right_top, 0, 1, table=1),
             table_cell("", 1, 0, table=1), table_cell("", 1, 1, table=1),
             table_cell("Marit Solberg", 2, 0, table=1), table_cell("Jon Arne Haug", 2, 1, table=1),
             table_cell("Nav-leder", 3, 0, table=1), table_cell("rådmann", 3, 1, table=1)]
    images = [replace(ink(1, None, seed=4), table_cell=(1, 1, 0)), replace(ink(1, None, seed=5), table_cell=(1, 1, 1))]
    return word_pages({1: lines}, images)


def test_place_and_date_row_over_the_pen_row_dates_each_signer() -> None:
    assert _signers(_table("Hamar, 27. januar 2020", "Hamar 28.01.2020")) == [
        ("nav_leader", "Marit Solberg", "2020-01-27"), ("municipality", "Jon Arne Haug", "2020-01-28")]


def test_a_sentence_with_a_date_over_the_pen_row_dates_nobody() -> None:
    found = _signers(_table("Prosjektet starter 01.08.2020 og varer i to år fram", "Se vedlagt budsjett"))
    assert [(r, n) for r, n, _d in found] == [("nav_leader", "Marit Solberg"), ("municipality", "Jon Arne Haug")]
    assert all(d is None for _r, _n, d in found)
