"""The application's signature page behind the attachments.

Offices print the form, the attachments, and last a page for the signatures
("Underskrifter til søknaden", Nynorsk "Signaturar for søknaden"), often
pointed to from the form ("Underskrift: sjå siste side"). A page whose
heading names the application as what is signed belongs to the application
wherever it stands: its signatures are the application's, while the
attachments between stay set aside. A page headed only "Underskrift" behind
an attachment may be the attachment's own and stays with it.
"""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.part_view import application_view
from soknad_extract.extract.parts import find_parts
from soknad_extract.layout import Image
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc as doc, text_page as page

SCHEME = get_scheme("nav-sosiale-tjenester-2020")

FORM = ("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", "Søkjar: Nav Fjellbygd",
        "Namn på tiltaket: Vegen vidare", "Kontaktperson: Siri Dal, siri.dal@nav.no",
        "Vi søkjer om 600 000 kroner til ei 100 % stilling.", "Sum det vert søkt om: 600 000 kr",
        "Underskrift: sjå siste side")


def _bundle(signature_heading: str):
    signing = page(4, signature_heading, "Fjellbygd, 27.01.2020", "Kari Moen", "Nav-leiar", "", "Ola Haug",
                   "rådmann", heading=0)
    signing.images = [Image(4, (72, 96, 200, 110), name="ink"), Image(4, (72, 156, 200, 170), name="ink")]
    return doc(page(1, *FORM, heading=0),
               page(2, "Vedlegg 1: Prosjektplan", "Samla kostnad for prosjektperioden: 1 800 000 kr"),
               page(3, "Vedlegg 2: Stillingsskildring", "Jobbspesialist, 100 %, årsløn 560 000 kr"),
               signing)


@pytest.mark.parametrize("heading", ["Signaturar for søknaden", "Underskrifter til søknaden fra Nav Fjellbygd"])
def test_the_signature_page_behind_the_attachments_is_the_applications(heading: str) -> None:
    bundle = _bundle(heading)
    assert [p.number for p in application_view(bundle, find_parts(bundle)).pages] == [1, 4]
    extraction = extract(bundle, SCHEME)
    assert extraction.draft.values.get("amounts.total") == 600000
    assert [(s.role, s.name) for s, _evidence in extraction.signatures] == [("nav_leader", "Kari Moen"),
                                                                           ("municipality", "Ola Haug")]


def test_a_signature_heading_that_names_no_application_stays_with_its_attachment() -> None:
    bundle = _bundle("Underskrift")
    assert [p.number for p in application_view(bundle, find_parts(bundle)).pages] == [1]
