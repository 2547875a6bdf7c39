"""Municipality names that open with a compass or position word ("Nordre
Follo", "Indre Østfold", "Øvre Eiker", "Vestre Toten", "Nordre Land",
"Søndre Land") or join one with a hyphen ("Nord-Aurdal", "Sør-Varanger") are
kept whole when a letter names them before "kommune": the word is part of the
name, and "Follo" alone is no municipality. Letters built here."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

SCHEME = get_scheme("nav-sosiale-tjenester-2020")


def _municipality(office: str, municipality: str) -> str | None:
    document = word_doc(
        office, "Søknad om tilskudd til prosjektet «Godt i gang» – 2020",
        f"{office} søker med dette om tilskudd til sosiale tjenester for 2020.",
        "Med vennlig hilsen",
        f"Kari Lund, leder {office}",
        f"Per Berg, kommunedirektør i {municipality} kommune",
    )
    return extract(document, SCHEME).draft.values.get("office.municipality")


@pytest.mark.parametrize("name", ["Nordre Follo", "Indre Østfold", "Øvre Eiker", "Vestre Toten",
                                  "Nordre Land", "Søndre Land", "Nord-Aurdal", "Sør-Varanger"])
def test_a_compass_word_stays_in_the_municipality_named_in_a_letter(name: str) -> None:
    assert _municipality(f"Nav {name}", name) == name


def test_the_office_of_a_compass_municipality_in_a_letter_naming_it_twice() -> None:
    assert _municipality("Nav Nordre Follo", "Nordre Follo") == "Nordre Follo"
    assert _municipality("Nav Ski", "Nordre Follo") == "Nordre Follo"


def test_a_plain_name_is_unchanged() -> None:
    assert _municipality("Nav Voss", "Voss") == "Voss"
