"""A title broken inside its word in a narrow cell, with the municipality
after it ("Kommunalsje" / "f Bø",
"Kommune-" / "direktør Tokke" are): the broken word is joined, the place
stays after a space, so the row's signer keeps the role."""

from __future__ import annotations

from soknad_extract.extract.signatures.cells import join_wrapped_cells
from soknad_extract.layout.fragments import Fragment


def _frag(text: str, x: float, y: float, cell: tuple[int, int, int], order: int) -> Fragment:
    return Fragment(text=text, page=1, box=(x, y, x + 6.0 * len(text), y + 10.0), real=True,
                    order=order, table_cell=cell)


def _cell(lines: list[str]) -> list[Fragment]:
    return [_frag(text, 72, 200 + 12 * k, (0, 1, 0), k) for k, text in enumerate(lines)]


def test_a_broken_title_with_its_municipality_after_it() -> None:
    assert [f.text for f in join_wrapped_cells(_cell(["Kommunalsje", "f Midt-Telemark"]))] == [
        "Kommunalsjef Midt-Telemark"]


def test_a_hyphenated_break_drops_its_hyphen() -> None:
    assert [f.text for f in join_wrapped_cells(_cell(["Kommune-", "direktør Tokke"]))] == ["Kommunedirektør Tokke"]


def test_a_join_that_makes_no_title_stays_apart() -> None:
    assert [f.text for f in join_wrapped_cells(_cell(["Prosjektlede", "r Seljord"]))] == ["Prosjektlede", "r Seljord"]
