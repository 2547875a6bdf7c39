"""Signing blocks side by side in narrow columns, each headed by the signer's
title and the party it is held in, wrapped over two lines ("Kommunedirektør
i" / "Austvik kommune", "Nav-leiar," / "Nav Fjordvik", "Ordfører, Nordmo" /
"kommune"), then place and date, the pen, the line and the printed name: the
second line is part of the heading, and the name under the pen is the
heading's signer. Built here: four and two columns, Bokmål and Nynorsk,
laid out unlike the corpus document (the line to sign on drawn, the title
before the party in other words)."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.headwrap import join_wrapped_headings
from soknad_extract.layout import Image
from soknad_extract.layout.fragments import fragments
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _column(x: float, heading: tuple[str, str], place_date: str, name: str):
    lines = [pdf_line(heading[0], 1, x, 500), pdf_line(heading[1], 1, x, 512),
             pdf_line(place_date, 1, x, 526), pdf_line("______________________", 1, x, 566),
             pdf_line(name, 1, x, 582)]
    return lines, Image(page=1, bbox=(x, 538, x + 110, 564), name="ink", ink_ratio=0.08)


def _page(*columns: tuple[tuple[str, str], str, str], width: float = 130.0):
    lines, images = [pdf_line(HEAD, 1, 50, 60), pdf_line("Underskrifter", 1, 50, 470)], []
    for i, (heading, place_date, name) in enumerate(columns):
        col_lines, ink = _column(50 + i * width, heading, place_date, name)
        lines += col_lines
        images.append(ink)
    return pdf_pages(pdf_page(1, lines, images))


def _signers(doc) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [(s.role, s.name, s.title, s.date, s.kind) for s, _evidence in extract_signatures(doc)]


def test_four_columns_each_heading_wrapped_onto_its_party() -> None:
    doc = _page((("Nav-leder,", "Nav Vesttun"), "Vesttun, 20.01.2020", "Åse Lien"),
                (("Kommunedirektør i", "Vesttun kommune"), "Vesttun, 22.01.2020", "Bjørn Tveit"),
                (("Rådmann,", "Austvik kommune"), "Austvik, 23.01.2020", "Hege Brekke"),
                (("Ordfører, Nordmo", "kommune"), "Nordmo, 24.01.2020", "Arne Sand"))
    assert _signers(doc) == [
        ("nav_leader", "Åse Lien", "Nav-leder", "2020-01-20", "handwritten"),
        ("municipality", "Bjørn Tveit", "Kommunedirektør", "2020-01-22", "handwritten"),
        ("municipality", "Hege Brekke", "Rådmann", "2020-01-23", "handwritten"),
        ("municipality", "Arne Sand", "Ordfører", "2020-01-24", "handwritten")]


def test_nynorsk_two_columns_with_the_nav_office_on_the_second_line() -> None:
    doc = _page((("Leiar,", "Nav Fjordvik"), "Fjordvik, 14.01.2020", "Sigrid Nes"),
                (("Kommunedirektør,", "Fjordvik kommune"), "Fjordvik, 16.01.2020", "Olav Rud"), width=200.0)
    assert _signers(doc) == [("nav_leader", "Sigrid Nes", "Leiar", "2020-01-14", "handwritten"),
                             ("municipality", "Olav Rud", "Kommunedirektør", "2020-01-16", "handwritten")]


def _texts(*lines) -> list[str]:
    doc = pdf_pages(pdf_page(1, list(lines)))
    return [f.text for f in join_wrapped_headings(fragments(doc))]


def test_only_a_party_under_the_title_is_its_wrap() -> None:
    # A name, a date, another title or prose under a title line is a line of its own.
    assert _texts(pdf_line("Kommunedirektør,", 1, 50, 100), pdf_line("Kari Moe", 1, 50, 112)) == [
        "Kommunedirektør,", "Kari Moe"]
    assert _texts(pdf_line("Rådmann,", 1, 50, 100), pdf_line("Austvik, 23.01.2020", 1, 50, 112)) == [
        "Rådmann,", "Austvik, 23.01.2020"]
    assert _texts(pdf_line("Rådmann,", 1, 50, 100), pdf_line("Nav-leder", 1, 50, 112)) == ["Rådmann,", "Nav-leder"]
    assert _texts(pdf_line("Rådmann,", 1, 50, 100), pdf_line("vi søker om midler", 1, 50, 112)) == [
        "Rådmann,", "vi søker om midler"]


def test_a_party_line_in_another_column_or_far_below_is_no_wrap() -> None:
    assert _texts(pdf_line("Rådmann,", 1, 50, 100), pdf_line("Austvik kommune", 1, 60, 112)) == [
        "Rådmann,", "Austvik kommune"]
    assert _texts(pdf_line("Rådmann,", 1, 50, 100), pdf_line("Austvik kommune", 1, 50, 160)) == [
        "Rådmann,", "Austvik kommune"]
    # A signer's name with the title is no heading to wrap ("Kari Moe, rådmann" / "Austvik kommune").
    assert _texts(pdf_line("Kari Moe, rådmann", 1, 50, 100), pdf_line("Austvik kommune", 1, 50, 112)) == [
        "Kari Moe, rådmann", "Austvik kommune"]


def test_the_wrapped_heading_is_joined_on_its_first_line() -> None:
    assert _texts(pdf_line("Kommunedirektør i", 1, 50, 100), pdf_line("Austvik kommune", 1, 50, 112)) == [
        "Kommunedirektør i Austvik kommune"]


def test_a_log_line_naming_a_title_and_an_office_is_no_heading() -> None:
    # A signing service's log: the next event under a signer's line is no party.
    assert _texts(pdf_line("Signert av Hanne Vik, Nav-leder, Nav Fjordbygd – BankID", 1, 150, 100),
                  pdf_line("Påminnelse sendt til Geir Lunde", 1, 150, 112)) == [
        "Signert av Hanne Vik, Nav-leder, Nav Fjordbygd – BankID", "Påminnelse sendt til Geir Lunde"]
    assert _texts(pdf_line("Rådmann,", 1, 50, 100), pdf_line("Nav Fjordbygd følger opp tiltaket", 1, 50, 112)) == [
        "Rådmann,", "Nav Fjordbygd følger opp tiltaket"]
