"""Two drawn or scanned boxes on a question's line, read by where the
printed options stand (``extract.interest_placed``): a form that prints the
option before its box ("Ja ☐  Nei ☐"), one that heads the boxes' columns
with the options once over several questions, and a scan that lost the word
beside a box. The reader's labels (the word to a box's right) would swap or
miss the answer."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import FormField
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _box(x: float, top: float, checked: bool, label: str | None, group: str | None) -> FormField:
    return FormField(kind="checkbox", method="drawn", page=1, label=label, checked=checked,
                     bbox=(x, top + 1, x + 9, top + 10), group=group)


def _interest(lines, boxes) -> tuple[object, object]:
    page = pdf_page(1, [pdf_line("Prosjektnavn: Trygg overgang", 1, 72, 60), *lines])
    page.fields = list(boxes)
    values = extract(pdf_pages(page), S2020).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


def test_options_printed_before_their_boxes() -> None:
    # "Deltar i nettverk for kontorene?   Ja ☒   Nei ☐": the reader labels the ticked box "Nei".
    q1, q2 = "Deltar kontoret i nettverk for kontorene?", "Ønskes en ekstern prosessevaluering?"
    lines = [pdf_line(q1, 1, 72, 200), pdf_line("Ja", 1, 380, 200), pdf_line("Nei", 1, 430, 200),
             pdf_line(q2, 1, 72, 220), pdf_line("Ja", 1, 380, 220), pdf_line("Nei", 1, 430, 220)]
    boxes = [_box(394, 200, True, "Nei", q1), _box(449, 200, False, None, q1),
             _box(394, 220, False, "Nei", q2), _box(449, 220, True, None, q2)]
    assert _interest(lines, boxes) == (True, False)


def test_options_heading_the_columns_of_boxes() -> None:
    # The reader gives each box both questions: the line beside it tells which.
    q1, q2 = "samarbeid i nettverk med andre kontor", "ekstern prosessevaluering av tiltaket"
    lines = [pdf_line("Kontoret ønsker:", 1, 72, 180), pdf_line("Ja", 1, 330, 196), pdf_line("Nei", 1, 370, 196),
             pdf_line(q1, 1, 72, 212), pdf_line(q2, 1, 72, 228)]
    both = f"{q1} {q2}"
    boxes = [_box(331, 212, False, None, both), _box(372, 212, True, None, both),
             _box(331, 228, True, None, both), _box(372, 228, False, None, both)]
    assert _interest(lines, boxes) == (False, True)


def test_a_scan_that_lost_the_word_beside_the_ticked_box() -> None:
    # "☐ Ja   ☒ Nei" under each question; the ticked box has no label.
    lines = [pdf_line("Nettverkssamarbeid", 1, 72, 200), pdf_line("Ja", 1, 86, 216), pdf_line("Nei.", 1, 160, 216),
             pdf_line("Ekstern prosessevaluering", 1, 72, 236), pdf_line("Ja", 1, 86, 252),
             pdf_line("Nei.", 1, 160, 252)]
    boxes = [_box(72, 216, True, "Ja", "Nettverkssamarbeid"), _box(146, 216, False, None, "Nettverkssamarbeid"),
             _box(72, 252, False, "Ja", "Ekstern prosessevaluering"),
             _box(146, 252, True, None, "Ekstern prosessevaluering")]
    assert _interest(lines, boxes) == (True, False)


def test_boxes_whose_options_stand_evenly_between_them_answer_nothing_here() -> None:
    # "☐ Ja ☒ Nei ☐": neither side serves every box alone; a third box makes it no pair either.
    q = "Ønsker dere å delta i nettverk?"
    lines = [pdf_line(q, 1, 72, 200), pdf_line("Ja", 1, 400, 200), pdf_line("Nei", 1, 430, 200)]
    boxes = [_box(388, 200, False, None, q), _box(416, 200, True, None, q), _box(448, 200, False, None, q)]
    assert _interest(lines, boxes)[0] is None


def test_options_carried_over_a_page_break_answer_the_question_that_ends_the_page_before() -> None:
    q = "Ønsker kontoret at prosessen evalueres eksternt (prosessevaluering)?"
    first = pdf_page(1, [pdf_line("Prosjektnavn: Trygg overgang", 1, 72, 60), pdf_line(q, 1, 72, 790)])
    second = pdf_page(2, [pdf_line("Nei", 2, 90, 72), pdf_line("Ja", 2, 150, 72),
                          pdf_line("Kort beskrivelse av prosjektet", 2, 72, 110)])
    second.fields = [FormField(kind="checkbox", method="pixels", page=2, label="Nei", checked=False,
                               bbox=(76, 72, 85, 81)),
                     FormField(kind="checkbox", method="pixels", page=2, label="Ja", checked=True,
                               bbox=(136, 72, 145, 81))]
    values = extract(pdf_pages(first, second), S2020).draft.values
    assert values.get("interest.process_evaluation") is True


def test_a_box_under_other_text_on_its_page_does_not_reach_back_over_the_break() -> None:
    q = "Ønsker kontoret ekstern prosessevaluering?"
    first = pdf_page(1, [pdf_line("Prosjektnavn: Trygg overgang", 1, 72, 60), pdf_line(q, 1, 72, 790)])
    second = pdf_page(2, [pdf_line("Vedlegg", 2, 72, 50), pdf_line("Kopi av budsjett", 2, 90, 72)])
    second.fields = [FormField(kind="checkbox", method="pixels", page=2, label="Kopi av budsjett", checked=True,
                               bbox=(76, 72, 85, 81))]
    values = extract(pdf_pages(first, second), S2020).draft.values
    assert values.get("interest.process_evaluation") is None
