"""Where the title's label stands in a row of headers (``extract.pairs``,
``pair_shapes.answered_in_column``, ``project_tables.column_of_data_table``):

- a band of headers over a row that answers every column ("Prosjekttittel |
  Søknadstype" over "Arbeidslinja på bygda | Ny") is answered below, though
  the next band's second header is a word the vocabulary does not know
  ("Oppstart | Stilling") and so looks like a label with its answer beside it;
- a data table's header row whose cells are all short heading words
  ("Tiltak | Når | Ansvar", an attachment's schedule) gives no title: the
  neighbour of a label-like header is another column's heading.
Layouts built here, other wordings than the corpus documents."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _values(doc) -> dict:
    return extract(doc, S2020).draft.values


@pytest.mark.parametrize("title_label, kind_label, title, second", [
    ("Tiltakets navn", "Type søknad", "Vegen vidare", "Stilling"),
    ("Namn på prosjektet", "Søknadstype", "Heim til jobb", "Ansvarleg"),
    ("Prosjektnavn", "Søknadstype", "Jobb først i Fjellby", "Status"),
])
def test_a_band_of_headers_is_answered_below(title_label: str, kind_label: str, title: str, second: str) -> None:
    doc = pdf_doc([
        [("Nav Fjellby", 60)],
        [("Søknad – tilskudd til sosiale tjenester i Nav 2020", 60)],
        [("Søkende enhet", 60), ("Kommune", 320)],
        [("Nav Fjellby", 60), ("Fjellby", 320)],
        [(title_label, 60), (kind_label, 320)],
        [(title, 60), ("Ny", 320)],
        [("Oppstart", 60), (second, 320)],
        [("01.03.2020", 60), ("50 %", 320)],
    ])
    assert _values(doc)["project.title"] == title


@pytest.mark.parametrize("subject, title, header", [
    ("Søknad om vidareføring av tilskot – «Heim og arbeid» 2020", "Heim og arbeid", ["Tiltak", "Kven", "Kva tid"]),
    ("Søknad om tilskudd – prosjektet «Jobbsjansen Fjellby»", "Jobbsjansen Fjellby", ["Tiltak", "Ansvarlig", "Tidspunkt"]),
    ("Søknad om tilskudd – prosjektet «Ut i arbeid»", "Ut i arbeid", ["Prosjekt", "Delmål", "Frist"]),
])
def test_a_data_tables_header_row_gives_no_title(subject: str, title: str, header: list[str]) -> None:
    doc = word_doc(
        "Nav Fjellby", "Statsforvalteren i Nordland", subject,
        "Nav Fjellby søker om 300 000 kroner i tilskudd til en 50 % stilling.",
        "Vedlegg: Framdriftsplan 2020",
        tables=[[header, ["Samarbeidsmøte med skolen", "Prosjektleiar", "Februar"],
                 ["Kurs for deltakarane", "Jobbspesialist", "April og oktober"],
                 ["Evaluering av første året", "Styringsgruppa", "Desember"]]])
    assert _values(doc)["project.title"] == title


def test_a_form_grid_row_keeps_its_title() -> None:
    doc = word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        tables=[[["Prosjekt", "Ung i jobb", "Ny"], ["Søker", "Nav Fjellby", "Fjellby"],
                 ["Kommune", "Fjellby", "Nordland"]]])
    assert _values(doc)["project.title"] == "Ung i jobb"


def test_a_lettered_form_grid_keeps_its_title() -> None:
    """"E | Prosjektnamn | Arbeidslaget Sunnfjord" over "F | Oppstart | …":
    every cell short, but the label's column holds labels under it."""
    doc = word_doc(
        "Søknad om tilskot til utvikling av sosiale tenester 2020",
        tables=[[["A", "Kommune", "Fjellby kommune"], ["B", "Prosjektnamn", "Heim til jobb"],
                 ["C", "Oppstart", "1. mars 2020"], ["D", "Stillingsressurs", "Ei 50 % stilling"]]])
    assert _values(doc)["project.title"] == "Heim til jobb"


def test_a_lone_label_over_the_next_label_keeps_its_empty_box() -> None:
    """A title label alone on its row, the next label under it with its
    answer in the column beside (offset a line lower): the title was left
    empty, the next label is no title."""
    doc = pdf_doc([
        [("Nav-kontor", 60), ("Nav Fjellby", 240)],
        [("Kommune", 60), ("Fjellby", 240)],
        [("Prosjektnavn", 60)],
        [("Kort beskrivelse av prosjektet", 60)],
        [("Oppfølging av unge sosialhjelpsmottakere mot arbeid", 240)],
        [("Ny eller videreføring", 60), ("Ny", 240)],
        [("Ønsket oppstart", 60), ("01.04.2020", 240)],
    ])
    assert _values(doc).get("project.title") is None
