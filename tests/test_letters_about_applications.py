"""The county's letter to the applicant about its application (a missing
signature or part, a reminder) is not an application (adversarial 7), though
it quotes the office, title, amounts and cap under a subject line that may
open with "Søknad om tilskudd". Real applications with a cover letter, last
year's grant letter, or a form's instructions in the second person stay
applications. Layout documents built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import Document
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page, word_doc

SCHEME = get_scheme("nav-sosiale-tjenester-2020")

FORM = (
    "Søkende Nav-kontor: Nav Lierfoss",
    "Tiltakets navn: Arbeid først",
    "Kontaktperson: Siri Dal, siri.dal@nav.no, 32 22 11 00",
    "Stillingsandel: 100 %",
    "Lønn og sosiale utgifter: 600 000 kr",
    "Sum det søkes om: 600 000 kr",
)


def _verdict(doc: Document):
    return extract(doc, SCHEME).verdict


def _county_letter(subject: str, reference: str, *, heading: int = 5) -> Document:
    return text_doc(text_page(
        1, "Statsforvalteren i Oslo og Viken", "Saksbehandler: Eva Holm, tlf. 22 00 35 00",
        "Vår dato: 10.02.2021  Vår ref.: 2021/455", "Nav Lierfoss", "Postboks 3, 3401 Lier", subject, reference,
        "januar 2021. Dere søker om kr 620 000 til én 100 % stilling og kr 10 000 til kompetanse.",
        "Søknaden mangler stillingsbeskrivelse. Vi ber om at den ettersendes innen 19. februar 2021.",
        "Omsøkt beløp overstiger satsen på 610 000 kroner per 100 % stilling.", "Med hilsen", "Eva Holm",
        "seniorrådgiver", "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
        heading=heading))


def test_the_countys_letter_about_an_application_is_no_application():
    verdict = _verdict(_county_letter(
        "Søknad om tilskudd 2021 – «Arbeid først» – mangler vedlegg",
        "Vi viser til søknaden deres om tilskudd til utvikling av sosiale tjenester, mottatt 29."))
    assert not verdict.application
    assert verdict.looks_like == "letter_about_application"
    assert verdict.evidence().text.startswith("Vi viser til søknaden deres")
    assert verdict.evidence().method == "phrase"


def test_a_reference_to_your_application_wrapped_over_two_lines_counts():
    verdict = _verdict(text_doc(text_page(
        1, "Statsforvalteren i Vestland", "Nav Sogndal", "Søknad om tilskot 2021 – manglar underskrift",
        "Vi viser til", "søknaden dykkar om tilskot til utvikling av sosiale tenester i Nav.", *FORM, heading=2)))
    assert not verdict.application
    assert verdict.evidence().text == "Vi viser til"


def test_a_reply_in_a_word_letter_is_no_application_either():
    verdict = _verdict(word_doc(
        "Statsforvalteren i Vestland", "Til: Nav Sogndal", "Søknad om tilskot – manglande signatur",
        "Takk for søknaden dykkar om tilskot til prosjektet «Ung i arbeid». Søknaden manglar underskrift frå "
        "kommunedirektøren, og vi ber om at underskriven søknad blir ettersend innan 14. februar.",
        *FORM))
    assert not verdict.application


def test_an_application_with_a_cover_letter_that_refers_to_the_announcement_stays_one():
    verdict = _verdict(word_doc(
        "Nav Lierfoss", "Til: Statsforvalteren i Oslo og Viken", "Søknad om tilskudd 2021",
        "Vi viser til kunngjøring av tilskudd til utvikling av sosiale tjenester og sender med dette søknad "
        "for tiltaket Arbeid først.", *FORM))
    assert verdict.application


def test_a_continuation_that_refers_to_last_years_grant_letter_stays_an_application():
    verdict = _verdict(word_doc(
        "Nav Lierfoss", "Til: Statsforvalteren i Oslo og Viken", "Søknad om videreføring 2021",
        "Vi viser til tilsagnsbrev datert 3. juni 2020 på søknaden vår og søker om tilskudd til år 2.", *FORM))
    assert verdict.application


def test_a_forms_instructions_in_the_second_person_are_no_reply():
    verdict = _verdict(text_doc(text_page(
        1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2021",
        "Når vi har mottatt søknaden din, får du en bekreftelse. Søknaden din må være signert.",
        "Deres søknad behandles av Statsforvalteren.", *FORM)))
    assert verdict.application


def test_the_countys_reminder_sent_back_in_front_of_the_signed_application_is_an_application():
    reminder = _county_letter("Søknad om tilskudd 2021 – mangler signatur",
                              "Vi viser til søknaden deres om tilskudd, mottatt 29.").pages[0]
    application = text_page(2, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2021", *FORM)
    assert _verdict(text_doc(reminder, application)).application


def _invitation(*extra: str) -> Document:
    return text_doc(text_page(
        1, "Invitasjon til fagdag om sosiale tjenester i Nav", "Statsforvalteren inviterer alle Nav-kontor i fylket.",
        "Tilskudd til utvikling av sosiale tjenester: det kan søkes om inntil 610 000 kroner per 100 % stilling.",
        "Nav-kontor kan søke om tilskudd innen 1. februar.", *extra, heading=0))


def test_an_invitation_that_says_what_may_be_applied_for_asks_for_nothing():
    assert not _verdict(_invitation()).application


def test_a_letter_that_quotes_what_may_be_applied_for_and_asks_stays_an_application():
    letter = text_doc(text_page(
        1, "Nav Lierfoss", "Til Statsforvalteren i Oslo og Viken",
        "Det kan søkes om inntil 610 000 kroner per 100 % stilling.",
        "Nav Lierfoss søker med dette om 600 000 kroner i tilskudd til prosjektet «Arbeid først».", heading=None))
    assert _verdict(letter).application
