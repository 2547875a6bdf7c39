"""Position shares written as fractions in words ("tre fjerdedelar
stilling", "ein halv stilling", "to tredjedeler"), several posts' shares in
one answer ("100 % + 50 %", with the total said again in brackets), and
"årsverk" as OCR reads it off a scan ("arsverk", "års verk"). Documents and
phrases built here, in wordings other than the corpus files'."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.norwegian import find_percents, parse_percent
from soknad_extract.norwegian.numbers import fraction_words
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("text, expected", [
    ("tre fjerdedeler", 0.75),
    ("Ei halv", 0.5),
    ("to tredjedelar", 2 / 3),
    ("trekvart", 0.75),
    ("en femtedel", 0.2),
    ("fire", None),
    ("kvartal", None),
])
def test_fraction_words(text, expected):
    value = fraction_words(text)
    assert (value is None) if expected is None else float(value) == pytest.approx(expected)


@pytest.mark.parametrize("text, expected", [
    ("Vi søker om tre fjerdedeler stilling som veileder", 75),
    ("Omfang: to tredjedelar stilling", 66.67),
    ("Stillingsstørrelse: ei halv stilling", 50),
    ("en kvart stilling til koordinering", 25),
    ("Trekvart stilling", 75),
    ("tre kvart stilling", 75),
    ("to halve stillingar", 100),
    ("¾ stilling", 75),
    ("Ressurs: 2,5 arsverk", 250),
    ("Ressurs: 0,5 års verk", 50),
])
def test_fraction_in_words_is_a_share(text, expected):
    assert [h.value for h in find_percents(text)] == pytest.approx([expected])


@pytest.mark.parametrize("text", [
    "kr 610 000 for kvart årsverk",
    "en halv dag i uka",
    "kvartalsrapport",
])
def test_no_share_in(text):
    assert find_percents(text) == []


def test_the_article_belongs_to_the_share():
    """"ein halv stilling" is one share, not a post named "ein"."""
    (hit,) = find_percents("Stilling: éin halv stilling")
    assert hit.text == "éin halv stilling"


@pytest.mark.parametrize("text, expected", [
    ("Stillinger: 80 % + 40 %", 120),
    ("60 % + 60 % + 30 % stilling", 150),
    ("Bemanning: 100 % pluss 100 % (2 årsverk)", 200),
    ("2 årsverk (200 %)", 200),
    ("to stillingar à 40 % (0,8 årsverk)", 80),
    ("3 x 50 % = 150 %", 150),
    ("to stillingar på 40 % og 60 %", 100),  # one share per post, as many as the count
    ("  70 %, 30 % og 50 %", 150),  # an answer that is nothing but shares
])
def test_shares_added_or_said_twice_are_one_total(text, expected):
    assert parse_percent(text) == pytest.approx(expected)
    assert len(find_percents(text)) == 1


@pytest.mark.parametrize("text, expected", [
    ("80 % + 40 % (1 årsverk)", [120, 100]),  # the brackets disagree: both stay for the caller
    ("100 % i 2021 og 50 % i 2022", [100, 50]),
    ("fra 60 % og opp til 100 %", [60, 100]),
])
def test_shares_that_are_not_one_total_stay_apart(text, expected):
    assert [h.value for h in find_percents(text)] == pytest.approx(expected)


def test_fraction_in_words_answers_the_share_question():
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                   "Nav-kontor:      Nav Fjellby",
                   "Stillingsandel:  to tredjedeler stilling",
                   "Lønn (kr):       400 000",
                   "Sum (kr):        400 000")
    values = extract(doc, S2020).draft.values
    assert values.get("positions_percent_total") == pytest.approx(66.67)


@pytest.mark.parametrize("answer", ["80 % + 60 % (1,4 årsverk)", "80 % og 60 %", "to stillingar på 80 % og 60 %"])
def test_shares_listed_in_one_answer_are_the_total(answer):
    doc = word_doc("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
                   "Nav-kontor:      Nav Fjellby",
                   f"Stillingar:      {answer}",
                   "Løn (kr):        850 000",
                   "Sum (kr):        850 000")
    values = extract(doc, S2020).draft.values
    assert values.get("positions_percent_total") == pytest.approx(140)


@pytest.mark.parametrize("label, answer, expected", [
    ("Arsverk:", "1,5", 150),  # a count of posts, "årsverk" as OCR reads it
    ("Antall arsverk:", "2", 200),
    ("Storleik på stillinga:", "60", 60),
    ("Størrelse på stillingen:", "40 %", 40),
])
def test_share_question_wordings_and_their_ocr_forms(label, answer, expected):
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                   "Nav-kontor:      Nav Fjellby",
                   f"{label}      {answer}",
                   "Lønn (kr):       400 000",
                   "Sum (kr):        400 000")
    values = extract(doc, S2020).draft.values
    assert values.get("positions_percent_total") == pytest.approx(expected)


@pytest.mark.parametrize("text, expected", [
    ("ei heil stilling og ei halv stilling", 150),
    ("Ein heil og ein halv stilling", 150),
    ("to stillinger og en halv stilling", 250),
    ("1 årsverk og 40 %", 140),
])
def test_an_answer_of_posts_in_a_row_is_their_sum(text, expected):
    assert [h.value for h in find_percents(text)] == pytest.approx([expected])


@pytest.mark.parametrize("text, expected", [
    ("Tre stillinger, 3 x 100 %", [300, 300]),  # the detail of the count, no second list
    ("1 stilling, 80 %", [100, 80]),
    ("to stillingar, 30 % og 70 %", [100]),  # one share per post, as many as the count
])
def test_a_comma_after_a_count_of_posts_opens_its_detail(text, expected):
    assert [h.value for h in find_percents(text)] == pytest.approx(expected)


@pytest.mark.parametrize("text, expected", [
    ("100 %, 1 årsverk", [100, 100]),  # the share said again as a count, not a second post
    ("50 %, ei halv stilling", [50, 50]),
    ("80 %, 60 %", [140]),  # shares in percent after a comma are still a list
])
def test_a_count_after_a_shares_comma_says_it_again(text, expected):
    assert [h.value for h in find_percents(text)] == pytest.approx(expected)


@pytest.mark.parametrize("text", ["Lønn veileder (100 % + 14,1 % arbeidsgiveravgift): 680 000",
                                  "Lønn 100 % + 12 % feriepenger", "Stillingen er 80 % + 20 % fra kommunen"])
def test_a_plus_before_a_cost_or_a_payer_adds_no_shares(text):
    assert len(find_percents(text)) == 2  # two rates apart, not one share of their sum
