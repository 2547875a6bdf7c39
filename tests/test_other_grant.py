"""Applications from a Nav office to ANOTHER grant (IMDi's development funds,
any grant quoted by its state budget chapter) are not applications to this
scheme; an application to this scheme that mentions another grant stays one.
Layouts built here."""

from __future__ import annotations

from soknad_extract.extract.document import OTHER_GRANT, judge
from soknad_extract.extract.part_view import application_view
from soknad_extract.extract.parts import find_parts
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc as doc, text_page as page

FAMILY = get_scheme("nav-sosiale-tjenester-2020").family

BODY = ("Søker: Nav Lierfoss / Lier kommune", "Org.nr: 974496011", "Stilling: Prosjektleder 100 %",
        "Omsøkt beløp: kr 600 000")


def _verdict(*lines: str):
    d = doc(page(1, *lines))
    parts = find_parts(d)
    return judge(parts, application_view(d, parts).lines(), labelled_fields=4, family=FAMILY)


def test_an_application_for_imdi_development_funds_is_another_grant():
    verdict = _verdict("Søknad om tilskudd – kommunale utviklingsmidler på integreringsfeltet 2021",
                       "Prosjektet gjelder norskopplæring i samarbeid med Nav.", *BODY)
    assert (verdict.application, verdict.looks_like) == (False, OTHER_GRANT)


def test_a_heading_that_quotes_another_budget_chapter_is_another_grant():
    verdict = _verdict("Søknad om tilskudd 2021", "Tilskuddsordning: kap. 0765 post 60, frist 1. mars 2021.", *BODY)
    assert (verdict.application, verdict.looks_like) == (False, OTHER_GRANT)


def test_the_own_chapter_in_the_heading_keeps_it_an_application():
    verdict = _verdict("Søknad om tilskudd 2021", "Tilskudd over kap. 0621 post 63, frist 1. februar 2021.", *BODY)
    assert verdict.application


def test_an_application_that_mentions_an_imdi_grant_in_its_text_stays_an_application():
    verdict = _verdict("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2021", *BODY,
                       "Vi har også fått tilskudd fra IMDi (kommunale utviklingsmidler, kap. 496 post 62) "
                       "til norskopplæring.")
    assert verdict.application


def test_an_application_without_the_schemes_name_mentioning_imdi_later_stays_an_application():
    verdict = _verdict("Søknad om tilskudd 2021", "Nav Lierfoss søker om tilskudd til en 100 % stilling.", *BODY,
                       "Tiltaket har tidligere fått kommunale utviklingsmidler fra IMDi.")
    assert verdict.application
