"""A request about the application round is not an application (adversarial
7): a later deadline ("Søknad om utsatt frist"), withdrawing an application,
titled "Søknad om …" in a plain Word paragraph under its letterhead, naming
the project, position and amounts. An application that mentions a later
deadline in passing stays one. Layout documents built here."""

from __future__ import annotations

from soknad_extract.extract.document import CHANGE_REQUEST
from tests.builders.layouts import text_doc, text_page, word_doc
from tests.test_letters_about_applications import FORM, _verdict



def test_a_word_letter_asking_for_a_later_deadline_is_no_application():
    verdict = _verdict(word_doc(
        "Nav Lierfoss", "Til: Statsforvalteren i Oslo og Viken", "Dato: 27.01.2021",
        "Søknad om utsatt frist – tilskudd til utvikling av sosiale tjenester 2021",
        "Nav Lierfoss vil søke om tilskudd til tiltaket «Arbeid først» med én 100 % stilling og kr 600 000 til "
        "lønn. Kommunedirektøren kan ikke signere før 4. februar.",
        "Vi ber derfor om at fristen for vår søknad utsettes til 8. februar 2021.",
        "Kontaktperson: Siri Dal, siri.dal@nav.no, tlf. 32 22 11 00", "Med vennlig hilsen", "Kari Li\nNav-leder"))
    assert (verdict.application, verdict.looks_like) == (False, CHANGE_REQUEST)
    assert verdict.evidence().text.startswith("Søknad om utsatt frist")
    assert verdict.evidence().method == "heading"


def test_a_pdf_letter_whose_heading_asks_for_a_later_deadline_is_no_application():
    verdict = _verdict(text_doc(text_page(
        1, "Nav Lierfoss", "Søknad om fristutsettelse – tilskudd 2021", "Vi ber om at fristen utsettes.", *FORM,
        heading=1)))
    assert (verdict.application, verdict.looks_like) == (False, CHANGE_REQUEST)


def test_nynorsk_and_withdrawal_requests_are_no_applications():
    for subject in ("Søknad om utsett frist for søknad om tilskot 2021", "Tilbaketrekking av søknad om tilskudd 2021"):
        verdict = _verdict(word_doc("Nav Sogndal", "Til: Statsforvaltaren i Vestland", "Dato: 27.01.2021",
                                    "Ref.: 21/77", subject, "Tiltaket «Ung i arbeid» med ei 100 % stilling.",
                                    "Kontaktperson: Siri Dal, siri.dal@nav.no", "Med helsing"))
        assert (verdict.application, verdict.looks_like) == (False, CHANGE_REQUEST), subject


def test_an_application_that_mentions_a_later_deadline_in_passing_stays_one():
    verdict = _verdict(word_doc(
        "Nav Lierfoss", "Til: Statsforvalteren i Oslo og Viken", "Dato: 27.01.2021", "Ref.: 21/77",
        "Søknad om tilskudd til utvikling av sosiale tjenester 2021",
        "Utsatt frist for kommunedirektørens signatur er avtalt med Statsforvalteren.", *FORM))
    assert verdict.application


def test_the_first_kind_named_under_the_letterhead_is_the_subject():
    verdict = _verdict(word_doc(
        "Nav Lierfoss", "Til: Statsforvalteren i Oslo og Viken", "Dato: 27.01.2021", "Ref.: 21/77",
        "Søknad om tilskudd til utvikling av sosiale tjenester 2021",
        "Søknad om endring av fjorårets tiltak ble innvilget i mai.", *FORM))
    assert verdict.application
