"""A letter that names the project it carries on ("søker om videreføring av
prosjektet Arbeid Først, som …") without a "Prosjektnavn" label."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

_SUBJECT = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _draft(*lines: str):
    return extract(text_doc(text_page(1, *lines)), get_scheme("nav-sosiale-tjenester-2020")).draft


def test_a_continued_project_named_in_the_letter_is_the_title() -> None:
    draft = _draft("Nav Fjellby", "Søknad om videreføring av prosjektet Arbeid Først – tilskudd til utvikling "
                   "av sosiale tjenester i Nav-kontoret 2020",
                   "Nav Fjellby søker om videreføring av prosjektet Arbeid Først, som fikk tilskudd i 2019.")
    assert draft.get("project.title") == "Arbeid Først"


def test_a_clause_after_prosjektet_names_no_title() -> None:
    draft = _draft("Vi søker om videreføring av prosjektet Nav Stord har drevet siden 2019.")
    assert draft.get("project.title") is None


def test_a_name_holding_a_verb_is_still_the_title() -> None:
    for name in ("Alle kan jobbe", "Ung vil jobbe"):
        draft = _draft(f"Nav Fjellby søker om midler til prosjektet {name}, som skal gi unge arbeid.")
        assert draft.get("project.title") == name


def test_a_clause_after_prosjektet_with_a_longer_office_name_names_no_title() -> None:
    for office in ("Nav Nordre Follo", "Nav Stord og Fitjar", "Nav-kontoret", "Nordre Follo kommune"):
        draft = _draft(f"Vi søker om videreføring av prosjektet {office} har drevet siden 2019.")
        assert draft.get("project.title") is None, office
