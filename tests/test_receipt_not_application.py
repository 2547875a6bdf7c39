"""A receipt or acknowledgement of an application sent in (a grant portal's
"Kvittering for innsendt søknad", Altinn's "Kvittering", the county's
"Mottaksbekreftelse") repeats the applicant, the scheme, the project and the
amount, and is no application (``documents.toml`` kind "receipt"). A
receipt that prints the whole filled form behind it is the application's
copy; an application's own text about the receipt it will get is no heading.
Layouts built here, Bokmål and Nynorsk."""

from __future__ import annotations

import pytest

from soknad_extract.extract.document import judge
from soknad_extract.extract.part_view import application_view
from soknad_extract.extract.parts import find_parts, kind_of_heading
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc as doc, text_page as page

FAMILY = get_scheme("nav-sosiale-tjenester-2020").family
FACTS = ("Ordning: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "Søker: Nav Bodø",
         "Prosjekt: Ung og aktiv", "Søknadsbeløp: kr 450 000")


def _verdict(*lines: str, fields: int = 3, heading: int | None = 0):
    d = doc(page(1, *lines, heading=heading))
    parts = find_parts(d)
    return judge(parts, application_view(d, parts).lines(), labelled_fields=fields, family=FAMILY)


@pytest.mark.parametrize("opening", [
    ("Kvittering for innsending av søknad",
     "Skjemaet er sendt inn til Statsforvalteren i Nordland 31.01.2020 kl. 14:12. Referansenummer AR123456789."),
    ("Mottaksbekreftelse", "Statsforvalteren bekrefter at søknaden er mottatt og vil bli behandlet etter fristen."),
    ("Bekreftelse på mottatt søknad", "Vi har registrert søknaden din i saksbehandlingssystemet."),
    ("Kvittering på innsendt søknad", "Du har sendt inn søknaden. Ta vare på denne kvitteringen."),
    ("Stadfesting av motteken søknad", "Statsforvaltaren har motteke søknaden dykkar om tilskot."),
    ("Kvittering for innsend søknad", "Søknaden er send inn. Ta vare på kvitteringa."),
])
def test_a_receipt_for_an_application_is_not_one(opening: tuple[str, str]):
    verdict = _verdict(*opening, *FACTS)
    assert (verdict.application, verdict.looks_like) == (False, "receipt")


def test_a_portal_receipt_under_the_browsers_print_header_is_not_one():
    verdict = _verdict("31.01.2020, 13:04 Kvittering – Tilskuddsportalen", "Kvittering for innsendt søknad",
                       "Søknaden din er mottatt. Du får svar når behandlingen er ferdig.", *FACTS, heading=None)
    assert (verdict.application, verdict.looks_like) == (False, "receipt")


def test_a_receipt_that_prints_the_whole_filled_form_is_the_application():
    verdict = _verdict("Kvittering for innsendt søknad", "Skjemaet er sendt inn.", "Søknad om tilskudd til utvikling av sosiale tjenester",
                       *FACTS, "Kontaktperson: Ida Moe", "Oppstart: 01.03.2020", fields=7)
    assert verdict.application


@pytest.mark.parametrize("line", [
    "Du får en kvittering når søknaden er sendt inn.",
    "Når søknaden er mottatt, sender vi en bekreftelse på e-post.",
])
def test_an_application_that_speaks_of_its_receipt_stays_one(line: str):
    verdict = _verdict("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", line, *FACTS,
                       "Vi søker om 450 000 kroner.")
    assert verdict.application


@pytest.mark.parametrize("heading", ["Kvittering – signeringsoppdrag", "Kvittering for signering",
                                     "Kvittering", "Signeringskvittering"])
def test_a_signing_services_receipt_is_no_receipt_of_the_application(heading: str):
    hit = kind_of_heading(heading)
    assert hit is None or hit[0].key != "receipt"
