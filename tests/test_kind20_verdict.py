"""Which documents are applications: a political body's minutes that approve
applying, a report in front of this year's application under one heading, and
a request to carry unused grant money over to the next year. Layouts built
here, none taken from a corpus."""

from __future__ import annotations

from soknad_extract.extract.document import CHANGE_REQUEST, judge
from soknad_extract.extract.joined import with_joined_application
from soknad_extract.extract.part_view import application_view
from soknad_extract.extract.parts import find_parts
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc as doc, text_page as page

FAMILY = get_scheme("nav-sosiale-tjenester-2020").family

APPLICATION_BODY = (
    "Søker: Nav Sørvik / Sørvik kommune", "Org.nr: 974496011", "Prosjektets navn: Jobb først",
    "Stilling: Jobbspesialist 100 %", "Kontaktperson: Anne Lund, anne.lund@nav.no",
    "Omsøkt beløp: kr 600 000", "Nav Sørvik søker om tilskudd til en 100 % stilling.",
)


def _verdict(*pages, labelled: int = 0):
    d = doc(*pages)
    parts = find_parts(d)
    return judge(parts, application_view(d, parts).lines(), labelled_fields=labelled, family=FAMILY)


# -- minutes of a political body -------------------------------------------------------------------

def test_council_minutes_that_approve_applying_are_minutes():
    verdict = _verdict(page(
        1, "SØRVIK KOMMUNE", "Saksprotokoll – Formannskapet", "Møtedato 14.01.2021", "Saksnr. PS 3/21",
        "Sakshandsamar: Nav-leiar Berit Dale",
        "Søknad om tilskot til utvikling av sosiale tenester i Nav 2021 – prosjektet «Jobb først»",
        "Nav Sørvik ønskjer å søkje om tilskot til ei 100 % stilling, 600 000 kroner og 10 000 til kompetanse.",
        "Vedtak: Formannskapet sluttar seg til at Nav Sørvik søkjer om tilskot til prosjektet.",
        "Rett utskrift. Sørvik, 15.01.2021", "Ola Berg, ordførar", heading=None), labelled=4)
    assert (verdict.application, verdict.looks_like) == (False, "council_minutes")


def test_an_extract_of_the_council_book_in_bokmal_is_minutes():
    verdict = _verdict(page(
        1, "Utskrift av møtebok – kommunestyret", "Sak 12/21 Søknad om tilskudd til sosiale tjenester i Nav",
        "Kommunestyret slutter seg til at Nav Sørvik søker om tilskudd på kr 610 000.", "Rett utskrift"))
    assert (verdict.application, verdict.looks_like) == (False, "council_minutes")


def test_council_minutes_in_front_of_the_filled_form_make_an_application():
    """The formannskap's approval sent in front of the form, whose heading is
    the grant's name and not "Søknad om": the form's answered fields make
    the file an application (reviewer's case: NOT_AN_APPLICATION)."""
    verdict = _verdict(
        page(1, "Saksprotokoll", "Formannskapet 12.01.2020",
             "Formannskapet slutter seg til at Nav Fjellby søker om tilskudd på 700 000 kr.", heading=0),
        page(2, "Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", "Søkende Nav-kontor: Nav Fjellby",
             "Kommune: Fjellby", "Prosjektnavn: Jobbklubben", "Søkt beløp: 700 000 kr", "Kontaktperson: Kari Moen",
             "Stillingsprosent: 100 %", "Oppstart: 01.08.2020"), labelled=7)
    assert verdict.application


def test_an_application_with_the_council_book_behind_it_stays_an_application():
    verdict = _verdict(page(1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2021", *APPLICATION_BODY),
                       page(2, "Møtebok", "Sak 12/21", "Kommunestyret slutter seg til søknaden.", "Rett utskrift"),
                       labelled=5)
    assert verdict.application


# -- a report in front of the application --------------------------------------------------------

def test_a_report_and_this_years_application_under_one_heading_is_an_application():
    verdict = _verdict(page(
        1, "Rapport for 2020 og søknad om tilskudd for 2021", "Del 1 – Rapport fra 2020",
        "I 2020 fikk Nav Sørvik tildelt kr 550 000; brukt kr 548 300.", "Del 2 – Søknad for 2021",
        *APPLICATION_BODY), labelled=5)
    assert verdict.application


def test_a_report_alone_stays_a_report():
    verdict = _verdict(page(
        1, "Rapport for 2020", "Prosjektet «Jobb først» fikk tildelt kr 550 000; brukt kr 548 300.",
        "Stilling: Jobbspesialist 100 %", "Kontaktperson: Anne Lund"), labelled=3)
    assert (verdict.application, verdict.looks_like) == (False, "report")


def test_a_report_joined_with_a_request_to_extend_is_no_application():
    verdict = _verdict(page(
        1, "Sluttrapport og søknad om forlengelse av prosjektperioden",
        "Prosjektet fikk tildelt kr 550 000 i 2020; kr 120 000 er ikke brukt.",
        "Vi ber om å få forlenge prosjektperioden til 30.06.2021."))
    assert not verdict.application


# -- carrying unused money over --------------------------------------------------------------------

def test_a_request_to_carry_unused_grant_money_over_is_a_change_request():
    verdict = _verdict(page(
        1, "Nav Sørvik", "Søknad om overføring av ubrukte tilskuddsmidler fra 2020 til 2021",
        "Vi viser til tilsagnsbrev av 10. juni 2020, der Nav Sørvik fikk kr 610 000 i tilskudd.",
        "Vi søker om å få overføre de ubrukte midlene, kr 300 000, til 2021.", "Stilling: 100 %",
        "Ubrukt tilskudd 2020: 300 000", heading=1), labelled=3)
    assert (verdict.application, verdict.looks_like) == (False, CHANGE_REQUEST)


def test_a_carry_over_letter_without_a_telling_heading_is_a_change_request():
    verdict = _verdict(page(
        1, "Nav Sørvik", "Statsforvalteren i Vestland", "Sørvik, 12.01.2021",
        "Vi viser til tilsagnsbrev datert 10. juni 2020 for prosjektet «Jobb først».",
        "Stillingen ble besatt sent, og vi søker om å få overføre de ubrukte midlene til 2021.",
        "Kontaktperson: Anne Lund, anne.lund@nav.no", heading=None))
    assert (verdict.application, verdict.looks_like) == (False, CHANGE_REQUEST)


def test_a_continuation_that_mentions_unused_money_stays_an_application():
    verdict = _verdict(page(
        1, "Søknad om tilskudd til videreføring 2021", *APPLICATION_BODY,
        "Vi viser til tilsagnsbrev av 10. juni 2020; de ubrukte midlene fra 2020 er allerede overført."),
        labelled=5)
    assert verdict.application


def _joined_view(*pages):
    d = doc(*pages)
    parts = with_joined_application(d, find_parts(d))
    return parts, [line.text for line in application_view(d, parts).lines()]


def test_under_a_joined_heading_only_the_application_section_is_read():
    parts, lines = _joined_view(page(
        1, "Rapport for 2020 og søknad om tilskudd for 2021", "Del 1 – Kort rapport fra 2020",
        "I 2020 fikk Nav Sørvik tildelt kr 550 000; brukt kr 548 300.", "Del 2 – Søknad for 2021",
        *APPLICATION_BODY, heading=None))
    assert lines[0] == "Del 2 – Søknad for 2021" and "Omsøkt beløp: kr 600 000" in lines
    assert not any("548 300" in line for line in lines)
    verdict = judge(parts, [], labelled_fields=5, family=FAMILY)
    assert verdict.application


def test_a_report_alone_keeps_all_its_lines():
    parts, lines = _joined_view(page(
        1, "Rapport for 2020", "Del 1 – Rapport", "Tildelt kr 550 000; brukt kr 548 300.", "Søknad for 2021",
        heading=None))
    assert len(lines) == 4 and "application" not in [part.kind for part in parts]
