"""A Word section cell that holds a nested label/value table is read twice:
as one run of text in the outer cell, and as the inner table's own rows.
The run's labels and answers run together; the inner rows pair them."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

_SUBJECT = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def test_the_inner_rows_answer_not_the_outer_run() -> None:
    run = ("2 Om tiltaket Prosjektnavn Jobb nå – unge voksne i Elvebyen Prosjekttype Videreføring "
           "Oppstartsdato 01.02.2020 Stillingsandel 50 %")
    inner = [["Prosjektnavn", "Jobb nå – unge voksne i Elvebyen"], ["Prosjekttype", "Videreføring"],
             ["Oppstartsdato", "01.02.2020"], ["Stillingsandel", "50 %"]]
    doc = word_doc(_SUBJECT, tables=[[["1 Søker: Nav Elvebyen"], [run]], inner])
    draft = extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft
    assert draft.get("project.title") == "Jobb nå – unge voksne i Elvebyen"
