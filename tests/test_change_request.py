"""A request to change an approved project is no application for a new
grant, whatever fields it repeats; an application to continue a project
(videreføring, year 2 or 3) is one (adversarial 3, class 2). Layout
documents built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import Line, Page
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import A4_H, A4_W, text_doc as doc

SCHEME = get_scheme("nav-sosiale-tjenester-2020")

FIELDS = (
    "Tilskuddsmottaker: NAV Holmfjord",
    "Tiltak: Veien videre",
    "Kontaktperson: Lise Berg, lise.berg@nav.no, 77 00 11 22",
    "Stillingsprosent: 80 %",
)


def _page(*texts: str, styles: dict[int, str]) -> Page:
    lines = [Line(text, 1, bbox=(72, 72 + 20 * i, 520, 84 + 20 * i), style=styles.get(i))
             for i, text in enumerate(texts)]
    return Page(1, A4_W, A4_H, lines=lines)


def _verdict(*texts: str, styles: dict[int, str]):
    return extract(doc(_page(*texts, styles=styles)), SCHEME).verdict


def test_a_change_request_whose_title_names_the_scheme_in_full_is_no_application():
    verdict = _verdict(
        "Nav Holmfjord", "Holmfjord kommune",
        "Søknad om endring av prosjekt – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020, "
        "tiltaket Veien videre",
        "Vi viser til tilsagnsbrev datert 3. juni 2020.", *FIELDS,
        "Vi ber om å få endre stillingen til 80 % og om å få overføre ubrukte midler til 2021.",
        styles={2: "Heading 1"})
    assert (verdict.application, verdict.looks_like) == (False, "change_request")
    assert verdict.heading.text.startswith("Søknad om endring")


def test_a_continued_project_with_as_long_a_title_stays_an_application():
    verdict = _verdict(
        "Nav Holmfjord", "Holmfjord kommune",
        "Søknad om videreføring av tiltaket Veien videre – tilskudd til utvikling av sosiale tjenester i "
        "Nav-kontoret 2020, år 2",
        "Tiltaket fikk tilsagn i 2019 og søker nå om midler for år 2.", *FIELDS,
        "Sum det søkes om: 488 000 kr",
        styles={2: "Heading 1"})
    assert verdict.application


def test_a_long_sentence_is_no_title_unless_it_is_set_as_one():
    verdict = _verdict(
        "Søknad om endring i tjenestene er ikke nødvendig, men Nav Holmfjord søker om tilskudd til en ny "
        "stilling for å styrke oppfølgingen av unge",
        *FIELDS, "Sum det søkes om: 488 000 kr",
        styles={})
    assert verdict.application


LETTERHEAD = ("Nav Holmfjord", "Postboks 4, 9999 Holmfjord", "Statsforvalteren i Troms og Finnmark")


def test_a_letter_that_asks_to_change_a_granted_project_is_no_application_without_a_title():
    verdict = _verdict(
        *LETTERHEAD, "Tiltaket Veien videre – Nav Holmfjord",
        "Vi viser til tilsagnsbrev datert 3. juni 2020.", *FIELDS,
        "Stillingen ble besatt senere enn planlagt. Vi ber derfor om å få overføre ubrukte midler til 2021.",
        styles={3: "bold"})
    assert (verdict.application, verdict.looks_like) == (False, "change_request")
    assert "ubrukte midler" in verdict.evidence().text
    assert verdict.evidence().method == "phrase"


def test_a_continuation_that_mentions_last_years_grant_and_unused_money_stays_an_application():
    verdict = _verdict(
        *LETTERHEAD, "Tiltaket Veien videre – Nav Holmfjord",
        "Vi viser til tilsagnsbrev datert 3. juni 2019. Nav Holmfjord søker om tilskudd til år 2 av tiltaket.",
        *FIELDS, "Ubrukte midler fra 2019 er meldt i rapporten.", "Sum: 488 000 kr",
        styles={3: "bold"})
    assert verdict.application


def test_asking_to_change_without_a_grant_to_change_is_left_to_the_other_rules():
    verdict = _verdict(
        *LETTERHEAD, "Tiltaket Veien videre – Nav Holmfjord", *FIELDS,
        "Vi vil endre tiltaket fra i fjor og søker om 488 000 kroner.", styles={3: "bold"})
    assert verdict.application


def test_a_heading_that_moves_granted_money_names_a_change_request():
    for title in ("Omdisponering av tilskudd 2020", "Melding om endring – Veien videre"):
        verdict = _verdict(title, *FIELDS, "Vi ønsker å bruke midlene til en annen stilling.", styles={0: "heading"})
        assert (verdict.application, verdict.looks_like) == (False, "change_request"), title


def test_a_continuation_that_asks_for_a_sum_in_kroner_stays_an_application():
    verdict = _verdict(
        *LETTERHEAD, "Tiltaket Veien videre – Nav Holmfjord",
        "Vi viser til tilsagnsbrev datert 3. juni 2019. Vi vil endre tiltaket noe i år 2.",
        *FIELDS[:3], "Nav Holmfjord søker om 488 000 kroner til en 80 % stilling.",
        styles={3: "bold"})
    assert verdict.application
