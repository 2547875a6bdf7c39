"""A flattened form whose boxes follow their options, the row's first option
printed in the label column and its box at the start of the answer column
("5. Nytt prosjekt        ☒   Videreføring ☐"): the first box closes the
text that opens its row (``readers.pdf.opening_label``)."""

from __future__ import annotations

from pathlib import Path

from soknad_extract.readers import read_document
from tests.builders.fonts import reportlab_fonts


def _box(page, x: float, y: float, ticked: bool) -> None:
    page.rect(x, y, 11, 11)
    if ticked:
        page.line(x + 2, y + 2, x + 9, y + 9)
        page.line(x + 2, y + 9, x + 9, y + 2)


def _pdf(path: Path, rows: list[tuple[str, list[tuple[str | None, float, bool]]]]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, _ = reportlab_fonts()
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont(regular, 10)
    page.drawString(50, 800, "Søknad om tilskudd – sosiale tjenester")
    y = 760.0
    for lead, boxes in rows:
        page.drawString(50, y, lead)
        for option, x, ticked in boxes:
            if option:
                page.drawString(x - 10 - page.stringWidth(option, regular, 10), y, option)
            _box(page, x, y - 1, ticked)
        y -= 30
    page.save()
    return path


def _boxes(path: Path) -> list[tuple[str | None, bool]]:
    fields = read_document(path).pages[0].fields
    return [(f.label, f.checked) for f in fields if f.kind == "checkbox"]


def test_the_first_option_in_the_label_column(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "a.pdf", [
        ("5. Videreføring", [(None, 260, False), ("Nytt prosjekt", 420, True)])])
    assert _boxes(path) == [("Videreføring", False), ("Nytt prosjekt", True)]


def test_a_question_in_the_label_column_stays_the_question(tmp_path: Path) -> None:
    path = _pdf(tmp_path / "b.pdf", [
        ("Type søknad:", [(None, 260, True), ("Videreføring", 420, False)])])
    assert _boxes(path)[0] == (None, True)


def test_options_after_their_boxes_keep_them(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, _ = reportlab_fonts()
    path = tmp_path / "c.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont(regular, 10)
    page.drawString(50, 760, "Søknadstype")
    _box(page, 260, 759, True)
    page.drawString(276, 760, "Nytt prosjekt")
    _box(page, 400, 759, False)
    page.drawString(416, 760, "Videreføring")
    page.save()
    assert _boxes(path) == [("Nytt prosjekt", True), ("Videreføring", False)]


def test_typed_boxes_after_their_options_in_the_answer_column(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    regular, _ = reportlab_fonts()
    path = tmp_path / "d.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont(regular, 10)
    page.drawString(50, 760, "7) Videreføring")
    page.drawString(260, 760, "☐")
    page.drawString(330, 760, "Nytt prosjekt ☒")
    page.save()
    assert _boxes(path) == [("Videreføring", False), ("Nytt prosjekt", True)]
