"""A PDF form whose labels stand in shaded boxes with each answer set as
plain text beside its box, or whose answers stand in shaded boxes beside
their plain labels (``layout.rows``): the boxes are the form's fields, not a
table, so every label keeps its answer; and an addressee line under a
letter's subject line is never the project's title (``extract.project``)."""

from __future__ import annotations

from pathlib import Path

from soknad_extract.extract import extract
from soknad_extract.layout.rows import build_rows
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
FORM = [
    ("Søkerkontor", "Nav Lyngdal"),
    ("Kommune", "Lyngdal"),
    ("Kontaktperson", "Kari Nilsen Berg, tlf. 917 22 334, kari.berg@nav.no"),
    ("Prosjekt", "«Jobb i sikte»"),
    ("Oppstart", "1. mars 2020"),
]


def _form(path: Path, *, answers_beside: bool = True) -> Path:
    """Title, addressee, then one shaded box (filled, no border) per label
    with the answer beside it at x=200 on the label's baseline."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    page.setFont("Helvetica-Bold", 13)
    page.drawString(60, height - 60, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav – 2020")
    page.setFont("Helvetica", 9)
    page.drawString(60, height - 80, "Til Statsforvalteren i Agder")
    for index, (label, answer) in enumerate(FORM):
        top = 100 + index * 16.5
        page.setFillColorRGB(0.93, 0.95, 0.98)
        page.rect(58, height - top - 15.5, 130, 15.5, stroke=0, fill=1)
        page.setFillColorRGB(0, 0, 0)
        page.setFont("Helvetica", 10)
        page.drawString(60, height - top - 11, label)
        if answers_beside:
            page.drawString(200, height - top - 11, answer)
    page.save()
    return path


def test_shaded_label_boxes_keep_their_answers_beside(tmp_path: Path) -> None:
    doc = read_document(_form(tmp_path / "boxes.pdf"))
    rows = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in build_rows(doc)}
    assert rows["Kontaktperson"] == ["Kari Nilsen Berg, tlf. 917 22 334, kari.berg@nav.no"]
    got = extract(doc, S2020).draft.values
    assert got["office.name"] == "Nav Lyngdal"
    assert got["contact.name"] == "Kari Nilsen Berg"
    assert got["project.title"] == "Jobb i sikte"
    assert got["project.start_date"] == "2020-03-01"


def _answer_boxes(path: Path) -> Path:
    """Numbered labels as plain text at x=62, each answer in a grey box
    (filled, no border) from x=250 on the label's baseline."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    page.setFont("Helvetica-Bold", 13)
    page.drawString(50, height - 60, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    page.setFont("Helvetica", 10)
    for index, (label, answer) in enumerate(FORM):
        top = 90 + index * 18
        page.setFillColorRGB(0.9, 0.9, 0.9)
        page.rect(250, height - top - 15, 290, 15, stroke=0, fill=1)
        page.setFillColorRGB(0, 0, 0)
        page.drawString(62, height - top - 11, f"1.{index + 1} {label}")
        page.drawString(254, height - top - 11, answer)
    page.save()
    return path


def test_answers_in_shaded_boxes_keep_their_labels(tmp_path: Path) -> None:
    doc = read_document(_answer_boxes(tmp_path / "answers.pdf"))
    rows = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in build_rows(doc)}
    assert rows["1.3 Kontaktperson"] == ["Kari Nilsen Berg, tlf. 917 22 334, kari.berg@nav.no"]
    got = extract(doc, S2020).draft.values
    assert got["office.name"] == "Nav Lyngdal"
    assert got["office.municipality"] == "Lyngdal"
    assert got["contact.name"] == "Kari Nilsen Berg"
    assert got["project.start_date"] == "2020-03-01"


def test_boxes_with_nothing_beside_stay_a_table(tmp_path: Path) -> None:
    """A column of boxes holding text of their own is still read as a table."""
    doc = read_document(_form(tmp_path / "column.pdf", answers_beside=False))
    assert doc.pages[0].tables
    assert any(r.in_table and r.cells[0].text == "Kontaktperson" for r in build_rows(doc))


def test_an_addressee_line_under_the_subject_is_not_the_title() -> None:
    doc = pdf_doc([
        [("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020", 50)],
        [("Til Statsforvalteren i Vestland", 50)],
        [("Nav Askøy søker om midler til ett årsverk.", 50)],
    ])
    assert extract(doc, S2020).draft.values.get("project.title") is None
