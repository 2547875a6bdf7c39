"""Letters that quote the scheme's own text before giving their answer:
the quoted areas and exclusions are the call's, not the office's. An answer
that points back to the quoted list ("det siste området", "område 2",
"førstnevnte område") chooses the area at that place: the letter's own
order where it lists two or more areas, else the announcement's for a
number. A pointer in a sentence that is not the office's own, or negated,
chooses nothing."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _run(*paragraphs: str):
    return extract(word_doc(HEAD, "Søker: Nav Bø", *paragraphs), S2020)


def _areas(*paragraphs: str) -> list[str] | None:
    return _run(*paragraphs).draft.values.get("priority_areas")


def test_a_pointer_takes_its_place_in_the_letters_own_order():
    assert _areas(
        "Utlysinga nemner sikring av sårbare overgangar, bruk av ordinært arbeidsliv og oppfølging av "
        "barnefamiliar, ungdom og innvandrarar.",
        "Tiltaket vårt høyrer til det andre området. Me skal gje tett oppfølging til unge vaksne.",
    ) == ["ordinaert-arbeidsliv"]


def test_a_numbered_area_without_a_list_counts_in_the_announcements_order():
    assert _areas("Vi søker under område 3, og skal følge opp unge som er på vei ut av institusjon.") \
        == ["saarbare-overganger"]


def test_the_last_named_area_among_three():
    assert _areas(
        "Rundskrivet prioriterer bruk av ordinært arbeidsliv, oppfølging av barnefamilier, ungdom og innvandrere "
        "og sikring av sårbare overganger.",
        "Prosjektet faller inn under sistnevnte område. Jobbspesialisten skal samarbeide med skolen.",
    ) == ["saarbare-overganger"]


def test_a_pointer_that_is_negated_chooses_nothing_of_its_own():
    found = _areas(
        "Utlysningen prioriterer bruk av ordinært arbeidsliv og sikring av sårbare overganger.",
        "Prosjektet hører ikke under det siste området, men skal gi familier med barn tett oppfølging.",
    )
    assert "saarbare-overganger" not in (found or [])


def test_an_exclusion_quoted_from_the_call_is_no_exclusion():
    hits = _run("I utlysningen står det at implementering av ferdig utviklede metoder ikke gis tilskudd.",
                "Prosjektet skal utvikle en ny arbeidsmåte for familier med barn.").exclusions
    assert not hits


def test_an_exclusion_in_the_offices_own_sentence_stays():
    hits = _run("Prosjektet skal implementere IPS i tråd med utlysningen.").exclusions
    assert {hit.code for hit in hits} == {"EXCLUDED_EXISTING_METHOD"}
