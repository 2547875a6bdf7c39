"""Signing columns headed by their party's name only ("Nav Vesttun" |
"Vesttun kommune"), the signer's name under the line and a leader's title
that names no party ("leiar", "Virksomhetsleder" on the line under the name):
under the Nav office's heading that is the Nav leader; under the
municipality's it is a municipal unit's leader, neither the Nav leader nor
the municipal leadership. Built here, in other wordings and layouts than the
corpus document (Nynorsk, the title on its own line, "For …" headings)."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.navcolumn import party_of_heading
from soknad_extract.layout import Image
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"
LEFT, RIGHT = 60.0, 320.0


def _column(x: float, heading: str, place_date: str, signer: list[str]):
    lines = [pdf_line(heading, 1, x, 500), pdf_line(place_date, 1, x, 530),
             pdf_line("______________________________", 1, x, 590)]
    lines += [pdf_line(text, 1, x, 606 + 14 * i) for i, text in enumerate(signer)]
    return lines, Image(page=1, bbox=(x + 5, 556, x + 125, 588), name="ink", ink_ratio=0.08)


def _page(left: tuple[str, str, list[str]], right: tuple[str, str, list[str]]):
    lines, images = [pdf_line(HEAD, 1, 60, 60), pdf_line("Underskrift", 1, 60, 470)], []
    for x, column in ((LEFT, left), (RIGHT, right)):
        col_lines, ink = _column(x, *column)
        lines += col_lines
        images.append(ink)
    return pdf_pages(pdf_page(1, lines, images))


def _signers(doc) -> list[tuple[str, str | None, str | None, str]]:
    return [(s.role, s.name, s.title, s.kind) for s, _evidence in extract_signatures(doc)]


def test_nynorsk_leiar_after_the_name_under_the_nav_offices_name() -> None:
    doc = _page(("Nav Vesttun", "Vesttun, 20.01.2020", ["Sigrid Nes, leiar"]),
                ("Vesttun kommune", "Vesttun, 22.01.2020", ["Olav Rud, kommunedirektør"]))
    assert _signers(doc) == [("nav_leader", "Sigrid Nes", "Leiar", "handwritten"),
                             ("municipality", "Olav Rud", "Kommunedirektør", "handwritten")]


def test_unit_leaders_title_on_the_line_under_the_name_municipality_first() -> None:
    doc = _page(("Austvik kommune", "Austvik, 21.01.2020", ["Per Lie", "Rådmann"]),
                ("NAV Austvik", "Austvik, 20.01.2020", ["Kari Moe", "Virksomhetsleder"]))
    assert _signers(doc) == [("municipality", "Per Lie", "Rådmann", "handwritten"),
                             ("nav_leader", "Kari Moe", "Virksomhetsleder", "handwritten")]


def test_a_leader_under_the_municipalitys_heading_is_not_the_nav_leader() -> None:
    doc = _page(("Nav Vesttun", "Vesttun, 20.01.2020", ["Sigrid Nes, Nav-leder"]),
                ("Vesttun kommune", "Vesttun, 22.01.2020", ["Olav Rud", "Leder"]))
    assert _signers(doc) == [("nav_leader", "Sigrid Nes", "Nav-leder", "handwritten")]
    doc = _page(("For Vesttun kommune", "Vesttun, 22.01.2020", ["Olav Rud, avdelingsleder"]),
                ("For Nav Vesttun", "Vesttun, 20.01.2020", ["Sigrid Nes, Nav-leder"]))
    assert [s[1] for s in _signers(doc) if s[0] == "nav_leader"] == ["Sigrid Nes"]


def test_a_staff_title_under_the_nav_heading_stays_no_leader() -> None:
    doc = _page(("Nav Vesttun", "Vesttun, 20.01.2020", ["Sigrid Nes, prosjektleder"]),
                ("Vesttun kommune", "Vesttun, 22.01.2020", ["Olav Rud, kommunedirektør"]))
    assert [s[0] for s in _signers(doc)] == ["municipality"]


def test_party_headings() -> None:
    assert party_of_heading("Nav Rana") == "nav_leader"
    assert party_of_heading("For Nav Rana") == "nav_leader"
    assert party_of_heading("Rana kommune") == "municipality"
    assert party_of_heading("For kommunen") == "municipality"
    # A footer, a label, a title line or a sentence is no party heading.
    assert party_of_heading("Nav Rana · Postboks 25, 8601 Mo i Rana") is None
    assert party_of_heading("Søker: Nav Rana") is None
    assert party_of_heading("Leder Nav Rana") is None
    assert party_of_heading("Nav Rana samarbeider tett med flere avdelinger i Rana kommune") is None
