"""A ruled form table of label and answer whose answers are set right-aligned
at the table's far edge, under a bold header row ("Spørsmål" / "Svar"): the
header over the labels and the header over the answers looked like two text
columns each a stack of a label over plain lines, and the page was read as
every label first, then every answer, so no label kept its answer (corpus 68,
gw09). A text column of its own starts its lines at its left edge; answers
that each end at one right edge stand beside their labels."""

from __future__ import annotations

from pathlib import Path

from soknad_extract.pipeline import read_application


def _pdf(path: Path, sections: list[list[tuple[str, str]]]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    top = A4[1] - 50
    page.setFont("Helvetica-Bold", 12)
    page.drawString(50, top, "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020")
    y = top - 30
    for rows in sections:
        page.setFont("Helvetica-Bold", 10)
        page.drawString(54, y, "Spørsmål")
        page.drawString(280, y, "Svar")
        for label, answer in rows:
            page.line(50, y - 6, 550, y - 6)
            y -= 20
            page.setFont("Helvetica", 10)
            page.drawString(54, y, label)
            page.drawRightString(545, y, answer)
        page.line(50, y - 6, 550, y - 6)
        y -= 40
    page.save()
    return path


def test_right_aligned_answers_stay_beside_their_labels(tmp_path):
    path = _pdf(tmp_path / "skjema.pdf", [
        [("Nav-kontor", "Nav Fjellbygd"), ("Organisasjonsnummer", "974209608"), ("Kontaktperson", "Ola Berg"),
         ("Telefon", "41 22 33 44")],
        [("Namn på prosjektet", "Vegen vidare"), ("Oppstartsdato", "01.09.2020"), ("Søkt beløp", "kr 305 000")],
    ])
    record = read_application(path)
    assert record.project.title == "Vegen vidare"
    assert str(record.project.start_date) == "2020-09-01"
    assert record.office.org_number == "974209608"
    assert record.amounts.total == 305_000
