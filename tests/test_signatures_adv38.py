"""Signature classes met in the 38th held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import as_tuples, pdf_line, pdf_page, pdf_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav"


# --- approval rows whose role label has no colon ----------------------------------
# Class: under "Dokumentet er elektronisk godkjent …" a case system prints one
# row per approver, the role (perhaps with the office, "Leder Nav <office>")
# in the left column without a colon and "Name – godkjent date" in the right.

def _row(label: str, value: str, top: float):
    return [pdf_line(label, 1, 60, top), pdf_line(value, 1, 250, top)]


def test_approval_rows_without_a_colon_under_the_statement():
    page = pdf_page(1, [
        pdf_line(HEAD, 1, 60, 60),
        pdf_line("Godkjenning", 1, 60, 300),
        pdf_line("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.", 1, 60, 318),
        *_row("Leder Nav Bjørkeli", "Tone Aas – godkjent 21.01.2020", 336),
        *_row("Kommunedirektør", "Jon Vik – godkjent 24.01.2020", 354),
    ])
    found = [(f[0], f[1], f[3], f[4]) for f in as_tuples(extract_signatures(pdf_pages(page)))]
    assert found == [("nav_leader", "Tone Aas", "2020-01-21", "electronic_approval"),
                     ("municipality", "Jon Vik", "2020-01-24", "electronic_approval")]


def test_a_role_beside_a_name_without_approval_stays_apart():
    """A form's "Leder Nav-kontoret" question answered with a name says
    nothing about approval."""
    page = pdf_page(1, [pdf_line(HEAD, 1, 60, 60), *_row("Leder Nav Bjørkeli", "Tone Aas", 120)])
    found = as_tuples(extract_signatures(pdf_pages(page)))
    assert "electronic_approval" not in [f[4] for f in found]


# --- a Word signing table: the role in one cell, place/date, ink and name in the next ---
# Class: a Word form's signature table, one row per signer: "Leder i Nav <office>"
# in the left cell; "Sted/dato: …", the ink picture and "Navn: …" as paragraphs
# of the right cell. The name and ink are the row's role's signature.

def _signing_table(second_row: list[str], ink_rows: tuple[int, ...] = (0,)):
    from soknad_extract.layout import Image, Line
    from tests.builders.layouts import word_pages
    from tools.samplegen.signed import scribble_png

    lines = [Line(text=HEAD, page=1), Line(text="Vi søker om én stilling (100 %).", page=1),
             Line(text="Underskrift", page=1)]
    rows = [["Leder i Nav Eikeli"], ["Kommunedirektør i Eikeli kommune"]]
    cells = [["Sted/dato: Eikeli, 27.01.2020", "", "Navn: Randi Lerfall"], second_row]
    pictures = []
    for r, (role, right) in enumerate(zip(rows, cells)):
        lines.append(Line(text=role[0], page=1, table_cell=(0, r, 0)))
        for text in right:
            if text == "" and r in ink_rows:
                pictures.append(Image(page=1, bbox=None, pixel_width=360, pixel_height=110,
                                      data=scribble_png(5 + r), paragraph_index=len(lines), table_cell=(0, r, 1)))
            lines.append(Line(text=text, page=1, table_cell=(0, r, 1)))
    return word_pages({1: lines}, pictures)


def test_ink_and_name_in_a_signing_tables_row_sign_for_its_role():
    doc = _signing_table(["Sted/dato: ______________", "Underskrift: ______________", "Navn: ______________"])
    found = [(f[0], f[1], f[4]) for f in as_tuples(extract_signatures(doc))]
    assert found == [("nav_leader", "Randi Lerfall", "handwritten")]


def test_each_row_keeps_its_own_signer():
    doc = _signing_table(["Sted/dato: Eikeli, 28.01.2020", "", "Navn: Odd Bjerke"], ink_rows=(0, 1))
    found = [(f[0], f[1], f[4]) for f in as_tuples(extract_signatures(doc))]
    assert found == [("nav_leader", "Randi Lerfall", "handwritten"),
                     ("municipality", "Odd Bjerke", "handwritten")]


# --- stacked signing blocks, each opened by a heading that names its role ---------
# Class: a Word form closing with its signers one under the other, each block
# "For <party> – <title>" / ink / "Navn: …" / "Dato: …". Each heading is its
# block's role, and each block's date is the one under its own name.

def _stacked(first_heading: str):
    from soknad_extract.layout import Image, Line
    from tests.builders.layouts import word_pages
    from tools.samplegen.signed import scribble_png

    texts = [HEAD, "Vi søker om én stilling (50 %).",
             first_heading, "", "Navn: Hege Lyngmo", "Dato: 27.01.2020",
             "For Eikeli kommune – rådmann", "", "Navn: Tor Sande", "Dato: 29.01.2020"]
    pictures = [Image(page=1, bbox=None, pixel_width=360, pixel_height=110, data=scribble_png(9 + k),
                      paragraph_index=i) for k, i in enumerate(i for i, t in enumerate(texts) if t == "")]
    return word_pages({1: [Line(text=t, page=1) for t in texts]}, pictures)


def test_stacked_blocks_under_their_role_headings():
    found = [(f[0], f[1], f[3], f[4]) for f in as_tuples(extract_signatures(_stacked("For Nav Eikeli – Nav-leder")))]
    assert found == [("nav_leader", "Hege Lyngmo", "2020-01-27", "handwritten"),
                     ("municipality", "Tor Sande", "2020-01-29", "handwritten")]
