"""A budget sheet attached behind the application (issue 12, classes 2 and 6):
the application's own budget decides the amounts; the sheet's figures, often
the whole project over several years with own funding, count only where the
application itself states none. Layout documents built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.part_view import application_view
from soknad_extract.extract.parts import find_parts, kept_parts
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc as doc, text_page as page

SCHEME = get_scheme("nav-sosiale-tjenester-2020")

HEAD = (
    "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
    "Søkende Nav-kontor: Nav Elvdal",
    "Tiltakets navn: Veien videre",
    "Kontaktperson: Kari Lund, kari.lund@nav.no",
)
OWN_BUDGET = ("Boveileder 100 % ..... 520 000 kr", "Kompetansehevingstiltak ..... 15 000 kr",
              "Sum omsøkt ..... 535 000 kr")
SHEET = ("Vedlegg 3 – Budsjettoversikt for prosjektperioden 2020–2022",
         "Lønn boveileder tre år ..... 1 560 000 kr", "Kompetansehevingstiltak tre år ..... 45 000 kr",
         "Kommunens egenandel ..... 300 000 kr", "Totalt for perioden ..... 1 905 000 kr")


def test_the_applications_own_budget_decides_over_a_sheet_attached_behind_it():
    extraction = extract(doc(page(1, *HEAD, *OWN_BUDGET), page(2, *SHEET)), SCHEME)
    values = extraction.draft.values
    assert values["amounts.total"] == 535000
    assert values["amounts.positions"] == 520000
    assert values["amounts.competence"] == 15000
    assert "amounts.own_funding" not in values
    assert {line.amount for line in extraction.budget.lines} == {520000, 15000, 535000}


def test_a_sheet_behind_a_cv_is_set_aside_without_saying_vedlegg():
    d = doc(page(1, *HEAD, *OWN_BUDGET), page(2, "Vedlegg 2: CV", "Utdanning: sosionom"),
            page(3, "Budsjett for hele prosjektperioden", *SHEET[1:]))
    parts = find_parts(d)
    assert [p.kind for p in kept_parts(parts)] == ["application", "budget_sheet"]
    assert [p.kind for p in kept_parts(parts, budget_sheets=False)] == ["application"]
    assert extract(d, SCHEME).draft.values["amounts.total"] == 535000


def test_the_attached_sheet_gives_the_amounts_when_the_application_states_none():
    d = doc(page(1, *HEAD, "Budsjettet står i vedlegg 3."),
            page(2, "Vedlegg 3 – Budsjett 2020", "Lønn boveileder 100 % ..... 520 000 kr",
                 "Kompetansehevingstiltak ..... 15 000 kr", "Sum ..... 535 000 kr"))
    values = extract(d, SCHEME).draft.values
    assert values["amounts.total"] == 535000
    assert values["amounts.positions"] == 520000


def test_a_budget_section_of_the_application_itself_is_never_set_aside():
    d = doc(page(1, *HEAD), page(2, "Budsjett", *OWN_BUDGET))
    parts = find_parts(d)
    assert application_view(d, parts, budget_sheets=False) is d
    assert extract(d, SCHEME).draft.values["amounts.total"] == 535000


# A spreadsheet over the project's years printed behind the form (issue 12, adversarial 3 class 1):
# a title row above the row of years, a column per year and a sum over the years.

from tests.builders.layouts import word_doc  # noqa: E402

YEARS_SHEET = [["Budsjett Veien videre", "", "", "", ""],
               ["Post", "2018", "2019", "2020", "Sum"],
               ["Lønn og sosiale utgifter boveileder", "500 000", "520 000", "540 000", "1 560 000"],
               ["Kompetanse", "10 000", "10 000", "10 000", "30 000"],
               ["Sum tilskudd", "510 000", "530 000", "550 000", "1 590 000"],
               ["Kommunens egeninnsats", "70 000", "80 000", "90 000", "240 000"],
               ["Totale prosjektkostnader", "580 000", "610 000", "640 000", "1 830 000"]]
FORM_BUDGET = [["Lønn inkl. sosiale utgifter", "540 000"], ["Kompetansetiltak", "10 000"],
               ["Totalt søknadsbeløp", "550 000"]]


def test_the_forms_one_year_budget_decides_over_a_sheet_over_several_years():
    extraction = extract(word_doc(*HEAD, tables=[FORM_BUDGET, YEARS_SHEET]), SCHEME)
    values = extraction.draft.values
    assert values["amounts.total"] == 550000
    assert values["amounts.positions"] == 540000
    assert values["amounts.competence"] == 10000
    assert values.get("amounts.other") is None
    assert values.get("amounts.own_funding") is None  # a year's cell of the sheet is not the application's
    assert {line.amount for line in extraction.budget.lines} == {540000, 10000, 550000}


def test_a_sheet_over_years_alone_gives_the_scheme_years_column_under_its_title_row():
    values = extract(word_doc(*HEAD, tables=[YEARS_SHEET]), SCHEME).draft.values
    assert values["amounts.total"] == 550000
    assert values["amounts.positions"] == 540000
    assert values["amounts.competence"] == 10000
    assert values.get("amounts.other") is None  # "Totale prosjektkostnader" is the project's total, no cost post


YEAR_ROWS = [["År", "Lønn og sosiale utgifter", "Kompetanse", "Sum"],
             ["2019", "520 000", "10 000", "530 000"],
             ["2020", "540 000", "10 000", "550 000"],
             ["2021", "560 000", "10 000", "570 000"],
             ["Sum", "1 620 000", "30 000", "1 650 000"]]


def test_a_budget_with_a_row_per_year_gives_the_scheme_years_row_not_the_years_added_up():
    values = extract(word_doc(*HEAD, tables=[YEAR_ROWS]), SCHEME).draft.values
    assert values["amounts.positions"] == 540000
    assert values["amounts.competence"] == 10000
    assert values["amounts.total"] == 550000
    assert values.get("amounts.other") is None


def test_a_row_per_year_without_the_scheme_year_gives_the_first_year_as_a_column_per_year_does():
    later = [YEAR_ROWS[0], ["2022", "560 000", "10 000", "570 000"], ["2023", "580 000", "12 000", "592 000"],
             ["Sum", "1 140 000", "22 000", "1 162 000"]]
    values = extract(word_doc(*HEAD, tables=[later]), SCHEME).draft.values
    assert (values["amounts.positions"], values["amounts.competence"], values["amounts.total"]) == (
        560000, 10000, 570000)


def test_the_forms_budget_decides_over_a_sheet_with_a_row_per_year():
    values = extract(word_doc(*HEAD, tables=[FORM_BUDGET, YEAR_ROWS]), SCHEME).draft.values
    assert (values["amounts.positions"], values["amounts.competence"], values["amounts.total"]) == (
        540000, 10000, 550000)
    assert values.get("amounts.other") is None


def _ruleless(table: list[list[str]], xs: list[int]) -> list[list[tuple[str, float]]]:
    """A table printed without rules: each row one line of pieces at the columns' x."""
    return [[(text, x) for text, x in zip(row, xs) if text] for row in table]


def test_a_sheet_over_years_printed_without_rules_gives_way_to_the_forms_budget():
    from tests.builders.layouts import pdf_doc
    form = [[("Lønn inkl. sosiale utgifter", 72), ("540 000", 300)], [("Kompetansetiltak", 72), ("10 000", 300)],
            [("Totalt søknadsbeløp", 72), ("550 000", 300)]]
    head = [[(text, 72)] for text in HEAD]
    for table, xs in ((YEARS_SHEET, [72, 260, 330, 400, 470]), (YEAR_ROWS, [72, 260, 380, 470])):
        values = extract(pdf_doc(head + form + _ruleless(table, xs)), SCHEME).draft.values
        assert (values["amounts.positions"], values["amounts.competence"], values["amounts.total"]) == (
            540000, 10000, 550000), table[1]
        assert values.get("amounts.other") is None and values.get("amounts.own_funding") is None
        alone = extract(pdf_doc(head + _ruleless(table, xs)), SCHEME).draft.values
        assert (alone["amounts.positions"], alone["amounts.competence"], alone["amounts.total"]) == (
            540000, 10000, 550000), table[1]


def test_a_lone_sum_beside_a_table_over_years_leaves_the_posts_to_the_table():
    values = extract(word_doc(*HEAD, "Sum omsøkt ..... 550 000 kr", tables=[YEARS_SHEET]), SCHEME).draft.values
    assert values["amounts.competence"] == 10000
    assert values["amounts.positions"] == 540000
    assert values["amounts.total"] == 550000
