"""A county form in one column: each question in a row of its own with the
form's hint under it in italics, the answer in the row below. The hint is
help, also when it asks for a detail ("Hvis videreføring: hvilket driftsår?",
``FormText.instruction_openers``); a styled line that asks in other
words is still the next question (``extract.help_lines``)."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.extract.form_text import form_text
from soknad_extract.extract.help_lines import help_lines
from soknad_extract.layout import Line, Page
from soknad_extract.layout.typography import page_typography
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _form(path: Path, items: list[tuple[str, str | None, str]]) -> Path:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020")
    table = document.add_table(rows=0, cols=1)
    for question, hint, answer in items:
        cell = table.add_row().cells[0]
        cell.paragraphs[0].add_run(question)
        if hint:
            cell.add_paragraph().add_run(hint).italic = True
        table.add_row().cells[0].text = answer
    document.save(str(path))
    return path


ITEMS = [
    ("A. Søker (Nav-kontor)", "Skriv kontorets fulle navn.", "Nav Vik"),
    ("B. Tiltakets navn", "Gi tiltaket et kort og dekkende navn.", "Jobbklar Vik"),
    ("C. Nytt tiltak eller videreføring?", "Hvis videreføring: hvilket driftsår?", "Nytt prosjekt"),
    ("D. Oppstart", None, "1. mars 2020"),
]


def _help_texts(path: Path) -> set[str]:
    page = read_document(path).pages[0]
    return {page.lines[k].text for k in help_lines(page.lines, page_typography(page))}


def test_hints_over_the_answer_row_are_help(tmp_path: Path) -> None:
    assert _help_texts(_form(tmp_path / "f.docx", ITEMS)) == {
        "Skriv kontorets fulle navn.", "Gi tiltaket et kort og dekkende navn.", "Hvis videreføring: hvilket driftsår?"}


def test_the_answers_in_the_row_below_are_read(tmp_path: Path) -> None:
    got = extract(read_document(_form(tmp_path / "g.docx", ITEMS)), S2020).draft.values
    assert got.get("project.title") == "Jobbklar Vik"
    assert got.get("project.kind") == "new"


def test_an_italic_line_over_the_next_question_stays(tmp_path: Path) -> None:
    """An office that wrote its answer in italics in the question's cell: the
    row below asks the next question, so the line is the answer."""
    path = tmp_path / "h.docx"
    document = docx.Document()
    table = document.add_table(rows=0, cols=1)
    cell = table.add_row().cells[0]
    cell.paragraphs[0].add_run("B. Tiltakets navn")
    cell.add_paragraph().add_run("Jobbklar Vik").italic = True
    table.add_row().cells[0].text = "C. Oppstart:"
    table.add_row().cells[0].text = "1. mars 2020"
    document.save(str(path))
    assert _help_texts(path) == set()


def _in_one_cell(styled_text: str) -> set[int]:
    """Question, styled line and answer stacked in one cell."""
    lines = [Line("B. Tiltakets navn", 1, table_cell=(0, 0, 0)),
             Line(styled_text, 1, table_cell=(0, 0, 0), italic=True),
             Line("Jobbklar Vik", 1, table_cell=(0, 0, 0)),
             Line("Tekst", 1), Line("Mer tekst", 1), Line("Enda mer", 1)]
    page = Page(1, None, None)
    page.lines.extend(lines)
    return help_lines(lines, page_typography(page), form_text(S2020).instruction_openers)


def test_a_styled_line_that_instructs_is_help_though_it_asks() -> None:
    assert _in_one_cell("Ved videreføring av tiltaket: hvilket år?") == {1}


def test_a_styled_line_that_asks_in_other_words_is_no_help() -> None:
    assert _in_one_cell("Hvem er målgruppen?") == set()
