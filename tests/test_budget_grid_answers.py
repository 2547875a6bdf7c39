"""Forms of labelled boxes set two to a row, and letters that state a
rate per post (tester corpus 80: sx06, sx09, sx11), in other wordings and
layouts than the corpus documents.

- A field's answer is never another field's label: a grid of boxes
  ("Søknadssum | Andre finansieringskilder" over "500 000 | Stiftelsen X
  40 000") reads as rows of answers, and the cell under another funder's
  or the own part's column names who pays, never a cost; nor is a cell that
  opens with an amount and goes on with a note ("200 000 (ikke søkt)") the
  label of the amount beside it.
- An own part answered "200 000 (ikke omsøkt)" keeps its amount: the note
  says what the label already says.
- "X kroner per stilling, til sammen Y kroner" in a sentence that asks
  nothing: Y is the positions' part."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.boxes import is_answer_cell
from soknad_extract.extract.budget.labelled import answer_amount
from soknad_extract.extract.budget.lines import table_lines
from soknad_extract.layout.rows import Row, Span
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _row(*texts: str, header: list[str] | None = None, in_table: bool = False) -> Row:
    return Row([Span(t, 1, (10.0 * i, 0.0, 10.0 * i + 9, 9.0)) for i, t in enumerate(texts)], 1,
               in_table=in_table, header=header or [])


def _grid(tmp_path: Path, rows: list[list[str]]) -> dict:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for values in rows:
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    path = tmp_path / "grid.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values


# A field's answer is never another field's label.

@pytest.mark.parametrize("header", [["Søknadssum", "Andre finansieringskilder"], ["Totalt søkt", "Tilskudd IMDi"],
                                    ["Sum omsøkt", "Kommunens egenandel"], ["Samla søknadssum", "Eigenfinansiering"]])
def test_the_cell_under_a_funders_or_own_column_is_no_posts_label(header):
    lines = table_lines(_row("500 000", "Stiftelsen Dam 40 000", header=header, in_table=True))
    assert not [line for line in lines if line.category == "other"]


def test_a_cell_opening_with_an_amount_is_no_label():
    assert is_answer_cell("200 000 (ikke søkt)") and is_answer_cell("kr 1.210.000 inkl. kompetanse")
    assert not is_answer_cell("2 stillinger à 100 %") and not is_answer_cell("Lønn 2020")
    assert not is_answer_cell("Stiftelsen Dam 40 000")  # no header: left to the row's other rules
    assert table_lines(_row("915 000", "200 000 (ikkje søkt)")) == []


def test_a_label_beside_its_own_amount_is_still_a_post():
    lines = table_lines(_row("Andre kostnader", "40 000", header=["Post", "Beløp"], in_table=True))
    assert [(line.category, line.amount) for line in lines] == [("other", 40_000)]


def test_a_grid_whose_other_funder_box_holds_an_amount_adds_no_cost(tmp_path):
    got = _grid(tmp_path, [["Lønn inkl. sosiale utgifter", "Kompetanse"],
                           ["600 000", "10 000"],
                           ["Søknadssum", "Andre finansieringskilder"],
                           ["610 000", "Stiftelsen Dam 40 000"]])
    assert got["amounts.total"] == 610_000
    assert got.get("amounts.other") is None


def test_a_grid_whose_own_part_is_noted_as_not_applied_for(tmp_path):
    got = _grid(tmp_path, [["Lønn og sosiale kostnader", "Kompetansemidler"],
                           ["915 000", "15 000"],
                           ["Totalt omsøkt", "Kommunens egenandel"],
                           ["930 000", "200 000 (ikke søkt om)"]])
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (915_000, 15_000, 930_000)
    assert got["amounts.own_funding"] == 200_000
    assert got.get("amounts.other") is None


# An own part's answer noted as not applied for.

@pytest.mark.parametrize("label, text", [
    ("Bydelens egenfinansiering", "150 000 (ikke omsøkt)"),
    ("Kommunal eigenfinansiering", "kr 80 000 (ikkje søkt om)"),
    ("Egenandel", "60 000 (ikke en del av søknaden)"),
    ("Eigendel kommunen", "45 000 (utanfor søknaden)"),
])
def test_an_own_part_noted_as_not_applied_for_keeps_its_amount(label, text):
    assert answer_amount(label, text)[0] == int("".join(c for c in text.split("(")[0] if c.isdigit()))


def test_a_cost_noted_as_not_applied_for_is_no_amount_of_the_request():
    assert answer_amount("Husleie", "50 000 (ikke omsøkt)")[0] is None


def test_an_own_part_in_a_box_form_of_labels_over_answers():
    rows = [[(t, x) for t, x in row] for row in (
        [("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020", 72)],
        [("Lønn og sosiale utgifter", 72), ("Kompetanse", 320)],
        [("610 000", 72), ("10 000", 320)],
        [("Sum omsøkt", 72), ("Kommunens egenandel", 320)],
        [("620 000", 72), ("120 000 (ikke omsøkt)", 320)],
    )]
    values = extract(pdf_doc(rows), S2020).draft.values
    assert values["amounts.own_funding"] == 120_000
    assert values["amounts.total"] == 620_000
    assert values.get("amounts.other") is None


# A rate per post and their sum.

HEAD = ("Statsforvalteren i Eksempel", "Eksempelby 15. januar 2020",
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020")
TAIL = "Kontaktperson for søknaden er Kari Nordmann, som nås på kari.nordmann@nav.no."


@pytest.mark.parametrize("text, positions", [
    ("Vi søker om tre stillinger. Lønn med sosiale kostnader er beregnet til 300 000 kroner per stilling, "
     "til sammen 900 000 kroner. I tillegg søker vi om 15 000 kroner til kompetanse, slik at samlet "
     "søknadsbeløp blir 915 000 kroner.", 900_000),
    ("Vi søkjer om to stillingar. Lønskostnadene utgjer kr 590 000 pr. stilling, totalt kr 1 180 000. "
     "Vi søkjer òg om kr 10 000 til kompetanse. Samla søknadssum er kr 1 190 000.", 1_180_000),
])
def test_the_sum_after_a_rate_per_post_is_the_positions_part(text, positions):
    values = extract(word_doc(*HEAD, text, TAIL), S2020).draft.values
    assert values["amounts.positions"] == positions
    assert values["amounts.total"] == positions + values["amounts.competence"]


def test_a_rate_per_post_with_no_sum_gives_no_positions_part():
    text = ("Vi søker om to stillinger. Lønn med sosiale kostnader er beregnet til 300 000 kroner per stilling. "
            "Samlet søknadsbeløp er 610 000 kroner.")
    values = extract(word_doc(*HEAD, text, TAIL), S2020).draft.values
    assert values.get("amounts.positions") != 300_000


@pytest.mark.parametrize("text, expected", [
    ("Vi søker om 305 000 kroner per stilling, til sammen 915 000 kroner, og 15 000 kroner til kompetanse.",
     (915_000, 15_000, 930_000)),
    ("Vi søkjer om 600 000 kroner per stilling, totalt 1 200 000 kroner. Vi søkjer òg om 10 000 kroner "
     "til kompetanseheving. Samla søknadssum er 1 210 000 kroner.", (1_200_000, 10_000, 1_210_000)),
])
def test_a_request_of_a_rate_per_post_and_their_sum_gives_the_positions_part(text, expected):
    values = extract(word_doc(*HEAD, text, TAIL), S2020).draft.values
    assert (values["amounts.positions"], values["amounts.competence"], values["amounts.total"]) == expected
