"""Position shares in shapes the seventh held-out corpus showed (each test
builds its own layout): the announcement's cap printed in a form ("inntil
610 000 kroner per 100 % stilling"), which is never the applicant's share."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def values(doc) -> dict:
    return extract(doc, S2020).draft.values


# 2. The announcement's cap printed in a form is no share of the applicant's.

_CAP_LINE = ("Tilskudd til utvikling av de sosiale tjenestene i Nav-kontoret, kap. 0621 post 63. Det gis inntil "
             "610 000 kroner per 100 % stilling (lønn og sosiale utgifter) og inntil 10 000 kroner per tiltak til "
             "kompetanse.")


def _form(share: str) -> list[list[tuple[str, float]]]:
    return [
        [(_CAP_LINE, 56)],
        [("Nav-kontor", 56), ("Nav Eksempel", 230)],
        [("Budsjett", 56)],
        [("Stilling", 56), ("Stillingsandel", 230), ("Beløp", 400)],
        [("Familiekoordinator", 56)] + ([(share, 230)] if share else []) + [("kr 450 000", 400)],
        [("Kompetanse", 56), ("kr 10 000", 400)],
        [("Sum", 56), ("kr 460 000", 400)],
    ]


def test_the_cap_per_position_printed_in_a_form_is_not_the_share() -> None:
    got = values(pdf_doc(_form("")))
    assert "positions_percent_total" not in got
    assert got["amounts.positions"] == 450000


def test_a_share_answered_in_the_form_is_still_read_beside_the_cap() -> None:
    got = values(pdf_doc(_form("1 stilling (100 %)")))
    assert got["positions_percent_total"] == 100.0


def test_a_letter_quoting_the_cap_still_gives_its_own_share() -> None:
    got = values(word_doc(
        "Det gis inntil 610 000 kroner per 100 % stilling.",
        "Nav Eksempel søker om tilskudd til en 80 % stilling som jobbspesialist, 488 000 kroner.",
    ))
    assert got["positions_percent_total"] == 80.0


def test_a_rate_in_the_applicants_own_words_is_no_share_either() -> None:
    """"pr. 100 % stilling" after an amount is what one full position costs;
    the share asked for is the count ("to stillinger")."""
    got = values(word_doc("Vi søker om 1 220 000 kroner til to stillinger, 610 000 kroner pr. 100 % stilling."))
    assert got["positions_percent_total"] == 200.0
