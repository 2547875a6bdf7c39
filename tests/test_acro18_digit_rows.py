"""Fillable forms that give every digit its own field (paper-form
imitations): a row of one-character boxes is read as one value by its
geometry, whatever the fields are named; true comb fields keep their
single value. Every form here is drawn by the test with reportlab."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.extract import extract
from soknad_extract.layout import Document, FormField
from soknad_extract.readers.pdf.read import read_pdf
from soknad_extract.schemes import get_scheme

PAGE_H = A4[1]
BOX, STEP, GROUP = 15.0, 16.5, 7.0
"""Box width, distance between boxes of a group, extra space between groups."""


def _digits(form, x: float, top: float, groups: list[str], names: list[str]) -> float:
    """A row of one-digit fields, one group per string ("" a blank box as
    " "); returns the x after the row."""
    for g, group in enumerate(groups):
        if g:
            x += GROUP
        for char in group:
            form.textfield(name=names.pop(0), value=char.strip(), x=x, y=PAGE_H - top - 18,
                           width=BOX, height=18, borderWidth=1, fontSize=10, maxlen=1)
            x += STEP
    return x


def _form(path: Path, rows: list[tuple[str, list[str]]], prefix: str = "felt_") -> Path:
    """Labelled rows of digit boxes, one row per label, named ``prefix`` + a
    running number (names that say nothing)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    names = [f"{prefix}{i}" for i in range(1, 200)]
    for i, (label, groups) in enumerate(rows):
        top = 100 + 30 * i
        c.drawString(60, PAGE_H - top - 13, label)
        _digits(c.acroForm, 250, top, groups, names)
    c.save()
    return path


def _texts(doc: Document) -> list[FormField]:
    return [f for f in doc.fields() if f.kind == "text"]


def test_rows_of_digit_boxes_become_one_field_each(tmp_path: Path) -> None:
    doc = read_pdf(_form(tmp_path / "rows.pdf", [
        ("Organisasjonsnummer", ["921", "078", "129"]),
        ("Telefon", ["912", "34", "567"]),
        ("Oppstart (dd mm åååå)", ["01", "05", "2020"]),
        ("Sum søkt", ["  1", "200", "000"]),
    ]))
    fields = [(f.label, f.value) for f in _texts(doc)]
    assert fields == [
        ("Organisasjonsnummer", "921 078 129"),
        ("Telefon", "912 34 567"),
        ("Oppstart (dd mm åååå)", "01.05.2020"),
        ("Sum søkt", "1 200 000"),
    ]
    lines = [line.text for line in doc.lines()]
    assert "921 078 129" in lines and "1 200 000" in lines


def test_year_first_date_and_empty_row(tmp_path: Path) -> None:
    doc = read_pdf(_form(tmp_path / "date.pdf", [
        ("Dato", ["2020", "05", "01"]),
        ("Kompetansemidlar", ["   ", "   ", "   "]),
        ("Fødd (dd mm åå)", ["24", "12", "85"]),
        ("Telefon", ["91234567"]),
    ], prefix="Text"))
    assert [(f.label, f.value) for f in _texts(doc)] == [
        ("Dato", "2020-05-01"), ("Kompetansemidlar", None), ("Fødd (dd mm åå)", "24.12.85"),
        ("Telefon", "91234567")]


def test_rows_are_not_joined_across_text_a_wide_gap_or_lines(tmp_path: Path) -> None:
    path = tmp_path / "apart.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    names = [f"Text{i}" for i in range(1, 60)]
    c.drawString(60, PAGE_H - 113, "Postnr")
    x = _digits(c.acroForm, 120, 100, ["6800"], names)
    c.drawString(x + 4, PAGE_H - 113, "Nr")
    _digits(c.acroForm, x + 20, 100, ["123"], names)
    c.drawString(60, PAGE_H - 143, "Konto")
    x = _digits(c.acroForm, 120, 130, ["1234"], names)
    _digits(c.acroForm, x + 2 * BOX, 130, ["567"], names)
    _digits(c.acroForm, 120, 150, ["890"], names)
    c.save()
    values = sorted(f.value for f in _texts(read_pdf(path)))
    assert values == ["123", "1234", "567", "6800", "890"]


def test_rows_with_a_hole_or_a_letter_stay_separate(tmp_path: Path) -> None:
    doc = read_pdf(_form(tmp_path / "odd.pdf", [
        ("Organisasjonsnummer", ["921", "0 8", "129"]),
        ("Kode", ["AB1", "234"]),
    ]))
    assert len(_texts(doc)) == 9 + 6


def test_comb_field_keeps_its_value(tmp_path: Path) -> None:
    path = tmp_path / "comb.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(60, PAGE_H - 113, "Organisasjonsnummer")
    c.acroForm.textfield(name="orgnr", value="921078129", x=250, y=PAGE_H - 118, width=135,
                         height=18, borderWidth=1, fontSize=10, maxlen=9, fieldFlags="comb")
    c.save()
    doc = read_pdf(path)
    assert [(f.label, f.value) for f in _texts(doc)] == [("Organisasjonsnummer", "921078129")]


def test_an_application_filled_digit_by_digit_is_complete(tmp_path: Path) -> None:
    path = tmp_path / "application.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, PAGE_H - 60,
                 "Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020")
    c.setFont("Helvetica", 10)
    form, names = c.acroForm, [f"Text{i}" for i in range(1, 80)]
    rows = [("Nav-kontor", "Nav Sunnfjord"), ("Organisasjonsnummer", ["921", "078", "129"]),
            ("Telefon", ["912", "34", "567"]), ("Namn på prosjektet", "Saman mot arbeid"),
            ("Oppstart (dd mm åååå)", ["01", "05", "2020"]), ("Sum søkt", ["1", "200", "000"])]
    for i, (label, value) in enumerate(rows):
        top = 100 + 30 * i
        c.drawString(60, PAGE_H - top - 13, label)
        if isinstance(value, str):
            form.textfield(name=names.pop(0), value=value, x=250, y=PAGE_H - top - 18,
                           width=300, height=18, borderWidth=1, fontSize=10)
        else:
            _digits(form, 250, top, value, names)
    c.save()
    got = extract(read_pdf(path), get_scheme("nav-sosiale-tjenester-2020")).draft.values
    assert got["office.org_number"] == "921078129"
    assert got["contact.phone"] == "91234567"
    assert got["project.start_date"] == "2020-05-01"
    assert got["amounts.total"] == 1_200_000
