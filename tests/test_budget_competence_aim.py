"""A sentence asking for the grant that names competence as the project's
aim ("Til styrket kompetanse i Nav-kontoret søker vi om kr 600 000") is not
the competence post: letters and budget paragraphs that say what the whole
grant is for. The post named bare before the verb ("Til kompetanse søkjer vi
kr 10 000") still is."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.budget.aims import aimed_kind
from soknad_extract.extract.budget.lines import category
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def amounts(*paragraphs: str) -> dict:
    values = extract(word_doc(HEAD, "Søker: Nav Bø", *paragraphs), S2020).draft.values
    return {k: v for k, v in values.items() if k.startswith("amounts.")}


@pytest.mark.parametrize("sentence", [
    "Til styrket kompetanse i sosialtjenesten søker vi om kr 720 000.",
    "For felles kompetanseheving i distriktet søker vi om totalt kr 720 000.",
    "Til auka kompetanse i tenesta søkjer vi om kr 720 000.",
])
def test_a_request_for_competence_as_an_aim_is_no_competence_post(sentence: str) -> None:
    for found in (amounts("Budsjett", sentence), amounts("Om prosjektet", sentence)):
        assert found.get("amounts.competence") is None
        assert found.get("amounts.total") == 720_000


def test_the_competence_post_named_before_the_verb_is_still_competence() -> None:
    found = amounts("Budsjett", "Til lønn til jobbspesialist 100 % søker vi kr 600 000. Til kompetanse søker vi "
                    "kr 10 000. Totalt søker vi om kr 610 000.")
    assert (found["amounts.positions"], found["amounts.competence"]) == (600_000, 10_000)


def test_a_table_label_naming_competence_as_a_heading_stays_competence() -> None:
    assert category("For felles kompetanseheving", None) == "competence"
    assert category("Styrket kompetanse (kurs)", None) == "competence"


@pytest.mark.parametrize("sentence", [
    "Til økt kompetanse hos de ansatte søker vi om kr 10 000.",
    "Til styrket kompetanse (kurs og nettverkssamlinger) søkes det om kr 10 000.",
    "For mer kompetanse i veiledning søker vi kr 10 000.",
    "Til auka kompetanse søkjer vi kr 10 000.",
])
@pytest.mark.parametrize("total", [" Totalt søker vi om kr 610 000.", ""])
def test_an_aim_worded_amount_within_the_cap_beside_the_salary_is_the_competence_post(sentence: str, total: str) -> None:
    found = amounts("Budsjett", f"Til lønn til jobbspesialist 100 % søker vi kr 600 000. {sentence}{total}")
    assert (found["amounts.positions"], found.get("amounts.competence")) == (600_000, 10_000)
    assert found.get("amounts.other") is None
    assert found["amounts.total"] == 610_000


def test_an_aim_worded_amount_equal_to_the_total_is_the_whole_request() -> None:
    found = amounts("Budsjett", "Vi vil ansette en jobbspesialist i 100 % stilling. Til styrket kompetanse i "
                    "Nav-kontoret søker vi om kr 600 000. Totalt søkes det om kr 600 000.")
    assert found.get("amounts.competence") is None
    assert found.get("amounts.other") is None
    assert found["amounts.total"] == 600_000


def test_an_aim_worded_amount_over_the_cap_is_never_the_competence_post() -> None:
    assert aimed_kind(300_000, {300_000, 600_000}, {900_000}, S2020) == "other"
    assert aimed_kind(10_000, {10_000, 600_000}, {610_000}, S2020) == "competence"
    assert aimed_kind(25_000, {25_000, 600_000}, {625_000}, S2020) == "competence"  # a post over its cap
    assert aimed_kind(10_000, {10_000}, set(), S2020) == "total"
    assert aimed_kind(10_000, {10_000, 600_000}, {610_000}, None) == "other"
