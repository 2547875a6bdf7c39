"""A section headed "Godkjenning" (alone on its line) is where signing happens.

Offices that end an application with a "Godkjenning" heading, the ink on the
lines under it and one caption line per signer ("Name, title – date") wrote
neither "Underskrift" nor a closing: without the heading as an opener no
zone opened, and both signatures went missing (a false error each). The
heading opens the zone only when it stands alone: prose about an approval
("Godkjenning av budsjettet skjer i mars") opens nothing.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.wording import is_opener
from soknad_extract.layout import Line
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages


def _signers(doc):
    return [(s.role, s.kind, s.name, s.date) for s, _evidence in extract_signatures(doc)]


def _approval_section(heading: str, left: str, right: str):
    lines = [pdf_line("Søknad om tilskudd til sosiale tjenester i Nav", 1, 60, 60),
             pdf_line("Vi søker om midler til en 80 % stilling som veileder.", 1, 60, 90),
             pdf_line(heading, 1, 60, 400),
             pdf_line(left, 1, 60, 480), pdf_line(right, 1, 320, 480)]
    return pdf_pages(pdf_page(1, lines, [ink(1, (60, 430, 190, 470), seed=3), ink(1, (320, 430, 450, 470), seed=5)]))


def test_one_line_captions_under_ink_in_a_godkjenning_section() -> None:
    doc = _approval_section("Godkjenning", "Anne Lyngstad, leder Nav Fjellvik – 27.01.2020",
                            "Geir Ramberg, rådmann i Fjellvik kommune – 28.01.2020")
    assert _signers(doc) == [("nav_leader", "handwritten", "Anne Lyngstad", "2020-01-27"),
                             ("municipality", "handwritten", "Geir Ramberg", "2020-01-28")]


def test_nynorsk_title_first_captions() -> None:
    doc = _approval_section("Godkjenning", "Konstituert Nav-leiar Åse Marie Vik – 29.01.2020",
                            "Kommunedirektør Olav Nes – 30. januar 2020")
    assert [(r, n, d) for r, _k, n, d in _signers(doc)] == [("nav_leader", "Åse Marie Vik", "2020-01-29"),
                                                           ("municipality", "Olav Nes", "2020-01-30")]


def test_only_the_heading_alone_opens() -> None:
    assert is_opener(Line(text="Godkjenning", page=1))
    assert not is_opener(Line(text="Godkjenning av budsjettet skjer i kommunestyret i mars.", page=1))
