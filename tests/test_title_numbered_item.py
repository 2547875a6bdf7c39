"""A numbered form item "4. Prosjekt: …" answered on its own line: the bare
heading word with an answer after its colon labels the title."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

_SUBJECT = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _draft(*lines: str):
    return extract(text_doc(text_page(1, *lines)), get_scheme("nav-sosiale-tjenester-2020")).draft


def test_a_numbered_project_item_answered_on_its_line_is_the_title() -> None:
    draft = _draft(_SUBJECT, "1. Søker: Nav Fjellby", "4. Prosjekt: Trygg vei til jobb",
                   "5. Søknaden gjelder: Nytt prosjekt")
    assert draft.get("project.title") == "Trygg vei til jobb"


def test_a_numbered_project_heading_alone_names_no_title() -> None:
    draft = _draft(_SUBJECT, "1. Søker: Nav Fjellby", "2. Prosjekt",
                   "Vi vil hjelpe flere unge over i arbeid gjennom tett oppfølging.")
    assert draft.get("project.title") is None


def test_the_pair_finder_keeps_the_colon_that_makes_a_numbered_heading_word_a_label() -> None:
    from soknad_extract.extract.labels import classify_label
    from soknad_extract.extract.pairs import find_pairs
    from soknad_extract.layout.rows import Row, Span

    rows = [Row([Span("5. Prosjekt: Digital gjeldsrådgivning for unge", 1)], 1), Row([Span("6. Prosjekt", 1)], 1)]
    pairs = find_pairs(rows, classify_label)
    assert [(classify_label(p.label), p.value.text) for p in pairs] == [("title", "Digital gjeldsrådgivning for unge")]


def test_a_numbered_section_headed_prosjekt_gives_way_to_the_subject_lines_title() -> None:
    draft = _draft(_SUBJECT + ": «Jobbveien»", "1. Søker: Nav Fjellby",
                   "3. Prosjekt: Organisering og forankring", "Prosjektet er forankret i kommunens planer.")
    assert draft.get("project.title") == "Jobbveien"


def test_a_numbered_item_answered_by_a_kind_a_period_or_a_lower_case_subject_is_no_title() -> None:
    for answer in ("Nytt", "2020–2022", "mål og målgruppe"):
        draft = _draft(_SUBJECT, "1. Søker: Nav Fjellby", f"4. Prosjekt: {answer}")
        assert draft.get("project.title") is None, answer
