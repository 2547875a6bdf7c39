"""A spreadsheet printed whole to PDF, with its column letters and gridlines
(twenty-first held-out corpus's class): the sheet is one table whose first
row is the letters, so the budget's own header ("Post | Stilling | Andel % |
Lønn | Sos. kostn. | Sum") is a row inside it and must head the rows under
it for the share column to count. Documents built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _values(doc) -> dict:
    return extract(doc, S2020).draft.values


def _sheet(*budget: list[str]) -> dict:
    """A spreadsheet printed whole: the column letters are the table's first
    row, the budget's header a row further down."""
    rows = [["A", "B", "C", "D", "E", "F"],
            ["Søker", "Nav Fjellby", "", "", "", ""],
            ["Prosjekt", "Familieløftet", "", "", "", ""],
            ["", "", "", "", "", ""],
            *budget,
            ["", "", "", "", "", ""],
            ["Prioriterte områder", "Kryss", "", "", "", ""],
            ["Sikring av sårbare overganger", "60", "", "", "", ""]]
    return _values(word_doc(TITLE, tables=[rows]))


def test_a_share_column_under_a_header_row_inside_a_printed_sheet():
    values = _sheet(["Post", "Stilling", "Andel %", "Lønn", "Sos. kostn.", "Sum"],
                    ["Stilling 1", "Familiekoordinator", "80", "410 000", "78 000", "488 000"],
                    ["Stilling 2", "Kulturveileder", "60", "300 000", "63 000", "363 000"],
                    ["Kompetanse", "", "", "", "", "10 000"],
                    ["Totalt søkt", "", "140", "", "", "861 000"])
    assert values["positions_percent_total"] == 140
    assert values["amounts.positions"] == 851000
    assert values["amounts.total"] == 861000
    assert values.get("amounts.other") is None


def test_a_sheet_without_a_header_row_of_its_own_gives_no_share():
    values = _sheet(["Familiekoordinator", "80", "488 000", "", "", ""],
                    ["Totalt søkt", "", "488 000", "", "", ""])
    assert values.get("positions_percent_total") is None
