"""Budgets written as prose, on Word documents built here: a running total
after the last post of a sentence whose amounts close with ",-"; a sentence
that asks for money and states the municipality's own part; the municipality
as the subject of covering a cost; and an own-funding label answered with a
description and its value last."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_AMOUNTS = ("positions", "competence", "total", "own_funding")


def _amounts(path: Path) -> dict:
    values = extract(read_document(path), S2020).draft.values
    return {key: values.get(f"amounts.{key}") for key in _AMOUNTS}


def _letter(tmp_path: Path, paragraphs: list[str]) -> dict:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / "letter.docx"
    document.save(path)
    return _amounts(path)


def _form(tmp_path: Path, rows: list[tuple[str, str]]) -> dict:
    document = docx.Document()
    document.add_paragraph("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    table = document.add_table(rows=0, cols=2)
    for label, answer in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = label, answer
    path = tmp_path / "form.docx"
    document.save(path)
    return _amounts(path)


def test_running_total_after_a_dashed_competence_post(tmp_path):
    got = _letter(tmp_path, [
        "Nav Bamble søker om midler til én stilling som jobbspesialist (100 %).",
        "Lønnskostnadene er beregnet til kr 590 000,-, og i tillegg søkes det om kr 8 000,- til kompetanseheving i "
        "motiverende intervju, i alt kr 598 000,-.",
    ])
    assert got["competence"] == 8_000
    assert got["total"] == 598_000
    assert got["positions"] == 590_000


def test_nynorsk_running_total_with_en_dashes(tmp_path):
    got = _letter(tmp_path, [
        "Nav Fjaler søkjer om tilskot til ei stilling som familiekoordinator.",
        "Løn og sosiale kostnader utgjer kr 600 000,–, og me søkjer kr 10 000,– til kompetanse, "
        "til saman kr 610 000,–.",
    ])
    assert got["competence"] == 10_000
    assert got["total"] == 610_000


def test_request_and_own_part_in_one_sentence(tmp_path):
    got = _letter(tmp_path, [
        "Vi søker om 600 000 kroner til lønn for én 100 % stilling som veileder, og kommunen bidrar med "
        "50 000 kroner til kontorplass og utstyr.",
    ])
    assert got["total"] == 600_000
    assert got["own_funding"] == 50_000


def test_own_part_first_then_the_request_nynorsk(tmp_path):
    got = _letter(tmp_path, [
        "Kommunen set av 40 000 kroner som eigendel, og me søkjer om 610 000 kroner til løn for ei "
        "stilling som jobbspesialist.",
    ])
    assert got["total"] == 610_000
    assert got["own_funding"] == 40_000


def test_total_and_own_part_in_one_sentence(tmp_path):
    got = _letter(tmp_path, [
        "Samlet søknadsbeløp er 620 000 kroner, og kommunen skyter inn 75 000 kroner i egenandel.",
    ])
    assert got["total"] == 620_000
    assert got["own_funding"] == 75_000


def test_municipality_covering_a_cost_is_own_funding(tmp_path):
    got = _letter(tmp_path, [
        "Vi søker om kr 580 000 til lønn og sosiale utgifter for én 100 % stilling.",
        "Vefsn kommune dekker i tillegg kr 90 000 til husleie og reiser i prosjektperioden.",
    ])
    assert got["total"] == 580_000
    assert got["own_funding"] == 90_000


def test_own_funding_answer_with_a_description_first(tmp_path):
    got = _form(tmp_path, [
        ("Lønn og sosiale kostnader", "590 000 kr"),
        ("Kompetanse", "10 000 kr"),
        ("Sum omsøkt", "600 000 kr"),
        ("Egenandel", "Kommunen stiller med lokaler og prosjektledelse, verdi kr 120 000"),
    ])
    assert got["own_funding"] == 120_000
    assert got["total"] == 600_000


def test_own_funding_answer_with_two_amounts_says_no_single_part(tmp_path):
    got = _form(tmp_path, [
        ("Lønn og sosiale kostnader", "590 000 kr"),
        ("Sum omsøkt", "590 000 kr"),
        ("Egenandel", "Lokaler 60 000 kr og ledelse 80 000 kr"),
    ])
    assert got["own_funding"] is None


def test_municipality_providing_in_kind_is_own_funding(tmp_path):
    got = _letter(tmp_path, [
        "Vi søker om 560 000 kroner til lønn og sosiale utgifter for én 90 % stilling.",
        "Kommunens andel er husleie og utstyr, om lag 90 000 kroner.",
    ])
    assert got["total"] == 560_000
    assert got["own_funding"] == 90_000


def test_nynorsk_municipality_providing_staff_is_own_funding(tmp_path):
    got = _letter(tmp_path, [
        "Me søkjer om 600 000 kroner til løn for ei stilling som jobbspesialist.",
        "Kommunen stiller med leiing og kontorplass, rekna til 60 000 kroner.",
    ])
    assert got["total"] == 600_000
    assert got["own_funding"] == 60_000


def test_amounts_with_dotted_thousands_keep_their_sentence(tmp_path):
    got = _letter(tmp_path, [
        "Nav Lier søker om kr 575.000,- til lønn for én stilling som veileder og kr 8.000,- til "
        "kompetanseheving, samlet kr 583.000,-.",
    ])
    assert got["positions"] == 575_000
    assert got["competence"] == 8_000
    assert got["total"] == 583_000


def test_posts_named_in_brackets_after_their_amounts(tmp_path):
    got = _letter(tmp_path, [
        "Me søkjer om kr 590 000,- (løn og sosiale kostnader) og kr 12 000,- (kompetanse), "
        "til saman kr 602 000,-.",
    ])
    assert got["positions"] == 590_000
    assert got["competence"] == 12_000
    assert got["total"] == 602_000


def test_competence_in_the_next_sentence_is_not_the_positions_amount(tmp_path):
    got = _letter(tmp_path, [
        "Vi søker om kr 1 180 000 til to stillinger. Kompetanse: kr 20 000. Totalt kr 1 200 000.",
    ])
    assert got["positions"] == 1_180_000
    assert got["competence"] == 20_000
    assert got["total"] == 1_200_000


def test_an_abbreviation_does_not_end_what_an_amount_pays_for(tmp_path):
    got = _letter(tmp_path, [
        "Vi søker om kr 615 000 til lønn inkl. kompetanse for én stilling som jobbspesialist.",
    ])
    assert got["total"] == 615_000
    assert got["positions"] is None


def test_a_bracket_naming_both_posts_names_the_whole_request(tmp_path):
    got = _letter(tmp_path, [
        "Nav Eigersund søker om kr 615 000,- (løn og kompetanse) til prosjektet «Ny start».",
    ])
    assert got["total"] == 615_000
    assert got["competence"] is None


def test_project_cost_beside_the_request_is_not_applied_for(tmp_path):
    got = _letter(tmp_path, [
        "Nav Skien har prøvd ut metoden i to år.",
        "Prosjektet har ein samla kostnad på 880 000 kroner, der kommunen dekkjer 280 000 kroner og me "
        "søkjer om 600 000 kroner til løn.",
    ])
    assert got["total"] == 600_000
    assert got["own_funding"] == 280_000


def test_a_cost_that_is_all_the_letter_states_is_the_request(tmp_path):
    got = _letter(tmp_path, [
        "Nav Skien har prøvd ut metoden i to år.",
        "Samlet kostnad for stillingen er 590 000 kroner, og vi søker om tilskudd til hele beløpet.",
    ])
    assert got["total"] == 590_000


def test_the_municipalitys_part_of_a_past_year_is_no_own_funding(tmp_path):
    """Statistics and history name the municipality's part too ("Kommunens
    andel av sosialhjelpsutgiftene var 12 mill. kroner i 2019", "bidro i
    fjor med …"): an earlier year's amount is not this application's own part."""
    statistic = _letter(tmp_path, ["Kommunens andel av sosialhjelpsutgiftene var 12 000 000 kroner i 2019.",
                                   "Vi søker om 600 000 kroner til én stilling (100 %)."])
    history = _letter(tmp_path, ["Vi søker om 600 000 kroner til én stilling (100 %). Kommunen skal dekke "
                                 "kontorutgiftene, og bidro i fjor med 150 000 kroner til kurs."])
    assert statistic["own_funding"] is None and statistic["total"] == 600000
    assert history["own_funding"] is None and history["total"] == 600000


def test_the_municipalitys_part_in_the_applications_year_stays(tmp_path):
    assert _letter(tmp_path, ["Vi søker om 600 000 kroner. Kommunens bidrag i 2020 er kontorplass, "
                              "anslått til 200 000 kroner."])["own_funding"] == 200000
