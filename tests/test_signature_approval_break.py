"""An "elektronisk godkjent" approvers' list broken by a page break: the
last approver alone at the top of the next page is approved by the same
statement. A signer on the next page who is not the list's continuation
(a printed name under a signature label) stays typed.

Documents built here in the layout model; wordings are this file's own."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import as_tuples, pdf_line, pdf_page, pdf_pages


def _first_page(approvers: list[str]):
    lines = [pdf_line("Søknad om tilskudd til sosiale tjenester i Nav", 1, 60, 60),
             pdf_line("Nav-kontor: Nav Vestby", 1, 60, 80),
             pdf_line("Godkjenning", 1, 60, 700),
             pdf_line("Søknaden er elektronisk godkjent og har ingen håndskrevne signaturer.", 1, 60, 724)]
    lines += [pdf_line(text, 1, 60, 748 + 16 * i) for i, text in enumerate(approvers)]
    return pdf_page(1, lines)


def test_the_approver_list_runs_over_the_page_break():
    page2 = pdf_page(2, [pdf_line("Godkjent av: Tone Aas, kommunalsjef, 18.02.2021", 2, 60, 72),
                         pdf_line("Vedlegg: budsjett", 2, 60, 120)])
    doc = pdf_pages(_first_page(["Godkjent av: Geir Lund, Nav-leder, 17.02.2021"]), page2)
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Geir Lund", "Nav-leder", "2021-02-17", "electronic_approval"),
        ("municipality", "Tone Aas", "Kommunalsjef", "2021-02-18", "electronic_approval"),
    ]


def test_a_printed_signer_on_the_next_page_is_no_part_of_the_list():
    page2 = pdf_page(2, [pdf_line("Underskrift", 2, 60, 72),
                         pdf_line("Tone Aas", 2, 60, 120),
                         pdf_line("Kommunalsjef", 2, 60, 134)])
    doc = pdf_pages(_first_page(["Godkjent av: Geir Lund, Nav-leder, 17.02.2021"]), page2)
    found = as_tuples(extract_signatures(doc))
    assert ("nav_leader", "Geir Lund", "Nav-leder", "2021-02-17", "electronic_approval") in found
    assert [kind for role, *_rest, kind in found if role == "municipality"] == ["typed"]
