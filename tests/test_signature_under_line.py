"""Signers stacked one under the other, each as ink, a bare line to sign on
and a caption "date, name, title" under it (issue 12, adversarial4 class):
each caption is its own signer, with the name, date and title it prints, and
the ink on each line is the signer's under it, not the caption just above."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.shared import Cm

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.wording import person_name
from soknad_extract.readers import read_document
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages
from tools.samplegen.signed import scribble_png


def found(doc) -> list[tuple[str, str | None, str | None, str | None, str]]:
    return [(s.role, s.name, s.title, s.date, s.kind) for s, _e in extract_signatures(doc)]


def test_a_date_opening_the_caption_is_not_part_of_the_name():
    assert person_name("29.01.2020, Siri Vold, Kommunedirektør") == "Siri Vold"
    assert person_name("30.01.2020   Siri Vold, rådmann") == "Siri Vold"
    assert person_name("femte februar 2020, Siri Vold, Nav-leiar") == "Siri Vold"


def test_a_date_before_a_name_without_a_title_stays_unread():
    # Only a caption with a title reads as a signer's; never a name from
    # a place or a date alone.
    assert person_name("Lom, 03.02.2020, rådmann") is None
    assert person_name("03.02.2020 Lom") is None


def test_word_stacked_ink_line_and_date_name_title(tmp_path: Path):
    d = docx.Document()
    d.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester")
    d.add_paragraph("Kontaktperson: Siv Lunde")
    d.add_paragraph("Underskrifter")
    for seed, caption in [(31, "03.02.2020, Pål Sæther, Nav-leder"),
                          (32, "04.02.2020, Siri Vold, Kommunedirektør")]:
        d.add_paragraph().add_run().add_picture(io.BytesIO(scribble_png(seed)), width=Cm(4))
        d.add_paragraph("______________________________")
        d.add_paragraph(caption)
    path = tmp_path / "stacked.docx"
    d.save(path)
    assert found(read_document(path)) == [
        ("nav_leader", "Pål Sæther", "Nav-leder", "2020-02-03", "handwritten"),
        ("municipality", "Siri Vold", "Kommunedirektør", "2020-02-04", "handwritten"),
    ]


def test_pdf_stacked_ink_on_text_lines_each_to_the_caption_under_it():
    rule = "_" * 40
    page = pdf_page(1, [
        pdf_line("Søknad om tilskudd til tjenesteutvikling", 1, 60, 60),
        pdf_line("Underskrifter", 1, 60, 400),
        pdf_line(rule, 1, 60, 462), pdf_line("03.02.2020 Pål Sæther, Nav-leder", 1, 60, 476),
        pdf_line(rule, 1, 60, 520), pdf_line("04.02.2020 Siri Vold, Rådmann", 1, 60, 534),
    ], images=[ink(1, (64, 426, 214, 466), seed=33), ink(1, (64, 484, 214, 524), seed=34)])
    assert found(pdf_pages(page)) == [
        ("nav_leader", "Pål Sæther", "Nav-leder", "2020-02-03", "handwritten"),
        ("municipality", "Siri Vold", "Rådmann", "2020-02-04", "handwritten"),
    ]


def test_captions_over_the_lines_keep_their_ink():
    # Each caption stands over its own line; the second caption follows the
    # first line closely. The last line has no caption under it, so the
    # lines do not say the ink is the caption's below.
    rule = "_" * 40
    page = pdf_page(1, [
        pdf_line("Søknad om tilskudd til tjenesteutvikling", 1, 60, 60),
        pdf_line("Underskrifter", 1, 60, 400),
        pdf_line("Pål Sæther, Nav-leder", 1, 60, 420), pdf_line(rule, 1, 60, 466),
        pdf_line("Siri Vold, Rådmann", 1, 60, 480), pdf_line(rule, 1, 60, 526),
    ], images=[ink(1, (64, 430, 214, 470), seed=35), ink(1, (64, 490, 214, 530), seed=36)])
    assert found(pdf_pages(page)) == [
        ("nav_leader", "Pål Sæther", "Nav-leder", None, "handwritten"),
        ("municipality", "Siri Vold", "Rådmann", None, "handwritten"),
    ]
