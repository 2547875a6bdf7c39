"""Budgets beside today's rules: a financing table beside the budget, a
budget table a page break cut before its rows, a post written in one prose
line, and an amount written as a sum.

- A table of where the money comes from (the grant, the municipality's own
  share, the project's whole cost) is no table of costs: its grant line is
  no "other" post. The own share is still read from it.
- A budget table whose header and first row sit loose at the foot of a page
  (too few rows to make a table there) and whose other rows open the next
  page is one table: all its positions count.
- An answer written as a sum that adds up ("305 000 + 305 000 = 610 000")
  is the result; a sum that does not add up is left unread.
- A post written in one line with its share, title and amount and a bracket
  after the amount saying what it covers ("(lønn og sosiale utgifter)") is
  one post with that amount.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.extract import extract
from soknad_extract.readers import read_document
from soknad_extract.norwegian.amounts import without_sum_working
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")

_BUDGET = [["Post", "Andel", "Beløp"], ["Miljøterapeut", "50 %", "305 000"],
           ["Kompetansemidler", "", "10 000"], ["Sum", "", "315 000"]]


def _values(*tables: list[list[str]]) -> dict:
    return extract(word_doc(tables=list(tables)), S2020).draft.values


# --- a financing table beside the budget -----------------------------------------


def test_a_financing_table_by_its_source_column_adds_no_post():
    financing = [["Finansieringskilde", "Beløp"], ["Arbeids- og velferdsdirektoratet", "315 000"],
                 ["Kommunens egenandel", "120 000"], ["Prosjektets totale kostnad", "435 000"]]
    values = _values(_BUDGET, financing)
    assert values.get("amounts.other") is None
    assert values["amounts.total"] == 315_000
    assert values["amounts.positions"] == 305_000
    assert values["amounts.own_funding"] == 120_000


def test_a_financing_plan_by_its_title_row_adds_no_post_nynorsk():
    financing = [["Finansieringsplan"], ["Søkt tilskot frå Arbeids- og velferdsdirektoratet", "315 000"],
                 ["Eigenandel Fjordby kommune", "80 000"], ["Sum", "395 000"]]
    values = _values(_BUDGET, financing)
    assert values.get("amounts.other") is None
    assert values["amounts.total"] == 315_000


def test_a_budget_titled_financing_with_its_posts_stays_the_budget():
    budget = [["Budsjett og finansiering", "", ""], ["Post", "Andel", "Beløp"], ["Miljøterapeut", "50 %", "305 000"],
              ["Reiseutgifter", "", "20 000"], ["Kompetansemidler", "", "10 000"], ["Sum", "", "335 000"]]
    values = _values(budget)
    assert values["amounts.other"] == 20_000
    assert values["amounts.total"] == 335_000


# --- a budget table a page break cut after its first rows --------------------------


def _split_budget_pdf(rows_on_first: int) -> bytes:
    """A budget table in a PDF: its header and first rows at the foot of page
    one (too few to make a table there), the rest at the top of page two,
    each page with the office's running head and foot."""
    rows = [("Kostnad", "Andel", "Beløp"), ("Miljøterapeut", "80 %", "488 000"), ("Jobbkonsulent", "40 %", "244 000"),
            ("Kompetansemidler", "", "10 000"), ("Totalt", "120 %", "742 000")]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for page, part in ((1, rows[:rows_on_first + 1]), (2, rows[rows_on_first + 1:])):
        c.setFont("Helvetica", 10)
        c.drawString(72, 800, "Søknad om tilskudd 2020 – Nav Fjordby")
        y = 760
        if page == 1:
            for text in ("Søker: Nav Fjordby", "Prosjektnavn: Arbeid først", *["Fyll tekst om prosjektet."] * 30,
                         "Kostnader"):
                c.drawString(72, y, text)
                y -= 16
        for label, share, amount in part:
            c.drawString(72, y, label)
            c.drawRightString(330, y, share)
            c.drawRightString(500, y, amount)
            y -= 16
        c.drawString(72, 40, f"Nav Fjordby, Storgata 1, 9999 Fjordby – side {page}")
        c.showPage()
    c.save()
    return buf.getvalue()


def test_a_budget_table_cut_after_its_first_row_counts_both_pages(tmp_path):
    path = tmp_path / "split.pdf"
    path.write_bytes(_split_budget_pdf(1))
    values = extract(read_document(str(path)), S2020).draft.values
    assert values["amounts.positions"] == 732_000
    assert values["amounts.total"] == 742_000


# --- an answer written as a sum -----------------------------------------------------


def test_a_salary_answer_written_as_a_sum_that_adds_up_is_its_result():
    doc = word_doc("Stillinger: miljøterapeut 60 % og veileder 40 %",
                   "Lønnsmidler: 366 000 + 244 000 = 610 000", "Kompetansemidler: 10 000 kr",
                   "Totalt omsøkt: 620 000 kr")
    values = extract(doc, S2020).draft.values
    assert values["amounts.positions"] == 610_000
    assert values["amounts.total"] == 620_000


def test_a_sum_that_does_not_add_up_gives_no_result():
    assert without_sum_working("Lønn: 366 000 + 244 000 = 600 000") == "Lønn: 366 000 + 244 000 = 600 000"
    assert without_sum_working("Lønn: 366 000 + 244 000 = 610 000") == "Lønn: 610 000"


# --- percent, title and amount in one prose line, a bracket after the amount ------------


def test_a_post_line_with_a_bracket_saying_what_the_amount_covers():
    doc = word_doc("Stillingsressurs: 60 % miljøterapeut, kr 366 000 (lønn og sosiale utgifter)",
                   "Kompetansemidler: kr 10 000", "Totalt: kr 376 000")
    values = extract(doc, S2020).draft.values
    assert values["amounts.positions"] == 366_000
    assert [(p["percent"], p["amount"]) for p in values["positions"]] == [(60.0, 366_000)]


def test_a_cost_table_with_a_column_naming_who_pays_keeps_its_posts():
    others = [["Andre kostnader", "Beløp", "Finansiering"], ["Reiseutgifter", "20 000", "Tilskudd"],
              ["Husleie prosjektrom", "30 000", "Tilskudd"]]
    budget = [["Post", "Andel", "Beløp"], ["Miljøterapeut", "50 %", "305 000"], ["Kompetansemidler", "", "10 000"],
              ["Sum", "", "365 000"]]
    values = _values(budget, others)
    assert values["amounts.other"] == 50_000
