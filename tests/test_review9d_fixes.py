"""Cases a reviewer found in the ninth session's third round: a reworded
area in a printed list of options, a salary line naming another role that
only begins like the posts above, and a Nav leader's e-mail footer."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = [[("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", 72)],
        [("Prosjektets navn:", 72), ("Ung i jobb", 250)]]


def _areas(lines: list[list[tuple[str, int]]]) -> list[str] | None:
    return extract(pdf_doc(HEAD + lines), S2020).draft.values.get("priority_areas")


def test_a_list_of_the_options_with_one_reworded_is_no_answer() -> None:
    """All three options printed, one in other words: the prose decides."""
    got = _areas([[("Prioriterte områder:", 72)],
                  [("Bruk av ordinært arbeidsliv", 90)],
                  [("Oppfølging av barnefamilier, ungdom og innvandrere", 90)],
                  [("Sikre sårbare overganger, f.eks. fra skole til arbeid", 90)],
                  [("Beskriv hvordan prosjektet bidrar:", 72)],
                  [("Prosjektet skal sikre sårbare overganger fra videregående skole.", 90)]])
    assert got == ["saarbare-overganger"]


def test_a_description_after_the_listed_answer_leaves_it_standing() -> None:
    got = _areas([[("Prioriterte områder:", 72), ("Sikring av sårbare overganger", 250)],
                  [("Bruk av ordinært arbeidsliv", 250)],
                  [("Prosjektet skal hjelpe ungdom over i arbeid.", 72)]])
    assert got == ["ordinaert-arbeidsliv", "saarbare-overganger"]


def test_a_salary_line_naming_another_role_is_a_post_of_its_own() -> None:
    rows = [["Prosjektleder", "50 %", "kr 300 000"], ["Prosjektmedarbeider", "50 %", "kr 300 000"],
            ["Lønn prosjektkoordinator", "", "kr 600 000"], ["Kompetanse", "", "kr 10 000"],
            ["Sum", "", "kr 1 210 000"]]
    values = extract(word_doc("Søknad om tilskudd 2020", tables=[rows]), S2020).draft.values
    assert values["amounts.positions"] == 1_200_000


def test_a_nav_leaders_email_footer_names_no_contact() -> None:
    doc = word_doc("Nav Kongsvinger", "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020",
                   "Nav Kongsvinger søker om tilskudd til én 100 % stilling.", "Med vennlig hilsen",
                   "Kari Nordmann\nNav-leder, Nav Kongsvinger\nkari.nordmann@nav.no")
    assert extract(doc, S2020).draft.values.get("contact.name") is None
