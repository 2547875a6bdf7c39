"""Position shares and budget amounts in shapes the fifth held-out corpus
showed (each test builds its own layout): a web form's receipt joining its
answers with dashes, a "Stilling" field naming the role and its share, a
landscape form with two columns of label and value, a cell stating the
amount per position and the sum, amounts in letters written with
abbreviations and wrapped sentences, amounts in words, and a competence
post of a bare 0."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.budget.cells import amount_in_cell
from soknad_extract.norwegian import find_amounts
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def values(doc) -> dict:
    return extract(doc, S2020).draft.values


def positions(got: dict) -> list[tuple]:
    return [(p["title"], p["percent"], p["amount"]) for p in got.get("positions") or []]


# 1. A web form's receipt: each position one line, its answers joined by dashes.

def test_receipt_lines_joined_by_dashes_are_positions():
    doc = pdf_doc([[(text, 62)] for text in [
        "Stillingar og budsjett",
        "Stilling 1",
        "Jobbspesialist – 100 % – 610 000 kr",
        "Stilling 2",
        "Jobbspesialist — 40 % — 244 000 kr",
        "Sum lønn og sosiale kostnader",
        "854 000 kr",
    ]])
    got = values(doc)
    assert positions(got) == [("Jobbspesialist", 100.0, 610000), ("Jobbspesialist", 40.0, 244000)]
    assert got["positions_percent_total"] == 140.0
    assert got["amounts.positions"] == 854000


def test_dash_after_a_share_needs_an_amount_after_it():
    """A dash after the share followed by a small count is no amount."""
    got = values(pdf_doc([[("Familieveileder – 50 % – 2", 62)]]))
    assert "amounts.positions" not in got


# 2. A field for the post itself ("Stilling") answered with the role and its share.

def test_position_field_beside_its_answer_gives_the_share():
    doc = pdf_doc([
        [("Prosjektnavn", 56), ("Arbeid for alle", 220)],
        [("Stilling", 56), ("Miljøveileder 80 %", 220)],
        [("Lønn og sosiale utgifter", 56), ("488 000", 220)],
        [("Totalt", 56), ("488 000", 220)],
    ])
    got = values(doc)
    assert positions(got) == [("Miljøveileder", 80.0, 488000)]
    assert got["positions_percent_total"] == 80.0


def test_position_field_in_a_word_table_and_inline():
    table = word_doc(tables=[[["Prosjektnavn", "Losen"], ["Stilling", "Ungdomslos, 60 %"],
                              ["Lønn og sosiale kostnader", "kr 366 000"], ["Sum", "kr 366 000"]]])
    assert positions(values(table)) == [("Ungdomslos", 60.0, 366000)]
    inline = pdf_doc([[(text, 56)] for text in [
        "Stilling: Familiekoordinator, 75 prosent stilling", "Lønn og sosiale utgifter: 457 000"]])
    assert values(inline)["positions_percent_total"] == 75.0


def test_position_field_lists_one_post_a_line():
    doc = word_doc(tables=[[["Stilling", "Jobbspesialist 100 %\nFamilieveileder 50 %\nSum 150 %"],
                            ["Lønn og sosiale utgifter", "915 000"]]])
    got = values(doc)
    assert [(p[0], p[1]) for p in positions(got)] == [("Jobbspesialist", 100.0), ("Familieveileder", 50.0)]
    assert got["positions_percent_total"] == 150.0


def test_position_field_without_a_share_is_a_title():
    """"Stilling: Rådmann" in a signature block, and a share without a
    percent sign, give no position share."""
    doc = pdf_doc([[(text, 56)] for text in [
        "Lønn og sosiale utgifter: 610 000", "Navn: Kari Nordmann", "Stilling: Rådmann", "Stilling: 2"]])
    got = values(doc)
    assert "positions_percent_total" not in got
    assert "positions" not in got


# 3. A landscape form: two columns of label and value, the budget in the right one.

def test_two_columns_of_fields_beside_the_budget():
    doc = word_doc(tables=[[
        ["Søker", "Nav Gran", "Stilling", "Familieveileder"],
        ["Kommune", "Gran", "Stillingsprosent", "100 %"],
        ["Organisasjonsnr.", "964438706", "Lønn inkl. sosiale utg.", "610.000,-"],
        ["Kontaktperson", "Jon Nordby", "Kompetansemidler", "10.000,-"],
        ["Telefon", "611 33 470", "Sum omsøkt", "620.000,-"],
    ]])
    got = values(doc)
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (610000, 10000, 620000)
    assert "amounts.other" not in got
    assert got["positions_percent_total"] == 100.0


def test_fields_beside_amounts_that_are_no_posts_stay_unread():
    """A count beside a field ("Antall deltakere | 1 200") is no budget post:
    the row is not read as pairs."""
    doc = word_doc(tables=[[
        ["Kontaktperson", "Jon Nordby", "Antall deltakere", "1 200"],
        ["Telefon", "611 33 470", "Lønn og sosiale utgifter", "610 000"],
    ]])
    got = values(doc)
    assert got.get("amounts.positions") == 610000
    assert "amounts.other" not in got


# 4. A cell stating the amount per post and what they come to.

def test_cell_with_amount_per_post_and_their_sum_holds_the_sum():
    assert amount_in_cell("NOK 320 000 per stilling, til sammen NOK 640 000") == 640000
    assert amount_in_cell("kr 300 000 + kr 310 000, totalt kr 610 000") == 610000
    assert amount_in_cell("2 x 305 000 kr = 610 000 kr") == 610000


def test_cell_whose_sum_does_not_add_up_holds_no_amount():
    assert amount_in_cell("NOK 320 000 per stilling, til sammen NOK 650 000") is None
    assert amount_in_cell("kr 500 000, totalt med egenandel kr 600 000") is None
    assert amount_in_cell("kr 300 000 og kr 310 000") is None


def test_salary_cell_with_per_post_amount_gives_the_positions_amount():
    doc = word_doc(tables=[[["Søker", "Nav Asker"], ["Stillinger", "2 x 50 % veiledere"],
                            ["Lønn og sosiale kostnader", "NOK 320 000 per stilling, til sammen NOK 640 000"],
                            ["Omsøkt totalt", "NOK 640 000"]]])
    got = values(doc)
    assert got["amounts.positions"] == 640000
    assert got["positions_percent_total"] == 100.0


# 5. A letter: an abbreviation's dot inside a sentence, a sentence wrapped at "Til | saman".

def test_letter_amount_in_millions_with_abbreviation_and_wrapped_total():
    doc = pdf_doc([[(text, 90)] for text in [
        "Vi søkjer om 0,49 mill. kroner til løn og sosiale kostnader for ei 80 %",
        "stilling som jobbspesialist, og 10 000 kroner til kompetanse. Til",
        "saman søkjer vi om 498 000 kroner for 2020.",
    ]])
    got = values(doc)
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (490000, 10000, 498000)
    assert got["positions_percent_total"] == 80.0


def test_heading_above_a_request_is_no_total():
    """A line that starts in capitals is not the sentence above it going on:
    "Samla budsjett" over "Vi søkjer om …" names no total."""
    doc = pdf_doc([[(text, 90)] for text in [
        "Samla budsjett",
        "Vi søkjer om 300 000 kroner til løn for ei 50 % stilling.",
        "Kommunen set av 200 000 kroner som eigendel.",
    ]])
    got = values(doc)
    assert got["amounts.positions"] == 300000
    assert got.get("amounts.total") == 300000


# 6. Amounts written out in words, a scale written onto its number.

def test_number_words_with_the_scale_written_on():
    assert [m.value for m in find_amounts("fire hundre og sekstitusen kroner")] == [460000]
    assert [m.value for m in find_amounts("titusen kroner")] == [10000]
    assert [m.value for m in find_amounts("femogtjue tusen kr")] == [25000]
    assert find_amounts("sekstitusen deltakere") == []


def test_budget_fields_answered_in_words():
    doc = pdf_doc([[(text, 56)] for text in [
        "Stillingsprosent: 50 %",
        "Lønn og sosiale utgifter: tre hundre og femtitusen kroner",
        "Kompetanse: ti tusen kroner",
        "Samlet søknadsbeløp: tre hundre og sekstitusen kroner",
    ]])
    got = values(doc)
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (350000, 10000, 360000)


def test_words_beside_other_words_are_no_amount():
    assert amount_in_cell("ti tusen") is None
    assert amount_in_cell("to tusen innbyggere") is None
    assert amount_in_cell("ti tusen kroner") == 10000


# 7. The competence post answered with a bare 0.

def test_competence_answered_with_a_bare_zero_is_zero():
    inline = pdf_doc([[(text, 56)] for text in [
        "Stillingsprosent: 100 %", "Lønn og sosiale utgifter: 610 000", "Kompetanse: 0", "Sum omsøkt: 610 000"]])
    assert values(inline)["amounts.competence"] == 0
    table = word_doc(tables=[[["Lønn og sosiale utgifter", "590 000"], ["Kompetanse", "0"], ["Sum", "590 000"]]])
    assert values(table)["amounts.competence"] == 0


def test_bare_zero_beside_another_label_is_no_amount():
    got = values(pdf_doc([[(text, 56)] for text in ["Lønn og sosiale utgifter: 610 000", "Egenandel: 0"]]))
    assert "amounts.own_funding" not in got
    assert "amounts.competence" not in got
