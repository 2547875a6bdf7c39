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


def test_a_colon_label_under_its_signing_line_does_not_take_the_name_below() -> None:
    """Names typed over the line, the colon label under it ("Kari Lund /
    ____ / Underskrift Nav-leder:", then "Per Moe / ____ / Underskrift
    rådmann:"): the label closes its block, so Per Moe stays the
    municipality's signer and is not read as the Nav leader."""
    lines = [pdf_line(HEAD, 1, 72, 100), pdf_line("Stillingsprosent: 60", 1, 72, 130),
             pdf_line("Kari Lund", 1, 72, 318), pdf_line("______________________________", 1, 72, 330),
             pdf_line("Underskrift Nav-leder:", 1, 72, 342),
             pdf_line("Per Moe", 1, 72, 400), pdf_line("______________________________", 1, 72, 412),
             pdf_line("Underskrift rådmann:", 1, 72, 424)]
    doc = pdf_pages(pdf_page(1, lines, [ink(1, (72, 300, 200, 328)), ink(1, (72, 382, 200, 410))]))
    found = {f[0]: f[1] for f in as_tuples(extract_signatures(doc))}
    assert found.get("nav_leader") != "Per Moe"
    assert found.get("municipality") == "Per Moe"
