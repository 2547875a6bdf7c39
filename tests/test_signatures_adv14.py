"""The electronic-approval statement with words between "godkjent" and "av"
("… elektronisk godkjent i kommunens saksbehandlingssystem av Nav-leder …"):
the approvers it lists are signers; a later sentence's "av" is not."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import word_doc

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _signers(text: str) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.date) for s, _evidence in extract_signatures(word_doc(HEAD, text))]


def test_words_between_the_approval_and_its_list_of_approvers() -> None:
    text = ("Søknaden er elektronisk godkjent i kommunens saksbehandlingssystem av Nav-leder Hanne Sørli "
            "(28.01.2020) og kommunedirektør Per Arne Vik (29.01.2020), og har derfor ingen håndskrevne signaturer.")
    assert _signers(text) == [("nav_leader", "electronic_approval", "Hanne Sørli", "2020-01-28"),
                              ("municipality", "electronic_approval", "Per Arne Vik", "2020-01-29")]


def test_nynorsk_words_between_the_approval_and_its_approvers() -> None:
    text = "Søknaden er elektronisk godkjend i sak- og arkivsystemet av Nav-leiar Siri Lid (28.01.2020) og rådmann Per Vik (29.01.2020)."
    assert [s[:3] for s in _signers(text)] == [("nav_leader", "electronic_approval", "Siri Lid"),
                                               ("municipality", "electronic_approval", "Per Vik")]


def test_an_av_in_the_next_sentence_lists_no_approver() -> None:
    text = "Søknaden er elektronisk godkjent. Planen er utarbeidet av prosjektleder Kari Moe og Nav-leder Ola Dahl."
    assert _signers(text) == []


def test_not_signed_but_approved_electronically_is_an_approval() -> None:
    """"ikke signert, men elektronisk godkjent": the "ikke" is the ink's."""
    for text in ("Dokumentet er ikke signert, men elektronisk godkjent av Nav-leder Per Hansen 20.01.2020 og "
                 "rådmann Ola Berg 21.01.2020.",
                 "Søknaden er ikke håndsignert men elektronisk godkjent av Nav-leder Per Hansen 20.01.2020 og "
                 "rådmann Ola Berg 21.01.2020."):
        assert [s[:3] for s in _signers(text)] == [("nav_leader", "electronic_approval", "Per Hansen"),
                                                   ("municipality", "electronic_approval", "Ola Berg")], text


def test_an_approval_still_to_come_is_none() -> None:
    assert _signers("Søknaden vil bli elektronisk godkjent av rådmann Ola Berg 21.01.2020.") == []


def test_a_caption_that_says_who_holds_the_authority_is_still_a_caption() -> None:
    """"Kommunalsjef for helse og omsorg, som har fullmakt" is a title line;
    "Kommunedirektør X skal godkjenne søknaden elektronisk" is a sentence."""
    from soknad_extract.extract.signatures.sentences import tells_of_title
    assert not tells_of_title("Kommunalsjef for helse og omsorg, som har fullmakt")
    assert tells_of_title("Kommunedirektør Jon Lia skal godkjenne søknaden elektronisk 21.01.2020.")
