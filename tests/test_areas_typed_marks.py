"""Priority areas chosen by typed marks in a list without boxes
(``extract.area_list``): a letter typed before the chosen areas' names in
their own rows ("X Sikring av …" over "– Bruk av …"), and a grid with
separate "Ja" and "Nei" columns, where an X under "Nei" is a no."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

_TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _areas(doc) -> list[str]:
    return extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.values.get("priority_areas") or []


def test_a_letter_typed_before_an_area_chooses_it_and_a_dash_does_not() -> None:
    doc = pdf_doc([
        [(_TITLE, 72)],
        [("Prioriterte områder (kryss av)", 72)],
        [("– Bruk av ordinært arbeidsliv", 72)],
        [("X Oppfølging av barnefamilier, ungdom og innvandrere", 72)],
        [("x Sikring av sårbare overganger", 72)],
    ])
    assert _areas(doc) == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def test_dashes_before_every_area_choose_none() -> None:
    doc = pdf_doc([
        [(_TITLE, 72)],
        [("Prioriterte områder", 72)],
        [("– Bruk av ordinært arbeidsliv", 72)],
        [("– Oppfølging av barnefamilier, ungdom og innvandrere", 72)],
        [("– Sikring av sårbare overganger", 72)],
    ])
    assert _areas(doc) == []


def test_an_x_in_the_nei_column_of_a_word_table_is_a_no() -> None:
    doc = word_doc(_TITLE, "Prioriterte områder", tables=[[
        ["Område", "Ja", "Nei"],
        ["Bruk av ordinært arbeidsliv", "", "X"],
        ["Oppfølging av barnefamilier, ungdom og innvandrere", "X", ""],
        ["Sikring av sårbare overganger", "X", ""],
    ]])
    assert _areas(doc) == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def test_an_x_in_a_word_table_without_ja_nei_heads_still_chooses() -> None:
    doc = word_doc(_TITLE, "Prioriterte områder", tables=[[
        ["Område", "Valgt"],
        ["Bruk av ordinært arbeidsliv", "X"],
        ["Oppfølging av barnefamilier, ungdom og innvandrere", ""],
        ["Sikring av sårbare overganger", "X"],
    ]])
    assert _areas(doc) == ["ordinaert-arbeidsliv", "saarbare-overganger"]
