"""A budget stated one post per clause in sentences that ask for nothing
(the request is the sentence before): a competence post named by a bare
label, a total word alone before the last amount, and what each post costs
followed by their sum. Letters, and PDFs whose lines break inside a number.
Precision: a clause that says something about competence, or an amount per
post without a sum, gives no post."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = ("Statsforvalteren i Eksempel", "Eksempelby 15. januar 2020",
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020")
TAIL = "Kontaktperson for søknaden er Kari Nordmann, som nås på kari.nordmann@nav.no."
KEYS = ("amounts.positions", "amounts.competence", "amounts.total")


def amounts(doc) -> tuple:
    values = extract(doc, S2020).draft.values
    return tuple(values.get(k) for k in KEYS)


def letter(*sentences: str) -> tuple:
    return amounts(word_doc(*HEAD, *sentences, TAIL))


@pytest.mark.parametrize("text, expected", [
    ("Vi søker om en 50 % stilling som veileder. Lønn: kr 290'. Kompetansemidler: kr 9'. "
     "Dette gir en søknadssum på kr 299'.", (290000, 9000, 299000)),
    ("Vi søkjer om ei heil stilling som jobbspesialist. Løn og sosiale utgifter er 600 000 kroner, "
     "kompetanseheving 12 000 kroner, til saman 612 000 kroner.", (600000, 12000, 612000)),
])
def test_posts_named_by_labels_in_a_sentence_after_the_request(text: str, expected: tuple) -> None:
    assert letter(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vi søker om to stillinger på 60 prosent som miljøarbeidere. Hver av stillingene koster 366 000 kroner "
     "med sosiale kostnader, til sammen 732 000 kroner. I tillegg søker vi 15 000 kroner til kompetanse. "
     "Samlet søknadsbeløp er 747 000 kroner.", (732000, 15000, 747000)),
    ("Vi søkjer om tre halve stillingar. Kvar stilling kostar 300 000 kroner, og det blir 900 000 kroner "
     "totalt. Vi søkjer òg om 20 000 kroner til kompetanse. Samla søknadssum er 920 000 kroner.",
     (900000, 20000, 920000)),
])
def test_the_sum_of_what_each_post_costs_is_the_positions_part(text: str, expected: tuple) -> None:
    assert letter(text) == expected


def test_a_number_broken_over_two_pdf_lines_in_a_sentence_of_posts() -> None:
    rows = [[(t, 72)] for t in (
        *HEAD,
        "Vi søker om tre stillinger (300 %) som jobbspesialister. Lønn og sosiale kostnader 1",
        "800 000 kroner, kompetansemidler 20 000 kroner, i alt 1 820 000 kroner.",
        TAIL)]
    assert amounts(pdf_doc(rows)) == (1800000, 20000, 1820000)


@pytest.mark.parametrize("text", [
    "Vi søker om en hel stilling. For å styrke kompetansen i hele kontoret brukte vi 40 000 kroner i fjor.",
    "Vi søker om en hel stilling. Hver stilling koster oss omtrent 610 000 kroner i året.",
])
def test_a_clause_about_competence_or_a_cost_per_post_alone_is_no_post(text: str) -> None:
    positions, competence, _ = letter(text)
    assert competence is None
    assert positions is None
