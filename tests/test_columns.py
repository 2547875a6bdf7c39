"""Two text columns on a PDF page (``layout.columns``): each column's rows
come on their own, while a one-column form's label and its answer far apart
on one line stay one row."""

from __future__ import annotations

from pathlib import Path

from soknad_extract.extract import extract
from soknad_extract.layout.rows import build_rows
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"

Entry = tuple[str, str]
"""(font, text): "B" a bold label, "R" a plain answer, "" an empty line."""


def _pdf(path: Path, left: list[Entry], right: list[tuple[str, str, str]], *,
         right_x: float = 320, pitch: float = 13) -> Path:
    """A page with the title over two stacks of lines: ``left`` at the
    margin; ``right`` (font, text, amount) at ``right_x``, the amount at
    x=500. Both stacks start on the same line and share the line pitch."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    height = A4[1]
    page.setFont("Helvetica-Bold", 13)
    page.drawString(50, height - 50, TITLE)
    for index, (font, text) in enumerate(left):
        if text:
            page.setFont("Helvetica-Bold" if font == "B" else "Helvetica", 9)
            page.drawString(50, height - 90 - index * pitch, text)
    for index, (font, text, amount) in enumerate(right):
        page.setFont("Helvetica-Bold" if font == "B" else "Helvetica", 9)
        if text:
            page.drawString(right_x, height - 90 - index * pitch, text)
        if amount:
            page.drawRightString(545, height - 90 - index * pitch, amount)
    page.save()
    return path


_LEFT: list[Entry] = [
    ("B", "NAV-KONTOR"), ("R", "Nav Fjellby"),
    ("B", "KOMMUNE"), ("R", "Fjellby"),
    ("B", "KONTAKTPERSON"), ("R", "Per Hansen"),
    ("B", "TILTAKETS NAVN"), ("R", "Arbeid først"),
    ("B", "OPPSTART"), ("R", "1. april 2021"),
]
_RIGHT = [
    ("B", "BUDSJETT", ""),
    ("R", "Lønn og sosiale utgifter", "520 000"),
    ("R", "Kompetanseheving", "15 000"),
    ("B", "Sum søknad", "535 000"),
    ("B", "PRIORITERT OMRÅDE", ""),
    ("R", "Bruk av ordinært arbeidsliv", ""),
    ("B", "FORANKRING", ""),
    ("R", "Behandlet i ledergruppen.", ""),
]


def test_two_text_columns_are_read_column_by_column(tmp_path):
    doc = read_document(_pdf(tmp_path / "form.pdf", _LEFT, _RIGHT))
    rows = [row.text for row in build_rows(doc)]
    assert "KOMMUNE" in rows  # no budget text beside the left column's label
    assert rows.index("Fjellby") == rows.index("KOMMUNE") + 1
    got = extract(doc, S2020).draft.values
    assert got["office.municipality"] == "Fjellby"
    assert got["amounts.positions"] == 520_000
    assert got["amounts.competence"] == 15_000
    assert got["amounts.total"] == 535_000


def test_two_columns_of_plain_labels_with_colons(tmp_path):
    """Labels in the answers' own type, marked by a colon, over their answers."""
    left = [("R", text) for _, text in _LEFT]
    left = [("R", f"{text.capitalize()}:") if index % 2 == 0 else entry
            for index, (entry, (_, text)) in enumerate(zip(left, _LEFT))]
    right = [("R", f"{text.capitalize()}:" if font == "B" and not amount else text, amount)
             for font, text, amount in _RIGHT]
    doc = read_document(_pdf(tmp_path / "form.pdf", left, right))
    rows = [row.text for row in build_rows(doc)]
    assert rows.index("Fjellby") == rows.index("Kommune:") + 1
    got = extract(doc, S2020).draft.values
    assert got["office.municipality"] == "Fjellby"
    assert got["amounts.positions"] == 520_000


def test_label_and_answer_far_apart_on_one_line_stay_one_row(tmp_path):
    """A one-column form: bold labels at the margin, plain answers at a tab
    stop at x=300 on the same lines. The gutter is as straight as a column's,
    but the right side holds answers only, never labels over answers."""
    left: list[Entry] = [("B", "Nav-kontor"), ("B", "Kommune"), ("B", "Kontaktperson"),
                         ("B", "Tiltakets navn"), ("B", "Oppstart"), ("B", "Stillingsandel")]
    right = [("R", "Nav Fjellby", ""), ("R", "Fjellby", ""), ("R", "Per Hansen", ""),
             ("R", "Arbeid først", ""), ("R", "1. april 2021", ""), ("R", "100 %", "")]
    doc = read_document(_pdf(tmp_path / "form.pdf", left, right, right_x=300))
    rows = [row.text for row in build_rows(doc)]
    assert "Kommune Fjellby" in rows
    assert "Tiltakets navn Arbeid først" in rows
    got = extract(doc, S2020).draft.values
    assert got["office.municipality"] == "Fjellby"
    assert got["project.title"] == "Arbeid først"


def test_plain_lines_on_both_sides_stay_one_row(tmp_path):
    """Labels set in the answers' own type give no sign of two stacks: the
    rows are left as they stand (no guess)."""
    left: list[Entry] = [("R", "Nav-kontor:"), ("R", "Kommune:"), ("R", "Kontaktperson:"), ("R", "Oppstart:")]
    right = [("R", "Nav Fjellby", ""), ("R", "Fjellby", ""), ("R", "Per Hansen", ""),
             ("R", "1. april 2021", "")]
    doc = read_document(_pdf(tmp_path / "form.pdf", left, right, right_x=300))
    rows = [row.text for row in build_rows(doc)]
    assert "Kommune: Fjellby" in rows
