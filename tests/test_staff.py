"""Staff signing a party's block, from the fifty-sixth held-out corpus: one who
signs the Nav office's block ("For Nav X" / ink / "Name, rådgiver") with a
staff title printed is not the Nav leader, so no Nav leader's signature is
read there; a leader with a title neither a role's nor staff's keeps the
heading's role, and a deputy signing for the leader is no staff signer.
Built in other wordings and layouts than the corpus file's.
"""

from __future__ import annotations

from soknad_extract.layout import Image, Line
from tests.builders.layouts import table_cell, word_pages
from tests.test_signers import HEAD, _signers, _stacked
from tools.samplegen.signed import scribble_png


def _party_table(nav_signer: str, municipal_signer: str = "Hege Dahl, rådmann"):
    """A Word form's signing table headed by the parties, ink in each cell."""
    lines = [Line(text=t, page=1) for t in (HEAD, "Vi søker om en 50 % stilling.", "Signatur")]
    cells = [("For NAV Modum", nav_signer, "Dato: 22.01.2020"),
             ("For Modum kommune", municipal_signer, "Dato: 23.01.2020")]
    pictures = []
    for col, (heading, signer, when) in enumerate(cells):
        for row, text in enumerate((heading, "", signer, when)):
            lines.append(table_cell(text, row, col))
        pictures.append(Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(col + 3),
                              table_cell=(0, 1, col)))
    return word_pages({1: lines}, pictures)


def test_an_adviser_signing_the_nav_offices_block_is_no_nav_leader() -> None:
    found = _signers(_party_table("Tor Lie, rådgiver"))
    assert [(r, n) for r, _k, n, _t, _d in found] == [("municipality", "Hege Dahl")]


def test_a_staff_title_under_the_name_is_the_signers_own() -> None:
    found = _signers(_stacked(("For Nav Åmot", "Siri Berg", "Veileder"),
                              ("For Åmot kommune", "Knut Ås", "Kommunalsjef")))
    assert [(r, n) for r, _k, n, _t, _d in found] == [("municipality", "Knut Ås")]


def test_a_leader_with_an_unknown_title_keeps_the_headings_role() -> None:
    found = _signers(_party_table("Tor Lie, daglig leder"))
    assert [(r, n) for r, _k, n, _t, _d in found] == [("nav_leader", "Tor Lie"), ("municipality", "Hege Dahl")]


def test_a_deputy_for_the_leader_is_no_staff_signer() -> None:
    found = _signers(_party_table("Tor Lie, rådgiver, e.f. Nav-leder"))
    assert [r for r, *_rest in found] == ["nav_leader", "municipality"]


