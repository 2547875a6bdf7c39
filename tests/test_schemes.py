"""Scheme files: validated on load, chosen from the document, overridable."""

from datetime import date
from pathlib import Path

import pytest

from soknad_extract import schemes
from soknad_extract.schemes import SchemeError, choose_scheme, get_scheme, list_schemes


def test_all_announcements_load():
    ids = {s.id for s in list_schemes()}
    assert {"nav-sosiale-tjenester-2018", "nav-sosiale-tjenester-2019", "nav-sosiale-tjenester-2020",
            "prosjektskjonn-trondelag-2024"} <= ids


def test_2020_rules_from_the_announcement():
    scheme = get_scheme("nav-sosiale-tjenester-2020")
    assert scheme.deadline == date(2020, 2, 1)
    assert scheme.caps.per_position == 610_000
    assert scheme.caps.competence == 10_000
    assert [a.id for a in scheme.priority_areas] == [
        "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"]
    assert scheme.required_signatures == ["nav_leader", "municipality"]


def test_2018_has_no_caps_and_its_own_areas():
    scheme = get_scheme("nav-sosiale-tjenester-2018")
    assert scheme.caps.per_position is None and scheme.caps.competence is None
    assert [a.id for a in scheme.priority_areas] == [
        "ordinaert-arbeidsliv", "ungdom-innvandrere", "tilsyn", "barneperspektivet", "overganger"]


def test_every_area_has_phrases_in_both_standards():
    for scheme in list_schemes():
        for area in scheme.priority_areas:
            assert area.phrases_nb and area.phrases_nn, (scheme.id, area.id)


@pytest.mark.parametrize("text, expected, assumed", [
    ("Søknad om tilskudd 2020\nNav Kongsvinger", "nav-sosiale-tjenester-2020", False),
    ("Søknadsfrist: 1. februar 2018. Vi søker om midler.", "nav-sosiale-tjenester-2018", False),
    ("Søknad om tilskot. Kongsvinger, 15.01.2019", "nav-sosiale-tjenester-2019", False),
    ("Brev datert 12. desember 2019 om søknad", "nav-sosiale-tjenester-2020", False),
    ("Søknad om prosjektskjønn: digitalisering i kommunen", "prosjektskjonn-trondelag-2024", False),
    ("Søknad om tilskudd til prosjekt. Ingen årstall her.", "nav-sosiale-tjenester-2020", True),
    ("Søknad for 2031: tilskudd", "nav-sosiale-tjenester-2020", True),
])
def test_choose_scheme(text, expected, assumed):
    choice = choose_scheme(text)
    assert (choice.scheme.id, choice.assumed) == (expected, assumed)


def test_override_wins_and_unknown_id_is_an_error():
    assert choose_scheme("Søknadsfrist 1. februar 2018", "nav-sosiale-tjenester-2020").scheme.year == 2020
    with pytest.raises(SchemeError) as raised:
        choose_scheme("", "nav-sosiale-tjenester-1999")
    assert "Kjente utlysninger" in raised.value.message("nb") and "Known announcements" in str(raised.value)


def _write(folder: Path, name: str, body: str) -> None:
    (folder / f"{name}.toml").write_text(body, encoding="utf-8")


NEXT_YEAR = '''
id = "nav-sosiale-tjenester-2021"
family = "nav-sosiale-tjenester"
year = 2021
title = "Tilskudd 2021"
title_nn = "Tilskot 2021"
deadline = 2021-02-01
fallback = true
applicant = "nav_office"
required_signatures = ["nav_leader", "municipality"]
[caps]
per_position = 640000
[[priority_areas]]
id = "ordinaert-arbeidsliv"
label_nb = "Bruk av ordinært arbeidsliv"
label_nn = "Bruk av ordinært arbeidsliv"
phrases_nb = ["ordinært arbeidsliv"]
phrases_nn = ["ordinært arbeidsliv"]
'''


@pytest.fixture
def extra_schemes(tmp_path, monkeypatch):
    monkeypatch.setenv(schemes.SCHEMES_ENV, str(tmp_path))
    schemes._load_all.cache_clear()
    yield tmp_path
    schemes._load_all.cache_clear()


def test_next_years_announcement_needs_no_code(extra_schemes):
    _write(extra_schemes, "nav-sosiale-tjenester-2021", NEXT_YEAR)
    assert get_scheme("nav-sosiale-tjenester-2021").caps.per_position == 640_000
    assert choose_scheme("Søknad om tilskudd for 2021").scheme.id == "nav-sosiale-tjenester-2021"
    assert choose_scheme("Søknad om tilskudd, uten år").scheme.id == "nav-sosiale-tjenester-2021"


@pytest.mark.parametrize("body, message", [
    ('id = "broken"\nyear = "tjue"', "Ugyldig ordningsfil"),
    (NEXT_YEAR.replace('id = "nav-sosiale-tjenester-2021"', 'id = "other-id"'), "filnavnet"),
    (NEXT_YEAR + "unknown_key = 1\n", "Ugyldig ordningsfil"),
    (NEXT_YEAR.replace("per_position = 640000", "per_position = -5"), "Ugyldig ordningsfil"),
])
def test_invalid_scheme_file_fails_loudly(extra_schemes, body, message):
    _write(extra_schemes, "nav-sosiale-tjenester-2021", body)
    with pytest.raises(SchemeError) as raised:
        list_schemes()
    assert message in raised.value.message("nb")
