"""A middle column is the form's guidance only when its filled cells read as
guidance (``extract.pair_shapes.guidance_column``): a comment column
("Spørsmål | Svar | Utdyping") or a people table ("Rolle | Navn | Telefon")
with one row left empty in the middle keeps its answers in the middle."""

from __future__ import annotations

from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.pairs import find_pairs
from soknad_extract.layout.rows import Row, Span


def _cell(text: str) -> Span:
    return Span(text, 1, None, 1.0, "table")


def _pairs(*rows: list[str]) -> dict[str | None, str]:
    built = [Row([_cell(text) for text in row], 1, True) for row in rows]
    return {classify_label(p.label): p.value.text for p in find_pairs(built, classify_label)}


def test_a_comment_column_is_no_answer_when_one_answer_is_empty() -> None:
    found = _pairs(["Spørsmål", "Svar", "Utdyping"],
                   ["Nav-kontor", "Nav Fjellby", "Interkommunalt kontor for Fjellby og Dalen"],
                   ["Prosjektnavn", "Ung i jobb", "Navnet er foreløpig"],
                   ["Samarbeidspartnere", "", "Fjellby kommune og Dalen kommune"])
    assert found["office"] == "Nav Fjellby"
    assert found["title"] == "Ung i jobb"


def test_a_people_table_with_a_name_left_out_keeps_the_names() -> None:
    found = _pairs(["Kontaktperson", "Kari Hansen", "900 11 222"],
                   ["Prosjektleder", "", "900 33 444"])
    assert found["contact_name"] == "Kari Hansen"


def test_a_column_of_the_forms_hints_is_passed_over() -> None:
    found = _pairs(["Nav-kontor", "Oppgi kontorets fulle navn", "Nav Fjellby"],
                   ["Kommune", "", "Fjellby"],
                   ["Kontaktperson", "Fyll inn fullt navn", "Kari Hansen"])
    assert found["office"] == "Nav Fjellby"
    assert found["contact_name"] == "Kari Hansen"
