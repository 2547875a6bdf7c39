"""Stacked signer sections that open with their own date line above the ink
("Dato: 20.01.2020" or the bare "Moss, 20.01.2020"), the signer's name and
title under the ink, perhaps on one line with the office's name in the title
("Anne Lund, Leder Nav Fjellvik"). The next section's date stands nearer the
first signer's name than the first signer's own date: the order says whose
it is."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, word_doc


def _found(lines, images) -> list[tuple[str, str | None, str | None]]:
    doc = pdf_pages(pdf_page(1, [pdf_line("Søknad om tilskudd til sosiale tjenester 2020", 1, 60, 60)] + lines,
                             images=images))
    return [(s.role, s.name, s.date) for s, _e in extract_signatures(doc)]


def test_date_labels_head_sections_signed_name_and_title_on_one_line() -> None:
    lines, images = [], []
    for i, (when, signer) in enumerate([("20.01.2020", "Anne Lund, Leder Nav Fjellvik"),
                                        ("27.01.2020", "Per Olav Berg, Rådmann")]):
        top = 300 + i * 90
        lines += [pdf_line(f"Dato: {when}", 1, 72, top), pdf_line(signer, 1, 72, top + 56)]
        images.append(ink(1, (74, top + 16, 200, top + 50), seed=3 + i))
    assert _found(lines, images) == [("nav_leader", "Anne Lund", "2020-01-20"),
                                     ("municipality", "Per Olav Berg", "2020-01-27")]


def test_bare_place_and_date_lines_head_sections() -> None:
    lines, images = [], []
    for i, (when, name, title) in enumerate([("3. februar 2020", "Kari Holm", "Nav-leder"),
                                             ("5. februar 2020", "Ola Sande", "kommunalsjef oppvekst")]):
        top = 300 + i * 110
        lines += [pdf_line(f"Moss, {when}", 1, 72, top), pdf_line(name, 1, 72, top + 60),
                  pdf_line(title, 1, 72, top + 74)]
        images.append(ink(1, (74, top + 18, 200, top + 54), seed=9 + i))
    assert _found(lines, images) == [("nav_leader", "Kari Holm", "2020-02-03"),
                                     ("municipality", "Ola Sande", "2020-02-05")]


def test_dates_under_the_names_stay_with_the_name_above() -> None:
    lines, images = [], []
    for i, (when, signer) in enumerate([("20.01.2020", "Anne Lund, Leder Nav Fjellvik"),
                                        ("27.01.2020", "Per Olav Berg, Rådmann")]):
        top = 300 + i * 90
        lines += [pdf_line(signer, 1, 72, top + 40), pdf_line(f"Dato: {when}", 1, 72, top + 54)]
        images.append(ink(1, (74, top, 200, top + 34), seed=3 + i))
    assert _found(lines, images) == [("nav_leader", "Anne Lund", "2020-01-20"),
                                     ("municipality", "Per Olav Berg", "2020-01-27")]


def test_a_steering_group_listed_name_title_and_office_without_ink_signs_nothing() -> None:
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020",
                   "Navn på tiltaket: Bedre overganger", "Prosjektets styringsgruppe:",
                   "Anne Lie, leder for Nav Vinje kommune", "Per Berg, kommunalsjef for helse og omsorg i Vinje",
                   "Budsjett: 500 000 kr")
    assert extract_signatures(doc) == []
