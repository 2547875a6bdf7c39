"""Both interest questions asked in one row of an office's own form and
answered in the same order ("Nettverk / evaluering   Ja / Nei", the answers on
the row or under it), and one question's short label with its bare answer
and no colon ("Prosessevaluering   Nei"). Precision: a row that answers only
one, names one topic twice, or prints the options, gives only what it
clearly says."""

from __future__ import annotations

import pytest

from soknad_extract.extract import Context, application_view, extract, find_parts, without_form_text
from soknad_extract.extract.interest_answers import answer_words
from soknad_extract.extract.interest_combined import answer_on_label_line, combined_answer
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester"


def _interest(*lines: str) -> tuple[bool | None, bool | None]:
    doc = text_doc(text_page(1, HEAD, "Prosjekt: Jobbsjansen for unge", *lines, "Budsjett"))
    got = extract(doc, S2020).draft.values
    return got.get("interest.network"), got.get("interest.process_evaluation")


@pytest.mark.parametrize(("lines", "expected"), [
    (["Klyngesamarbeid og prosessevaluering   Nei / Ja"], (False, True)),
    (["Prosessevaluering / nettverk   Ja / Nei"], (False, True)),
    (["7. Nettverkssamarbeid / følgjeevaluering", "Nei / Ja"], (False, True)),
    (["NETTVERK & EVALUERING", "Ja / Ja"], (True, True)),
    (["Nettverk/klynge / evaluering   Nei / Nei"], (False, False)),
    (["4. Nettverk / evalueringJa / Nei"], (True, False)),
])
def test_one_row_answers_both_in_order(lines: list[str], expected: tuple[bool, bool]) -> None:
    assert _interest(*lines) == expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Følgjeevaluering   Ja", (None, True)),
    ("Prosessevaluering   Nei", (None, False)),
    ("Nettverkssamarbeid   Nei", (False, None)),
])
def test_a_short_label_and_its_bare_answer(line: str, expected: tuple) -> None:
    assert _interest(line) == expected


def test_one_answer_for_two_questions_gives_no_evaluation_answer() -> None:
    assert _interest("Nettverk / evaluering   Ja")[1] is None


def test_one_topic_named_twice_is_no_combined_row() -> None:
    assert _interest("Nettverk / klynge   Ja / Nei") == (None, None)


def test_options_the_form_prints_elsewhere_are_no_answers() -> None:
    assert _interest("Nytt prosjekt   Ja / Nei", "Nettverk / prosessevaluering   Ja / Nei") == (None, None)


def test_stacked_printed_options_under_a_label_are_no_answer_of_the_label_line() -> None:
    doc = text_doc(text_page(1, HEAD, "Prosessevaluering   Ja", "Nei", "Budsjett"))
    ctx = Context(without_form_text(application_view(doc, find_parts(doc)), S2020), S2020)
    assert answer_on_label_line(ctx, answer_words().topics["interest.process_evaluation"]) is None


def test_a_bare_evaluation_alone_is_not_the_process_evaluation() -> None:
    assert _interest("Evaluering   Nei")[1] is None


@pytest.mark.parametrize("line", ["Nettverk / prosessevaluering  ☐ Ja / ☐ Ja", "Prosessevaluering  ☐ Ja"])
def test_a_row_with_empty_boxes_gives_no_written_answer(line: str) -> None:
    doc = text_doc(text_page(1, HEAD, line, "Budsjett"))
    ctx = Context(without_form_text(application_view(doc, find_parts(doc)), S2020), S2020)
    assert combined_answer(ctx, "interest.process_evaluation") is None
    assert answer_on_label_line(ctx, answer_words().topics["interest.process_evaluation"]) is None
