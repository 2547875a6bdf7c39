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
