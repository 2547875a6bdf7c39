"""A budget written on one line with a dash, a slash or a middle dot between
its posts ("Lønn 590 000 – kompetanse 10 000 – sum 600 000"): each amount is
the post's right before it, in a Word paragraph, on a PDF line and inside a
sentence; a dash between two figures (a range) or before a currency word (a
minus) splits nothing."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.packed import PIECE_BREAK
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_HEAD = ("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020", "Nav-kontor: Nav Dalbygd")


def _budget(doc) -> tuple:
    got = extract(doc, S2020).draft.values
    return got.get("amounts.positions"), got.get("amounts.competence"), got.get("amounts.total")


_LINES = [
    "Løn 475 000 – kompetanseheving 7 500 – til saman 482 500",
    "Lønnsmidler 475 000 - kompetanse 7 500 - totalt 482 500",
    "Løn 475 000 / kompetanse 7 500 / sum 482 500",
    "Lønn 475 000 · kompetanse 7 500 · sum søkt 482 500",
    "Budsjett: lønn 475 000 — kompetanse 7 500 — totalt 482 500",
]


@pytest.mark.parametrize("line", _LINES)
def test_posts_set_apart_by_a_dash_in_a_word_paragraph(line: str) -> None:
    assert _budget(word_doc(*_HEAD, line)) == (475_000, 7_500, 482_500)


@pytest.mark.parametrize("line", _LINES)
def test_posts_set_apart_by_a_dash_on_a_pdf_line(line: str) -> None:
    assert _budget(pdf_doc([[(_HEAD[0], 72)], [(_HEAD[1], 72)], [(line, 72)]])) == (475_000, 7_500, 482_500)


def test_posts_set_apart_by_a_dash_inside_a_sentence() -> None:
    doc = word_doc(*_HEAD, "Vi søkjer om løn 475 000 – kompetanse 7 500 – til saman 482 500.")
    assert _budget(doc) == (475_000, 7_500, 482_500)


@pytest.mark.parametrize("text", [
    "Lønn 500 000 – 600 000",
    "Lønn 500 000 - kr 20 000 i refusjon",
    "Periode 2020 – 2021",
    "Lønn 500 000 -kompetanse",
])
def test_a_range_or_a_minus_is_no_break_between_posts(text: str) -> None:
    assert PIECE_BREAK.search(text) is None


@pytest.mark.parametrize("nothing", ["0", "ingen", "kr 0,-"])
def test_a_post_answered_with_nothing_between_dashes_takes_no_amount(nothing: str) -> None:
    doc = word_doc(*_HEAD, f"Løn 480 000 – kompetanse {nothing} – til saman 480 000")
    positions, competence, total = _budget(doc)
    assert (positions, total) == (480_000, 480_000) and not competence
