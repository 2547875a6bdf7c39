"""A fillable PDF whose interest questions print each option word before
its form check box on the question's own line ("Nettverk/klyngesamarbeid:
Ja ☐ Nei ☒", the boxes with opaque names): the words before the closing
option are the question (``layout.questions``), so the ticked "Nei" answers
it, and the printed "Ja" is never read as a written answer. Every form here
is drawn by the test with reportlab."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.extract import extract
from soknad_extract.readers.pdf.read import read_pdf
from soknad_extract.schemes import get_scheme

PAGE_H = A4[1]
S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _form(path: Path, ticked: set[str]) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    form = c.acroForm
    y = PAGE_H - 100
    c.drawString(50, y + 3, "Satsingsområder:")
    for n, area in enumerate(("Bruk av ordinært arbeidsliv", "Sikring av sårbare overganger")):
        y -= 20
        form.checkbox(name=f"b{n}", x=60, y=y, size=12, buttonStyle="cross", checked=False)
        c.drawString(80, y + 3, area)
    for question, names in (("Nettverk/klyngesamarbeid:  Ja", ("f1", "f2")),
                            ("Ekstern prosessevaluering:  Ja", ("f3", "f4"))):
        y -= 20
        c.drawString(50, y + 3, question)
        form.checkbox(name=names[0], x=200, y=y, size=12, buttonStyle="cross", checked=names[0] in ticked)
        c.drawString(220, y + 3, "Nei")
        form.checkbox(name=names[1], x=240, y=y, size=12, buttonStyle="cross", checked=names[1] in ticked)
    c.save()
    return path


def _interest(path: Path) -> tuple[object, object]:
    got = extract(read_pdf(path), S2020).draft.values
    return got["interest.network"], got["interest.process_evaluation"]


def test_the_ticked_box_after_its_option_answers_the_line_question(tmp_path: Path) -> None:
    assert _interest(_form(tmp_path / "nei-ja.pdf", {"f2", "f3"})) == (False, True)
    assert _interest(_form(tmp_path / "ja-nei.pdf", {"f1", "f4"})) == (True, False)


def test_the_question_is_the_line_without_its_option(tmp_path: Path) -> None:
    doc = read_pdf(_form(tmp_path / "q.pdf", {"f2", "f3"}))
    groups = {f.name: f.group for f in doc.fields() if f.kind == "checkbox"}
    assert groups["f1"] == groups["f2"] == "Nettverk/klyngesamarbeid"
    assert groups["f3"] == groups["f4"] == "Ekstern prosessevaluering"
    assert groups["b0"] == "Satsingsområder"
