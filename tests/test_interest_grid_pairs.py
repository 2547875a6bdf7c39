"""Interest answers in a grid that packs two label/value pairs a row
("Nettverk/klyngesamarbeid | Ja | Ekstern prosessevaluering | Nei"): each
pair's own cells decide, so the other question's answer in the same row is no
second printed option. Precision: a grid that prints both options for each
question ("Ja / Nei" in the answer cell, or "Ja | Nei" after the label) is a
form's options, no answer."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _word(*rows: list[str]) -> tuple[bool | None, bool | None]:
    values = extract(word_doc(HEAD, tables=[[["Prosjektnavn", "Jobb først", "Kommune", "Voss"], *rows]]),
                     S2020).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


def _pdf(*rows: list[str]) -> tuple[bool | None, bool | None]:
    lines = [[(HEAD, 72)], [("Prosjektnavn", 40), ("Jobb først", 170), ("Kommune", 300), ("Voss", 440)]]
    lines += [[(text, x) for text, x in zip(row, (40, 170, 300, 440))] for row in rows]
    values = extract(pdf_doc(lines), S2020).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


@pytest.mark.parametrize(("row", "expected"), [
    (["Nettverk/klyngesamarbeid", "Ja", "Ekstern prosessevaluering", "Nei"], (True, False)),
    (["Ønskjer ekstern prosessevaluering", "Nei", "Deltek i nettverkssamarbeid", "Ja"], (True, False)),
    (["Deltakelse i nettverk", "Nei", "Prosessevaluering", "Ja"], (False, True)),
])
def test_two_answered_pairs_in_one_word_row(row: list[str], expected: tuple) -> None:
    assert _word(row) == expected


def test_two_answered_pairs_in_one_pdf_row_without_colons() -> None:
    assert _pdf(["Nettverk/klyngesamarbeid", "Nei", "Ekstern prosessevaluering", "Ja"]) == (False, True)


def test_a_grid_printing_both_options_for_each_question_answers_nothing() -> None:
    assert _word(["Nettverk/klyngesamarbeid", "Ja / Nei", "Ekstern prosessevaluering", "Ja / Nei"]) == (None, None)


def test_options_in_their_own_cells_after_each_label_answer_nothing() -> None:
    assert _word(["Nettverk/klyngesamarbeid", "Ja", "Nei"], ["Ekstern prosessevaluering", "Ja", "Nei"]) == (None, None)


def test_one_question_naming_both_topics_with_its_options_in_cells_answers_nothing() -> None:
    assert _word(["Nettverk / evaluering", "Ja", "Nei"]) == (None, None)
