"""Youth named as "unge" before a word for the people the office follows
up ("unge sosialhjelpsmottakere", "unge arbeidssøkjarar", "unge deltakere")
are the youth of the follow-up area, as "ungdom" and "unge voksne" are: a
target group that counts where the letter names no area in the
announcement's words. The Nynorsk employer is "arbeidsgjevar" as often as
"arbeidsgivar"."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret"


def areas(scheme: str, *paragraphs: str) -> list[str] | None:
    return extract(word_doc(HEAD, "Søker: Nav Bø", *paragraphs), get_scheme(scheme)).draft.values.get(
        "priority_areas")


@pytest.mark.parametrize("sentence", [
    "Vi skal gi unge stønadsmottakere tett oppfølging og praksis hos lokale arbeidsgivere.",
    "Me vil gi unge arbeidssøkjarar tett oppfølging og praksis hos lokale arbeidsgjevarar.",
    "Prosjektet skal følge opp unge deltakere i praksis hos lokale arbeidsgivere.",
])
@pytest.mark.parametrize("scheme", ["nav-sosiale-tjenester-2019", "nav-sosiale-tjenester-2020"])
def test_young_people_named_by_what_they_receive_or_seek_are_youth(scheme, sentence) -> None:
    assert areas(scheme, sentence) == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_young_people_in_the_clause_of_another_named_area_are_whom_it_serves() -> None:
    assert areas("nav-sosiale-tjenester-2020",
                 "Prosjektet skal bruke vanlige arbeidsplasser i industrien som inngang for unge arbeidssøkere.") \
        == ["ordinaert-arbeidsliv"]


def test_young_people_in_a_sentence_of_their_own_count_beside_a_named_area() -> None:
    assert areas("nav-sosiale-tjenester-2020", "Målgruppen er unge arbeidssøkere i kommunen.",
                 "Prosjektet skal bruke vanlige arbeidsplasser i industrien.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]
