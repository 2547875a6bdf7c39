"""Boxed forms whose empty box sits beside, over or under another label's
value: each box takes its own caption, never a neighbour's value.

- a fillable form prints its captions under its boxes or over them, one
  convention for the whole form (``readers/pdf/captions.py``);
- captions of boxes side by side that run into one printed line are cut
  at the box edges;
- a row of field values takes the fields' labels as its header, so a bare
  "80" under "Stillingsandel" is a share (``layout/rows.py``);
- a label left of an empty box is not answered by the next label of the
  label column (``extract/pair_shapes.answered_in_column``);
- "Øvrige utgifter" / "Andre kostnader" are labels of their own.

Every form is drawn here with reportlab, in wordings and layouts other than
the corpus documents."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.extract import extract
from soknad_extract.extract.labels import classify_label
from soknad_extract.layout import Document, FormField
from soknad_extract.readers.pdf.read import read_pdf
from soknad_extract.schemes import get_scheme

PAGE_H = A4[1]
SCHEME = "nav-sosiale-tjenester-2020"


def _texts(doc: Document) -> list[FormField]:
    return [f for f in doc.fields() if f.kind == "text"]


def _boxed_form(path: Path, rows: list[list[tuple[str, str, float]]], side: str, heading: str = "",
                font: str = "Times-Roman", size: float = 10) -> Path:
    """Rows of fillable boxes side by side, each (caption, value, width in
    points), the caption printed ``side`` ("over" or "under") its box."""
    c = canvas.Canvas(str(path), pagesize=A4)
    top = 60.0
    if heading:
        c.setFont("Helvetica-Bold", 12)
        c.drawString(40, PAGE_H - top - 12, heading)
        top += 22
    n = 0
    for row in rows:
        x = 40.0
        for caption, value, width in row:
            n += 1
            c.setFont(font, size)
            box_top = top + (size + 4 if side == "over" else 0)
            if side == "over":
                c.drawString(x + 1, PAGE_H - top - size, caption)
            else:
                c.drawString(x + 1, PAGE_H - box_top - 20 - size - 1, caption)
            c.acroForm.textfield(name=f"Tekstfelt{n}", value=value, x=x, y=PAGE_H - box_top - 20, width=width - 5,
                                 height=20, borderWidth=1, fontSize=9, fontName="Helvetica")
            x += width
        top += 20 + size + 12
    c.save()
    return path


def test_captions_under_the_boxes_go_with_the_box_above_them(tmp_path: Path) -> None:
    doc = read_pdf(_boxed_form(tmp_path / "under.pdf", [
        [("Navn på Nav-kontoret", "Nav Fjellby", 260), ("Kommune", "Fjellby", 140), ("Org.nr.", "921078129", 120)],
        [("Kontaktperson", "Tone Bakke", 200), ("E-postadresse", "tone.bakke@nav.no", 320)],
        [("Prosjektets navn", "Veien videre", 330), ("Planlagt oppstart", "01.09.2020", 190)],
    ], "under", heading="Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"))
    assert [(f.label, f.value) for f in _texts(doc)] == [
        ("Navn på Nav-kontoret", "Nav Fjellby"), ("Kommune", "Fjellby"), ("Org.nr.", "921078129"),
        ("Kontaktperson", "Tone Bakke"), ("E-postadresse", "tone.bakke@nav.no"),
        ("Prosjektets navn", "Veien videre"), ("Planlagt oppstart", "01.09.2020"),
    ]
    got = extract(doc, get_scheme(SCHEME)).draft.values
    assert got["office.name"] == "Nav Fjellby"
    assert got["contact.name"] == "Tone Bakke"
    assert got["project.title"] == "Veien videre"
    assert got["project.start_date"] == "2020-09-01"


def test_captions_over_the_boxes_stay_with_the_box_under_them(tmp_path: Path) -> None:
    doc = read_pdf(_boxed_form(tmp_path / "over.pdf", [
        [("Nav-kontor", "Nav Elvedal", 300), ("Kommune", "Elvedal", 220)],
        [("Kontaktperson", "Odd Rønning", 520)],
    ], "over", heading="Søknadsskjema 2020", font="Helvetica"))
    assert [(f.label, f.value) for f in _texts(doc)] == [
        ("Nav-kontor", "Nav Elvedal"), ("Kommune", "Elvedal"), ("Kontaktperson", "Odd Rønning")]


def test_captions_run_into_one_line_are_cut_at_the_box_edges(tmp_path: Path) -> None:
    """Four narrow boxes whose captions fill their width: the printed line
    reads "Tilskudd til lønn og sosiale utgifter Kompetansemidler …"."""
    doc = read_pdf(_boxed_form(tmp_path / "narrow.pdf", [
        [("Stillingsandel i prosent", "150", 132), ("Lønn og sosiale utgifter", "915 000", 116),
         ("Kompetansemidler", "15 000", 100), ("Sum omsøkt", "930 000", 120)],
    ], "over", font="Helvetica", size=10))
    assert [(f.label, f.value) for f in _texts(doc)] == [
        ("Stillingsandel i prosent", "150"), ("Lønn og sosiale utgifter", "915 000"),
        ("Kompetansemidler", "15 000"), ("Sum omsøkt", "930 000")]
    got = extract(doc, get_scheme(SCHEME)).draft.values
    assert got["amounts.competence"] == 15_000
    assert got["amounts.positions"] == 915_000


def test_rows_of_position_boxes_count_each_share(tmp_path: Path) -> None:
    """Two position rows with a bare share under "Stillingsandel": 80 + 60."""
    doc = read_pdf(_boxed_form(tmp_path / "posts.pdf", [
        [("Nav-kontor", "Nav Fjellby", 300), ("Kommune", "Fjellby", 220)],
        [("Stilling A", "Jobbkonsulent", 260), ("Stillingsandel", "80", 110), ("Lønnskostnad (kr)", "480 000", 150)],
        [("Stilling B", "Veileder", 260), ("Stillingsandel", "60", 110), ("Lønnskostnad (kr)", "360 000", 150)],
        [("Sum lønn (kr)", "840 000", 260), ("Totalt omsøkt (kr)", "850 000", 260)],
    ], "over", font="Helvetica"))
    got = extract(doc, get_scheme(SCHEME)).draft.values
    assert got["positions_percent_total"] == 140


def _left_form(path: Path, rows: list[tuple[str, str, int]]) -> Path:
    """Labels left of fillable boxes, one a row; a box of ``lines`` lines is taller."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    top = 70.0
    for n, (label, value, lines) in enumerate(rows, 1):
        height = 18 + (lines - 1) * 12
        c.drawString(45, PAGE_H - top - 12, label)
        kw = {"fieldFlags": "multiline"} if lines > 1 else {}
        c.acroForm.textfield(name=f"Text{n}", value=value, x=230, y=PAGE_H - top - height, width=320,
                             height=height, borderWidth=1, fontSize=9, **kw)
        top += height + 6
    c.save()
    return path


def test_empty_box_in_a_label_column_takes_not_the_next_label(tmp_path: Path) -> None:
    doc = read_pdf(_left_form(tmp_path / "left.pdf", [
        ("Nav-kontor", "Nav Fjellby", 1), ("Kontaktperson", "Tone Bakke", 1),
        ("Navn på prosjektet", "", 1),
        ("Formål med tiltaket", "Flere unge i arbeid gjennom tett\noppfølging hos lokale arbeidsgivere.", 3),
        ("Oppstart", "01.03.2020", 1),
    ]))
    got = extract(doc, get_scheme(SCHEME)).draft.values
    assert got.get("project.title") is None
    assert got["contact.name"] == "Tone Bakke"
    assert got["project.start_date"] == "2020-03-01"


def test_filled_box_in_a_label_column_keeps_its_answer(tmp_path: Path) -> None:
    doc = read_pdf(_left_form(tmp_path / "left_filled.pdf", [
        ("Nav-kontor", "Nav Fjellby", 1), ("Navn på prosjektet", "Ung og aktiv", 1),
        ("Formål med tiltaket", "Flere unge i arbeid.", 1),
    ]))
    assert extract(doc, get_scheme(SCHEME)).draft.values["project.title"] == "Ung og aktiv"


def test_other_cost_wordings_are_labels() -> None:
    for text in ("Øvrige utgifter", "ANDRE KOSTNADER (KR)", "Diverse kostnader:", "Andre driftsutgifter"):
        assert classify_label(text) == "other_costs", text
    assert classify_label("Sum andre kostnader") == "total"
    assert classify_label("Anna finansiering") is None


def test_empty_other_costs_box_between_two_filled_ones(tmp_path: Path) -> None:
    """A printed form of boxes with the caption inside (capitals), the
    middle box empty: the competence box's answer is its own value."""
    path = tmp_path / "inside.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    x, top = 40.0, 120.0
    for caption, value, width in (("KOMPETANSEMIDLER", "12 000", 170), ("ØVRIGE UTGIFTER", "", 170),
                                  ("TOTALT SØKT (KR)", "612 000", 180)):
        c.rect(x, PAGE_H - top - 30, width - 6, 30)
        c.setFont("Helvetica", 7)
        c.drawString(x + 3, PAGE_H - top - 9, caption)
        c.setFont("Helvetica", 10)
        if value:
            c.drawString(x + 4, PAGE_H - top - 24, value)
        x += width
    c.save()
    got = extract(read_pdf(path), get_scheme(SCHEME)).draft.values
    assert got["amounts.competence"] == 12_000
    assert got.get("amounts.other") is None
