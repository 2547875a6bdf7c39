"""What a letter says it received may be the round's announcement, not an
earlier grant: "Vi har mottatt utlysningen av tilskudd for 2019" names the
round it answers, and its year votes (``schemes``, ``documents.toml``
[announcement_words]). Review13 probe: the year was dropped as an earlier
grant's and a letter dated in another year fell to the default scheme."""

from __future__ import annotations

import pytest

from soknad_extract.schemes import choose_scheme


@pytest.mark.parametrize("sentence", [
    "Vi har mottatt utlysningen av tilskudd for 2019 og søker med dette.",
    "Kontoret mottok invitasjonen til å søke tilskudd 2019 i desember.",
    "Vi fekk kunngjeringa av tilskot for 2019 og søkjer med dette.",
])
def test_a_received_announcements_year_is_the_round(sentence: str) -> None:
    text = f"Nav Lunde\n{sentence}\nVi søker om 400 000 kroner til prosjektet.\nLunde, 1. mars 2026\n"
    assert choose_scheme(text).scheme.year == 2019


def test_a_received_grant_still_is_background() -> None:
    text = "Nav Lunde mottok tilskudd for 2018 fra Fylkesmannen.\nVi søker nå om midler fra 1. mars 2019.\nLunde, 10.01.2019\n"
    assert choose_scheme(text).scheme.year == 2019
