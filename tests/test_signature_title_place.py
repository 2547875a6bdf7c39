"""An inter-municipal office's approvers told apart by the municipality each
leads, between the title and the name ("kommunedirektør i Nord-Aurdal
Hilde Ødegaard"): the place is no part of the name, and every approver of
the list is read. Built here in wordings other than corpus 80's (sx06)."""

from __future__ import annotations

from docx import Document as WordDocument

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.lists import listed_signers
from soknad_extract.extract.signatures.titleplace import is_title_place, without_title_place
from soknad_extract.readers import read_document


def _read(text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(s.role, s.name, str(s.date) if s.date else None) for s in listed_signers(text) or []]


def test_title_in_a_municipality_before_the_name_in_a_list() -> None:
    assert _read("Godkjent av: Nav-leder Kari Moe (22.01.2020), rådmann i Etnedal Per Berg (23.01.2020) "
                 "og kommunedirektør for Sør-Aurdal Anne Lie (24.01.2020)") == [
        ("nav_leader", "Kari Moe", "2020-01-22"),
        ("municipality", "Per Berg", "2020-01-23"),
        ("municipality", "Anne Lie", "2020-01-24"),
    ]


def test_municipality_written_with_kommune_before_the_name() -> None:
    assert _read("Søknaden er elektronisk godkjent av Nav-leder Tone Lie 20.01.2020 og kommunedirektør "
                 "Øystre Slidre kommune Jon Ola Nordby 21.01.2020.") == [
        ("nav_leader", "Tone Lie", "2020-01-20"),
        ("municipality", "Jon Ola Nordby", "2020-01-21"),
    ]


def test_approver_as_subject_with_the_municipality() -> None:
    assert _read("Rådmann i Vestre Slidre Lars Kvalvik har godkjent søknaden elektronisk 29.01.2020.") == [
        ("municipality", "Lars Kvalvik", "2020-01-29"),
    ]


def test_the_place_ends_where_the_municipality_does() -> None:
    assert without_title_place("i Nordre Land Eva Hagen") == "Eva Hagen"
    assert without_title_place("for Gol kommune, Eva Hagen") == "Eva Hagen"
    # A sector is the title's own, no place; a place alone leaves no name.
    assert without_title_place("for helse og omsorg Eva Hagen") == "for helse og omsorg Eva Hagen"
    assert without_title_place("i Nordre Land") == "i Nordre Land"
    assert is_title_place("i Nordre Land kommune")
    assert not is_title_place("i kommunen")


def test_letter_approved_by_the_nav_leader_and_two_municipalities(tmp_path) -> None:
    word = WordDocument()
    word.add_paragraph("Nav Hallingdal")
    word.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020")
    word.add_paragraph("Nav Hallingdal er et interkommunalt Nav-kontor. Vi søker om midler til en 100 % stilling.")
    word.add_paragraph("Med vennlig hilsen")
    word.add_paragraph("Søknaden er elektronisk godkjent av Nav-leder Ingrid Sando (21.01.2020), rådmann i Gol "
                       "Per Arne Nygård (22.01.2020) og kommunedirektør i Hemsedal Sigbjørn Haug (23.01.2020), "
                       "og har derfor ingen håndskrevne signaturer.")
    path = tmp_path / "letter.docx"
    word.save(path)
    found = [(s.role, s.name, s.kind) for s, _e in extract_signatures(read_document(path))]
    assert found == [
        ("nav_leader", "Ingrid Sando", "electronic_approval"),
        ("municipality", "Per Arne Nygård", "electronic_approval"),
        ("municipality", "Sigbjørn Haug", "electronic_approval"),
    ]
