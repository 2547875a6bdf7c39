"""A budget table whose column names stand on a text line above it (a table
ruled only under its rows, as a letter's attached budget is drawn): the
applied-for column gives the amounts, the own-funding column the own
funding, and the column summing the two neither. Each test builds its own
page."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.budget.headings import header_line_above
from soknad_extract.extract.budget.tables import sourced_rows
from soknad_extract.extract.context import Context
from soknad_extract.layout.model import Cell, Document, Line, Page, Table
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
COLUMNS = (72, 262, 362, 457)

BODY = [("Løn og sosiale kostnader, 100 %", "590 000", "150 000", "740 000"),
        ("Kompetansetiltak", "10 000", "0", "10 000"),
        ("Sum", "600 000", "150 000", "750 000")]


def _page(names: list[tuple[str, float]]) -> Document:
    """Names on one line at the given x, the table's rows under it."""
    page = Page(number=1, width=595, height=842)
    page.lines.append(Line(text="Vedlegg: Budsjett for 2020", page=1, bbox=(72, 60, 240, 70)))
    for text, x0 in names:
        page.lines.append(Line(text=text, page=1, bbox=(x0, 90, x0 + 5.5 * len(text), 100)))
    rows = [[Cell(text, (x, 112 + 20 * i, x + 90, 126 + 20 * i)) for text, x in zip(row, COLUMNS)]
            for i, row in enumerate(BODY)]
    page.tables.append(Table(page=1, rows=rows, bbox=(72, 110, 547, 172)))
    return Document(path="x.pdf", format="pdf", pages=[page], page_count=1)


def _amounts(doc: Document) -> tuple:
    got = extract(doc, S2020).draft.values
    return (got.get("amounts.positions"), got.get("amounts.competence"), got.get("amounts.total"),
            got.get("amounts.own_funding"))


def test_names_on_the_line_above_tell_applied_for_from_own_funding_and_sum():
    doc = _page([("Kostnadspost", 72), ("Søkt tilskot", 290), ("Eigenfinansiering", 362), ("Sum", 530)])
    assert _amounts(doc) == (590000, 10000, 600000, 150000)


def test_names_the_reader_ran_together_are_split_at_the_capital():
    """A narrow gap between two right-aligned names reads as one piece."""
    doc = _page([("Kostnadspost", 72), ("Søkt tilskotEigenfinansiering", 290), ("Sum", 530)])
    assert _amounts(doc) == (590000, 10000, 600000, 150000)


def test_bokmal_names_above_the_table():
    doc = _page([("Post", 72), ("Omsøkt", 310), ("Egenandel", 380), ("Sum", 530)])
    assert _amounts(doc) == (590000, 10000, 600000, 150000)


def test_a_line_with_fewer_names_than_columns_names_no_column():
    """Names that cannot be placed one per column leave the table as it was read."""
    doc = _page([("Kostnadspost", 72), ("Søkt tilskot og eigenfinansiering", 290), ("Sum", 530)])
    rows = sourced_rows(Context(doc, S2020).rows)
    assert [r.row.header for r in header_line_above(rows)] == [r.row.header for r in rows]


def test_a_ruled_header_row_names_the_own_part_in_nynorsk_and_bokmal():
    """The same budget with its header as the table's own first row: "Eigendel"
    and "Egeninnsats" name an own-funding column like "Eigenfinansiering"."""
    for own in ("Eigenfinansiering", "Eigendel", "Eigeninnsats", "Egeninnsats"):
        doc = word_doc("Budsjett", tables=[[["Kostnadspost", "Omsøkt", own, "Sum"], *map(list, BODY)]])
        assert _amounts(doc) == (590000, 10000, 600000, 150000), own
