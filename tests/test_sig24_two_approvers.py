"""One approval sentence naming two approvers, each with a title and a date,
the second after "og av" ("Dokumentet er elektronisk godkjent av Kari Moe,
leder Nav Fjellvik, 21.01.2020, og av Per Berg, kommunalsjef, 23.01.2020."),
as letters and case-system exports write it, often wrapped over two lines."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.lists import listed_signers
from tests.builders.layouts import pdf_doc

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.date) for s, _evidence in extract_signatures(doc)]


def test_a_wrapped_sentence_with_two_approvers_gives_both() -> None:
    doc = pdf_doc([[(HEAD, 72)], [("Navn på tiltaket: Raskere i jobb", 72)], [("Godkjenning", 72)],
                   [("Dokumentet er elektronisk godkjent av Kari Moe Lund, leder Nav Fjellvik, 21.01.2020,", 72)],
                   [("og av Per Olav Berg, kommunalsjef, 23.01.2020.", 72)]])
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Kari Moe Lund", "2020-01-21"),
                             ("municipality", "electronic_approval", "Per Olav Berg", "2020-01-23")]


def test_the_repeated_label_word_is_left_out_only_after_a_join() -> None:
    found = listed_signers("Godkjent av Kari Moe, Nav-leder, 21.01.2020 og av Per Berg, rådmann, 23.01.2020")
    assert [(s.name, s.role) for s in found] == [("Kari Moe", "nav_leader"), ("Per Berg", "municipality")]
    # "av" with no join before it stays in its part: no name is made of it
    found = listed_signers("Godkjent av Kari Moe, Nav-leder, 21.01.2020, leder av Per Berg")
    assert [s.name for s in found] == ["Kari Moe"]
