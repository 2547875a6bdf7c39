"""A means in the answer to the priority-area question beside an area the
answer names: "Sikring av sårbare overganger: … og videre i jobb hos
lokale arbeidsgivere" chooses the transitions area; the work and the
employers say how it is reached, not that the project also chose
ordinary working life. Where the answer names no area, its means are the
answer."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _areas(label: str, answer: str) -> list[str] | None:
    doc = word_doc(TITLE, tables=[[["Kontaktperson", "Per Hansen"], [label, answer]]])
    return extract(doc, S2020).draft.values.get("priority_areas")


def test_a_means_after_the_named_area_is_no_second_area() -> None:
    assert _areas("Hvilket prioritert område gjelder søknaden?",
                  "Sikring av sårbare overganger – deltakerne følges fra avsluttet soning og videre i jobb "
                  "hos lokale arbeidsgivere.") == ["saarbare-overganger"]


def test_a_means_in_the_named_areas_own_clause_still_counts() -> None:
    assert _areas("Prioritert område", "Oppfølging av innvandrere og bruk av lokale arbeidsgivere") \
        == ["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"]


def test_an_answer_of_means_alone_names_its_area() -> None:
    assert _areas("Prioritert område", "Praksis og arbeid hos lokale arbeidsgivere") == ["ordinaert-arbeidsliv"]


def test_a_target_group_beside_the_named_area_is_the_group_followed_up() -> None:
    assert _areas("Prioritert område",
                  "Tett oppfølging av unge voksne uten fullført utdanning, og å sikre overgangen til videre skolegang.") \
        == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def test_an_answer_wrapped_over_lines_of_a_pdf_is_one_paragraph() -> None:
    """A PDF breaks the answer under the label into lines: its second
    sentence, on the lines the first wraps onto, is the answer too."""
    from tests.builders.layouts import text_doc, text_page

    doc = text_doc(text_page(1, TITLE, "Kontaktperson: Per Hansen", "Prioriterte områder",
                             "Prosjektet skal sikre overgangen fra skole for unge som slutter på",
                             "videregående skole. Deltakerne skal få praksis hos ordinære",
                             "arbeidsgivere i kommunen.", heading=None))
    assert extract(doc, S2020).draft.values.get("priority_areas") == ["ordinaert-arbeidsliv", "saarbare-overganger"]


def test_a_means_beside_a_target_group_alone_is_part_of_the_answer() -> None:
    assert _areas("Prioritert område", "Unge voksne uten fullført utdanning, og overgangen til arbeid") \
        == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]
