"""The budget extractor on layout documents built by hand: positions listed
twice, roles inside salary labels, salary and social costs on separate
lines, letter bullets and prose, tables split by a page break, own-funding
columns, numbers that are not money, horizontal tables and labelled fields."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.assemble import read_budget
from soknad_extract.extract.budget.prose_share import role_near
from soknad_extract.extract.context import Context
from soknad_extract.extract.budget.titles import position_title
from soknad_extract.layout import Cell, Document, FormField, Image, Line, Page, Table
from soknad_extract.schemes import get_scheme
from soknad_extract.vocabulary import VOCABULARY_ENV
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def paged_tables(*pages: list[list[str]]) -> Document:
    """A PDF exported from Word with one table per page, as a reader gives a
    table that a page break cut in two: one table on each page."""
    doc_pages = []
    for number, rows in enumerate(pages, start=1):
        page = Page(number=number, width=595, height=842)
        page.tables.append(Table(page=number, rows=[[Cell(text=c) for c in row] for row in rows]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                top = 100 + 20 * r
                page.lines.append(Line(text=text, page=number, bbox=(60 + 120 * c, top, 170 + 120 * c, top + 10),
                                       table_cell=(0, r, c)))
        doc_pages.append(page)
    return Document(path="x.pdf", format="pdf", pages=doc_pages, page_count=len(doc_pages))


def values(doc: Document) -> dict:
    return extract(doc, S2020).draft.values


def positions(got: dict) -> list[tuple]:
    return [(p["title"], p["percent"], p["amount"]) for p in got.get("positions") or []]


# 1. The same position in a "Stillinger" table and in the budget table is one position.

def test_position_repeated_in_budget_table_counts_once():
    doc = word_doc(tables=[
        [["Stilling", "Stillingsdel", "Beløp"], ["Bustadrettleiar", "80 %", "488 000"]],
        [["Post", "Søkt frå AVdir", "Eigenandel", "Sum"],
         ["Løn og sosiale utgifter, bustadrettleiar (80 %)", "488 000", "40 000", "528 000"],
         ["Kompetanse", "10 000", "0", "10 000"],
         ["Sum", "498 000", "40 000", "538 000"]],
    ])
    got = values(doc)
    assert positions(got) == [("Bustadrettleiar", 80, 488_000)]
    assert got["positions_percent_total"] == 80
    assert got["amounts.positions"] == 488_000
    assert got["amounts.total"] == 498_000
    assert got["amounts.own_funding"] == 40_000


def test_budget_salary_line_without_share_is_not_added_to_the_positions_table():
    doc = word_doc(tables=[
        [["Stilling", "Prosent", "Beløp"], ["Miljøarbeider", "50 %", "305 000"], ["Kurator", "50 %", "305 000"]],
        [["Post", "Beløp"], ["Lønn og sosiale utgifter", "610 000"], ["Kompetanse", "10 000"],
         ["Sum", "620 000"]],
    ])
    got = values(doc)
    assert positions(got) == [("Miljøarbeider", 50, 305_000), ("Kurator", 50, 305_000)]
    assert got["amounts.positions"] == 610_000
    assert got["amounts.total"] == 620_000


def test_two_equal_posts_in_one_table_stay_two_positions():
    doc = word_doc(tables=[[["Stilling", "Stillingsprosent", "Beløp"], ["Veileder", "100 %", "610 000"],
                            ["Veileder", "100 %", "610 000"], ["Sum", "", "1 220 000"]]])
    got = values(doc)
    assert positions(got) == [("Veileder", 100, 610_000), ("Veileder", 100, 610_000)]
    assert got["positions_percent_total"] == 200
    assert got["amounts.positions"] == 1_220_000


# 2. The position title is the role, as written.

@pytest.mark.parametrize("label, title", [
    ("Lønn jobbkonsulent (100 %)", "jobbkonsulent"),
    ("Løn og sosiale utgifter, prosjektleiar 100 %", "prosjektleiar"),
    ("Lønn og sosiale kostnader, familiekonsulent 100 % stilling", "familiekonsulent"),
    ("Familieveileder 100 %, lønn og sosiale utgifter", "Familieveileder"),
    ("Arbeidsveileder 50 % (lønn og sos. utg.)", "Arbeidsveileder"),
    ("• Lønn og sosiale utgifter til veileder, 100 % stilling", "veileder"),
    ("Lønn økonomisk rådgiver 100 %", "økonomisk rådgiver"),
    ("Miljøterapeut – 1,5 årsverk", "Miljøterapeut"),
    ("Kontaktperson løslatelse", "Kontaktperson løslatelse"),
    ("Lønn og sosiale utgifter (1,5 årsverk)", None),
    ("Lønn, 100 % stilling", None),
])
def test_position_title_is_the_role(label, title):
    assert position_title(label) == title


def test_budget_line_gives_the_role_as_title():
    doc = word_doc(tables=[[["Budsjettpost", "Omsøkt beløp"],
                            ["Lønn og sosiale utgifter, Sosialfagleg rettleiar 100 % stilling", "610 000"],
                            ["Sum omsøkt", "610 000"]]])
    assert positions(values(doc)) == [("Sosialfagleg rettleiar", 100, 610_000)]


def test_positions_table_with_shares_only_gives_titles_and_the_budget_gives_the_amount():
    doc = word_doc(tables=[
        [["Stilling", "Stillingsprosent"], ["Jobbspesialist", "100 %"]],
        [["Post", "Beløp"], ["Lønn og sosiale utgifter", "610 000"], ["Kompetanse", "10 000"], ["Sum", "620 000"]],
    ])
    got = values(doc)
    assert positions(got) == [("Jobbspesialist", 100, 610_000)]
    assert got["amounts.positions"] == 610_000


# 3. Salary and social costs on separate lines.

def test_salary_and_social_costs_on_separate_lines_make_one_position():
    doc = word_doc(tables=[[["Budsjettpost", "Beløp"], ["Lønn psykolog 100 %", "480 000"],
                            ["Arbeidsgiveravgift og pensjon", "130 000"], ["Kompetanse", "10 000"],
                            ["Sum omsøkt", "620 000"]]])
    got = values(doc)
    assert positions(got) == [("psykolog", 100, 610_000)]
    assert got["amounts.positions"] == 610_000
    assert got["amounts.total"] == 620_000


def test_several_positions_keep_their_own_amounts_beside_a_social_costs_line():
    doc = word_doc(tables=[[["Budsjettpost", "Beløp"], ["Lønn koordinator 100 %", "470 000"],
                            ["Lønn veileder 50 %", "235 000"], ["Sosiale utgifter", "210 000"],
                            ["Sum", "915 000"]]])
    got = values(doc)
    assert positions(got) == [("koordinator", 100, 470_000), ("veileder", 50, 235_000)]
    assert got["amounts.positions"] == 915_000


# 4. Letters: bullets, a share in the line's label, lead-ins, prose.

def test_letter_bullets_with_private_use_glyph_and_share_in_label():
    doc = pdf_doc([
        [("Vi søkjer om følgjande:", 72)],
        [("\uf0b7 Løn og sosiale utgifter, miljøarbeidar 50 %: kr 305 000", 72)],
        [("\uf0b7 Kompetanse: kr 10 000", 72)],
        [("\uf0b7 Til saman: kr 315 000", 72)],
    ])
    got = values(doc)
    assert positions(got) == [("miljøarbeidar", 50, 305_000)]
    assert got["amounts.competence"] == 10_000
    assert got["amounts.total"] == 315_000
    assert got.get("amounts.other") is None


@pytest.mark.parametrize("bullet", ["•", "–", "-", "*"])
def test_typed_bullets_are_stripped(bullet):
    doc = word_doc("Budsjett", f"{bullet} Prosjektkoordinator 100 %: kr 610 000", f"{bullet} Til sammen: kr 610 000")
    got = values(doc)
    assert positions(got) == [("Prosjektkoordinator", 100, 610_000)]
    assert got["amounts.total"] == 610_000
    assert got.get("amounts.other") is None


def test_lead_in_sentence_is_not_a_budget_post():
    doc = pdf_doc([
        [("Vi søker om følgende:", 72)],
        [("• Lønn og sosiale utgifter til koordinator, 100 % stilling: kr 600.000,-", 72)],
        [("• Til sammen: kr 600.000,-", 72)],
    ])
    got = values(doc)
    assert got["amounts.total"] == 600_000
    assert got.get("amounts.other") is None


def test_prose_budget_with_total_sentence():
    doc = word_doc(
        "Vi søker om 488 000 kroner til lønn og sosiale utgifter for én 80 % stilling som familieveileder, "
        "og 8 000 kroner til kompetanse. Totalt søker vi om 496 000 kroner.",
    )
    got = values(doc)
    assert got["amounts.positions"] == 488_000
    assert got["amounts.competence"] == 8_000
    assert got["amounts.total"] == 496_000
    assert positions(got) == [("familieveileder", 80, 488_000)]


def test_prose_budget_in_nynorsk_without_total_adds_the_parts():
    doc = word_doc(
        "Nav Stord søkjer om 305 000 kroner til løn for ein miljøarbeidar i 50 % stilling, "
        "og 10 000 kroner til kompetanse.",
    )
    got = values(doc)
    assert got["amounts.positions"] == 305_000
    assert got["amounts.competence"] == 10_000
    assert got["amounts.total"] == 315_000
    assert positions(got) == [("miljøarbeidar", 50, 305_000)]


def test_the_answer_to_a_question_about_the_amount_is_the_request():
    doc = word_doc(
        "Hvor mye søker kontoret om, og til hva?",
        "To 50 % stillinger som veiledere, kr 644 000 i lønn og sosiale kostnader, og kr 12 000 til kompetanse. "
        "Totalt kr 656 000.",
        "Hvor mange deltakere skal tiltaket nå?",
        "Rundt 40, og kommunens samlede kostnad til oppfølging er i dag 2 300 000 kroner.",
    )
    got = values(doc)
    assert got["amounts.positions"] == 644_000
    assert got["amounts.competence"] == 12_000
    assert got["amounts.total"] == 656_000


def test_an_answer_to_another_question_is_no_request():
    doc = word_doc("Hvor mange deltakere skal tiltaket nå?",
                   "Rundt 40, og tiltaket koster kommunen 2 300 000 kroner i året.")
    assert "amounts.total" not in values(doc)


def test_a_post_over_its_amount_on_the_next_line_is_one_budget_line():
    """A scan whose text recognition put each wrapped budget row's amount on
    a line of its own, under the post's label."""
    rows = [
        "Budsjett",
        "Miljøterapeut, 80 % stilling inkl. sosiale kostnader", "472 000",
        "Ungdomsveileder, 40 % stilling inkl. sosiale kostnader", "236 000",
        "Sum lønn", "708 000",
        "Kompetansetiltak", "9 000",
        "Samlet søknadsbeløp", "717 000",
    ]
    got = values(pdf_doc([[(text, 300 if text[0].isdigit() else 72)] for text in rows]))
    assert got["amounts.positions"] == 708_000
    assert got["amounts.competence"] == 9_000
    assert got["amounts.total"] == 717_000
    assert got["positions_percent_total"] == 120


def test_a_form_field_over_a_number_on_the_next_line_is_no_budget_line():
    rows = ["Telefon", "22 33 44 55", "Antall deltakere", "1 200", "Organisasjonsnummer", "974 030 527"]
    doc = pdf_doc([[(text, 72)] for text in rows])
    assert read_budget(Context(doc, S2020)).lines == []


def test_specks_read_as_guessed_words_are_no_budget_post():
    """A scanned page's shadow at the bottom edge, read as fragments with an
    amount among them, every word a guess."""
    page = Page(number=1, width=595, height=842)
    page.lines = [Line("Kompetanseheving: kr 12 000", 1, bbox=(60, 100, 260, 110), confidence=0.93, ocr=True)]
    for i, (text, confidence) in enumerate([(",", 0.3), ("nq", 0.2), ("~", 0.56), ("Lo", 0.3), ("4613", 0.22),
                                            ("øk", 0.35)]):
        page.lines.append(Line(text, 1, bbox=(40 + 70 * i, 800, 60 + 70 * i, 806), confidence=confidence, ocr=True))
    for i, text in enumerate(["Familieveileder", "100 %", "598 000"]):  # a faint copy's row: guessed, yet words
        page.lines.append(Line(text, 1, bbox=(60 + 150 * i, 130, 160 + 150 * i, 140), confidence=0.46, ocr=True))
    doc = Document(path="x.pdf", format="pdf", pages=[page], page_count=1)
    assert [(line.category, line.amount) for line in read_budget(Context(doc, S2020)).lines] == [
        ("competence", 12_000), ("positions", 598_000)]


def test_a_labelled_positions_subtotal_is_not_the_total():
    fields = [FormField(kind="text", method="acroform", page=1, label="Sum stillinger", value="700 000"),
              FormField(kind="text", method="acroform", page=1, label="Søknadsbeløp i alt", value="710 000")]
    got = values(word_doc("Søknad om tilskudd", fields=fields))
    assert got["amounts.total"] == 710_000
    assert got["amounts.positions"] == 700_000


def test_total_sentence_wins_over_the_first_amount_of_a_request():
    doc = word_doc("Vi søker om 300 000 kroner til utvikling av tjenesten. Samla søknadssum er 310 000 kroner.")
    assert values(doc)["amounts.total"] == 310_000


# 5. A table split by a page break.

def test_wrapped_row_tail_on_the_next_page_joins_its_row():
    doc = paged_tables(
        [["Budsjettpost", "Omsøkt fra AVdir", "Kommunal egenandel", "Sum"],
         ["Lønn og sosiale utgifter, jobbspesialist", "610 000", "50 000", "660 000"]],
        [["100 %", "", "", ""], ["Kompetanse", "10 000", "0", "10 000"], ["Sum", "620 000", "50 000", "670 000"]],
    )
    got = values(doc)
    assert positions(got) == [("jobbspesialist", 100, 610_000)]
    assert got["amounts.total"] == 620_000
    assert got["amounts.own_funding"] == 50_000


def test_continuation_starting_with_data_keeps_the_header():
    doc = paged_tables(
        [["Post", "Søkt beløp", "Egenandel"], ["Koordinator 100 %", "610 000", "40 000"]],
        [["Kompetanse", "10 000", "5 000"], ["Sum", "620 000", "45 000"]],
    )
    got = values(doc)
    assert got["amounts.total"] == 620_000
    assert got["amounts.own_funding"] == 45_000
    assert got["amounts.competence"] == 10_000


def test_new_table_with_its_own_header_on_the_next_page_is_not_a_continuation():
    doc = paged_tables(
        [["Stilling", "Prosent", "Beløp"], ["Koordinator", "100 %", "610 000"]],
        [["Post", "Beløp", "Merknad"], ["Kompetanse", "10 000", "kurs"], ["Sum", "620 000", ""]],
    )
    got = values(doc)
    assert positions(got) == [("Koordinator", 100, 610_000)]
    assert got["amounts.total"] == 620_000


# 6. An own-funding column is money, never a share.

def test_own_funding_column_is_not_a_percent_column():
    doc = word_doc(tables=[[["Budsjettpost", "Omsøkt", "Kommunal egenandel", "Sum"],
                            ["Rådgiver 60 % (lønn og sosiale utgifter)", "366 000", "0", "366 000"],
                            ["Kompetanse", "10 000", "5 000", "15 000"],
                            ["Sum", "376 000", "5 000", "381 000"]]])
    got = values(doc)
    assert positions(got) == [("Rådgiver", 60, 366_000)]
    assert got["positions_percent_total"] == 60
    assert got["amounts.own_funding"] == 5_000


# 7. Numbers that are not money.

def test_addresses_org_and_phone_numbers_are_not_amounts():
    doc = pdf_doc([
        [("Fylkesmannen i Innlandet", 72)],
        [("Postboks 4034", 72)],
        [("Pb. 1500", 72)],
        [("2306 Hamar", 72)],
        [("Nav Løten · Org.nr. 974 650 754", 72)],
        [("Vakttelefon 41563209", 72)],
        [("Budsjett", 72)],
        [("Jobbspesialist 100 % ........ kr 610 000", 72)],
        [("Sum ........................... kr 610 000", 72)],
    ])
    got = values(doc)
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 610_000


def test_sender_row_with_org_number_is_not_a_budget_post():
    doc = word_doc(tables=[
        [["Nav-kontor", "Kommune", "Org.nr."], ["NAV Løten", "Løten", "974 650 754"]],
        [["Navn", "Telefon", "År"], ["Kari Nordmann", "62 59 00 00", "2020"]],
        [["Budsjettpost", "Beløp"], ["Veileder 100 %", "610 000"], ["Sum", "610 000"]],
    ])
    got = values(doc)
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 610_000
    assert got["amounts.positions"] == 610_000


# 8. Horizontal budget tables.

def test_horizontal_budget_header_of_categories_with_amounts_below():
    doc = word_doc(tables=[
        [["Stilling", "Stillingsprosent", "Beløp"], ["Boveileder", "100 %", "610 000"],
         ["Miljøarbeider", "50 %", "305 000"], ["Sum", "150 %", "915 000"]],
        [["Lønn og sosiale utgifter", "Kompetanse", "Totalt omsøkt"], ["915 000", "10 000", "925 000"]],
    ])
    got = values(doc)
    assert positions(got) == [("Boveileder", 100, 610_000), ("Miljøarbeider", 50, 305_000)]
    assert got["positions_percent_total"] == 150
    assert got["amounts.positions"] == 915_000
    assert got["amounts.competence"] == 10_000
    assert got["amounts.total"] == 925_000
    assert got.get("amounts.other") is None


def test_position_row_with_one_column_per_category():
    doc = word_doc(tables=[[["Stilling", "Prosent", "Lønn og sosiale utgifter", "Kompetanse", "Totalt"],
                            ["Miljøveileder", "100 %", "610 000", "10 000", "620 000"]]])
    got = values(doc)
    assert positions(got) == [("Miljøveileder", 100, 610_000)]
    assert got["amounts.competence"] == 10_000
    assert got["amounts.total"] == 620_000


def test_position_rows_with_salary_and_social_columns_and_a_row_sum():
    doc = word_doc(tables=[[["Stilling", "Stillingsprosent", "Lønn", "Sosiale utgifter", "Sum"],
                            ["Prosjektleder", "100 %", "470 000", "140 000", "610 000"],
                            ["Sum", "", "470 000", "140 000", "610 000"]]])
    got = values(doc)
    assert positions(got) == [("Prosjektleder", 100, 610_000)]
    assert got["amounts.positions"] == 610_000
    assert got["amounts.total"] == 610_000


# 9. Labelled fields without a budget table.

def test_share_and_salary_in_labelled_fields():
    doc = word_doc(tables=[[["3.1 Stillinger (tittel og stillingsprosent)"], ["Ungdomskontakt 60 %"],
                            ["3.2 Omsøkt beløp til lønn og sosiale utgifter"], ["366 000"],
                            ["3.3 Totalt omsøkt beløp"], ["366 000"]]])
    got = values(doc)
    assert positions(got) == [("Ungdomskontakt", 60, 366_000)]
    assert got["positions_percent_total"] == 60
    assert got["amounts.total"] == 366_000


def test_numbered_position_fields_with_a_note_are_each_a_post():
    """"Stilling 1 (tittel og %)" and "Stilling 2 (tittel og %)": a
    fillable form's field per post, each with how to answer in brackets."""
    doc = word_doc(tables=[[["Stilling 1 (tittel og %)", "Jobbkonsulent 100 %"],
                            ["Stilling 1, lønn og sosiale kostnader", "kr 605 000"],
                            ["Stilling 2 (tittel og %)", "Språk- og arbeidsveileder 50 %"],
                            ["Stilling 2, lønn og sosiale kostnader", "kr 300 000"],
                            ["Sum søknadsbeløp", "kr 905 000"]]])
    got = values(doc)
    assert got["positions_percent_total"] == 150
    assert [(p[0], p[1]) for p in positions(got)] == [("Jobbkonsulent", 100), ("Språk- og arbeidsveileder", 50)]


def test_a_share_asked_for_twice_in_fields_is_one_position():
    doc = word_doc(tables=[[["Stillingsprosent", "100"], ["Antall årsverk", "1"], ["Søknadsbeløp", "610 000"]]])
    got = values(doc)
    assert positions(got) == [(None, 100, None)]
    assert got["positions_percent_total"] == 100
    assert got.get("amounts.positions") is None
    assert got["amounts.total"] == 610_000


def test_budget_line_without_a_role_takes_it_from_the_letter():
    doc = word_doc("Vi vil opprette én 100 % stilling som jobbspesialist.",
                   tables=[[["Post", "Beløp"], ["Lønn og sosiale utgifter (100 %)", "610 000"],
                            ["Sum omsøkt", "610 000"]]])
    assert positions(values(doc)) == [("jobbspesialist", 100, 610_000)]


def test_breakdown_line_is_not_added_again():
    doc = word_doc(tables=[[["Budsjettpost", "Beløp"], ["Jobbspesialist 100 %", "610 000"],
                            ["herav sosiale utgifter", "140 000"], ["Sum omsøkt", "610 000"]]])
    got = values(doc)
    assert positions(got) == [("Jobbspesialist", 100, 610_000)]
    assert got["amounts.positions"] == 610_000


def test_amount_applied_for_to_a_part_is_that_part():
    doc = word_doc(tables=[[["Omsøkt beløp til lønn og sosiale utgifter", "488 000"],
                            ["Omsøkt beløp til kompetanse", "10 000"], ["Totalt omsøkt beløp", "498 000"]]])
    got = values(doc)
    assert got["amounts.positions"] == 488_000
    assert got["amounts.competence"] == 10_000
    assert got["amounts.total"] == 498_000


def test_share_and_amount_without_a_post_name_is_still_a_position():
    doc = word_doc(tables=[[["Stilling", "Stillingsprosent", "Lønn og sosiale utgifter"], ["", "100 %", "610 000"],
                            ["Kompetanse", "", "10 000"], ["Sum omsøkt", "", "620 000"]]])
    got = values(doc)
    assert positions(got) == [(None, 100, 610_000)]
    assert got["amounts.positions"] == 610_000
    assert got["amounts.total"] == 620_000


# 10. Budgets as people write them (issue 12, class 6).

def test_budget_with_a_column_per_year_gives_the_scheme_year():
    doc = word_doc(tables=[[["Post", "2019", "2020", "2021", "Sum"],
                            ["Miljøveileder 100 % (lønn og sosiale utgifter)", "300 000", "595 000", "615 000",
                             "1 510 000"],
                            ["Kompetanse", "0", "10 000", "10 000", "20 000"],
                            ["Sum omsøkt", "300 000", "605 000", "625 000", "1 530 000"]]])
    got = values(doc)
    assert positions(got) == [("Miljøveileder", 100, 595_000)]
    assert got["amounts.competence"] == 10_000
    assert got["amounts.total"] == 605_000


def test_budget_with_years_but_not_the_scheme_year_gives_the_first_year():
    doc = word_doc(tables=[[["Post", "2023", "2024"],
                            ["Jobbspesialist 100 %", "600 000", "620 000"],
                            ["Totalt", "600 000", "620 000"]]])
    got = values(doc)
    assert got["amounts.positions"] == 600_000
    assert got["amounts.total"] == 600_000


def test_unit_line_above_the_table_scales_it_to_kroner():
    doc = word_doc("Budsjett", "Beløp i 1000 kr",
                   tables=[[["Post", "Beløp"], ["Prosjektleiar 100 % inkl. sosiale utgifter", "590"],
                            ["Kompetanse", "10"], ["Sum", "600"]]])
    got = values(doc)
    assert positions(got) == [("Prosjektleiar", 100, 590_000)]
    assert got["amounts.competence"] == 10_000
    assert got["amounts.total"] == 600_000
    assert got.get("amounts.other") is None


def test_unit_in_the_column_header_scales_the_table():
    doc = word_doc(tables=[[["Post", "Søkt (i tusen kroner)"], ["Boveileder 80 %", "488"], ["Sum", "488"]]])
    got = values(doc)
    assert got["amounts.positions"] == 488_000
    assert got["amounts.total"] == 488_000


def test_unit_heading_over_text_lines_scales_them():
    doc = word_doc("Budsjett (tall i hele tusen):", "Lønn og sosiale utgifter, veileder 50 % ..... 305",
                   "Kompetanse ..... 10", "Sum ..... 315", "Vi ser fram til svar.")
    got = values(doc)
    assert got["amounts.positions"] == 305_000
    assert got["amounts.competence"] == 10_000
    assert got["amounts.total"] == 315_000


def test_amounts_already_in_kroner_under_a_unit_heading_are_not_scaled():
    doc = word_doc("Beløp i 1000 kr", tables=[[["Post", "Beløp"], ["Jobbspesialist 100 %", "610 000"],
                                              ["Sum", "610 000"]]])
    got = values(doc)
    assert got["amounts.positions"] == 610_000
    assert got["amounts.total"] == 610_000


def test_a_sentence_with_a_small_amount_is_no_unit():
    doc = word_doc(tables=[[["Post", "Beløp"], ["Jobbspesialist 100 %", "610 000"], ["Kursavgift", "1000 kr"],
                            ["Sum", "611 000"]]])
    got = values(doc)
    assert got["amounts.other"] == 1_000
    assert got["amounts.total"] == 611_000


def test_every_position_line_in_millions_is_summed():
    doc = word_doc(tables=[[["Post", "Beløp (kr)"],
                            ["Losfunksjon, 100 % stilling (lønn og sosiale utgifter)", "0,62 mill. kr"],
                            ["Arbeidsveileder, 50 % stilling (lønn og sosiale utgifter)", "0,3 mill. kr"],
                            ["Sum stillinger", "0,92 mill. kr"], ["Totalt omsøkt", "0,92 mill. kr"]]])
    got = values(doc)
    assert positions(got) == [("Losfunksjon", 100, 620_000), ("Arbeidsveileder", 50, 300_000)]
    assert got["positions_percent_total"] == 150
    assert got["amounts.positions"] == 920_000
    assert got["amounts.total"] == 920_000


def test_cost_lines_whose_labels_look_like_form_fields_are_other_costs():
    doc = word_doc(tables=[[["Post", "Beløp (kr)"], ["Rettleiar 100 % (løn og sosiale utgifter)", "590 000"],
                            ["Kontorleige", "20 000"], ["Utstyr (PC og mobiltelefon)", "16 000"],
                            ["Kurs og reiser", "9 000"], ["Totalt omsøkt beløp", "635 000"]]])
    got = values(doc)
    assert got["amounts.other"] == 45_000
    assert got["amounts.total"] == 635_000


def test_a_field_number_beside_a_field_label_is_no_cost():
    doc = word_doc(tables=[[["Kommune nr.", "4601"], ["Jobbspesialist 100 %", "610 000"], ["Sum", "610 000"]]])
    got = values(doc)
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 610_000


def test_position_label_wrapped_over_two_lines_is_one_line():
    doc = pdf_doc([
        [("Kostnadsoversikt", 72)],
        [("Miljøveileder, 100 % stilling (lønn og sosiale", 72)],
        [("kostnader): 598 000", 72)],
        [("Kompetanse: 12 000", 72)],
        [("Sum søknadsbeløp: 610 000", 72)],
    ])
    got = values(doc)
    assert positions(got) == [("Miljøveileder", 100, 598_000)]
    assert got["amounts.positions"] == 598_000
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 610_000


def test_wrapped_label_with_its_amount_on_a_line_between():
    doc = pdf_doc([
        [("Budsjett", 72)],
        [("Boligkoordinator, 80 % stilling (lønn og sosiale", 72)],
        [("0,49 mill. kr", 380)],
        [("utgifter)", 72)],
        [("Kompetanse 10 000 kr", 72)],
        [("Totalt 500 000 kr", 72)],
    ])
    got = values(doc)
    assert positions(got) == [("Boligkoordinator", 80, 490_000)]
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 500_000


def test_stated_positions_subtotal_is_the_positions_amount_and_the_lines_are_checked_against_it():
    doc = word_doc(tables=[[["Post", "Beløp"], ["Veileder 100 % stilling", "540 000"],
                            ["Jobbspesialist 100 % stilling", "540 000"], ["Sum stillinger", "1 090 000"],
                            ["Kompetanse", "10 000"], ["Sum søknadsbeløp", "1 100 000"]]])
    extraction = extract(doc, S2020)
    got = extraction.draft.values
    assert got["amounts.positions"] == 1_090_000
    assert [line.amount for line in extraction.budget.of("positions_subtotal")] == [1_090_000]
    assert sum(p["amount"] for p in got["positions"]) == 1_080_000


def test_a_new_budget_wording_needs_no_code(tmp_path, monkeypatch):
    doc = word_doc(tables=[[["Post", "Beløp"], ["Jobbspesialist 100 %", "600 000"], ["Fagutvikling", "10 000"],
                            ["Sum", "610 000"]]])
    assert values(doc)["amounts.other"] == 10_000
    folder = tmp_path / "vocabulary"
    shutil.copytree(Path(__file__).resolve().parents[1] / "schemas" / "vocabulary", folder)
    budget = folder / "budget.toml"
    text = budget.read_text(encoding="utf-8")
    budget.write_text(text.replace("[competence]\nnb = [", '[competence]\nnb = ["fagutvikling", ', 1), encoding="utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    got = values(doc)
    assert got["amounts.competence"] == 10_000
    assert got.get("amounts.other") is None


def test_a_new_salary_word_for_titles_needs_no_code(tmp_path, monkeypatch):
    assert position_title("Honorar jobbkonsulent 100 %") == "Honorar jobbkonsulent"
    folder = tmp_path / "vocabulary"
    shutil.copytree(Path(__file__).resolve().parents[1] / "schemas" / "vocabulary", folder)
    budget = folder / "budget.toml"
    text = budget.read_text(encoding="utf-8")
    budget.write_text(text.replace("[title_salary]\nnb = [", '[title_salary]\nnb = ["honorar", ', 1), encoding="utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    assert position_title("Honorar jobbkonsulent 100 %") == "jobbkonsulent"
    assert position_title("Lønn og sos. utg. jobbkonsulent 100 % stilling") == "jobbkonsulent"


def test_a_new_request_wording_in_prose_needs_no_code(tmp_path, monkeypatch):
    doc = word_doc("Kommunen ønskjer 40 000 kroner til kompetanse i prosjektet.")
    assert values(doc).get("amounts.competence") is None
    folder = tmp_path / "vocabulary"
    shutil.copytree(Path(__file__).resolve().parents[1] / "schemas" / "vocabulary", folder)
    budget = folder / "budget.toml"
    text = budget.read_text(encoding="utf-8")
    budget.write_text(text.replace('[prose_request]\nnb = [', '[prose_request]\nnb = ["ønskjer", ', 1), encoding="utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    assert values(doc)["amounts.competence"] == 40_000


def test_a_new_role_ending_in_prose_needs_no_code(tmp_path, monkeypatch):
    text = "Vi søker om lønn til én 100 % stilling som jobbcoach i kommunen."
    share = text.index("100 %")
    assert role_near(text, share, share + 5) is None
    folder = tmp_path / "vocabulary"
    shutil.copytree(Path(__file__).resolve().parents[1] / "schemas" / "vocabulary", folder)
    budget = folder / "budget.toml"
    text_toml = budget.read_text(encoding="utf-8")
    budget.write_text(text_toml.replace("[prose_role_ending]\nnb = [", '[prose_role_ending]\nnb = ["coach", ', 1),
                      encoding="utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    assert role_near(text, share, share + 5) == "jobbcoach"
    assert role_near("en familieveileder i 100 % stilling", 21, 26) == "familieveileder"


def test_a_new_count_word_for_positions_in_prose_needs_no_code(tmp_path, monkeypatch):
    doc = word_doc("Vi søker om 1 200 000 kroner til seks stillingar i prosjektet.")
    assert values(doc).get("amounts.positions") is None
    folder = tmp_path / "vocabulary"
    shutil.copytree(Path(__file__).resolve().parents[1] / "schemas" / "vocabulary", folder)
    budget = folder / "budget.toml"
    text = budget.read_text(encoding="utf-8")
    budget.write_text(text.replace("[prose_count]\nnb = [", '[prose_count]\nnb = ["seks", ', 1), encoding="utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    assert values(doc)["amounts.positions"] == 1_200_000


def test_amount_applied_for_written_in_words():
    doc = word_doc("Vi søkjer om seks hundre og ti tusen kroner til løn og sosiale utgifter for ei 100 % stilling "
                   "som jobbspesialist.")
    got = values(doc)
    assert got["amounts.positions"] == 610_000
    assert got["amounts.total"] == 610_000


def test_own_funding_line_and_project_cost_do_not_make_the_amount_applied_for():
    doc = word_doc(tables=[[["Post", "Beløp"], ["Jobbspesialist 100 % (lønn og sosiale utgifter)", "600 000"],
                            ["Kompetanse", "10 000"], ["Kommunal egenandel", "150 000"],
                            ["Sum prosjektkostnad", "760 000"], ["Søknadsbeløp", "610 000"]]])
    got = values(doc)
    assert got["amounts.total"] == 610_000
    assert got["amounts.own_funding"] == 150_000
    assert got["amounts.positions"] == 600_000


def _with_picture(doc: Document, paragraph_index: int, width: float) -> Document:
    doc.pages[0].images.append(Image(page=1, bbox=None, paragraph_index=paragraph_index, display_size=(width, 180.0)))
    return doc


def test_budget_pasted_as_a_picture_is_named_and_gives_no_amounts():
    doc = _with_picture(word_doc("Tiltaket skal gi unge tettere oppfølging.", "Budsjett", ""), 2, 420.0)
    extraction = extract(doc, S2020)
    assert extraction.budget.picture_page == 1
    assert extraction.draft.get("amounts.total") is None


def test_a_signature_under_the_budget_heading_is_no_budget_picture():
    doc = _with_picture(word_doc("Budsjett", "Jobbspesialist 100 % ..... 610 000 kr", "Signatur", ""), 3, 120.0)
    assert extract(doc, S2020).budget.picture_page is None


def test_a_budget_read_as_text_is_no_picture_whatever_follows():
    doc = _with_picture(word_doc("Budsjett", "Jobbspesialist 100 % ..... 610 000 kr", ""), 2, 420.0)
    assert extract(doc, S2020).budget.picture_page is None


@pytest.mark.parametrize("label", ["Sum det søkes om", "Det søkes om", "Det søkjast om", "um det sokes om"])
def test_a_line_naming_what_is_applied_for_is_the_total(label):
    doc = pdf_doc([[("Budsjett", 72)], [("Jobbspesialist 100 % ..... kr 588 000", 72)],
                   [("Kompetanse ..... kr 10 000", 72)], [(f"{label} ..... kr 598 000", 72)]])
    got = values(doc)
    assert got["amounts.total"] == 598_000
    assert got.get("amounts.other") is None


def test_a_budget_in_thousands_states_its_unit_for_the_sum_check():
    """Validation allows each amount of a budget "i 1000 kr" its rounding to a
    thousand; amounts written in kroner under such a heading are not scaled,
    and keep a unit of one krone."""
    scaled = word_doc("Budsjett", "Beløp i 1000 kr",
                      tables=[[["Post", "Beløp"], ["Prosjektleiar 100 %", "575"], ["Kontorleie", "34"],
                               ["Kompetanse", "10"], ["Sum", "620"]]])
    budget = read_budget(Context(scaled, S2020))
    assert (budget.unit, budget.stated_amounts()) == (1000, 3)
    in_kroner = word_doc("Beløp i 1000 kr", tables=[[["Post", "Beløp"], ["Jobbspesialist 100 %", "610 000"],
                                                     ["Sum", "610 000"]]])
    assert read_budget(Context(in_kroner, S2020)).unit == 1


# Several position lines written as text, each "share: amount", with their salary sum named at the end.

def test_numbered_position_lines_with_share_then_colon_each_count():
    doc = pdf_doc([[(text, 56)] for text in (
        "3. Budsjett",
        "Stilling 1: Boligrådgiver 80 %: 480 000",
        "Stilling 2 – arbeidskonsulent 100 %: 610 000",
        "Lønn og sosiale utgifter i alt: 1 090 000",
        "Kompetanse: 20 000",
        "Sum omsøkt: 1 110 000",
    )])
    got = values(doc)
    assert positions(got) == [("Boligrådgiver", 80.0, 480000), ("arbeidskonsulent", 100.0, 610000)]
    assert got["positions_percent_total"] == 180.0
    assert got["amounts.positions"] == 1090000
    assert got["amounts.total"] == 1110000


# A budget line that states its own unit before its post: the unit's number is no amount.

@pytest.mark.parametrize("unit", ["Tall i 1000 kr", "Kroner (i 1 000 kroner)"])
def test_each_line_stating_thousands_gives_its_post_in_thousands(unit):
    doc = pdf_doc([[(text, 56)] for text in (
        "3. Budsjett",
        f"{unit} – lønn og sosiale utgifter, boligkoordinator 80 %: 488",
        f"{unit} – kompetanse: 12",
        f"{unit} – sum: 500",
    )])
    got = values(doc)
    assert got["amounts.positions"] == 488000
    assert got["amounts.competence"] == 12000
    assert got["amounts.total"] == 500000
    assert positions(got) == [("boligkoordinator", 80.0, 488000)]


@pytest.mark.parametrize("header", ["NOK 1000", "kr 1 000"])
def test_a_column_header_stating_thousands_is_no_amount(header):
    doc = word_doc(tables=[[["Post", header], ["Lønn og sosiale utgifter, veileder 100 %", "600"],
                            ["Kompetanse", "10"], ["Sum", "610"]]])
    got = values(doc)
    assert got.get("amounts.other") is None
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (600000, 10000, 610000)


@pytest.mark.parametrize("lines", [
    ("3. Budsjett", "Beløp i 1000 kr", "Vi søker om 925 til lønn og kompetanse."),
    ("3. Budsjett", "Søknadsbeløp (i 1000 kr): 925"),
])
def test_the_number_of_a_unit_statement_is_never_the_amount_applied_for(lines):
    got = values(pdf_doc([[(text, 56)] for text in lines]))
    assert got.get("amounts.total") in (None, 925000)
