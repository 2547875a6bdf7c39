"""The question a check box answers (layout.questions) and the interest
answers read from it, on documents built here."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.layout import Document, FormField, Page
from soknad_extract.layout.questions import QuestionFinder, line_question, option_answer
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_line, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def values(doc: Document) -> dict:
    return extract(doc, S2020).draft.values


@pytest.mark.parametrize("text, question", [
    ("Interesse for nettverk / klyngesamarbeid   ☒ Ja   ☐ Nei", "Interesse for nettverk / klyngesamarbeid"),
    ("Ønskjer kontoret prosessevaluering? [ ] Ja [X] Nei", "Ønskjer kontoret prosessevaluering"),
    ("Nettverk: ☐ Ja ☒ Nei", "Nettverk"),
    ("Prioritert område ☒ Bruk av ordinært arbeidsliv ☐ Sikring av sårbare overganger", None),
    ("☒ Ja ☐ Nei", None),
    ("Ingen boksar her", None),
])
def test_text_before_yes_no_boxes_is_their_question(text, question):
    assert line_question(text) == question


@pytest.mark.parametrize("label, answer", [("Ja", True), ("nei", False), ("Yes.", True), ("Kanskje", None), (None, None)])
def test_option_words_come_from_the_vocabulary(label, answer):
    assert option_answer(label) is answer


def test_own_line_beats_the_question_above():
    above = pdf_line("Ønsker kontoret å delta i nettverk?", 1, 60, 100)
    own = pdf_line("Interessert i ekstern prosessevaluering ☒ Ja ☐ Nei", 1, 60, 114)
    finder = QuestionFinder([above, own])
    finder.mark_box_line(own)
    box = own.words[-3].bbox
    assert finder.question(box, box) == "Interessert i ekstern prosessevaluering"


@pytest.mark.parametrize("line, network", [
    ("Interesse for nettverk / klyngesamarbeid   ☐ Ja   ☒ Nei", False),
    ("Interessert i nettverk / klyngesamarbeid  ☒ Ja  ☐ Nei", True),
    ("Nettverkssamarbeid med andre kontor [X] Ja [ ] Nei", True),
])
def test_word_paragraph_with_boxes_answers_its_own_question(line, network):
    doc = word_doc("Prioriterte område", "Totalt 610 000", line,
                   "Interessert i ekstern prosessevaluering   ☒ Ja   ☐ Nei")
    got = values(doc)
    assert got["interest.network"] is network
    assert got["interest.process_evaluation"] is True


def test_the_paragraph_above_is_not_the_question_of_a_line_with_its_own():
    """The reader's fallback group (the paragraph above) names the network
    question; the boxes' own line asks about the evaluation."""
    fields = [FormField("checkbox", "glyph", 1, label="Ja", checked=True,
                        group="Ønsker kontoret å delta i nettverk/klyngesamarbeid"),
              FormField("checkbox", "glyph", 1, label="Nei", checked=False,
                        group="Ønsker kontoret å delta i nettverk/klyngesamarbeid")]
    doc = word_doc("Ønsker kontoret å delta i nettverk/klyngesamarbeid?",
                   "Interessert i ekstern prosessevaluering  ☒ Ja  ☐ Nei", fields=fields)
    got = values(doc)
    assert got["interest.process_evaluation"] is True
    assert "interest.network" not in got


def test_mark_in_a_yes_or_no_column():
    doc = word_doc(tables=[[["Spørsmål", "Ja", "Nei"],
                            ["Ønsker kontoret å delta i nettverk/klyngesamarbeid", "", "X"],
                            ["Ekstern prosessevaluering", "X", ""]]])
    got = values(doc)
    assert got["interest.network"] is False
    assert got["interest.process_evaluation"] is True


def test_printed_options_without_a_mark_are_no_answer():
    doc = word_doc(tables=[[["Interessert i nettverk / klyngesamarbeid", "Ja", "Nei"],
                            ["Interessert i ekstern prosessevaluering", "Ja", "Nei"]]])
    got = values(doc)
    assert "interest.network" not in got
    assert "interest.process_evaluation" not in got


def test_unticked_boxes_leave_the_question_unanswered():
    doc = word_doc("Interesse for nettverk / klyngesamarbeid ☐ Ja ☐ Nei")
    assert "interest.network" not in values(doc)


@pytest.mark.parametrize("text, network", [
    ("Nav Fjaler ønskjer å vere med i nettverk for kontor som prøver ut tilsvarande tiltak.", True),
    ("Vi er interessert i nettverkssamarbeid med andre kontor.", True),
    ("Nettverk/klyngesamarbeid er ikkje aktuelt for oss no.", False),
])
def test_answers_in_prose(text, network):
    assert values(word_doc(text))["interest.network"] is network


def test_pdf_typed_boxes_get_their_own_line_as_question():
    from soknad_extract.readers.pdf.labels import PageLabels

    above = pdf_line("Kryss av for prioritert utviklingsområde:", 1, 60, 100)
    own = pdf_line("Interesse for ekstern prosessevaluering ☐ Ja ☒ Nei", 1, 60, 114)
    labels = PageLabels([above, own])
    labels.mark_box_line(own)
    yes, no = own.words[-4].bbox, own.words[-2].bbox
    fields = [FormField("checkbox", "glyph", 1, label="Ja", checked=False, bbox=yes),
              FormField("checkbox", "glyph", 1, label="Nei", checked=True, bbox=no)]
    labels.assign_questions(fields, [yes, no])
    assert {f.group for f in fields} == {"Interesse for ekstern prosessevaluering"}
    doc = Document("x.pdf", "pdf", [Page(1, 595, 842, lines=[above, own], fields=fields)], page_count=1)
    assert values(doc)["interest.process_evaluation"] is False
