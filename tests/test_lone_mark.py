"""A line's only mark and the bare option beside it: forms typed in a word
processor or Google Docs print a question's options on one line and type
one mark before the chosen one ("✔ Nytt tiltak    Vidareføring", "X Ja
Nei"), or after it ("Nytt tiltak ✔   Vidareføring"). The mark binds to its
own option, never to the whole line; where it cannot be told which option
a ticked label means, the kind stays unread."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.row_options import row_option
from soknad_extract.layout import FormField
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _read(text: str) -> list[tuple[str, bool, str | None]]:
    return [(b.label, b.checked, b.question) for b in find_glyph_boxes(text)]


@pytest.mark.parametrize("text, expected", [
    ("✔ Nytt tiltak    Vidareføring", [("Nytt tiltak", True, None)]),
    ("☑ Videreføring\tNytt prosjekt", [("Videreføring", True, None)]),
    ("Samarbeid i nettverk: ☒ Ja   Nei", [("Ja", True, "Samarbeid i nettverk")]),
    ("Nytt tiltak ✓    Vidareføring", [("Nytt tiltak", True, None)]),
    ("Søknaden gjeld: Vidareføring ✔   Nytt tiltak", [("Vidareføring", True, "Søknaden gjeld")]),
    ("Prosessevaluering? ✔ Ja    Kommentar: se vedlegg", [("Ja", True, "Prosessevaluering")]),
    ("b) ✔ Vidareføring   Nytt tiltak", [("Vidareføring", True, None)]),
])
def test_a_lone_mark_chooses_its_own_option_not_the_one_beside_it(text, expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("x Ja    Nei", [("Ja", True, None)]),
    ("Ekstern evaluering: X Nei  Ja", [("Nei", True, "Ekstern evaluering")]),
    ("X Vidareføring\tNytt tiltak", [("Vidareføring", True, None)]),
])
def test_a_lone_typed_x_before_bare_options(text, expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a label whose words a double space parts, lower case after it: one option
    ("☒ Oppfølging av barnefamilier,  ungdom og innvandrere",
     [("Oppfølging av barnefamilier,  ungdom og innvandrere", True, None)]),
    # the gaps do not tell: the words after the mark, as before
    ("Nettverk ☒ Ja", [("Ja", True, None)]),
    # an "X" that opens no line of bare options stays text
    ("X Ja", []),
    ("Leder Kari X Moen  Nav", []),
    ("X Dette er en lang setning om prosjektet  Og en til", []),
])
def test_no_cut_where_no_bare_option_stands_beside(text, expected) -> None:
    assert _read(text) == expected


def _kind_of_docx(tmp_path: Path, label: str, answer: str) -> str | None:
    """The kind read from a Word form built here, its answer cell as typed."""
    document = docx.Document()
    document.add_paragraph(TITLE)
    table = document.add_table(rows=0, cols=2)
    for values in (["Prosjektnavn", "Jobb i lag"], [label, answer], ["Oppstart", "01.03.2020"]):
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    path = tmp_path / "form.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values.get("project.kind")


@pytest.mark.parametrize("label, answer, expected", [
    ("Nytt eller vidareføring", "✔ Nytt tiltak    Vidareføring", "new"),
    ("Type søknad", "☑ Vidareføring\tNytt prosjekt", "continuation"),
    ("Søknaden gjeld", "Nytt prosjekt ✓    Vidareføring", "new"),
    ("Ny/vidareføring", "X Vidareføring   Ny", "continuation"),
])
def test_the_kind_is_the_option_the_lone_mark_binds(tmp_path, label, answer, expected) -> None:
    assert _kind_of_docx(tmp_path, label, answer) == expected


def test_a_ticked_label_naming_both_kinds_reads_no_kind() -> None:
    """A reader that could not part the option from the one beside it leaves
    a ticked box labelled with both: either may be meant, so no kind, not a
    count of the option words around it."""
    fields = [FormField("checkbox", "glyph", 1, label="Nytt prosjekt Videreføring", checked=True, group="Type")]
    doc = word_doc(TITLE, "Type", fields=fields)
    assert extract(doc, S2020).draft.values.get("project.kind") is None


def test_an_answer_whose_lone_mark_stands_against_both_reads_no_kind() -> None:
    """Text that lost the gap between the options ("✔ Ny Videreføring" in the
    rows view): the kind stays unread."""
    doc = word_doc(TITLE, tables=[[["Prosjektnamn", "Jobb i lag"], ["Ny eller videreføring", "✔ Ny Videreføring"]]])
    assert extract(doc, S2020).draft.values.get("project.kind") is None


def test_a_lone_typed_x_answers_the_yes_no_questions(tmp_path) -> None:
    """The same reading serves the interest questions: "X" before the chosen
    word, the other word bare beside it."""
    document = docx.Document()
    document.add_paragraph(TITLE)
    document.add_paragraph("Nettverk/klyngesamarbeid: X Nei   Ja")
    document.add_paragraph("Ekstern prosessevaluering: X Ja   Nei")
    path = tmp_path / "form.docx"
    document.save(path)
    values = extract(read_document(path), S2020).draft.values
    assert (values.get("interest.network"), values.get("interest.process_evaluation")) == (False, True)


def _drawn(x: float, checked: bool = True) -> FormField:
    return FormField(kind="checkbox", method="drawn", page=1, checked=checked, bbox=(x, 300, x + 9, 309))


def _row(texts: list[tuple[str, float]], box: FormField):
    page = pdf_page(1, [pdf_line(text, 1, x, 300) for text, x in texts])
    page.fields = [box]
    return pdf_pages(page)


@pytest.mark.parametrize("texts, box_x, expected", [
    ([("Nytt tiltak", 72), ("Vidareføring", 220)], 60, "Nytt tiltak"),           # ☒ Nytt tiltak      Vidareføring
    ([("Vidareføring", 60), ("Nytt prosjekt", 200)], 124, "Vidareføring"),       # Vidareføring ☒      Nytt prosjekt
    ([("Søknadstype:", 20), ("Nytt tiltak", 102), ("Vidareføring", 250)], 90, "Nytt tiltak"),
    ([("Nytt tiltak", 60), ("Vidareføring", 130)], 117, None),                  # alike near both: untold
    ([("Nytt tiltak", 72)], 60, None),                                          # no bare option beside
])
def test_a_lone_drawn_box_takes_the_option_close_beside_it(texts, box_x, expected) -> None:
    box = _drawn(box_x)
    assert row_option(_row(texts, box), box) == expected
