"""Stacked signing blocks whose role label stands ABOVE each block and ends
with a colon ("Signatur Nav-leder:" / ink / "Navn og dato: …", then
"Signatur kommunedirektør:" / a line / "Navn og dato:" left empty), as
legacy Word forms print them. The colon hands the lines under the label to
its block: the name under the first label is the Nav leader's, not the
next (empty) block's, and the empty block is a role that has not signed."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _stacked(first: str, second: str, label: str, value: str):
    """Each line 18 pt under the one before, as a form's fixed paragraphs
    lie; the name field's value to the right of its label."""
    lines = [pdf_line(HEAD, 1, 72, 100), pdf_line("Stillingsprosent: 60", 1, 72, 130),
             pdf_line(first, 1, 72, 300), pdf_line(label, 1, 72, 336), pdf_line(value, 1, 110, 336),
             pdf_line(second, 1, 72, 354), pdf_line("______________________________", 1, 72, 372),
             pdf_line(label, 1, 72, 390)]
    return pdf_pages(pdf_page(1, lines, [ink(1, (72, 314, 200, 332))]))


@pytest.mark.parametrize("first, second, label, value", [
    ("Signatur Nav-leder:", "Signatur kommunedirektør:", "Navn og dato:", "Kari Lund, 20.01.2020"),
    ("Underskrift Nav-leiar:", "Underskrift rådmann:", "Namn/dato:", "Kari Lund, 20.01.2020"),
])
def test_the_name_under_a_colon_label_is_that_blocks(first: str, second: str, label: str, value: str) -> None:
    found = [(f[0], f[1], f[4]) for f in as_tuples(extract_signatures(_stacked(first, second, label, value)))]
    assert found == [("nav_leader", "Kari Lund", "handwritten")]
