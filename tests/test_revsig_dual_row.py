"""A caption naming both roles over a row of two signers (review of the dual-role reading).

A form or letter may caption its signing row once, "Nav-leder og
kommunedirektør", over two columns each with a date, ink and a printed name.
That is two people, one per title, not one person in both roles: the signers
take the titles left to right. One signer alone under the same caption still
signs in both roles.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, two_columns

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _row(*bottom, inks=2):
    dates = (two_columns("Fjellby, 20.01.2020", "Fjellby, 21.01.2020", 1, 440) if inks == 2
             else pdf_line("Fjellby, 20.01.2020", 1, 72, 440))
    lines = [pdf_line(HEAD, 1, 72, 60), pdf_line("Søkende Nav-kontor: Nav Fjellby", 1, 72, 80),
             pdf_line("Underskrift", 1, 72, 400), pdf_line("Nav-leder og kommunedirektør", 1, 72, 420),
             dates, *bottom]
    marks = [ink(1, (72, 460, 200, 505)), ink(1, (320, 460, 450, 505), seed=9)][:inks]
    return pdf_pages(pdf_page(1, lines, marks))


def _signers(doc):
    return [(s.role, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


def test_two_signers_under_one_two_title_caption_take_a_title_each() -> None:
    found = _signers(_row(two_columns("Kari Nordmann", "Ola Hansen", 1, 510)))
    assert found == [("nav_leader", "Kari Nordmann", "Nav-leder", "2020-01-20"),
                     ("municipality", "Ola Hansen", "Kommunedirektør", "2020-01-21")]


def test_two_inks_side_by_side_under_one_printed_name_are_two_signers() -> None:
    found = _signers(_row(pdf_line("Kari Nordmann", 1, 72, 510)))
    assert found == [("nav_leader", "Kari Nordmann", "Nav-leder", "2020-01-20"),
                     ("municipality", None, "Kommunedirektør", None)]


def test_one_signer_under_the_caption_still_holds_both_roles() -> None:
    found = _signers(_row(pdf_line("Kari Nordmann", 1, 72, 510), inks=1))
    assert found == [("nav_leader", "Kari Nordmann", "Nav-leder", "2020-01-20"),
                     ("municipality", "Kari Nordmann", "Kommunedirektør", "2020-01-20")]


def _one_caption(marks):
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1, 72, 60),
             pdf_line("Underskrift", 1, 72, 400), pdf_line("Nav-leder og kommunedirektør", 1, 72, 420),
             pdf_line("Fjellby, 20.01.2020", 1, 72, 440), pdf_line("Kari Nordmann", 1, 72, 510)]
    return pdf_pages(pdf_page(1, lines, marks))


def test_one_signature_in_two_pieces_is_one_signer_in_both_roles() -> None:
    """Two pieces of one person's ink close together (two words; initials
    beside it) are no second signer (reviewer's case: an unnamed
    municipality signature)."""
    for pieces in ([ink(1, (72, 460, 135, 505)), ink(1, (150, 462, 215, 503), seed=9)],
                   [ink(1, (72, 460, 200, 505)), ink(1, (230, 470, 260, 500), seed=9)]):
        found = [(s.role, s.name, s.date) for s, _e in extract_signatures(_one_caption(pieces))]
        assert found == [("nav_leader", "Kari Nordmann", "2020-01-20"),
                         ("municipality", "Kari Nordmann", "2020-01-20")]
