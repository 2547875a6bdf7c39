"""Yes/no answered by a mark before each option, the options in cells of
their own under the question ("– Ja | ✔ Nei"): the first cell is an option,
not the question, so the row above asks (``extract.interest_rows``)."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = [[("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", 72)],
        [("Prosjektets navn:", 72), ("Ung i jobb", 250)]]


def _interest(rows: list[list[tuple[str, int]]]) -> dict:
    values = extract(pdf_doc(HEAD + rows), S2020).draft.values
    return {k: values.get(f"interest.{k}") for k in ("network", "process_evaluation")}


def test_a_dash_and_a_tick_in_cells_under_the_question_answer_it() -> None:
    got = _interest([[("Er Nav-kontoret interessert i å delta i nettverk/klyngesamarbeid?", 72)],
                     [("– Ja", 72), ("✔ Nei", 150)],
                     [("Er Nav-kontoret interessert i ekstern prosessevaluering?", 72)],
                     [("✔ Ja", 72), ("– Nei", 150)]])
    assert got == {"network": False, "process_evaluation": True}
