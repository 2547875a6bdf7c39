"""Signers the fifteenth held-out corpus showed missed, each class on documents built here:

- a unit leader's title with the Nav office after it ("Virksomheitsleiar, Nav
  Ålesund") is the Nav leader's; the title alone is any municipal unit's leader;
- an electronic-approval sentence after another sentence on its line
  ("Søknaden er forankret i kommuneledelsen. Dokumentet er elektronisk
  godkjent av …"), as an e-mail body wraps it, lists all its approvers;
- a fillable form's text field labelled for a role's signature and filled
  with a name and a date is that role's typed signature.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages, word_doc

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


# --- 1. a unit leader's title followed by the Nav office ----------------------------------------

def _letter(closing: str, titles: list[str]) -> list[tuple]:
    doc = word_doc(HEAD, "Hamar, 22. januar 2020", "Vi søker om midlar til ei stilling.", closing,
                   tables=[[["Marit Gjerde", "Øystein Rise"], titles]])
    return _signers(doc)


def test_nynorsk_unit_leader_of_the_nav_office_is_the_nav_leader() -> None:
    assert _letter("Med helsing", ["Virksomheitsleiar, Nav Ålesund", "Kommunedirektør, Ålesund kommune"]) == [
        ("nav_leader", "typed", "Marit Gjerde", "Virksomheitsleiar", "2020-01-22"),
        ("municipality", "typed", "Øystein Rise", "Kommunedirektør", "2020-01-22"),
    ]


def test_bokmaal_unit_leader_of_the_nav_office_is_the_nav_leader() -> None:
    found = _letter("Med vennlig hilsen", ["Virksomhetsleder NAV Hamar", "Rådmann"])
    assert [(r, n, t) for r, _k, n, t, _d in found] == [("nav_leader", "Marit Gjerde", "Virksomhetsleder"),
                                                        ("municipality", "Øystein Rise", "Rådmann")]


def test_a_unit_leader_without_the_nav_office_is_neither_role() -> None:
    """"Virksomhetsleder" alone leads some municipal unit: not the Nav leader
    and not the municipal leadership (rådmann, kommunedirektør, kommunalsjef)."""
    found = _letter("Med vennlig hilsen", ["Virksomhetsleder, helse og omsorg", "Kommunedirektør"])
    assert [(r, n) for r, _k, n, _t, _d in found] == [("municipality", "Øystein Rise")]


# --- 2. the approval sentence after another sentence on its line ---------------------------------

def _mail_body(*lines: str):
    top = 380.0
    return pdf_pages(pdf_page(1, [pdf_line(HEAD, 1, 50, 60)]
                              + [pdf_line(text, 1, 50, top + 13.0 * i) for i, text in enumerate(lines)]))


def test_approval_sentence_wrapped_after_another_sentence_lists_both_approvers() -> None:
    doc = _mail_body("Søknaden er forankret i kommuneledelsen. Dokumentet er elektronisk godkjent av Nav-leder Lise",
                     "Hovland og kommunedirektør Jon Arild Haug 31.01.2020.")
    assert _signers(doc) == [
        ("nav_leader", "electronic_approval", "Lise Hovland", "Nav-leder", "2020-01-31"),
        ("municipality", "electronic_approval", "Jon Arild Haug", "Kommunedirektør", "2020-01-31"),
    ]


def test_approval_sentence_after_another_sentence_in_one_paragraph() -> None:
    doc = word_doc(HEAD, "Søknaden er drøftet med kommunen. Dokumentet er elektronisk godkjent av Nav-leder "
                         "Lise Hovland og rådmann Jon Arild Haug 31.01.2020.")
    assert [(r, n) for r, _k, n, _t, _d in _signers(doc)] == [("nav_leader", "Lise Hovland"),
                                                              ("municipality", "Jon Arild Haug")]


def test_a_later_sentence_or_an_approval_not_yet_done_lists_no_one() -> None:
    done_then_plan = ("Søknaden er elektronisk godkjent. Planen er godkjent av Nav-leder Lise Hovland og "
                      "rådmann Jon Arild Haug 31.01.2020.")
    not_yet = ("Søknaden er forankret. Dokumentet vil bli elektronisk godkjent av Nav-leder Lise Hovland og "
               "rådmann Jon Arild Haug 31.01.2020.")
    assert _signers(word_doc(HEAD, done_then_plan)) == []
    assert _signers(word_doc(HEAD, not_yet)) == []
