"""A municipal case paper (saksframlegg, saksutgreiing, the chief executive's
"innstilling") that recommends or approves that the office applies is no
application when the file holds no application of its own; an application
with such a paper attached behind it, or the paper in front of the filled
form, stays one. Layouts built here, none taken from a corpus (corpus 85
lt18 read a saksframlegg as an application)."""

from __future__ import annotations

import pytest

from soknad_extract.extract.document import judge
from soknad_extract.extract.part_view import application_view
from soknad_extract.extract.parts import find_parts
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc as doc, text_page as page

FAMILY = get_scheme("nav-sosiale-tjenester-2020").family

APPLICATION_BODY = (
    "Søker: Nav Fjordvik / Fjordvik kommune", "Org.nr: 974496011", "Prosjektets navn: Arbeid først",
    "Stilling: Jobbspesialist 100 %", "Kontaktperson: Per Aas, per.aas@nav.no",
    "Omsøkt beløp: kr 610 000", "Nav Fjordvik søker om tilskudd til en 100 % stilling.",
)


def _verdict(*pages, labelled: int = 0):
    d = doc(*pages)
    parts = find_parts(d)
    return judge(parts, application_view(d, parts).lines(), labelled_fields=labelled, family=FAMILY)


@pytest.mark.parametrize("heading, body", [
    ("Saksfremlegg", ("Saksbehandler: Liv Berg", "Arkivsak: 20/12",
                      "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020",
                      "Rådmannens innstilling: Formannskapet slutter seg til at Nav Fjordvik søker om "
                      "tilskudd på kr 610 000 til en 100 % stilling med oppstart 1. mars 2020.",
                      "Søknaden utarbeides av Nav Fjordvik og sendes innen fristen.")),
    ("Saksutgreiing", ("Sakshandsamar: Ola Myklebust",
                       "Søknad om tilskot til utvikling av sosiale tenester i Nav",
                       "Nav Fjordvik søkjer om 610 000 kroner til ei 100 % stilling.",
                       "Kommunedirektøren rår til at søknaden vert send.")),
    ("Rådmannens innstilling", ("Sak 7/20 Tilskudd til sosiale tjenester i Nav",
                                "Bystyret godkjenner at Nav Fjordvik søker om tilskudd på 610 000 kroner.")),
    ("Saksframstilling", ("Kommunestyret slutter seg til at Nav Fjordvik søker om tilskudd.",
                          "Omsøkt beløp er kr 610 000.")),
])
def test_a_case_paper_that_recommends_applying_is_no_application(heading: str, body: tuple[str, ...]) -> None:
    verdict = _verdict(page(1, "FJORDVIK KOMMUNE", heading, *body, "Fjordvik, 7.1.2020", "Kari Vik",
                            "kommunedirektør", heading=None), labelled=3)
    assert (verdict.application, verdict.looks_like) == (False, "council_minutes")


def test_an_application_with_the_case_paper_attached_behind_stays_an_application() -> None:
    verdict = _verdict(
        page(1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", *APPLICATION_BODY),
        page(2, "Saksframlegg", "Formannskapet slutter seg til at Nav Fjordvik søker om tilskudd på kr 610 000.",
             "Rådmannen tilrår at søknaden sendes."), labelled=6)
    assert verdict.application


def test_a_case_paper_in_front_of_the_filled_form_makes_an_application() -> None:
    verdict = _verdict(
        page(1, "Saksframlegg", "Kommunestyret slutter seg til at Nav Fjordvik søker om tilskudd på 610 000 kr.",
             heading=0),
        page(2, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "Søkende Nav-kontor: Nav Fjordvik",
             "Kommune: Fjordvik", "Prosjektnavn: Arbeid først", "Søkt beløp: 610 000 kr", "Kontaktperson: Per Aas",
             "Stillingsprosent: 100 %", "Oppstart: 01.03.2020"), labelled=7)
    assert verdict.application


def test_a_case_paper_in_front_of_an_application_page_makes_an_application() -> None:
    verdict = _verdict(
        page(1, "Saksframlegg", "Kommunestyret slutter seg til at Nav Fjordvik søker om tilskudd.", heading=0),
        page(2, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", *APPLICATION_BODY), labelled=6)
    assert verdict.application


# -- a case paper without a telling heading: its own words say the application is made elsewhere ----------

@pytest.mark.parametrize("lines", [
    ("Arkivsak: 20/44", "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – Nav Fjordvik",
     "Kommunestyret sluttar seg til at Nav Fjordvik søkjer om 610 000 kroner til ei 100 % stilling.",
     "Sjølve søknaden vert utarbeidd av Nav Fjordvik og send innan fristen."),
    ("Sak 12/20", "Søknad om tilskudd – sosiale tjenester i Nav",
     "Formannskapet godkjenner at Nav Fjordvik søker om tilskudd på kr 610 000 med oppstart 1. mars 2020.",
     "Selve søknaden sendes separat fra Nav Fjordvik."),
    ("Søknad om tilskudd til utvikling av sosiale tjenester", "Vedtak:",
     "Nav Fjordvik gis fullmakt til å søke om kr 610 000. Søknaden vil bli utarbeidet av Nav-lederen."),
])
def test_a_paper_saying_the_application_is_made_elsewhere_is_no_application(lines: tuple[str, ...]) -> None:
    verdict = _verdict(page(1, "FJORDVIK KOMMUNE", *lines, "Kari Vik", "kommunedirektør", heading=None), labelled=3)
    assert not verdict.application and verdict.method == "phrase"


@pytest.mark.parametrize("sentence", [
    "Søknaden er utarbeidet av Nav Fjordvik i samarbeid med kommunens rustjeneste.",
    "Søknaden er skrive av Nav-leiar og prosjektgruppa i fellesskap.",
])
def test_an_application_saying_who_wrote_it_stays_an_application(sentence: str) -> None:
    verdict = _verdict(page(1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020",
                            *APPLICATION_BODY, sentence), labelled=4)
    assert verdict.application


def test_a_decision_in_front_of_the_application_page_stays_an_application() -> None:
    verdict = _verdict(
        page(1, "FJORDVIK KOMMUNE", "Sak 12/20", "Formannskapet slutter seg til at Nav Fjordvik søker om tilskudd.",
             "Søknaden utarbeides av Nav Fjordvik.", heading=None),
        page(2, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", *APPLICATION_BODY), labelled=4)
    assert verdict.application
