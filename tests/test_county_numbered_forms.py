"""County forms that number their questions (issue fix11a): a date answering
under the question's hint, a numbered cell holding its label over its answer,
items lettered by part ("B1", "C4"), a numbered section word answered beside
it, and a timetable whose date column stands before the activity. Documents
and rows built here, in wordings of their own."""

from __future__ import annotations

from dataclasses import replace

from soknad_extract.extract import extract
from soknad_extract.extract.help_lines import help_lines
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.pairs import find_pairs
from soknad_extract.extract.pair_text import clean_label
from soknad_extract.layout import Line
from soknad_extract.layout.rows import Row, Span
from soknad_extract.layout.typography import page_typography
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_GREY = (0.5, 0.5, 0.5)


def _line(text: str, top: float, colour=None) -> Line:
    return replace(pdf_line(text, 1, 72, top), italic=colour is not None, colour=colour, size=10.0)


def _questions_with_hints(answer: str) -> list[Line]:
    rows = [("Hva heter tiltaket?", "Skriv et kort navn.", "Jobbhuset i Solvik"),
            ("Når startar prosjektet?", "Skriv dato eller månad.", answer),
            ("Kven er kontaktperson?", "Den som kan svare på spørsmål.", "Eli Haug, 41 22 33 44")]
    lines, top = [], 60.0
    for question, hint, reply in rows:
        lines += [_line(question, top), _line(hint, top + 14, _GREY), _line(reply, top + 28)]
        top += 50
    return lines


def test_a_date_under_the_hint_is_the_answer_and_the_hint_is_help() -> None:
    lines = _questions_with_hints("3. august 2020")
    assert help_lines(lines, page_typography(pdf_page(1, lines))) == {1, 4, 7}


def test_a_count_under_the_hint_is_the_answer_and_the_hint_is_help() -> None:
    lines = _questions_with_hints("2 stillingar à 50 %")
    assert help_lines(lines, page_typography(pdf_page(1, lines))) == {1, 4, 7}


def test_a_start_date_answered_under_a_hint_line_is_read() -> None:
    doc = pdf_pages(pdf_page(1, [_line("Søknad om tilskot til sosiale tenester 2020", 30),
                                 *_questions_with_hints("15. september 2020")]))
    assert extract(doc, S2020).draft.get("project.start_date") == "2020-09-15"


def _stacked(label: str, answer: str) -> Row:
    return Row([Span(f"{label}\n{answer}", 1, lines=(label, answer), method="table")], 1, in_table=True)


def test_a_numbered_cell_over_the_next_numbered_item_pairs_its_label_and_answer() -> None:
    rows = [_stacked("4 Stillingsandel", "80 %"),
            Row([Span("5 Utgifter\nLønn: kr 400 000\nKompetanse: kr 5 000", 1, method="table",
                      lines=("5 Utgifter", "Lønn: kr 400 000", "Kompetanse: kr 5 000"))], 1, in_table=True)]
    pairs = [(classify_label(p.label), p.value.text) for p in find_pairs(rows, classify_label)]
    assert ("percent", "80 %") in pairs


def test_a_cell_over_a_row_of_plain_answers_stays_unpaired() -> None:
    rows = [_stacked("Stillingsandel", "Oppgi prosent."), Row([Span("80 %", 1, method="table")], 1, in_table=True)]
    assert not [p for p in find_pairs(rows, classify_label) if p.value.text == "Oppgi prosent."]


def test_items_lettered_by_part_lose_their_number_as_labels() -> None:
    assert clean_label("C2 Prosjektets tittel") == "Prosjektets tittel"
    assert clean_label("A3.1 E-post:") == "E-post"
    assert classify_label("D1 Stillingsprosent") == "percent"
    assert classify_label("B2 Oppstartsdato") == "start_date"


def test_a_lettered_form_gives_title_percent_and_start() -> None:
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                   tables=[[["A1 Nav-kontor", "Nav Solvik"], ["B1 Tiltakets navn", "Veien videre"],
                            ["B2 Oppstartsdato", "01.05.2020"], ["B3 Stillingsprosent", "50"]]])
    draft = extract(doc, S2020).draft
    assert draft.get("project.title") == "Veien videre"
    assert draft.get("project.start_date") == "2020-05-01"
    assert draft.get("positions_percent_total") == 50.0


def test_a_numbered_section_word_answered_beside_it_names_the_title() -> None:
    doc = word_doc("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
                   tables=[[["1 Søkjar", "Nav Solvik"], ["2 Tiltak", "Saman i arbeid"],
                            ["3 Oppstart", "01.06.2020"]]])
    assert extract(doc, S2020).draft.get("project.title") == "Saman i arbeid"


def test_a_numbered_section_word_answered_by_a_kind_names_no_title() -> None:
    doc = word_doc("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
                   tables=[[["1 Søkjar", "Nav Solvik"], ["2 Prosjekt", "Nytt"]]])
    assert extract(doc, S2020).draft.get("project.title") is None


def test_a_timetable_row_gives_its_own_date_to_the_start_word() -> None:
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                   "Fremdriftsplan",
                   tables=[[["Når", "Hva"], ["Mars 2020", "Ansettelse av veileder"],
                            ["15. april 2020", "Prosjektet starter"], ["1. september 2020", "Første evaluering"]]])
    assert extract(doc, S2020).draft.get("project.start_date") == "2020-04-15"

