"""A continuation's background names the years of its earlier grants ("Nav
Lunde mottok i 2018 og 2019 tilskudd", "tidlegare tilskot for 2019"); those
years are not the round it applies to and must not outvote the letter's own
date and project period (``schemes.choose_scheme``, ``documents.toml``
[earlier_grant_words]). A year further on in the sentence, past the reach of
the past-tense word, still counts. Texts built here."""

from __future__ import annotations

import pytest

from soknad_extract.schemes import choose_scheme


def _year(text: str) -> int:
    return choose_scheme(text).scheme.year


@pytest.mark.parametrize("background", [
    "Nav Lunde mottok i 2018 og 2019 tilskudd til prosjektet Arbeid først.",
    "Kontoret fikk tilskudd i 2019 til første prosjektår.",
    "Tidlegare tilskot 2019: 400 000 kroner.",
    "Prosjektet vart innvilga tilskot for 2019 av Fylkesmannen.",
])
def test_an_earlier_grant_year_does_not_outvote_the_letters_own(background: str) -> None:
    text = (
        "Søknad om videreføring av prosjektet Arbeid først\n"
        f"{background}\n"
        "Vi søker nå om midler til å videreføre arbeidet fra 1. mars 2020.\n"
        "Lunde, 14.02.2020\nKari Nilsen, Nav-leder\n"
    )
    assert _year(text) == 2020


def test_a_year_past_the_reach_of_the_earlier_grant_counts() -> None:
    text = "Nav Lunde fikk støtte fra en annen ordning i fjor, og søker nå om tilskudd for 2019.\nLunde, 10.01.2019\n"
    assert _year(text) == 2019


def test_the_grant_year_of_an_application_still_decides() -> None:
    assert _year("Søknad om tilskudd 2019\nNav Lunde søker om midler til prosjektet.\n") == 2019
