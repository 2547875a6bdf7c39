"""Triage of two look-alikes (brief fix14d): a mail or a cover letter that
lost the application it sends, and an application to another grant of the
same directorate or its neighbours. Both name an office, a project, an
amount and a position, so fields alone never tell; and the near misses
(a cover letter in front of a real application, an application written as
the mail's own text, a project of this scheme on debt or housing) stay
applications."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.parts import find_parts
from soknad_extract.layout import Document
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc as doc, text_page as page

SCHEME = get_scheme("nav-sosiale-tjenester-2020")

MAIL_HEAD = ("Frå:", "Ingrid Haugland", "Sendt:", "tysdag 28. januar 2020 09:41", "Til:",
             "Postmottak Statsforvaltaren", "Emne:", "Søknad om tilskot 2020 – Nav Fjellvik")
"""An Outlook printout sets each value on the line under its label and shows
display names, not addresses."""

FORM = (
    "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
    "Søkjar: Nav Fjellvik",
    "Organisasjonsnummer: 974 512 345",
    "Kontaktperson: Ingrid Haugland, ingrid.haugland@nav.no",
    "Namn på tiltaket: Heile vegen",
    "Oppstart: 01.04.2020",
    "Stillingsprosent: 80 %",
    "Vi søkjer om 480 000 kroner til ei 80 % stilling.",
)


def _verdict(d: Document):
    return extract(d, SCHEME).verdict


def test_a_printed_mail_header_with_display_names_and_values_under_labels_is_a_mail():
    parts = find_parts(doc(page(1, "Ingrid Haugland", *MAIL_HEAD, "Hei,", heading=None)))
    assert [(p.kind, p.role) for p in parts] == [("email", "wrapper")]


def test_a_memo_header_with_values_under_labels_is_still_no_mail():
    d = doc(page(1, "Til:", "Statsforvaltaren", "Frå:", "Nav Fjellvik", "Emne:", "Søknad om tilskot", *FORM[1:],
                 heading=None))
    assert [p.kind for p in find_parts(d)] == [None]


def test_a_forwarding_mail_without_the_application_is_not_one():
    verdict = _verdict(doc(page(
        1, *MAIL_HEAD, "Hei,", "Vedlagt følgjer søknaden frå Nav Fjellvik om tilskot til prosjektet «Heile vegen».",
        "Vi søkjer om 480 000 kroner til ei 80 % stilling.", "Helsing", "Ingrid Haugland, rådgjevar",
        heading=None)))
    assert (verdict.application, verdict.looks_like) == (False, "email")
    assert verdict.evidence().text.startswith("Vedlagt følgjer søknaden")


def test_a_cover_letter_without_the_application_is_not_one():
    verdict = _verdict(doc(page(
        1, "Bygdeby kommune", "Oversendelse av søknad om tilskudd 2020",
        "Bygdeby kommune oversender herved søknaden fra Nav Bygdeby om tilskudd til prosjektet «Jobb nå».",
        "Det søkes om kr 610 000 til en 100 % stilling. Kommunen stiller seg bak prosjektet.",
        "Med hilsen", "Per Lund, kommunalsjef", heading=1)))
    assert (verdict.application, verdict.looks_like) == (False, "cover_letter")


def test_a_mail_in_front_of_the_application_leaves_an_application():
    verdict = _verdict(doc(
        page(1, *MAIL_HEAD, "Hei,", "Vedlagt følgjer søknaden frå Nav Fjellvik.", "Helsing Ingrid", heading=None),
        page(2, *FORM)))
    assert verdict.application


def test_a_cover_letter_in_front_of_an_application_without_a_heading_leaves_an_application():
    verdict = _verdict(doc(
        page(1, "Oversendelse av søknad", "Vedlagt følger søknaden fra Nav Fjellvik.", "Med hilsen", heading=0),
        page(2, *FORM[1:], heading=None)))
    assert verdict.application


def test_an_application_written_as_the_mails_own_text_stays_one():
    verdict = _verdict(doc(page(
        1, *MAIL_HEAD, "Hei,", "Nav Fjellvik søkjer med dette om tilskot til prosjektet «Heile vegen», som startar "
        "1. april 2020.", "Vi søkjer om 480 000 kroner til ei 80 % stilling som jobbspesialist.",
        "Kontaktperson er Ingrid Haugland.", "Helsing", "Ingrid Haugland", heading=None)))
    assert verdict.application


def _form_under(title: str, *more: str) -> Document:
    return doc(page(1, title, "2020", "Søker: Nav Bygdeby", "Kontaktperson: Per Lund", "Stilling: 100 % rådgiver",
                    "Omsøkt beløp: kr 590 000", *more))


def test_applications_to_neighbouring_grants_are_not_ones_to_this_scheme():
    for title in ("Søknad om tilskot til kommunale tiltak mot barnefattigdom",
                  "Søknad om tilskudd til styrking av kvalifiseringsprogrammet",
                  "Søknad om tilskot til økonomi- og gjeldsrådgjeving",
                  "Søknad om kompetansetilskudd til boligsosialt arbeid",
                  "Jobbsjansen del A – søknad om tilskudd"):
        verdict = _verdict(_form_under(title))
        assert (verdict.application, verdict.looks_like) == (False, "other_grant"), title


def test_a_project_of_this_scheme_on_debt_or_housing_stays_an_application():
    for title, more in (
            ("Søknad om tilskudd – «Gjeldsfri ungdom»", ("Prosjektet gir økonomi- og gjeldsrådgivning til unge.",)),
            ("Søknad om tilskudd til Jobbsjansen Bygdeby", ()),
            ("Søknad om tilskot til økonomi- og gjeldsrådgjeving for barnefamiliar",
             ("Ordninga: tilskot til utvikling av sosiale tenester i Nav-kontoret",)),
            ("Søknad om tilskudd til kvalifiseringsprogrammet i Nav Bygdeby",
             ("Tilskuddsordning: kompetanse og utvikling av de sosiale tjenestene i Nav-kontoret",))):
        assert _verdict(_form_under(title, *more)).application, title


LONG_SUBJECT = "Oversending av søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020 – Nav Fjellvik"


def test_a_cover_letters_long_subject_line_in_a_plain_paragraph_opens_it():
    d = doc(page(1, "FJELLVIK KOMMUNE", "Vår ref.: 20/118", "Dato: 30.01.2020", "Statsforvaltaren i Vestland",
                 LONG_SUBJECT, "Vedlagt følgjer søknaden frå Nav Fjellvik om tilskot til prosjektet «Heile vegen».",
                 "Søknaden kjem frå Nav-kontoret i eiga sending.", "Med helsing", "Kari Li, kommunedirektør",
                 heading=None))
    assert [(p.kind, p.role) for p in find_parts(d)] == [("cover_letter", "wrapper")]
    verdict = _verdict(d)
    assert (verdict.application, verdict.looks_like) == (False, "cover_letter")


def test_a_long_sentence_that_opens_with_a_cover_letters_word_is_no_heading():
    d = doc(page(1, "Nav Fjellvik", "Oversending av søknaden til Statsforvaltaren i Vestland skjer elektronisk i sak- og arkivsystemet etter at "
                 "kommunedirektøren har godkjent budsjettet.", *FORM[1:], heading=None))
    assert [p.kind for p in find_parts(d)] == [None]
