"""Help text told by typography and position (issue 12, class 1): the readers
say how each line looks (italic, grey, size), and a line styled apart under a
question, before the answer, is the form's help, never the answer. Documents
built here (``tests/builders/help_styles.py``)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.form_text import without_form_text
from soknad_extract.extract.help_lines import help_lines
from soknad_extract.layout import Line
from soknad_extract.layout.typography import is_grey, page_typography
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.readers.pdf.read import read_pdf
from soknad_extract.schemes import get_scheme
from tests.builders.help_styles import (
    help_form_docx,
    help_form_pdf,
    italic_answers_docx,
    italic_answers_pdf,
)
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Jobbsjansen i Solvik"


def _styled(line: Line, *, italic: bool | None = None, colour=None, size: float | None = 10.0,
            style: str | None = None) -> Line:
    return replace(line, italic=italic, colour=colour, size=size, style=style)


# --- readers ---------------------------------------------------------------------


def test_the_pdf_reader_says_which_lines_are_italic_grey_and_small(tmp_path: Path):
    doc = read_pdf(help_form_pdf(tmp_path / "form.pdf"))
    lines = {line.text: line for line in doc.lines()}
    question, hint = lines["Prosjektets navn:"], lines[next(t for t in lines if t.startswith("Et navn"))]
    assert (question.italic, question.size, question.colour) == (False, 11.0, (0.0, 0.0, 0.0))
    assert hint.italic is True and hint.size == 10.0 and is_grey(hint.colour)


def test_the_word_reader_resolves_direct_formatting_and_character_styles(tmp_path: Path):
    doc = read_docx(help_form_docx(tmp_path / "form.docx"))
    lines = {line.text: line for line in doc.lines()}
    direct = lines[next(t for t in lines if t.startswith("Et navn"))]
    inherited = lines[next(t for t in lines if t.startswith("Tiltak som"))]
    answer = lines[TITLE]
    assert direct.italic is True and direct.size == 9.0 and is_grey(direct.colour)
    assert inherited.italic is True and is_grey(inherited.colour)
    assert answer.italic is False and not is_grey(answer.colour)


def test_a_word_placeholder_run_is_grey_even_when_styles_do_not_define_it(tmp_path: Path):
    from docx import Document as WordDocument
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement

    document = WordDocument()
    run = document.add_paragraph().add_run("Trykk her og skriv")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "PlaceholderText")
    run._r.get_or_add_rPr().append(style)
    document.save(str(tmp_path / "placeholder.docx"))
    (line,) = read_docx(tmp_path / "placeholder.docx").lines()
    assert is_grey(line.colour)


# --- typography relative to the page -------------------------------------------------


def test_a_style_the_whole_page_uses_marks_nothing_out():
    lines = [_styled(pdf_line(f"Linje {i} med tekst", 1, 72, 60 + 14 * i), italic=True) for i in range(4)]
    lines.append(_styled(pdf_line("Liten skrift under", 1, 72, 130), italic=True, size=7.0))
    typography = page_typography(pdf_page(1, lines))
    assert not typography.help_styled(lines[0])
    assert typography.help_styled(lines[-1])


# --- extraction ----------------------------------------------------------------------


@pytest.mark.parametrize("build", [
    lambda p: read_pdf(help_form_pdf(p / "grey.pdf")),
    lambda p: read_pdf(help_form_pdf(p / "small.pdf", grey=False, italic=False, help_size=8.0)),
    lambda p: read_pdf(help_form_pdf(p / "italic.pdf", grey=False)),
    lambda p: read_docx(help_form_docx(p / "form.docx")),
], ids=["pdf-grey-italic", "pdf-small", "pdf-italic", "docx"])
def test_help_styled_under_a_question_is_neither_title_nor_exclusion(tmp_path: Path, build):
    result = extract(build(tmp_path), S2020)
    assert result.draft.values["project.title"] == TITLE
    assert result.exclusions == []


@pytest.mark.parametrize("build", [italic_answers_pdf, italic_answers_docx], ids=["pdf", "docx"])
def test_answers_an_office_wrote_in_italics_stay_answers(tmp_path: Path, build):
    path = build(tmp_path / ("answers" + (".pdf" if build is italic_answers_pdf else ".docx")))
    doc = read_pdf(path) if path.suffix == ".pdf" else read_docx(path)
    result = extract(doc, S2020)
    assert result.draft.values["project.title"] == TITLE
    assert result.draft.values["office.name"] == "Nav Solvik"


def test_an_italic_answer_between_bold_questions_is_no_help():
    questions = ["Hvilket Nav-kontor søker om tilskudd til prosjektet", "Hva heter prosjektet dere søker for",
                 "Hvem er kontaktperson for søknaden"]
    lines: list[Line] = []
    for i, question in enumerate(questions):
        lines.append(_styled(pdf_line(question, 1, 72, 60 + 40 * i), style="bold"))
        lines.append(_styled(pdf_line("Svar nummer %d" % i, 1, 72, 74 + 40 * i), italic=True))
    assert help_lines(lines, page_typography(pdf_page(1, lines))) == set()


def test_help_under_a_question_goes_before_the_answer_in_body_type():
    lines = [
        _styled(pdf_line("Prosjektets navn:", 1, 72, 60)),
        _styled(pdf_line("Velg et kort navn dere kjenner igjen", 1, 72, 74), colour=(0.5, 0.5, 0.5)),
        _styled(pdf_line(TITLE, 1, 72, 88)),
        _styled(pdf_line("Hva skal utvikles?", 1, 72, 120)),
        _styled(pdf_line("Tett oppfølging av unge hver uke.", 1, 72, 134)),
    ]
    assert help_lines(lines, page_typography(pdf_page(1, lines))) == {1}


def test_an_italic_note_above_labelled_lines_is_no_help():
    lines = [Line("Signatur", 1, size=11.0),
             Line("Dokumentet er godkjent elektronisk og har ingen håndskrift.", 1, italic=True, size=11.0),
             Line("Godkjent av: Kari Nordmann, leder, 02.02.2020", 1, size=11.0),
             *[Line(f"Brødtekst nummer {i} i skjemaet", 1, size=11.0) for i in range(4)]]
    assert help_lines(lines, page_typography(pdf_page(1, lines))) == set()


def test_a_form_that_sets_its_labels_small_and_grey_keeps_its_answers():
    rows = [("TELEFON", "94 34 71 67"), ("PROSJEKTETS NAVN", TITLE), ("OPPSTART", "1.3.2020")]
    lines: list[Line] = []
    for i, (label, answer) in enumerate(rows):
        lines.append(_styled(pdf_line(label, 1, 72, 60 + 34 * i), size=8.0, colour=(0.33, 0.33, 0.33)))
        lines.append(_styled(pdf_line(answer, 1, 72, 74 + 34 * i), size=10.5))
    assert help_lines(lines, page_typography(pdf_page(1, lines))) == set()


def test_a_styled_line_far_below_its_question_is_not_its_help():
    lines = [
        _styled(pdf_line("Prosjektets navn:", 1, 72, 60)),
        _styled(pdf_line("Velg et kort navn dere kjenner igjen", 1, 72, 140), colour=(0.5, 0.5, 0.5)),
        _styled(pdf_line(TITLE, 1, 72, 154)),
    ]
    assert help_lines(lines, page_typography(pdf_page(1, lines))) == set()


def test_help_in_a_label_cell_goes_and_the_answer_cell_beside_it_stays():
    doc = word_doc(tables=[[["Prosjektets navn:", TITLE]]])
    page = doc.pages[0]
    label, answer = page.lines
    hint = Line("Velg et kort navn dere kjenner igjen", 1, table_cell=label.table_cell, italic=True, size=9.0)
    page.lines = [_styled(label, size=11.0), hint, _styled(answer, size=11.0),
                  *[Line(f"Brødtekst nummer {i} i skjemaet", 1, size=11.0) for i in range(3)]]
    kept = [line.text for line in without_form_text(doc, S2020).lines()]
    assert hint.text not in kept and TITLE in kept


def test_help_under_a_label_cell_is_found_though_reading_order_interleaves_the_answer_cell():
    def cell(text: str, col: int, top: float, **style) -> Line:
        line = pdf_line(text, 1, 60 + 200 * col, top)
        return _styled(replace(line, table_cell=(0, 0, col)), size=style.pop("size", 12.0), **style)

    grey = {"size": 8.5, "italic": True, "colour": (0.45, 0.45, 0.45)}
    lines = [cell("Hvem kan vi ringe?", 0, 100), cell("Kari Nordmann", 1, 100),
             cell("Den som kjenner søknaden best", 0, 114, **grey), cell("kari@nav.no", 1, 114),
             cell("og kan svare raskt", 0, 124, **grey), cell("tlf. 22 33 44 55", 1, 128)]
    lines += [_styled(pdf_line(f"Brødtekst {i}", 1, 60, 200 + 14 * i), size=12.0) for i in range(4)]
    assert help_lines(lines, page_typography(pdf_page(1, lines))) == {2, 4}


def test_help_in_a_label_cell_that_repeats_the_exclusions_raises_nothing():
    hint = "Søknader som bare gir flere saksbehandlere, støttes ikke."
    doc = word_doc(tables=[[["Hva skal gjøres?\n" + hint, "Vi vil gi unge sosialhjelpsmottakere tett oppfølging."]]])
    page = doc.pages[0]
    label, answer = page.lines
    label.text = "Hva skal gjøres?"
    page.lines = [_styled(label, size=11.0), Line(hint, 1, table_cell=label.table_cell, italic=True, size=9.0),
                  _styled(answer, size=11.0), *[Line(f"Brødtekst nummer {i}", 1, size=11.0) for i in range(3)]]
    assert extract(doc, S2020).exclusions == []


def test_a_styled_answer_alone_in_its_cell_stays_unless_its_words_are_help():
    doc = word_doc(tables=[[["Prosjektets navn:", TITLE], ["Mål:", "Eksempel: «Flere unge i arbeid»"]]])
    page = doc.pages[0]
    page.lines = [_styled(line, italic=line.table_cell[2] == 1, size=11.0) for line in page.lines]
    page.lines += [Line(f"Brødtekst nummer {i} i skjemaet", 1, size=11.0) for i in range(6)]
    kept = [line.text for line in without_form_text(doc, S2020).lines()]
    assert TITLE in kept
    assert "Eksempel: «Flere unge i arbeid»" not in kept


def test_ocr_lines_have_no_style_and_are_never_help_by_it():
    lines = [pdf_line("Prosjektets navn:", 1, 72, 60), pdf_line("Velg et navn", 1, 72, 74),
             pdf_line(TITLE, 1, 72, 88)]
    doc = pdf_pages(pdf_page(1, lines))
    assert [line.text for line in without_form_text(doc, S2020).lines()] == [line.text for line in lines]
