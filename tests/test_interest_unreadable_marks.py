"""Interest answers whose option boxes cannot be told apart (issue 12,
class 4): a PDF whose font lacks the box glyphs writes every box, ticked or
not, as the same character (code 0, shown as the font's empty ".notdef"
rectangle; text "\\x00" or "\\ufffd"). The page then does not show the
answer, so the record says null rather than guess from the option words."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("box", ["\x00", "\ufffd"])
@pytest.mark.parametrize("network, evaluation", [
    ("Ønsker kontoret å være med i nettverk/klyngesamarbeid? {b} Ja {b} Nei",
     "Ønsker kontoret ekstern prosessevaluering? {b} Ja {b} Nei"),
    ("Interesse for nettverk / klyngesamarbeid {b} Ja {b} Nei",
     "Interesse for ekstern prosessevaluering {b} Ja {b} Nei"),
])
def test_boxes_that_all_look_the_same_answer_nothing(box, network, evaluation):
    doc = pdf_doc([[("Prosjekttittel:", 50), ("Sammen om arbeid", 250)],
                   [(network.format(b=box), 50)], [(evaluation.format(b=box), 50)]])
    values = extract(doc, S2020).draft.values
    assert values.get("interest.network") is None
    assert values.get("interest.process_evaluation") is None


def test_the_same_lines_with_readable_box_glyphs_are_answered():
    doc = pdf_doc([[("Interesse for nettverk / klyngesamarbeid ☐ Ja ☒ Nei", 50)],
                   [("Interesse for ekstern prosessevaluering ☒ Ja ☐ Nei", 50)]])
    values = extract(doc, S2020).draft.values
    assert values.get("interest.network") is False
    assert values.get("interest.process_evaluation") is True
