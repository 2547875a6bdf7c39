"""Priority areas stated in the answer to the priority-area question,
in the applicant's words rather than the area's printed name ("Satsingsområde
for prosjektet" over "Tiltaket skal særlig sikre overgangen fra skole til
arbeid for unge"): the statement outweighs topical words elsewhere, such as a
"jobbspesialist" or "arbeidsgivere" in the staffing or the method."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
_METHOD = ("Metode",
           "Prosjektet ansetter en jobbspesialist som skal samarbeide tett med lokale arbeidsgivere og næringslivet.")


def _areas(label: str, answer: str) -> list[str] | None:
    doc = word_doc(TITLE, tables=[[["Kontaktperson", "Kari Moen"], list(_METHOD), [label, answer]]])
    return extract(doc, S2020).draft.values.get("priority_areas")


def test_the_answer_to_the_area_question_states_the_areas() -> None:
    assert _areas("Prioritert område for prosjektet",
                  "Prosjektet retter seg mot oppfølging av barnefamilier med lav inntekt og deres barn.") \
        == ["barnefamilier-ungdom-innvandrere"]


def test_without_an_area_in_the_answer_the_prose_decides() -> None:
    assert _areas("Prioritert område for prosjektet", "Se punkt 3.") == ["ordinaert-arbeidsliv"]
