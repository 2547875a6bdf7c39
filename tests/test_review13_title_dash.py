"""A quoted name's dash leads to a subtitle only where what follows could be
one: the letter's own subject, a bare year, a pointer elsewhere or the
contact after the dash is no part of the title (review13 probes)."""

import pytest

from soknad_extract.extract.project import split_title_answer


@pytest.mark.parametrize("after", [
    "2026", "søknad om videreføring 2026", "Søknad om tilskudd", "jf. tidligere søknad", "se vedlegg",
    "sjå vedlegg 2", "kontaktperson Kari Nordmann",
])
def test_what_is_no_subtitle_stays_out_of_the_title(after: str) -> None:
    assert split_title_answer(f"«Losen» – {after}")[0] == "Losen"


@pytest.mark.parametrize("after", ["fra skole til jobb", "ungdom i arbeid", "jobb 2026"])
def test_a_subtitle_still_joins_the_title(after: str) -> None:
    assert split_title_answer(f"«Losen» – {after}")[0] == f"Losen – {after}"
