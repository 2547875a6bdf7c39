"""Approvals stated with the channel they came by, and statements that date
each approver.

An office that collects its leaders' approval by e-mail or in the case system
writes so instead of signing: "Godkjent av rådmann Ola Berg på e-post
3.2.2020", "Nav-leiar og kommunalsjefen har godkjent søknaden per e-post",
"godkjent i sakssystemet". That is an electronic approval (record.md), as
"elektronisk godkjent" is, in Bokmål and Nynorsk; the channel is no part of
the approver's name, and the date after it is the approver's. A plan or a
negation ("skal godkjennes per e-post", "er ikke godkjent …") approves
nothing, nor does a mail that merely sends the application.

A statement that names two approvers each with a date dates each one: the
printed signers of the letter above it take their own date from it, not the
first date of the line.
"""

from __future__ import annotations

import pytest

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages, two_columns, word_doc

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.date) for s, _evidence in extract_signatures(doc)]


def test_nynorsk_list_line_with_the_channel_between_name_and_date() -> None:
    doc = word_doc(HEAD, "Tiltaket heiter Vegen vidare.", "Godkjenning",
                   "Nav-leiar Oddny Vik godkjende søknaden elektronisk 27.01.2020.",
                   "Godkjend av kommunedirektør Ola Berg på e-post 4.2.2020.")
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Oddny Vik", "2020-01-27"),
                             ("municipality", "electronic_approval", "Ola Berg", "2020-02-04")]


def test_bokmal_sentence_naming_two_approvers_each_by_mail() -> None:
    doc = word_doc(HEAD, "Prosjektnavn: Jobbvegen", "Underskrift",
                   "Søknaden er godkjent av Nav-leder Tor Vik pr. e-post 27.01.2020 og av kommunalsjef Eva Li "
                   "på e-post 29.01.2020.")
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Tor Vik", "2020-01-27"),
                             ("municipality", "electronic_approval", "Eva Li", "2020-01-29")]


@pytest.mark.parametrize("statement", [
    "Rådmann Eva Li har godkjent søknaden per e-post 29.01.2020.",
    "Rådmann: Eva Li, godkjent i sakssystemet 29.01.2020",
])
def test_approver_first_and_labelled_lines_with_a_channel(statement: str) -> None:
    doc = word_doc(HEAD, "Prosjektnavn: Jobbvegen", "Med hilsen", statement)
    assert _signers(doc) == [("municipality", "electronic_approval", "Eva Li", "2020-01-29")]


def _letter(*below: str):
    """A PDF letter signed with typed names, a statement under them, wrapped as prose wraps."""
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1, 72, 40),
             pdf_line("Prosjektnavn: Inn i arbeid", 1, 72, 60), pdf_line("Med vennlig hilsen", 1, 72, 300),
             two_columns("Kari Holm", "Per Dahl", 1, 340), two_columns("Nav-leder", "Kommunedirektør", 1, 354)]
    lines += [pdf_line(text, 1, 72, 400 + 14 * i) for i, text in enumerate(below)]
    return pdf_pages(pdf_page(1, lines))


def test_a_statement_wrapped_inside_its_channel_still_approves_the_names_above() -> None:
    doc = _letter("Søknaden er ikke underskrevet for hånd. Nav-leder og kommunedirektør har godkjent den per",
                  "e-post 28.01.2020.")
    assert [(role, kind) for role, kind, _name, _date in _signers(doc)] == [
        ("nav_leader", "electronic_approval"), ("municipality", "electronic_approval")]


@pytest.mark.parametrize("statement", [
    "Søknaden sendes per e-post til Statsforvalteren 28.01.2020.",
    "Søknaden skal godkjennes av kommunedirektøren per e-post.",
    "Søknaden vil bli godkjent av kommunedirektøren per e-post.",
    "Søknaden er godkjent av kommunedirektøren, og sendes per e-post.",
])
def test_sending_plans_and_other_clauses_approve_nothing(statement: str) -> None:
    assert [kind for _role, kind, _name, _date in _signers(_letter(statement))] == ["typed", "typed"]


def test_printed_signers_take_their_own_dates_from_the_statement_naming_both() -> None:
    doc = word_doc("Nav Fjellby", "Fjellby, 30.01.2020", HEAD, "Prosjektnavn: Inn i arbeid", "Med vennlig hilsen",
                   "Kari Holm\nleiar, Nav Fjellby", "Per Dahl\nrådmann, Fjellby kommune",
                   "Søknaden er elektronisk godkjend av leiar i Nav Fjellby, Kari Holm, 28.01.2020, og av "
                   "rådmann Per Dahl, 03.02.2020, og har difor inga underskrift.")
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Kari Holm", "2020-01-28"),
                             ("municipality", "electronic_approval", "Per Dahl", "2020-02-03")]
