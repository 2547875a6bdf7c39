"""Signature boxes that print only the role over the ink, and a sentence elsewhere
on the page that says who signed, with their titles: each inked box takes the name
the sentence gives its role. Built here."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.lists import named_signers
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(s.role, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


def _boxes(note: str, note_top: float = 520):
    lines = [pdf_line(HEAD, 1, 72, 71), pdf_line("Vi søkjer om midlar til ei 50 % stilling.", 1, 72, 120),
             pdf_line("Signatur Nav-leiar", 1, 72, 380), pdf_line("Signatur kommunedirektør", 1, 320, 380),
             pdf_line("Lærdal, 28.01.2020", 1, 72, 450), pdf_line("Lærdal, 29.01.2020", 1, 320, 450),
             pdf_line(note, 1, 72, note_top)]
    images = [ink(1, (80.0, 400.0, 190.0, 440.0), seed=8), ink(1, (328.0, 400.0, 438.0, 440.0), seed=9)]
    return pdf_pages(pdf_page(1, lines, images))


def test_a_note_under_the_boxes_names_each_roles_signer() -> None:
    doc = _boxes("Søknaden er underteikna av Nav-leiar Silje Haugland og kommunedirektør Tor Vik.")
    assert _signers(doc) == [
        ("nav_leader", "Silje Haugland", "Nav-leiar", "2020-01-28"),
        ("municipality", "Tor Vik", "Kommunedirektør", "2020-01-29"),
    ]


def test_a_footer_sentence_names_them_with_titles_after_the_names() -> None:
    doc = _boxes("Nav Lærdal · Lærdal kommune · Skjemaet er signert av Silje Haugland (Nav-leiar) "
                 "og Tor Vik (kommunedirektør).", note_top=800)
    assert [s[1] for s in _signers(doc)] == ["Silje Haugland", "Tor Vik"]


def test_a_sentence_naming_one_role_twice_names_nobody() -> None:
    doc = _boxes("Søknaden er underteikna av Nav-leiar Silje Haugland og Nav-leiar Tor Vik.")
    assert [s[1] for s in _signers(doc)] == [None, None]


def test_people_listed_one_after_the_other_keep_their_titles() -> None:
    found = named_signers("Per Lunde, kommunalsjef, og Ida Berg, leder Nav Fana.")
    assert [(s.name, s.role) for s in found] == [("Per Lunde", "municipality"), ("Ida Berg", "nav_leader")]
