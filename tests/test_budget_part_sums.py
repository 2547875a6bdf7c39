"""Letters that add up one post with a total's words ("til saman 600 000
kroner i løn") beside the total applied for, on Word documents built here:
the sum of a part is that part's amount, the total is the one said of the
application ("søknadssum", "søknadsbeløp") or the sum that names no part,
so the letter's own arithmetic is not reported wrong."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.extract.budget.part_sums import part_named
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _letter(tmp_path: Path, paragraphs: list[str]) -> dict:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "letter.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values


def test_nynorsk_sum_of_salaries_before_the_application_sum(tmp_path):
    got = _letter(tmp_path, [
        "Nav Voss søkjer om midlar til prosjektet «Fast grunn».",
        "Me søkjer om to stillingar à 50 %, til saman 600 000 kroner i løn og sosiale kostnader, "
        "og 8 000 kroner til kompetanse. Samla søknadssum er 608 000 kroner.",
    ])
    assert got["amounts.total"] == 608_000
    assert got["amounts.positions"] == 600_000
    assert got["amounts.competence"] == 8_000


def test_sum_of_posts_named_before_its_amount_is_no_total(tmp_path):
    got = _letter(tmp_path, [
        "Vi søker om midler til to stillinger som jobbspesialist.",
        "Samlet for de to stillingene utgjør dette kr 900 000, og vi søker i tillegg om kr 15 000 til kurs. "
        "Totalt søker vi om kr 915 000.",
    ])
    assert got["amounts.total"] == 915_000


def test_a_lone_sum_of_one_post_is_still_the_request(tmp_path):
    got = _letter(tmp_path, [
        "Vi søker om én 100 % stilling, til sammen 610 000 kroner i lønn og sosiale utgifter.",
    ])
    assert got["amounts.total"] == 610_000
    assert got["amounts.positions"] == 610_000


def test_a_sum_naming_both_posts_is_the_whole_request():
    assert part_named("", "", " til lønn og kompetanse. Prosjektet") is None
    assert part_named("", "", " i løn, og 8 000 kroner") == "positions"
    assert part_named("", " for de to stillingene er", ". I tillegg") == "positions"
    assert part_named("", "", " til kompetanseheving i teamet.") == "competence"
    assert part_named("", "", " (610 000 kroner), fordelt på lønn og kurs") is None


def test_the_request_before_a_sum_names_its_part():
    assert part_named("vi søker om lønn til to stillinger à 100 % som familieveiledere,", "", ", og") == "positions"
    assert part_named("for å styrke kompetansen søker vi om to stillinger,", "", " kroner.") is None


def test_two_application_sums_of_different_amounts_are_said_so(tmp_path):
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    document.add_paragraph("Vi søker om lønn til én 100 % stilling, kr 600 000, og kr 10 000 til kompetanse. "
                           "Samlet søknadsbeløp er kr 620 000.")
    document.add_paragraph("Prosjektet gir dermed et samlet søknadsbeløp på kr 610 000 for 2020.")
    path = tmp_path / "letter.docx"
    document.save(path)
    assert extract(read_document(path), S2020).budget.other_totals == (610_000,)


def test_a_later_sum_in_the_same_sentence_is_the_total(tmp_path):
    got = _letter(tmp_path, [
        "Lønnskostnadene for de to stillingene er til sammen 1 100 000 kroner, og vi søker i tillegg "
        "15 000 kroner til kompetanse, totalt 1 115 000 kroner.",
    ])
    assert got["amounts.total"] == 1_115_000
    assert got["amounts.positions"] == 1_100_000
    assert got["amounts.competence"] == 15_000


def test_a_request_line_closing_with_a_sum_sums_what_it_names(tmp_path):
    got = _letter(tmp_path, ["Me søkjer om éi 80 % stilling og kompetansemidlar, til saman kr 498 000."])
    assert got["amounts.total"] == 498_000
    assert got.get("amounts.competence") is None


def test_a_clause_before_the_sum_that_says_something_else_names_no_part(tmp_path):
    got = _letter(tmp_path, [
        "Løn og sosiale kostnader for éi heil stilling er 540 000 kroner. "
        "Me søkjer ikkje om kompetansemidlar i år, så samla blir det søkt om 540 000 kroner.",
    ])
    assert got["amounts.total"] == 540_000
    assert got.get("amounts.competence") is None
