"""Signature classes met in the 34th–36th held-out corpora (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.roleapproval import labelled_approval
from tests.builders.layouts import as_tuples, pdf_line, pdf_page, pdf_pages, word_doc


# --- a department head's title with the Nav office after it ---------------------
# Class: where the Nav office is run as a department of the municipality, its
# leader signs as "Avdelingsleder Nav <office>" (Nynorsk "Avdelingsleiar Nav
# <office>"). With the office after it the title is the Nav leader's; alone,
# "Avdelingsleder" is the head of any municipal department (domain.md names
# only rådmann / kommunedirektør / kommunalsjef as the municipal leadership,
# and a department head is neither party's leader), so it stays unread.

def _approval_table(title: str):
    return word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav",
        "Søknaden er godkjent elektronisk.",
        tables=[[["Rolle", "Navn", "Dato"],
                 [title, "Siri Lunde", "20.01.2020"],
                 ["Kommunedirektør", "Per Lund", "23.01.2020"]]])


@pytest.mark.parametrize("title", ["Avdelingsleder Nav Åsgard", "Avdelingsleiar Nav Åsgard",
                                   "Avdelingsleder ved Nav Åsgard"])
def test_a_department_head_of_the_nav_office_is_the_nav_leader(title):
    found = as_tuples(extract_signatures(_approval_table(title)))
    assert ("nav_leader", "Siri Lunde", "2020-01-20", "electronic_approval") in [
        (f[0], f[1], f[3], f[4]) for f in found]


def test_a_department_head_alone_is_not_the_nav_leader():
    found = as_tuples(extract_signatures(_approval_table("Avdelingsleder")))
    assert "nav_leader" not in [f[0] for f in found]


# --- approval rows, the role label and the approval in two columns -------------
# Class: under "Dokumentet er elektronisk godkjent …" a case system prints one
# row per approver, "Role [i place]:" in the left column and "Name – godkjent
# date" in the right. Each row is that approver's electronic approval.

@pytest.mark.parametrize("line, read", [
    ("Rådmann i Dalby: Eli Hov – godkjent 27.01.2020", "Eli Hov, Rådmann i Dalby (27.01.2020)"),
    ("Nav-leiar: Åse Rud – godkjend 22.01.2020", "Åse Rud, Nav-leiar (22.01.2020)"),
    ("Rådmann i Dalby: Eli Hov – skal godkjenne 27.01.2020", None),
    ("Rådmann i Dalby: Eli Hov – Per Lund – godkjent 27.01.2020", None),
])
def test_a_labelled_approval_with_a_dash(line, read):
    assert labelled_approval(line) == read


def _row(label: str, value: str, top: float):
    return [pdf_line(label, 1, 60, top), pdf_line(value, 1, 210, top)]


def test_approval_rows_in_two_columns_under_the_statement():
    page = pdf_page(1, [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Godkjenning", 1, 60, 300),
        pdf_line("Dokumentet er elektronisk godkjent i kommunens saksbehandlingssystem.", 1, 60, 318),
        *_row("Nav-leder:", "Eli Hov – godkjent 22.01.2020", 336),
        *_row("Rådmann i Dalby:", "Per Lund – godkjent 24.01.2020", 354),
        *_row("Rådmann i Haug:", "Kari Moe Berg – godkjent 27.01.2020", 372),
    ])
    found = as_tuples(extract_signatures(pdf_pages(page)))
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [
        ("nav_leader", "Eli Hov", "2020-01-22", "electronic_approval"),
        ("municipality", "Per Lund", "2020-01-24", "electronic_approval"),
        ("municipality", "Kari Moe Berg", "2020-01-27", "electronic_approval")]


def test_a_form_answer_beside_a_role_label_is_no_approval():
    """A form's "Nav-leder:" question with the leader's name as its answer
    says nothing about approval: the two columns stay apart."""
    page = pdf_page(1, [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        *_row("Nav-leder:", "Eli Hov", 120),
    ])
    found = as_tuples(extract_signatures(pdf_pages(page)))
    assert ("electronic_approval" not in [f[4] for f in found])


# --- ink in a converted Word table's signature column ---------------------------
# Class: a Word file converted to PDF, the ink pictures in a "Rolle | Navn |
# Dato | Signatur" table's last column. The reader renders each picture's
# region small, catching the cell's light grey border along its edge, and a
# thin pen stroke rendered small is mostly its light anti-aliased edge: the
# border must not outweigh the stroke's dark core. A frame on every side is
# still a stamp's.

def _stroke_png(border: str | None) -> bytes:
    import io
    import math

    from PIL import Image as PILImage
    from PIL import ImageDraw

    width, height = 137, 36
    big = PILImage.new("RGB", (width * 4, height * 4), "white")
    ImageDraw.Draw(big).line([(32 + x * 4, (14 + 8 * math.sin(x / 6.0)) * 4) for x in range(width - 16)],
                             fill=(55, 65, 145), width=2)
    picture = big.resize((width, height), PILImage.Resampling.BOX)
    draw = ImageDraw.Draw(picture)
    if border in ("top", "frame"):
        draw.line([(0, 0), (width, 0)], fill=(209, 209, 209))
    if border == "frame":
        draw.rectangle([0, 0, width - 1, height - 1], outline=(209, 209, 209))
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def _picture(data: bytes):
    from soknad_extract.layout import Image

    return Image(page=1, bbox=(424.0, 430.0, 523.0, 456.0), pixel_width=413, pixel_height=108, data=data)


def test_a_thin_stroke_with_the_cells_light_border_is_ink():
    from soknad_extract.extract.signatures.ink import classify_image

    assert classify_image(_picture(_stroke_png(None))).is_ink
    assert classify_image(_picture(_stroke_png("top"))).is_ink


def test_a_light_frame_on_every_side_is_still_a_stamps():
    from soknad_extract.extract.signatures.ink import classify_image

    assert not classify_image(_picture(_stroke_png("frame"))).is_ink
