"""Word forms that group their fields under a caption column ("Søker |
Nav-kontor | [control]", "Prosjekt | Prosjektnavn | [control]"), repeated on
each row or in a vertically merged cell, or that leave a typed answer in a
plain cell before the next label and its control: the control answers the
label just before it. Only a cell that reads as the form's guidance (an
instruction, the kind of answer wanted, a unit, or help text set in italics)
is passed over for the label further left."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.test_reader_docx import add_xml, cc, cp, p, r, read, table, tc, tr

_HEADING = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _control(value: str, tag: str) -> str:
    return tc(cp(cc(r(value), props=f'<w:tag w:val="{tag}"/>')))


def _caption(text: str, merged: bool) -> str:
    return tc(cp(r(text)), tcpr='<w:vMerge w:val="restart"/>' if merged else "")


def _covered(text: str, merged: bool) -> str:
    return tc(tcpr="<w:vMerge/>") if merged else tc(cp(r(text)))


def _grouped_form(tmp_path: Path, merged: bool):
    groups = [
        ("Søker", [("Nav-kontor", "Nav Fjellby", "kontor"), ("Organisasjonsnummer", "974 760 673", "orgnr")]),
        ("Prosjekt", [("Prosjektleder", "Kari Nordmann", "leder"), ("Prosjektnavn", "Ut i arbeid", "tittel"),
                      ("Oppstart", "01.08.2020", "start")]),
        ("Kontaktperson", [("Navn", "Kari Nordmann", "kontakt"), ("Telefon", "912 34 567", "tlf")]),
    ]
    rows = []
    for caption, fields in groups:
        for i, (label, value, tag) in enumerate(fields):
            first = _caption(caption, merged) if i == 0 else _covered(caption, merged)
            rows.append(tr(first, tc(cp(r(label))), _control(value, tag)))
    d = docx.Document()
    add_xml(d, p(r(_HEADING)), table(*rows, grid=3))
    return read(d, tmp_path)


def _labels(doc) -> list[tuple[str | None, str | None]]:
    return [(f.value, f.label) for f in doc.fields()]


_EXPECTED = [
    ("Nav Fjellby", "Nav-kontor"),
    ("974 760 673", "Organisasjonsnummer"),
    ("Kari Nordmann", "Prosjektleder"),
    ("Ut i arbeid", "Prosjektnavn"),
    ("01.08.2020", "Oppstart"),
    ("Kari Nordmann", "Navn"),
    ("912 34 567", "Telefon"),
]


def test_a_repeated_group_caption_is_no_label(tmp_path: Path) -> None:
    doc = _grouped_form(tmp_path, merged=False)
    assert _labels(doc) == _EXPECTED
    assert extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.get("project.title") == "Ut i arbeid"


def test_a_merged_group_caption_is_no_label(tmp_path: Path) -> None:
    doc = _grouped_form(tmp_path, merged=True)
    assert _labels(doc) == _EXPECTED
    assert extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.get("project.title") == "Ut i arbeid"


def test_a_typed_answer_before_the_next_label_is_no_label(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(
        d,
        p(r(_HEADING)),
        table(
            tr(tc(cp(r("Prosjektnavn"))), tc(cp(r("Ut i arbeid"))), tc(cp(r("Oppstart"))),
               _control("01.08.2020", "start")),
            tr(tc(cp(r("Nav-kontor"))), tc(cp(r("Nav Fjellby"))), tc(cp(r("Telefon"))),
               _control("912 34 567", "tlf")),
            grid=4,
        ),
    )
    doc = read(d, tmp_path)
    assert _labels(doc) == [("01.08.2020", "Oppstart"), ("912 34 567", "Telefon")]
    assert extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.get("project.title") == "Ut i arbeid"


def test_guidance_a_unit_or_italic_help_is_passed_over(tmp_path: Path) -> None:
    italic = "<w:rPr><w:i/></w:rPr>"
    d = docx.Document()
    add_xml(
        d,
        p(r(_HEADING)),
        table(
            tr(tc(cp(r("Organisasjonsnummer"))), tc(cp(r("(9 siffer)"))), _control("974 760 673", "orgnr")),
            tr(tc(cp(r("Lønn"))), tc(cp(r("kr"))), _control("590 000", "lonn")),
            tr(tc(cp(r("Prosjektnavn"))), tc(cp(r("Kort og beskrivende"))), _control("Ut i arbeid", "tittel")),
            tr(tc(cp(r("Kontaktperson"))), tc(cp(r("Den som kjenner prosjektet best", italic))),
               _control("Kari Nordmann", "kontakt")),
            grid=3,
        ),
    )
    assert _labels(read(d, tmp_path)) == [
        ("974 760 673", "Organisasjonsnummer"),
        ("590 000", "Lønn"),
        ("Ut i arbeid", "Prosjektnavn"),
        ("Kari Nordmann", "Kontaktperson"),
    ]


def test_a_table_set_all_in_italics_keeps_the_nearest_label(tmp_path: Path) -> None:
    italic = "<w:rPr><w:i/></w:rPr>"
    d = docx.Document()
    add_xml(
        d,
        p(r(_HEADING)),
        table(tr(tc(cp(r("Prosjekt", italic))), tc(cp(r("Prosjektnavn", italic))), _control("Ut i arbeid", "tittel")),
              grid=3),
    )
    assert _labels(read(d, tmp_path)) == [("Ut i arbeid", "Prosjektnavn")]


def test_a_description_of_the_answer_wanted_is_passed_over(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(
        d,
        p(r(_HEADING)),
        table(
            tr(tc(cp(r("Oppstartsdato"))), tc(cp(r("dd.mm.åååå"))), _control("01.08.2020", "start")),
            tr(tc(cp(r("Kontaktperson"))), tc(cp(r("Fornavn og etternavn"))), _control("Kari Nordmann", "kontakt")),
            tr(tc(cp(r("Omsøkt beløp"))), tc(cp(r("Hele kroner"))), _control("600 000", "belop")),
            grid=3,
        ),
    )
    assert _labels(read(d, tmp_path)) == [("01.08.2020", "Oppstartsdato"), ("Kari Nordmann", "Kontaktperson"),
                                          ("600 000", "Omsøkt beløp")]
