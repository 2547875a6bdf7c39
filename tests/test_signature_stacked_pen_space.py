"""Signers stacked in one column, each a caption over the pen space and the
printed name and date under the ink: the name under a caption's ink is that
caption's signer, not the caption's under it (which has its own name under
its own ink). Built here on PDF layouts in wordings other than any corpus
file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2021"


def _signers(column: list[tuple[str, str]], beside: tuple[str, str] | None = None):
    """Each (caption, name line) of ``column`` stacked at the left: caption,
    ink under it, the name line under the ink; ``beside`` one more at the
    right of the first."""
    lines, images, top = [pdf_line(HEAD, 1, 60, 50)], [], 470.0
    for i, (caption, name) in enumerate(column):
        lines += [pdf_line(caption, 1, 60, top), pdf_line(name, 1, 60, top + 66)]
        images.append(ink(1, (60, top + 16, 220, top + 58), seed=3 + i))
        if i == 0 and beside is not None:
            lines += [pdf_line(beside[0], 1, 330, top), pdf_line(beside[1], 1, 330, top + 66)]
            images.append(ink(1, (330, top + 16, 490, top + 58), seed=9))
        top += 108
    doc = pdf_pages(pdf_page(1, lines, images))
    return [(s.role, s.name, s.date) for s, _evidence in extract_signatures(doc)]


def test_each_stacked_caption_takes_the_name_under_its_own_ink() -> None:
    found = _signers([("Leiar Nav Valdres", "Åse Grøv, 03.02.2021"),
                      ("Rådmann, Vang kommune", "Olav Tveit, 04.02.2021")],
                     beside=("Rådmann, Vestre Slidre kommune", "Kari Hovda, 05.02.2021"))
    assert sorted(found) == sorted([("nav_leader", "Åse Grøv", "2021-02-03"),
                                    ("municipality", "Olav Tveit", "2021-02-04"),
                                    ("municipality", "Kari Hovda", "2021-02-05")])


def test_a_name_over_its_title_without_ink_under_the_title_is_unchanged() -> None:
    """Names printed over titles (no pen space under the lower title): the
    name above the title stays that title's."""
    lines = [pdf_line(HEAD, 1, 60, 50), pdf_line("Leiar Nav Valdres", 1, 60, 470),
             pdf_line("Åse Grøv", 1, 60, 536), pdf_line("Rådmann", 1, 60, 550)]
    doc = pdf_pages(pdf_page(1, lines, [ink(1, (60, 486, 220, 528))]))
    names = [(s.role, s.name) for s, _evidence in extract_signatures(doc)]
    assert names == [("nav_leader", None), ("municipality", "Åse Grøv")]
