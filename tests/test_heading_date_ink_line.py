"""A Word form's borderless signing table exported to PDF (fix17j): each
column headed by its signer's role, then place and date, room for the
pasted ink, a line of underscores and the name under it. The role heading
two lines over the line is that column's signer's.

Documents built here in the layout model; wordings are this file's own."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import as_tuples, ink, logo, pdf_line, pdf_page, pdf_pages


def _page(left: tuple[str, str, str], right: tuple[str, str, str], images):
    lines = [pdf_line("Søknad om tilskudd til sosiale tjenester i Nav", 1, 60, 60),
             pdf_line("Nav-kontor: Nav Gjøvik", 1, 60, 80)]
    for x, (title, dated, name) in ((80, left), (320, right)):
        lines += [pdf_line(title, 1, x, 430), pdf_line(dated, 1, x, 455),
                  pdf_line("__________________________", 1, x, 525), pdf_line(name, 1, x, 550)]
    return pdf_pages(pdf_page(1, lines, images))


def test_role_headings_over_place_date_ink_and_line_give_each_column_its_signer():
    doc = _page(("Nav-leder", "Gjøvik, 28.01.2020", "Siri Haugen"),
                ("Rådmann", "Gjøvik, 29.01.2020", "Terje Bakken"),
                [ink(1, (90, 475, 210, 515), seed=11), ink(1, (330, 475, 450, 515), seed=12)])
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Siri Haugen", "Nav-leder", "2020-01-28", "handwritten"),
        ("municipality", "Terje Bakken", "Rådmann", "2020-01-29", "handwritten"),
    ]


def test_a_logo_in_the_room_to_sign_is_still_no_signature():
    """Precision: the heading reaches the block, but a logo between the
    date and the line is not ink; the unsigned column stays unsigned."""
    doc = _page(("Nav-leder", "Gjøvik, 28.01.2020", "Siri Haugen"),
                ("Rådmann", "Gjøvik, 29.01.2020", "Terje Bakken"),
                [ink(1, (90, 475, 210, 515), seed=11), logo(1, (330, 475, 450, 515))])
    found = [(s.role, s.kind) for s, _e in extract_signatures(doc)]
    assert ("nav_leader", "handwritten") in found
    assert ("municipality", "handwritten") not in found
