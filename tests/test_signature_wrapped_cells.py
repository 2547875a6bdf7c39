"""A signature table's narrow cells wrap a long name onto a second line
and break a long title inside the word; each cell's lines are read as one
text, so the row's signer keeps the whole name and the title its role.
Two signers' cells, a place and a date on two lines, stay apart."""

from __future__ import annotations

from soknad_extract.extract.signatures.cells import join_wrapped_cells
from soknad_extract.layout.fragments import Fragment


def _frag(text: str, x: float, y: float, cell: tuple[int, int, int] | None, order: int) -> Fragment:
    return Fragment(text=text, page=2, box=(x, y, x + 6.0 * len(text), y + 10.0), real=True,
                    order=order, table_cell=cell)


def _row(y: float, row: int, lines: list[list[str]]) -> list[Fragment]:
    """One table row, its cells' lines read row by row as a PDF gives them."""
    out: list[Fragment] = []
    for depth in range(max(len(c) for c in lines)):
        for col, cell in enumerate(lines):
            if depth < len(cell):
                out.append(_frag(cell[depth], 90 + 108 * col, y + 12 * depth, (0, row, col), 100 * row + len(out)))
    return out


def _texts(frags: list[Fragment]) -> list[str]:
    return [f.text for f in frags]


def test_a_wrapped_name_and_a_broken_title_are_one_text_each() -> None:
    frags = _row(74, 0, [["Bømlo", "14.01.2020"], [], ["Svein Olav", "Folkestad"], ["Nav-leder"]])
    frags += _row(107, 1, [["Bømlo", "20.01.2020"], [], ["Anne Grethe Lie"], ["Kommunedirektø", "r"]])
    assert _texts(join_wrapped_cells(frags)) == [
        "Bømlo", "Svein Olav Folkestad", "Nav-leder", "14.01.2020",
        "Bømlo", "Anne Grethe Lie", "Kommunedirektør", "20.01.2020",
    ]


def test_a_title_under_a_name_in_one_cell_stays_apart() -> None:
    frags = _row(74, 0, [["Kari Lie", "Nav-leder"], ["Per Moe", "Rådmann"]])
    assert _texts(join_wrapped_cells(frags)) == ["Kari Lie", "Per Moe", "Nav-leder", "Rådmann"]


def test_lines_outside_tables_are_not_joined() -> None:
    frags = [_frag("Svein Olav", 90, 74, None, 0), _frag("Folkestad", 90, 86, None, 1)]
    assert _texts(join_wrapped_cells(frags)) == ["Svein Olav", "Folkestad"]


# Class: a signer's title whose sector does not fit its table cell, the last
# words wrapping onto the cell's next line ("Kommunalsjef oppvekst og" /
# "kultur"): the title is read whole. A name under a title stays apart, and
# a lower-case line that makes no longer title is not joined.

def test_a_title_whose_sector_wraps_in_its_cell_is_one_title() -> None:
    frags = _row(74, 0, [["Nav-leiar"], ["Tove Rise"], ["21.01.2020"]])
    frags += _row(107, 1, [["Kommunalsjef oppvekst og", "kultur"], ["Geir Nes"], ["22.01.2020"]])
    assert _texts(join_wrapped_cells(frags)) == [
        "Nav-leiar", "Tove Rise", "21.01.2020", "Kommunalsjef oppvekst og kultur", "Geir Nes", "22.01.2020"]


def test_a_name_or_a_place_under_a_title_is_not_its_sector() -> None:
    frags = _row(74, 0, [["Kommunalsjef helse", "Geir Nes"], ["Rådmann", "i Dalby"]])
    assert _texts(join_wrapped_cells(frags))[:2] == ["Kommunalsjef helse", "Rådmann"]
