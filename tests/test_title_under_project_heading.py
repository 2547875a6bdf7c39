"""A generic "Navn:" label right under a heading that names the project
("Tiltaket", "Prosjekt") asks for the project's name; elsewhere a bare
"Navn:" stays a person's name."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

_SUBJECT = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _draft(*lines: str):
    return extract(text_doc(text_page(1, *lines)), get_scheme("nav-sosiale-tjenester-2020")).draft


def test_a_name_label_under_the_project_heading_is_the_title() -> None:
    draft = _draft(_SUBJECT, "Søker: Nav Elvebyen", "Tiltaket", "Navn: Jobbfokus Elvebyen",
                   "Vi starter opp 1. april 2020.")
    assert draft.get("project.title") == "Jobbfokus Elvebyen"


def test_a_name_label_elsewhere_is_no_title() -> None:
    draft = _draft(_SUBJECT, "Søker: Nav Elvebyen", "Signatur", "Navn: Kari Lid",
                   "Vi starter opp 1. april 2020.")
    assert draft.get("project.title") != "Kari Lid"


def test_a_name_followed_by_a_phone_or_email_under_the_project_heading_is_a_person() -> None:
    """"Prosjekt / Navn: Kari Lid / Stilling: … / E-post: …" presents the
    project's leader: her name is no title."""
    draft = _draft(_SUBJECT, "Søker: Nav Elvebyen", "Prosjektet", "Navn: Kari Lid", "Stilling: prosjektleder",
                   "E-post: kari.lid@nav.no")
    assert draft.get("project.title") != "Kari Lid"
