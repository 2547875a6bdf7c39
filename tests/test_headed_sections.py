"""Stacked signature sections opened by their role headings at one left
edge, with the ink and its caption ("Signatur – NAME") to the right under
the place and date: the ink and the name inside a section are its
heading's signer's, not the next section's whose heading stands right
under them (``signatures.headed``). Built here in wordings other than any
corpus file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _stacked(first_caption: str, second_caption: str, second_ink: bool = False):
    lines = [pdf_line(HEAD, 1, 60, 60), pdf_line("Underskrifter", 1, 60, 330),
             pdf_line("Nav-leiar Nav Sauda", 1, 60, 360),
             pdf_line("Stad og dato: Sauda, 24.01.2020", 1, 60, 376),
             pdf_line(first_caption, 1, 320, 414),
             pdf_line("Rådmann i Sauda kommune", 1, 60, 440),
             pdf_line("Stad og dato: ______________", 1, 60, 456),
             pdf_line(second_caption, 1, 320, 494)]
    images = [ink(1, (320, 368, 460, 408), seed=5)]
    if second_ink:
        images.append(ink(1, (320, 448, 460, 488), seed=9))
    return as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, images))))


def test_ink_and_name_in_the_first_section_are_the_first_signers() -> None:
    found = _stacked("Signatur – Kari Moe", "Signatur")
    assert [(role, name, kind) for role, name, _title, _date, kind in found] == [
        ("nav_leader", "Kari Moe", "handwritten")]
    assert found[0][3] == "2020-01-24"


def test_each_section_keeps_its_own_ink() -> None:
    found = _stacked("Signatur – Kari Moe", "Signatur – Per Lie", second_ink=True)
    assert [(role, name, kind) for role, name, _title, _date, kind in found] == [
        ("nav_leader", "Kari Moe", "handwritten"), ("municipality", "Per Lie", "handwritten")]


def test_captions_under_the_ink_over_each_title_read_the_other_way() -> None:
    """Ink, then the name, then the title: the name over the first title
    says the captions stand under the ink, and nearness reads them."""
    lines = [pdf_line(HEAD, 1, 60, 60), pdf_line("Kari Moe", 1, 60, 400), pdf_line("Nav-leiar", 1, 60, 414),
             pdf_line("Per Lie", 1, 60, 480), pdf_line("Rådmann", 1, 60, 494)]
    images = [ink(1, (60, 360, 200, 396), seed=5), ink(1, (60, 440, 200, 476), seed=9)]
    found = as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, images))))
    assert [(role, name, kind) for role, name, _title, _date, kind in found] == [
        ("nav_leader", "Kari Moe", "handwritten"), ("municipality", "Per Lie", "handwritten")]


def test_a_signer_printed_in_the_section_keeps_the_ink_over_his_name() -> None:
    """A heading per party ("For Nav Dal", "For Dal kommune") over its place
    and date, then ink over a signing line with "Name, title" under it: the
    printed signer of the section is the one who signed, so the ink stays
    with him instead of going to an unnamed heading block (which left a
    nameless handwritten signer and the named one as typed)."""
    lines = [pdf_line(HEAD, 1, 90, 60), pdf_line("5 Underskrift", 1, 90, 432),
             pdf_line("For Nav Dal", 1, 90, 455), pdf_line("Sted og dato: Dal, 22.01.2020", 1, 90, 478),
             pdf_line("______________________________", 1, 90, 546),
             pdf_line("Kari Moe, Nav-leder", 1, 90, 569),
             pdf_line("For Dal kommune", 1, 90, 592), pdf_line("Sted og dato:", 1, 90, 615),
             pdf_line("______________________________", 1, 90, 638), pdf_line("Navn og tittel:", 1, 90, 662)]
    images = [ink(1, (99, 501, 212, 534), seed=7)]
    found = as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, images))))
    assert [(role, name, kind) for role, name, _title, _date, kind in found] == [
        ("nav_leader", "Kari Moe", "handwritten")]
