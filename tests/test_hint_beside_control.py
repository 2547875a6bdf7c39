"""A Word form row that prints a hint between its label and the answer
("Nav-kontor | Skriv kontorets navn | [control]"): the hint is guidance, the
control answers the row's label."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.test_reader_docx import add_xml, cc, cp, p, r, read, table, tc, tr


def _hinted_form(tmp_path: Path):
    d = docx.Document()
    add_xml(
        d,
        p(r("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")),
        table(
            tr(tc(cp(r("Nav-kontor"))), tc(cp(r("Oppgi kontorets fulle navn"))),
               tc(cp(cc(r("Nav Fjellby"), props='<w:tag w:val="kontor"/>')))),
            tr(tc(cp(r("Kommune"))), tc(), tc(cp(cc(r("Fjellby"), props='<w:tag w:val="kommune"/>')))),
            tr(tc(cp(r("Prosjektnavn"))), tc(cp(r("Kort og treffende"))),
               tc(cp(cc(r("Ut i arbeid"), props='<w:tag w:val="tittel"/>')))),
            tr(tc(cp(r("1"))), tc(cp(r("Kontaktperson"))),
               tc(cp(cc(r("Kari Nordmann"), props='<w:tag w:val="kontakt"/>')))),
            tr(tc(cp(r("Telefon"))), tc(cp(cc(r("912 34 567"), props='<w:tag w:val="tlf"/>'))),
               tc(cp(r("E-post"))), tc(cp(cc(r("kari@nav.no"), props='<w:tag w:val="epost"/>')))),
            grid=4,
        ),
    )
    return read(d, tmp_path)


def test_the_control_answers_the_rows_label_not_the_hint_beside_it(tmp_path: Path) -> None:
    labels = {f.value: f.label for f in _hinted_form(tmp_path).fields()}
    assert labels == {
        "Nav Fjellby": "Nav-kontor",  # the hint "Oppgi kontorets fulle navn" is no label
        "Fjellby": "Kommune",  # an empty cell between: the label beside
        "Ut i arbeid": "Prosjektnavn",
        "Kari Nordmann": "Kontaktperson",  # an item number opens the row: the label is the nearest cell
        "912 34 567": "Telefon",
        "kari@nav.no": "E-post",  # an answer cell ends the run of labels
    }


def test_a_hint_between_label_and_control_is_never_the_office_or_title(tmp_path: Path) -> None:
    found = extract(_hinted_form(tmp_path), get_scheme("nav-sosiale-tjenester-2020")).draft
    assert found.get("office.name") == "Nav Fjellby"
    assert found.get("project.title") == "Ut i arbeid"


def test_the_forms_guidance_after_an_office_label_is_never_the_office() -> None:
    from tests.builders.layouts import text_doc, text_page

    doc = text_doc(text_page(1, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
                             "Nav-kontor: Oppgi kontorets fulle navn", "Søker: Nav Fjellby"))
    found = extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft
    assert found.get("office.name") == "Nav Fjellby"
