"""An application (or a letter) to ANOTHER grant scheme that names this
scheme only in passing: as the office's earlier project, or to say it is
another scheme. Its heading or letter subject names the other grant, so it
is no application to this scheme (``extract/other_grant.py``,
``documents.toml`` [own_grant_aside], [own_grant_other]). An application to
this scheme that mentions another grant (co-funding, an earlier project) stays
one. Layouts built here, Bokmål and Nynorsk, headed and as plain letters."""

from __future__ import annotations

import pytest

from soknad_extract.extract.document import OTHER_GRANT, judge
from soknad_extract.extract.part_view import application_view
from soknad_extract.extract.parts import find_parts
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc as doc, text_page as page

FAMILY = get_scheme("nav-sosiale-tjenester-2020").family
LETTERHEAD = ("Hemne kommune", "Nav Hemne", "Statsforvalteren i Trøndelag", "Postboks 2600", "7734 Steinkjer",
              "Kyrksæterøra, 24.01.2020")
BODY = ("Søker: Nav Hemne / Hemne kommune", "Org.nr: 974496011", "Stilling: Ruskonsulent 100 %",
        "Omsøkt beløp: kr 600 000")


def _verdict(*lines: str, heading: int | None = 0):
    d = doc(page(1, *lines, heading=heading))
    parts = find_parts(d)
    return judge(parts, application_view(d, parts).lines(), labelled_fields=4, family=FAMILY)


@pytest.mark.parametrize("subject, passing", [
    ("Søknad om tilskudd til kommunalt rusarbeid 2020",
     "Nav Hemne hadde tilskudd til utvikling av sosiale tjenester i Nav-kontoret i 2017–2019; prosjektet er avsluttet."),
    ("Søknad om tilskudd 2020 – kap. 0765 post 62",
     "Tidligere har kontoret fått tilskudd til utvikling av sosiale tjenester. Denne søknaden gjelder en annen ordning."),
    ("Søknad om tilskot til kommunalt rusarbeid 2020",
     "Nav Hemne fekk tidlegare tilskot til utvikling av sosiale tenester i Nav; det prosjektet vart avslutta i 2019."),
    ("Søknad om tilskot – kap. 765 post 62",
     "Denne søknaden gjeld ei anna ordning enn tilskot til utvikling av sosiale tenester i Nav."),
])
def test_a_letter_to_another_scheme_naming_ours_in_passing_is_another_grant(subject: str, passing: str):
    verdict = _verdict(*LETTERHEAD, subject, "Kommunen søker om 600 000 kroner til en stilling som ruskonsulent.",
                       passing, *BODY, heading=None)
    assert (verdict.application, verdict.looks_like) == (False, OTHER_GRANT)
    assert verdict.heading is None or "rusarbeid" in verdict.heading.text or "post" in verdict.heading.text


def test_a_headed_application_to_another_scheme_naming_ours_as_past_is_another_grant():
    verdict = _verdict("Søknad om tilskudd til kommunalt rusarbeid 2020",
                       "Vi mottok tilskudd til utvikling av sosiale tjenester i Nav for 2018 og 2019.", *BODY)
    assert (verdict.application, verdict.looks_like) == (False, OTHER_GRANT)


@pytest.mark.parametrize("subject, lines", [
    # our scheme named in a sentence that asks for it, though "tidligere" stands there too
    ("Søknad om tilskudd – videreføring, i samarbeid med kommunalt rusarbeid",
     ("Vi søker om videreføring av tilskudd til utvikling av sosiale tjenester, som vi tidligere fikk for 2019.",)),
    ("Søknad om tilskot – vidareføring saman med kommunalt rusarbeid",
     ("Nav Hemne søkjer om tilskot til utvikling av sosiale tenester i Nav for andre året.",)),
    # our scheme in the subject itself, another grant as co-funding
    ("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020",
     ("Prosjektet er samfinansiert med tilskudd til kommunalt rusarbeid (kap. 765 post 62).",)),
    # no other grant in the subject: another grant named as the office's earlier project
    ("Søknad om tilskudd 2020",
     ("Kontoret hadde tidligere tilskudd til kommunalt rusarbeid; det prosjektet er avsluttet.",
      "Vi søker om tilskudd til utvikling av sosiale tjenester i Nav-kontoret.")),
])
def test_our_application_mentioning_another_scheme_stays_an_application(subject: str, lines: tuple[str, ...]):
    assert _verdict(*LETTERHEAD, subject, *lines, *BODY, heading=None).application
    assert _verdict(subject, *lines, *BODY).application
