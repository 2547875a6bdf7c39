"""A form without check boxes may answer "Prioriterte områder:" with the
chosen areas written one a line: those areas are chosen
(``extract.areas._from_listed_answer``). A list of all the announcement's
areas under the label is the options, not a choice, and a list quoted in an
introduction away from the label chooses nothing."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = [[("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", 72)],
        [("Prosjektets navn:", 72), ("Ung i jobb", 250)],
        [("Antall stillinger:", 72), ("1", 250)]]
TAIL = [[("Nettverk/klyngesamarbeid: Ja", 72)], [("Signeres digitalt av:", 72)]]
ALL = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
       "Sikring av sårbare overganger"]


def _areas(lines: list[list[tuple[str, int]]]) -> list[str] | None:
    return extract(pdf_doc(HEAD + lines + TAIL), S2020).draft.values.get("priority_areas")


def test_areas_listed_under_the_label_are_chosen() -> None:
    got = _areas([[("Prioriterte områder:", 72), ("Sikring av sårbare overganger (løslatelse fra fengsel)", 250)],
                  [("Bruk av ordinært arbeidsliv", 250)]])
    assert got == ["ordinaert-arbeidsliv", "saarbare-overganger"]


def test_all_areas_under_the_label_choose_none() -> None:
    got = _areas([[("Prioriterte områder:", 72)]] + [[(name, 90)] for name in ALL])
    assert not got


def test_areas_listed_away_from_the_label_choose_none() -> None:
    got = _areas([[("Utlysningen nevner blant annet disse områdene:", 72)],
                  [(ALL[0], 90)], [(ALL[2], 90)], [("Beskrivelse:", 72), ("Prosjektet starter i mai.", 250)],
                  [("Prioriterte områder:", 72), ("Se beskrivelsen", 250)]])
    assert not got


def test_a_label_quoting_the_call_lists_options_and_the_prose_chooses() -> None:
    got = _areas([[("Prioriterte områder for ordningen er:", 72), (ALL[0], 300)],
                  [(ALL[1], 300)],
                  [("Beskrivelse:", 72), ("Vi har valgt å prioritere sikring av sårbare overganger.", 250)]])
    assert got == ["saarbare-overganger"]


def test_a_nynorsk_label_quoting_the_call_lists_options_too() -> None:
    got = _areas([[("Prioriterte områder i kunngjeringa er:", 72), (ALL[0], 300)],
                  [(ALL[1], 300)],
                  [("Skildring:", 72), ("Prosjektet skal sikre sårbare overganger frå skule til arbeid.", 250)]])
    assert "ordinaert-arbeidsliv" not in (got or [])


def test_a_label_asking_for_the_schemes_areas_is_still_answered_by_the_list() -> None:
    got = _areas([[("Hvilke av ordningens prioriterte områder gjelder prosjektet:", 72), (ALL[0], 350)],
                  [(ALL[2], 350)]])
    assert got == ["ordinaert-arbeidsliv", "saarbare-overganger"]


def test_a_sentence_naming_an_area_under_the_printed_options_is_the_choice() -> None:
    got = _areas([[("Prioriterte områder:", 72)]] + [[(name, 90)] for name in ALL]
                 + [[("Vi har valgt å prioritere sikring av sårbare overganger.", 90)]])
    assert got == ["saarbare-overganger"]


def test_options_copied_with_examples_and_full_stops_are_still_options() -> None:
    got = _areas([[("Prioriterte områder:", 72)],
                  [("1. Bruk av ordinært arbeidsliv, for eksempel IPS.", 90), ("X", 450)],
                  [("2. Oppfølging av barnefamilier, ungdom og innvandrere.", 90)],
                  [("3. Sikring av sårbare overganger (f.eks. fra skole til arbeid).", 90)]])
    assert got == ["ordinaert-arbeidsliv"]


def test_a_label_naming_the_projects_own_areas_in_the_call_is_answered_by_the_list() -> None:
    got = _areas([[("Prosjektets prioriterte områder i utlysningen er:", 72), (ALL[0], 350)],
                  [(ALL[2], 350)],
                  [("Beskrivelse:", 72), ("Tett oppfølging av unge voksne.", 250)]])
    assert got == ["ordinaert-arbeidsliv", "saarbare-overganger"]
