"""Signature classes met in the eighth held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages


def as_tuples(found):
    return [(s.role, s.name, s.title, s.date, s.kind) for s, _e in found]


# --- the approvers named in the sentence after the statement --------------------
# Class: the statement says the document was approved electronically and why
# it has no ink ("Dokumentet er elektronisk godkjend og har difor ikkje
# handskrivne signaturar."), and the next sentence, opened by the list label,
# names the approvers ("Godkjend av Nav-leiar A 27.01.2020 og kommunalsjef B
# 28.01.2020."). The paragraph wraps where the page ends it, also at the
# hyphen of "Nav-leiar".

def _approval_paragraph(*lines: str):
    page = [
        pdf_line("Søknad om tilskot til utvikling av sosiale tenester i Nav", 1, 60, 60),
        pdf_line("Søkjar: Nav Ørsta", 1, 60, 90),
        pdf_line("Samla søknadssum: 600 000 kroner", 1, 60, 104),
        pdf_line("Godkjenning", 1, 60, 280),
    ]
    page += [pdf_line(text, 1, 60, 300 + 14 * i) for i, text in enumerate(lines)]
    return pdf_pages(pdf_page(1, page))


NYNORSK_APPROVERS = [
    ("nav_leader", "Tone Rise", "Nav-leiar", "2020-01-21", "electronic_approval"),
    ("municipality", "Arne Vik", "Kommunalsjef for oppvekst", "2020-01-23", "electronic_approval"),
]


def test_the_sentence_after_the_statement_opened_by_the_label_names_the_approvers():
    for lines in (
        ("Dokumentet er elektronisk godkjend og har difor ikkje handskrivne signaturar. Godkjend av",
         "Nav-leiar Tone Rise 21.01.2020 og kommunalsjef for oppvekst Arne Vik 23.01.2020."),
        ("Dokumentet er elektronisk godkjend og har difor ikkje handskrivne signaturar. Godkjend av Nav-",
         "leiar Tone Rise 21.01.2020 og kommunalsjef for oppvekst Arne Vik 23.01.2020."),
        ("Dokumentet er elektronisk godkjend og har difor ikkje handskrivne signaturar.",
         "Godkjend av Nav-leiar Tone Rise 21.01.2020 og kommunalsjef for oppvekst Arne Vik 23.01.2020."),
    ):
        assert as_tuples(extract_signatures(_approval_paragraph(*lines))) == NYNORSK_APPROVERS, lines


def test_a_later_sentence_that_merely_says_approved_by_names_no_approver():
    doc = _approval_paragraph("Dokumentet er elektronisk godkjend. Planen er godkjend av kommunalsjef Arne Vik "
                              "23.01.2020.")
    assert extract_signatures(doc) == []


def test_the_label_must_open_the_sentence():
    from soknad_extract.extract.signatures.wording import list_label
    statement = "Dokumentet er elektronisk godkjend og har difor ikkje signaturar. "
    assert list_label(statement + "Godkjend av Nav-leiar Tone Rise").group(0) == "Godkjend av "
    assert list_label(statement + "Planen vart godkjend av Tone Rise") is None
    assert list_label(statement + "Det er godkjend av Tone Rise") is None


def test_a_line_broken_at_a_compounds_hyphen_joins_without_a_space():
    from soknad_extract.extract.signatures.lists import _joined
    assert _joined(["Godkjent av Nav-", "leder Tone Rise 21.01.2020"]) == "Godkjent av Nav-leder Tone Rise 21.01.2020"
    assert "-Nav" not in _joined(["Godkjent av Tone Rise -", "Nav-leder"])  # a spaced dash is no compound
