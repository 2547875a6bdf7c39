"""A department head who co-signs beside the Nav office's own leader (review 10b, finding 6).

Class: in a big Nav office the head of one of its departments may co-sign
the application beside the office's leader. "Avdelingsleder Nav <office>"
is the Nav leader's title only where the office is run as a municipal
department and its leader signs alone; beside a signer titled "Nav-leder",
"Leder Nav <office>" or "Leiar i Nav <office>" the department head is not
the Nav leader, and record.md has no other role for them. Documents built
here, Word and PDF; names and offices are this file's own."""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.department import is_department_head
from soknad_extract.layout import Line
from tests.builders.layouts import as_tuples, pdf_line, pdf_page, pdf_pages, table_cell, word_doc, word_pages


def _approval_table(*rows: tuple[str, str, str]):
    return word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav",
        "Søknaden er godkjent elektronisk.",
        tables=[[["Rolle", "Navn", "Dato"], *[list(r) for r in rows]]])


def _roles(doc) -> list[tuple[str, str]]:
    return [(f[0], f[1]) for f in as_tuples(extract_signatures(doc))]


def _word_closing(*columns: tuple[str, str]):
    """A Word letter's closing: a one-row table, each cell a signer's name over their title."""
    lines = [Line(text="Søknad om tilskudd til utvikling av sosiale tjenester i Nav", page=1),
             Line(text="Med vennlig hilsen", page=1)]
    for col, (name, title) in enumerate(columns):
        lines += [table_cell(name, 0, col), table_cell(title, 0, col)]
    return word_pages({1: lines})


@pytest.mark.parametrize("leader, head", [
    ("Nav-leder", "Avdelingsleder Nav Lindås"),
    ("Leder Nav Lindås", "Avdelingsleder i Nav Lindås"),
    ("Leiar i Nav Lindås", "Avdelingsleiar Nav Lindås"),
    ("Nav-leiar", "Avdelingsleiar ved Nav Lindås"),
])
@pytest.mark.parametrize("head_first", [False, True])
def test_word_a_department_head_beside_the_nav_leader_is_not_the_nav_leader(leader, head, head_first):
    cols = [("Ola Vik", leader), ("Siri Lunde", head)]
    if head_first:
        cols.reverse()
    doc = _word_closing(*cols, ("Per Lund", "Kommunedirektør"))
    assert _roles(doc) == [("nav_leader", "Ola Vik"), ("municipality", "Per Lund")]


def test_word_approval_table_a_department_head_after_the_nav_leader_is_left_out():
    doc = _approval_table(("Nav-leder", "Ola Vik", "20.01.2020"),
                          ("Avdelingsleder Nav Lindås", "Siri Lunde", "21.01.2020"),
                          ("Kommunedirektør", "Per Lund", "23.01.2020"))
    assert _roles(doc) == [("nav_leader", "Ola Vik"), ("municipality", "Per Lund")]


def test_word_a_department_head_signing_alone_for_the_office_stays_the_nav_leader():
    doc = _approval_table(("Avdelingsleder Nav Lindås", "Siri Lunde", "21.01.2020"),
                          ("Kommunedirektør", "Per Lund", "23.01.2020"))
    assert _roles(doc) == [("nav_leader", "Siri Lunde"), ("municipality", "Per Lund")]


def test_word_two_department_heads_and_no_nav_leader_stay_as_read():
    """Nothing names the office's own leader: neither head is set aside."""
    doc = _word_closing(("Siri Lunde", "Avdelingsleder Nav Lindås"), ("Åse Rud", "Avdelingsleiar Nav Lindås"),
                        ("Per Lund", "Kommunedirektør"))
    assert _roles(doc) == [("nav_leader", "Siri Lunde"), ("nav_leader", "Åse Rud"),
                           ("municipality", "Per Lund")]


def _closing(*columns: tuple[str, str]):
    """A letter's closing with typed signers side by side: name over title."""
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
             pdf_line("Med vennlig hilsen", 1, 60, 600)]
    for i, (name, title) in enumerate(columns):
        x = 60 + 180 * i
        lines += [pdf_line(name, 1, x, 660), pdf_line(title, 1, x, 674)]
    return pdf_pages(pdf_page(1, lines))


@pytest.mark.parametrize("head_first", [False, True])
def test_pdf_a_department_head_beside_the_nav_leader_is_not_the_nav_leader(head_first):
    cols = [("Ola Vik", "Nav-leder"), ("Siri Lunde", "Avdelingsleder Nav Lindås")]
    if head_first:
        cols.reverse()
    doc = _closing(*cols, ("Per Lund", "Kommunedirektør"))
    assert _roles(doc) == [("nav_leader", "Ola Vik"), ("municipality", "Per Lund")]


def test_pdf_a_department_head_signing_alone_stays_the_nav_leader():
    doc = _closing(("Siri Lunde", "Avdelingsleder Nav Lindås"), ("Per Lund", "Kommunedirektør"))
    assert _roles(doc) == [("nav_leader", "Siri Lunde"), ("municipality", "Per Lund")]


@pytest.mark.parametrize("title, head", [
    ("Avdelingsleder Nav Lindås", True), ("avdelingsleiar i Nav Lindås", True),
    ("Nav-leder", False), ("Leder Nav Lindås", False), ("Leiar i Nav Lindås", False),
    ("Konstituert Nav-leder", False),
])
def test_which_titles_are_a_department_heads(title, head):
    assert is_department_head(title) is head
