"""The county's own assessment of an application (vurderingsskjema,
"Statsforvalterens vurdering", "Innstilling til tildeling") is written BY the
county ABOUT an application: it repeats the applicant, title, amount and
percent and carries the adviser's signature, yet it is no application
(adversarial 5). An application that merely speaks of "vurdering" (its own
section on risk, the county's box at the end of the form, the announcement's
"vurdering av søknadene") stays one. Layout documents built here; wordings
are this file's own."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page

SCHEME = get_scheme("nav-sosiale-tjenester-2020")

ANSWERS = (
    "Søker: Nav Ytre Vik",
    "Prosjekt: Tett på i jobb",
    "Omsøkt beløp: 488 000",
    "Stillingsprosent: 80 %",
    "Kontaktperson: Lise Berg, lise.berg@nav.no, 77 00 11 22",
)


def _verdict(*pages):
    return extract(text_doc(*pages), SCHEME).verdict


def test_the_countys_assessment_form_is_no_application():
    page = text_page(1, "Statsforvalteren i Vestland", "Vurderingsskjema 2021",
                     "Statsforvalterens vurdering av søknad om tilskudd til utvikling av sosiale tjenester i Nav.",
                     *ANSWERS, "Vurdering: Godt forankret, klare mål.", "Anbefaling: Anbefales innvilget",
                     "Per Aune", "rådgiver", heading=1)
    verdict = _verdict(page)
    assert (verdict.application, verdict.looks_like) == (False, "assessment")
    assert verdict.evidence().text == "Vurderingsskjema 2021"


def test_a_nynorsk_assessment_titled_by_the_application_it_assesses():
    page = text_page(1, "Vurdering av søknad frå Nav Ytre Vik", *ANSWERS,
                     "Tilråding: Søknaden blir tilrådd innvilga.", heading=0)
    assert (_verdict(page).application, _verdict(page).looks_like) == (False, "assessment")


def test_an_application_with_its_own_vurdering_sections_stays_an_application():
    page1 = text_page(1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", *ANSWERS,
                      "Vurdering", "Vi har vurdert risikoen som lav.", heading=0)
    page2 = text_page(2, "Statsforvalterens vurdering", "Fylles ut av Statsforvalteren.", heading=0)
    assert _verdict(page1, page2).application


def test_an_untitled_form_that_quotes_how_applications_are_assessed_stays_an_application():
    page = text_page(1, "Nav Ytre Vik", "Tilskudd til utvikling av sosiale tjenester 2020",
                     "Vurdering av søknadene skjer etter kriteriene i kunngjøringen.", *ANSWERS,
                     "Nav Ytre Vik søker om 488 000 kroner.", heading=None)
    assert _verdict(page).application


def test_an_application_with_the_assessment_behind_it_is_read_as_the_application():
    application = text_page(1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                            *ANSWERS, heading=0)
    assessment = text_page(2, "Vurderingsskjema 2020", *ANSWERS, "Anbefales innvilget.", heading=0)
    assert _verdict(application, assessment).application


def test_every_kind_of_document_tells_the_clerk_what_it_looks_like():
    from soknad_extract.extract.parts import _words
    from soknad_extract.messages import t
    from soknad_extract.vocabulary import vocabulary_dir

    for kind in _words(vocabulary_dir()).kinds:
        if kind.key == "application":
            continue  # never what a non-application looks like
        for lang in ("nb", "en"):
            assert t(f"kind_{kind.key}", lang), kind.key
