"""An interest question printed as a row of a table whose other column takes
a mark: where that column marks other rows, the question's empty cell is a
box left unticked (no), and the row's label ("Ønsker nettverk") is never
read as a yes. A column with no marks, or with words in it, decides nothing."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _interest(table: list[list[str]]):
    record = extract(word_doc("Søknad om tilskudd til utvikling av sosiale tjenester", "Nav Lyngen",
                              tables=[table]), S2020)
    return record.draft.get("interest.network"), record.draft.get("interest.process_evaluation")


def test_an_empty_cell_in_a_mark_column_is_no() -> None:
    assert _interest([["Sett kryss", "Valgt"],
                      ["Sikring av sårbare overganger", "✓"],
                      ["Vi ønsker å delta i nettverk/klyngesamarbeid", ""],
                      ["Vi ønsker ekstern prosessevaluering", "✓"]]) == (False, True)


def test_a_lone_mark_column_row_both_ways() -> None:
    assert _interest([["Spørsmål", "Kryss"],
                      ["Ønskjer nettverk/klyngjesamarbeid", "X"],
                      ["Ønskjer ekstern prosessevaluering", ""]]) == (True, False)


def test_a_column_without_marks_decides_nothing() -> None:
    assert _interest([["Spørsmål", "Svar"],
                      ["Nettverk/klyngesamarbeid", ""],
                      ["Ekstern prosessevaluering", ""]]) == (None, None)
