"""A target group in a sentence that only counts the people the office
meets ("mange unge står utanfor", "en stor andel av brukerne er ungdom") is
the background of the project, not its choice of area: where the letter
names no area in the announcement's words, such a group adds none beside
the project's own phrases (a lone one is all the letter says, and stays). The
same group in a sentence that speaks of the project or its aim ("Prosjektet
skal gi mange unge …", "Målgruppa er …"), or named again there ("Mange
familier med barn …" before "Prosjektet skal gi familiene …"), still
counts, and so does a group that stands alone without a count."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def areas(*paragraphs: str) -> list[str] | None:
    return extract(word_doc(HEAD, "Søker: Nav Bø", *paragraphs), S2020).draft.values.get("priority_areas")


def test_a_counted_group_in_the_background_is_no_area_beside_a_means() -> None:
    assert areas("I regionen er det mangel på fagfolk, mens en stor andel av brukerne våre er ungdom uten "
                 "fullført skole.",
                 "Vi vil gi deltakerne praksis hos lokale arbeidsgivere i byggebransjen.") == ["ordinaert-arbeidsliv"]


def test_nynorsk_counted_group_in_the_background_is_no_area() -> None:
    assert areas("Bygda har få arbeidsplassar, og mange unge vaksne flyttar ut.",
                 "Me vil hjelpe deltakarane ut i arbeid hos lokale arbeidsgjevarar i næringslivet.") \
        == ["ordinaert-arbeidsliv"]


def test_a_counted_group_in_a_sentence_about_the_project_counts() -> None:
    assert areas("Prosjektet skal gi mange unge voksne tett oppfølging hos lokale arbeidsgivere.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_a_group_named_without_a_count_still_counts() -> None:
    assert areas("Ungdom mellom 18 og 25 år får tett oppfølging hos lokale arbeidsgivere.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_a_counted_group_the_projects_sentences_name_again_is_whom_it_is_for() -> None:
    assert areas("Mange familier med barn i kommunen har lav inntekt over tid.",
                 "Prosjektet skal gi familiene én koordinator og hjelpe foreldrene over i lønnet arbeid.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]
    assert areas("Mange unge voksne i bygda står utanfor arbeid og skule.",
                 "Me vil gi dei unge ein fast rettleiar og praksis hos lokale arbeidsgjevarar.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_a_background_group_that_is_the_only_phrase_still_counts() -> None:
    assert areas("Mange av brukerne våre er unge voksne uten fullført skole.",
                 "Vi søker om midler til en veileder.") == ["barnefamilier-ungdom-innvandrere"]
