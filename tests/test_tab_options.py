"""Boxed forms with a label column and an answer column: typed check boxes
("[ x ]", "[   ]") stand in the label column and each option at the answer
column's tab, too far for the ordinary reach of an option text. A column of
such boxes whose options start at one x is a list of options; a lone box
beside text of another column is not given that text."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.layout import FormField
from soknad_extract.readers.pdf.read import read_pdf

HEIGHT = A4[1]


def _boxed_form(path: Path, options: list[tuple[str, str]], lone: str | None = None) -> None:
    """A framed section in Times: italic question, then one row per option,
    the typed box at the label column (x 60) and its text at the tab (x 250)."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.rect(50, HEIGHT - 330, 495, 160)
    pdf.setFont("Times-Italic", 11)
    pdf.drawString(60, HEIGHT - 190, "Hvilke områder gjelder tiltaket (sett kryss)")
    pdf.setFont("Times-Roman", 11)
    for row, (box, text) in enumerate(options):
        y = HEIGHT - 210 - row * 17
        pdf.drawString(60, y, box)
        pdf.drawString(250, y, text)
    if lone is not None:
        pdf.drawString(60, HEIGHT - 400, "[ x ]")
        pdf.drawString(250, HEIGHT - 400, lone)
    pdf.showPage()
    pdf.save()


def _boxes(path: Path) -> list[FormField]:
    return [f for f in read_pdf(path).pages[0].fields if f.kind == "checkbox"]


def test_options_at_a_tab_label_their_column_of_boxes(tmp_path: Path) -> None:
    path = tmp_path / "faner.pdf"
    _boxed_form(path, [("[   ]", "Rusfeltet og psykisk helse"), ("[ x ]", "Bolig og oppfølging i hjemmet"),
                       ("[   ]", "Barn og unge")])
    boxes = _boxes(path)
    assert [(b.label, b.checked) for b in boxes] == [
        ("Rusfeltet og psykisk helse", False), ("Bolig og oppfølging i hjemmet", True), ("Barn og unge", False),
    ]


def test_a_lone_box_is_not_given_text_across_the_page(tmp_path: Path) -> None:
    path = tmp_path / "enslig.pdf"
    _boxed_form(path, [("[ ] Rusfeltet", ""), ("[x] Barn og unge", "")], lone="Bolig og oppfølging i hjemmet")
    labels = {b.label for b in _boxes(path)}
    assert "Bolig og oppfølging i hjemmet" not in labels
    assert {"Rusfeltet", "Barn og unge"} <= labels
