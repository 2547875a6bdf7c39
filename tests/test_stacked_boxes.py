"""Yes/no boxes stacked under an interest question, one option a line, on a
drawn or scanned page, answer the question printed right above them, even
when the reader grouped every box of the column under the heading of the
box list above (the priority areas)."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.layout import FormField
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEADING = "Prioriterte områder (kryss av)"


def _box(label: str, top: float, checked: bool, x: float = 52) -> FormField:
    return FormField(kind="checkbox", method="pixels", page=1, label=label, checked=checked,
                     bbox=(x, top, x + 11, top + 11), group=HEADING)


def _doc(network: tuple[bool, bool], evaluation: tuple[bool, bool], options=("Ja", "Nei")):
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester", 1, 52, 60),
             pdf_line(HEADING, 1, 52, 200),
             pdf_line("Bruk av ordinært arbeidsliv", 1, 70, 225),
             pdf_line("Vil kontoret være med i nettverk eller klyngesamarbeid?", 1, 52, 245),
             pdf_line(options[0], 1, 70, 262), pdf_line(options[1], 1, 70, 279),
             pdf_line("Er kontoret interessert i ekstern prosessevaluering?", 1, 52, 298),
             pdf_line(options[0], 1, 70, 315), pdf_line(options[1], 1, 70, 332)]
    first = option_first = options[0]
    fields = [_box("Bruk av ordinært arbeidsliv", 225, True),
              _box(first, 262, network[0]), _box(options[1], 279, network[1]),
              _box(option_first, 315, evaluation[0]), _box(options[1], 332, evaluation[1])]
    page = pdf_page(1, lines)
    page.fields = fields
    record = extract(pdf_pages(page), S2020)
    return record.draft.get("interest.network"), record.draft.get("interest.process_evaluation")


@pytest.mark.parametrize("network, evaluation, expected", [
    ((True, False), (False, True), (True, False)),
    ((False, True), (True, False), (False, True)),
])
def test_stacked_boxes_answer_the_question_above(network, evaluation, expected) -> None:
    assert _doc(network, evaluation) == expected


def test_options_in_the_other_order() -> None:
    assert _doc((True, False), (True, False), options=("Nei", "Ja")) == (False, False)


def test_no_box_ticked_answers_nothing() -> None:
    assert _doc((False, False), (False, False)) == (None, None)
