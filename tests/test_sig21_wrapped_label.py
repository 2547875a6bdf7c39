"""A grid's signature label wrapped in its narrow cell ("Signatur" on the
row's line beside the typed name, "kommunedirektør" alone under it), as a
spreadsheet print lays out its signature rows."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.wrapped import join_wrapped_labels
from soknad_extract.layout.fragments import fragments
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _grid(wrapped: bool = True):
    lines = [pdf_line(HEAD, 1, 40, 40), pdf_line("Stilling: Jobbspesialist 100 %", 1, 40, 80),
             pdf_line("Signatur Nav-leder", 1, 138, 208), pdf_line("Kari Lien", 1, 241, 208),
             pdf_line("Dato", 1, 344, 208), pdf_line("27.01.2020", 1, 448, 208),
             pdf_line("Signatur", 1, 138, 230), pdf_line("Ola Dahl Berg", 1, 241, 230),
             pdf_line("Dato", 1, 344, 230), pdf_line("29.01.2020", 1, 448, 230)]
    if wrapped:
        lines.append(pdf_line("rådmann", 1, 138, 241))
    return pdf_pages(pdf_page(1, lines))


def test_wrapped_label_gives_the_row_its_role() -> None:
    found = [(s.role, s.kind, s.name, s.date) for s, _e in extract_signatures(_grid())]
    assert found == [("nav_leader", "typed", "Kari Lien", "2020-01-27"),
                     ("municipality", "typed", "Ola Dahl Berg", "2020-01-29")]


def test_nothing_is_joined_without_the_wrapped_title() -> None:
    frags = fragments(_grid(wrapped=False))
    assert [f.text for f in join_wrapped_labels(frags)] == [f.text for f in frags]


def test_a_title_with_its_own_row_is_not_a_wrap() -> None:
    doc = _grid()
    doc.pages[0].lines.append(pdf_line("Per Moe", 1, 241, 241))
    texts = [f.text for f in join_wrapped_labels(fragments(doc))]
    assert "Signatur rådmann" not in texts
