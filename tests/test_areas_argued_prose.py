"""Areas argued in prose. The transitions between school stages and from
school into work ("overgangen fra ungdomsskolen til videregående", "hjelpe
dei over i skule eller arbeid") are the area of vulnerable transitions; a
means the project's own verb governs ("skal … bruke lokale arbeidsgivere som
praksisarena") states "Bruk av ordinært arbeidsliv". Employers the office
only works with or follows up state nothing beside a named area."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _areas(*paragraphs: str) -> list[str] | None:
    return extract(word_doc(HEAD, "Søker: Nav Bø", *paragraphs), S2020).draft.values.get("priority_areas")


def test_the_step_from_lower_to_upper_secondary_school_is_a_transition():
    assert "saarbare-overganger" in (_areas(
        "Vi vil følge opp elever i overgangen fra ungdomsskolen til videregående, der mange faller fra.") or [])


def test_helping_drop_outs_over_into_school_or_work_is_a_transition():
    assert "saarbare-overganger" in (_areas(
        "Losen skal finne ungdom som har slutta på skulen og hjelpe dei over i arbeid eller skule.") or [])


def test_employers_the_project_uses_state_ordinary_working_life():
    assert _areas("Tiltaket skal sikre overgangen fra fengsel til egen bolig, og benytte lokale bedrifter "
                  "som praksisarena.") == ["ordinaert-arbeidsliv", "saarbare-overganger"]


def test_employers_the_project_follows_up_state_nothing():
    assert _areas("Tiltaket skal sikre overgangen fra fengsel til egen bolig, og følge opp lokale bedrifter "
                  "som tar imot deltakere.") == ["saarbare-overganger"]
