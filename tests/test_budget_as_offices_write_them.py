"""Budgets as offices write them, in other wordings and layouts than the
held-out documents that showed each class (corpora 81-84):

- a count of posts qualified by the share it amounts to ("ei stilling
  tilsvarande 80 prosent", "1 stilling, 80 %") is that share, not a full post;
- a budget label abbreviated with a full stop ("Lønn og sos. kostn.") is a label;
- a row naming what is asked of the grantor ("Søkt frå Statsforvaltaren") is
  the total applied for, not another cost;
- in a row of two label/value pairs a "0" or "–" is the value of the label
  before it, never a reason to give that label the next pair's amount;
- page furniture ("Side 2 av 3") is never a budget line;
- beside a cost plan that counts the own funding, the amounts applied for
  are the grant's, split as the document splits it, else only its total.
"""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.budget.furniture import is_page_number_line
from soknad_extract.extract.budget.lines import category
from soknad_extract.extract.budget.qualified_shares import find_shares
from soknad_extract.extract.labels import classify_label
from soknad_extract.layout import Document, Line, Page
from soknad_extract.layout.rows import Row, Span
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import A4_H, A4_W, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _values(doc: Document) -> dict:
    return extract(doc, S2020).draft.values


# --- a count of posts qualified by its share ------------------------------------------


def test_count_qualified_by_share_is_that_share_in_other_wordings():
    assert [(h.value, h.text) for h in find_shares("Vi har ein rettleiar i ei stilling som svarar til 60 prosent.")] \
        == [(60.0, "ei stilling som svarar til 60 prosent")]
    assert [h.value for h in find_shares("Prosjektet får en stilling som jobbspesialist, tilsvarende 50 %.")] == [50.0]
    assert [h.value for h in find_shares("to stillinger tilsvarende 1,5 årsverk")] == [150.0]
    assert [h.value for h in find_shares("1 stilling, 80 %")] == [80.0]


def test_count_and_a_share_of_something_else_stay_apart():
    assert [h.value for h in find_shares("Vi har en stilling. Tilsvarende 50 % av brukerne er unge.")] == [100.0, 50.0]
    assert [h.value for h in find_shares("Vi har en stilling, 50 % av tiden går til oppfølging")] == [100.0, 50.0]
    assert [h.value for h in find_shares("ei heil stilling")] == [100.0]


def test_prose_share_of_a_letter_is_the_qualified_share():
    doc = word_doc(HEAD, "Nav Voss søkjer om midlar til ein jobbspesialist i ei stilling som tilsvarar 70 prosent.",
                   "Vi søkjer om 427 000 kroner til løn og 10 000 kroner til kompetanse.")
    assert _values(doc)["positions_percent_total"] == 70.0


def test_share_field_answered_with_count_and_share():
    doc = word_doc(HEAD, tables=[[["Stillingsprosent", "1 stilling, 60 %"], ["Søknadsbeløp", "kr 366 000"]]])
    assert _values(doc)["positions_percent_total"] == 60.0


# --- abbreviated budget labels --------------------------------------------------------


def test_abbreviated_salary_labels_are_labels():
    for label in ("Lønn og sos. kostn.", "Lønnsutg. inkl. sos. utg.", "Løn og sosiale utg.", "Lønn inkl. sos. utg."):
        assert classify_label(label) == "positions_amount", label
    assert classify_label("Komp.") == "competence"
    assert classify_label("Vi søker om lønn til stillingen.") is None  # a sentence stays a sentence


def test_abbreviated_label_over_its_value_in_a_box():
    doc = word_doc(HEAD, tables=[[["Lønn og sos. kostn.\nkr 540 000", "Komp.\nkr 10 000"],
                                  ["Sum omsøkt\nkr 550 000", ""]]])
    got = _values(doc)
    assert got.get("amounts.positions") == 540_000
    assert got.get("amounts.competence") == 10_000
    assert got.get("amounts.total") == 550_000


# --- what is asked of the grantor is the total ----------------------------------------


def test_row_naming_what_is_asked_of_the_grantor_is_the_total():
    for label in ("Søkt fra Statsforvalteren", "Søkt tilskot frå Statsforvaltaren", "Beløp søkt hos Fylkesmannen",
                  "Tilskudd fra Statsforvalteren i Vestland"):
        assert category(label, None) == "total", label
    assert category("Tilskudd fra fylkeskommunen", None) == "other"


def test_grantor_row_in_a_budget_table_is_no_other_cost():
    doc = word_doc(HEAD, tables=[[["Post", "Beløp"], ["Løn og sosiale kostnader, 80 % stilling", "480 000"],
                                  ["Kompetanse", "10 000"], ["Søkt frå Statsforvaltaren", "490 000"],
                                  ["Eigenfinansiering kommunen", "50 000"]]])
    got = _values(doc)
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 490_000
    assert got["amounts.positions"] == 480_000


# --- two label/value pairs a row, one answered with nothing ---------------------------


def test_pair_answered_with_nothing_keeps_the_row_of_pairs():
    for nothing in ("0", "–", "0,00"):
        doc = word_doc(HEAD, tables=[[["Lønn og sosiale utgifter", "kr 500 000", "Kompetanse", "kr 10 000"],
                                      ["Andre kostnader", nothing, "Totalt omsøkt", "kr 510 000"]]])
        got = _values(doc)
        assert not got.get("amounts.other"), nothing
        assert got["amounts.total"] == 510_000, nothing


# --- page furniture -------------------------------------------------------------------


def _text(text: str) -> Row:
    return Row([Span(text, 1)], 1)


def test_page_number_lines_are_furniture():
    for text in ("Side 2 av 3", "Bydel Frogner | s. 2", "Nav Gran – side 3", "- 2 -", "2/3", "Page 2 of 4"):
        assert is_page_number_line(_text(text)), text
    for text in ("Kompetanse 10", "Side om side med arbeidsgiverne følger vi opp 20 deltakere", "Lønn 2"):
        assert not is_page_number_line(_text(text)), text


def _page(number: int, texts: list[str], foot: str) -> Page:
    lines = [Line(t, number, bbox=(72, 72 + 20 * i, 400, 84 + 20 * i)) for i, t in enumerate(texts)]
    lines.append(Line(foot, number, bbox=(72, 800, 300, 812)))
    return Page(number, A4_W, A4_H, lines=lines)


def test_footer_under_a_budget_in_thousands_is_no_cost():
    first = _page(1, [HEAD, "Nav Sarpsborg søker om tilskudd til én 100 % stilling."], "Sarpsborg kommune · Side 1")
    second = _page(2, ["Budsjett (beløp i 1000 kr)", "Lønn og sosiale utgifter: 600", "Kompetanse: 10",
                       "Sum omsøkt: 610"], "Sarpsborg kommune · Side 2")
    got = _values(Document("built.pdf", "pdf", [first, second], page_count=2))
    assert got.get("amounts.other") is None
    assert got["amounts.total"] == 610_000


# --- the grant beside a cost plan that counts own funding -----------------------------


_COSTS = [["Kostnad", "Beløp"], ["Lønn og sosiale utgifter, jobbspesialist 100 %", "660 000"],
          ["Kompetanse", "10 000"], ["Sum kostnader", "670 000"]]
_FINANCING = [["Finansiering", "Beløp"], ["Søkt tilskudd fra Statsforvalteren", "615 000"],
              ["Egenandel kommunen", "55 000"], ["Sum finansiering", "670 000"]]


def test_grant_split_as_the_request_splits_it():
    doc = word_doc(HEAD, "Søknadsbeløp: kr 615 000 (kr 605 000 til lønn og kr 10 000 til kompetanse)",
                   tables=[_COSTS, _FINANCING])
    got = _values(doc)
    assert got["amounts.total"] == 615_000
    assert got["amounts.positions"] == 605_000
    assert got["amounts.competence"] == 10_000
    assert got["amounts.own_funding"] == 55_000


def test_grant_without_a_split_gives_its_total_only():
    got = _values(word_doc(HEAD, tables=[_COSTS, _FINANCING]))
    assert got["amounts.total"] == 615_000
    assert got.get("amounts.positions") is None  # 660 000 is what the post costs, not what is asked


def test_cost_plan_that_is_the_request_is_kept():
    financing = [["Finansiering", "Beløp"], ["Søkt tilskudd fra Statsforvalteren", "670 000"],
                 ["Egenandel kommunen", "0"], ["Sum finansiering", "670 000"]]
    got = _values(word_doc(HEAD, tables=[_COSTS, financing]))
    assert got["amounts.positions"] == 660_000
    assert got["amounts.total"] == 670_000
