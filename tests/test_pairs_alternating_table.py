"""A table of two label/answer pairs a row: a label's answer is the cell to
its right, never the cell under it (``extract.pair_shapes.answered_beside``)."""

from __future__ import annotations

from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.pairs import find_pairs
from soknad_extract.layout.rows import Row, Span


def _cell(text: str) -> Span:
    return Span(text, 1, None, 1.0, "table")


def _pairs(*rows: list[str]) -> dict[str | None, str]:
    built = [Row([_cell(text) for text in row], 1, True) for row in rows]
    return {classify_label(p.label): p.value.text for p in find_pairs(built, classify_label)}


def test_a_label_left_unanswered_in_a_row_of_pairs_takes_nothing_from_below() -> None:
    # the reader dropped the empty cells, so the total's amount stands under "Kompetanse"
    found = _pairs(["Lønn", "kr 600 000", "Kompetanse"], ["Andre kostnader", "Sum omsøkt", "kr 600 000"])
    assert found == {"positions_amount": "kr 600 000", "total": "kr 600 000"}


def test_a_row_of_column_labels_still_reads_its_answers_below() -> None:
    found = _pairs(["Nav-kontor", "Kommune"], ["Nav Fjellby", "Fjellby kommune"])
    assert found["office"] == "Nav Fjellby"


def test_a_guidance_column_between_label_and_answer_is_no_answer() -> None:
    # a Word form's label / guidance / control table read as rows: "Kommune" has no guidance
    found = _pairs(["Nav-kontor", "Skriv kontorets navn", "Nav Fjellby"], ["Kommune", "", "Fjellby"],
                   ["Prosjektnavn", "Kort og beskrivende", "Ut i arbeid"])
    assert found == {"office": "Nav Fjellby", "municipality": "Fjellby", "title": "Ut i arbeid"}


def test_without_an_empty_middle_cell_the_cell_beside_the_label_answers() -> None:
    found = _pairs(["Kontaktperson", "Kari Nordmann", "912 34 567"], ["Nav-kontor", "Nav Fjellby", "Fjellby"])
    assert found["contact_name"] == "Kari Nordmann"
    assert found["office"] == "Nav Fjellby"
