"""A scanned yes/no pair whose printed words the scan partly lost
(``extract.interest_placed``, ``extract.interest``):

- one option word left, clearly nearer one box, names that box, and the other
  box is the other option; where no option word stands apart, the one box the
  reader labelled with an option does so;
- a line that lost both words takes the options of the line of two boxes
  right above it when its boxes stand in the same columns, never of a line
  whose boxes stand elsewhere;
- the option printed beside an empty box is no written answer: where the
  ticked box was lost with its word, the question stays unanswered (null),
  never a "no";
- a scan's blurred letters inside "prosessevaluering" still name the topic.
"""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import FormField
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ocr_page, pdf_line, pdf_pages

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _box(x: float, top: float, checked: bool, label: str | None, group: str | None) -> FormField:
    return FormField(kind="checkbox", method="pixels", page=1, label=label, checked=checked,
                     bbox=(x, top, x + 10, top + 10), group=group)


def _interest(lines, boxes) -> tuple[object, object]:
    page = ocr_page(1, [pdf_line("Prosjektnavn: Arbeid først", 1, 72, 60), *lines])
    page.fields = list(boxes)
    values = extract(pdf_pages(page), S2020).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


def test_the_one_option_word_left_names_its_box_and_the_other_box_is_the_other_option() -> None:
    # "Ja ☒   Nei ☐" printed before the boxes; the scan lost "Ja" with the tick's ink.
    q1, q2 = "Kontoret vil delta i klyngesamarbeid", "Kontoret vil ha følgeevaluering"
    lines = [pdf_line(q1, 1, 72, 300), pdf_line("Nei", 1, 452, 300),
             pdf_line(q2, 1, 72, 330), pdf_line("Nei", 1, 452, 330)]
    boxes = [_box(410, 300, True, "Nei", q1), _box(470, 300, False, None, q1),
             _box(410, 330, False, "Nei", q2), _box(470, 330, True, None, q2)]
    assert _interest(lines, boxes) == (True, False)


def test_with_no_option_word_apart_the_one_labelled_box_tells_the_pair() -> None:
    # The scan ran the row's words into one cell; the reader labelled the second box "Ja".
    q = "Interesse for nettverkssamarbeid"
    lines = [pdf_line(q, 1, 72, 300), pdf_line("i ~ Ja ..", 1, 380, 300)]
    boxes = [_box(392, 300, True, None, q), _box(440, 300, False, "Ja", q)]
    assert _interest(lines, boxes) == (False, None)


def test_a_line_that_lost_both_words_takes_the_columns_of_the_line_above() -> None:
    q1, q2 = "Samarbeid i nettverk", "Ekstern prosessevaluering"
    lines = [pdf_line(q1, 1, 72, 300), pdf_line("Ja", 1, 394, 300), pdf_line("Nei", 1, 454, 300),
             pdf_line(q2, 1, 72, 318)]
    boxes = [_box(380, 300, False, "Ja", q1), _box(440, 300, True, "Nei", q1),
             _box(380, 318, True, None, q2), _box(440, 318, False, None, q2)]
    assert _interest(lines, boxes) == (False, True)


def test_boxes_in_other_columns_than_the_line_above_take_nothing_from_it() -> None:
    q1, q2 = "Samarbeid i nettverk", "Ekstern prosessevaluering"
    lines = [pdf_line(q1, 1, 72, 300), pdf_line("Ja", 1, 394, 300), pdf_line("Nei", 1, 454, 300),
             pdf_line(q2, 1, 72, 318)]
    boxes = [_box(380, 300, False, "Ja", q1), _box(440, 300, True, "Nei", q1),
             _box(300, 318, True, None, q2), _box(340, 318, False, None, q2)]
    assert _interest(lines, boxes)[1] is None


def test_the_option_beside_an_empty_box_is_no_answer_when_the_ticked_box_was_lost() -> None:
    # "Interesse for klyngesamarbeid:  [☒ Ja lost]  ☐ Nei": only the empty "Nei" box was read.
    q = "Interesse for klyngesamarbeid:"
    lines = [pdf_line(q, 1, 72, 300), pdf_line("Nei", 1, 456, 300)]
    boxes = [_box(440, 300, False, "Nei", q.rstrip(":"))]
    assert _interest(lines, boxes) == (None, None)


def test_blurred_letters_inside_prosessevaluering_still_name_the_topic() -> None:
    q = "Ønsker dere ekstern prosessevaiuering?"
    lines = [pdf_line(q, 1, 72, 300), pdf_line("Ja", 1, 394, 300), pdf_line("Nei", 1, 454, 300)]
    boxes = [_box(380, 300, False, "Ja", q), _box(440, 300, True, "Nei", q)]
    assert _interest(lines, boxes) == (None, False)
