"""Signature classes met in the thirteenth held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.wording import person_name
from soknad_extract.layout import Image, Line
from tests.builders.layouts import table_cell, word_pages
from tools.samplegen.signed import scribble_png


def as_tuples(found):
    return [(s.role, s.name, s.title, s.date, s.kind) for s, _e in found]


# --- a deputy signing for the leader -----------------------------------------
# Class: the one who signs writes their own name with a mark that they sign
# on another's behalf ("e.f.", "etter fullmakt", "p.p.", "for" + the title
# signed for); the mark is no part of the name, and the signature keeps the
# role of the block it stands in.

@pytest.mark.parametrize("caption", [
    "Per Dahl e.f.", "Per Dahl e.f", "Per Dahl (e.f.)", "Per Dahl etter fullmakt", "Per Dahl p.p.",
    "Per Dahl pp.", "Per Dahl for Nav-leder",
])
def test_a_name_with_a_mark_of_signing_for_another_is_the_name(caption):
    assert person_name(caption) == "Per Dahl"


@pytest.mark.parametrize("mark", ["e.f.", "(e.f.)", "etter fullmakt", "p.p."])
def test_a_deputy_signs_in_the_leaders_block(mark):
    """A letter's closing as a Word table: ink, the deputy's name with the
    mark, and "for Nav-leder <leader>" with the leader's acting title under it."""
    lines = [
        Line(text="Søknad om tilskudd", page=1), Line(text="Med vennlig hilsen", page=1),
        table_cell("", 0, 0), table_cell("", 0, 1),
        table_cell(f"Per Dahl {mark}", 1, 0), table_cell("Lise Haugen", 1, 1),
        table_cell("for Nav-leder Randi Strand", 2, 0), table_cell("(konstituert Nav-leder)", 2, 0),
        table_cell("rådmann", 2, 1),
    ]
    images = [Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(3 + c),
                    table_cell=(0, 0, c), paragraph_index=2 + c) for c in (0, 1)]
    found = as_tuples(extract_signatures(word_pages({1: lines}, images)))
    assert [(f[0], f[1]) for f in found] == [("nav_leader", "Per Dahl"), ("municipality", "Lise Haugen")]
