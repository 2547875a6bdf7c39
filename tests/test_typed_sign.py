"""A block signed by a typed "Sign.: NAME" line (a typed copy where the holder
would sign) beside or under a block signed in ink: the typed line is that
block's typed signature, no signature label, so it must not open the zone
below the other blocks' headings and wipe their signatures out. Built here on
PDF layouts in wordings other than any corpus file's."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.wording import person_name, typed_signed
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _side_by_side(left: tuple[str, str, str, bool], right: tuple[str, str, str, bool]):
    """Two columns, each (heading, typed line or "", name, inked) with a dated place line under the name."""
    lines, images = [pdf_line(HEAD, 1, 60, 50)], []
    for x, (heading, typed, name, inked) in ((60.0, left), (330.0, right)):
        lines.append(pdf_line(heading, 1, x, 600))
        if typed:
            lines.append(pdf_line(typed, 1, x, 650))
        if inked:
            images.append(ink(1, (x, 614, x + 150, 656), seed=int(x)))
        lines += [pdf_line(name, 1, x, 672), pdf_line(f"Voss {'20' if x < 100 else '21'}.01.2020", 1, x, 686)]
    doc = pdf_pages(pdf_page(1, lines, images))
    return [(s.role, s.name, s.kind, s.date) for s, _evidence in extract_signatures(doc)]


@pytest.mark.parametrize("typed", ["Sign.: Per Arne Lund", "sign. Per Arne Lund", "(sign.) Per Arne Lund",
                                   "Sign: Per Arne Lund"])
def test_typed_sign_line_keeps_the_inked_block_and_is_typed(typed: str) -> None:
    found = _side_by_side(("Leiar i Nav Voss", "", "Gro Helland", True),
                          ("Rådmann", typed, "Per Arne Lund", False))
    assert found == [("nav_leader", "Gro Helland", "handwritten", "2020-01-20"),
                     ("municipality", "Per Arne Lund", "typed", "2020-01-21")]


def test_typed_sign_line_on_the_nav_leaders_side() -> None:
    found = _side_by_side(("Nav-leiar", "Sign. Gro Helland", "Gro Helland", False),
                          ("Kommunalsjef", "", "Per Arne Lund", True))
    assert found == [("nav_leader", "Gro Helland", "typed", "2020-01-20"),
                     ("municipality", "Per Arne Lund", "handwritten", "2020-01-21")]


def test_a_signature_label_still_opens_the_zone() -> None:
    """"Sign.:" with no name, or "Signatur:", is a label to sign on, not a signature."""
    assert not typed_signed("Sign.:")
    assert not typed_signed("Signatur: ________")
    assert typed_signed("sign. e.f. Per Arne Lund")
    assert person_name("sign. e.f. Per Arne Lund") == "Per Arne Lund"
    assert person_name("Kontaktperson: Per Arne Lund") is None
