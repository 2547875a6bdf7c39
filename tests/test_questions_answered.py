"""Which of the form's questions for required values stand unanswered
(issue 12, class 8): the positive evidence an error that a value is missing
needs. Documents built here, in three layouts."""

from __future__ import annotations

from soknad_extract.extract.context import Context
from soknad_extract.extract.questions import find_questions
from soknad_extract.layout import Document, FormField, Line, Page
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def answers(doc: Document) -> dict[str, bool]:
    return {q.field: q.answered for q in find_questions(Context(doc, S2020))}


def test_a_blank_table_cell_beside_the_question_is_unanswered():
    doc = word_doc("Søknad om tilskudd", tables=[[["Nav-kontor", "Nav Lom"], ["Prosjektets tittel", ""],
                                                   ["Stillingsprosent", "100 %"]]])
    got = answers(doc)
    assert got["project.title"] is False
    assert got["office.name"] is True and got["positions_percent_total"] is True


def test_a_question_followed_by_the_next_question_is_unanswered_and_one_with_text_under_it_is_not():
    doc = word_doc("Prosjektnamn", "Barn har noko å seie", "Oppstartsdato", "Kontaktperson", "Kari Nordmann")
    got = answers(doc)
    assert got["project.title"] is True
    assert got["project.start_date"] is False
    assert got["contact.name"] is True


def test_an_inline_answer_and_words_no_rule_reads_still_answer_the_question():
    doc = pdf_doc([[("Prosjekttittel: Ung økonomi", 50)],
                   [("Stillingsprosent:", 50), ("en halv stilling", 250)],
                   [("Søknadsbeløp:", 50), ("Org.nr.:", 300)]])
    got = answers(doc)
    assert got["project.title"] is True
    assert got["positions_percent_total"] is True
    assert got["amounts.total"] is False


def test_the_last_question_of_the_document_with_nothing_under_it_is_unanswered():
    assert answers(word_doc("Tittel: Eie først", "Oppstartsdato"))["project.start_date"] is False


def test_a_question_at_the_foot_of_a_page_may_be_answered_over_the_break():
    pages = [Page(1, lines=[Line("Oppstartsdato", 1)]), Page(2, lines=[Line("1. august 2020", 2)])]
    assert answers(Document("x.docx", "docx", pages))["project.start_date"] is True


def test_an_empty_form_field_is_an_unanswered_question_on_its_page():
    empty = FormField("text", "acroform", 2, name="f1", label="Org.nr.", value="", bbox=(10.0, 20.0, 90.0, 30.0))
    doc = word_doc("Søknad", fields=[empty])
    question = next(q for q in find_questions(Context(doc, S2020)) if q.field == "office.org_number")
    assert (question.page, question.answered, question.bbox) == (2, False, (10.0, 20.0, 90.0, 30.0))


def test_questions_side_by_side_are_answered_in_their_own_column_below():
    doc = pdf_doc([[("SØKENDE NAV-KONTOR", 50), ("KOMMUNE", 300)],
                   [("Nav Lom", 50), ("Lom", 300)],
                   [("TILTAKETS NAVN", 50), ("KONTAKTPERSON", 300)],
                   [("E-POST", 50), ("Kari Nordmann", 300)]])
    got = answers(doc)
    assert got["office.name"] is True
    assert got["contact.name"] is True
    assert got["project.title"] is False


def test_a_heading_with_a_year_is_no_question():
    doc = pdf_doc([[("NAV-KONTORET 2020", 50)], [("Prosjekttittel:", 50)]])
    assert [q.field for q in find_questions(Context(doc, S2020))] == ["project.title"]


def test_a_question_read_by_ocr_says_so():
    page = Page(1, lines=[Line("Oppstartsdato", 1, confidence=0.93, ocr=True), Line("lsnsdf 2O2O", 1, ocr=True)],
                ocr=True)
    question = find_questions(Context(Document("x.pdf", "pdf", [page]), S2020))[0]
    assert (question.field, question.answered, question.ocr, question.confidence) == \
        ("project.start_date", True, True, 0.93)
