"""Young people named by what brings them to Nav ("unge
sosialhjelpsmottakere", "unge arbeidsledige", "unge arbeidssøkjarar") are
the youth of the area "Oppfølging av barnefamilier, ungdom og
innvandrere", as "unge brukere" are: a target group, counted beside a
means where nothing states another area."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page


def _areas(scheme: str, *lines: str) -> list[str]:
    doc = text_doc(text_page(1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret",
                             "Beskrivelse av prosjektet:", *lines))
    return extract(doc, get_scheme(scheme)).draft.get("priority_areas") or []


def test_young_unemployed_in_work_at_local_firms() -> None:
    assert _areas("nav-sosiale-tjenester-2019",
                  "Tiltaket gir unge arbeidsledige arbeidstrening hos lokale bedrifter i regionen.") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_young_jobseekers_in_nynorsk() -> None:
    assert "barnefamilier-ungdom-innvandrere" in _areas(
        "nav-sosiale-tjenester-2020", "Me vil gje unge arbeidssøkjarar tett oppfølging i ei ny modell.")


def test_beside_a_stated_area_the_young_clients_are_its_target_group() -> None:
    assert _areas("nav-sosiale-tjenester-2020",
                  "Prosjektet skal sikre sårbare overganger fra skole til arbeid.",
                  "Vi har mange unge sosialhjelpsmottakere i kommunen.") == ["saarbare-overganger"]
