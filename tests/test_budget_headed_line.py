"""A budget given as one line of posts in the answer beside a heading of its
own ("Budsjett:" | "Løn 590 000, kompetanse 10 000, i alt 600 000 kroner"):
forms laid out as label and answer put the heading in the label column and
every post with the total in the answer. Read as label and answer, the line
had no amount and the application a false AMOUNT_MISSING (corpus 68, gw08)."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.pipeline import read_application
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _table(tmp_path: Path, rows: list[list[str]]) -> dict:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    table = document.add_table(rows=0, cols=2)
    for values in rows:
        for cell, text in zip(table.add_row().cells, values):
            cell.text = text
    path = tmp_path / "form.docx"
    document.save(path)
    return extract(read_document(path), S2020).draft.values


_HEAD = [["Nav-kontor", "NAV Fjordby"], ["Stillinger", "en 80 % stilling"]]


def test_budget_heading_without_colon_beside_its_posts(tmp_path):
    """Figures without a currency word are no amounts to the sentence reader:
    only the budget line gives them."""
    got = _table(tmp_path, _HEAD + [["Kostnadsoversikt", "Lønn 480 000, kompetanse 8 000, i alt 488 000"]])
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (480_000, 8_000, 488_000)


def test_heading_with_colon_beside_its_posts(tmp_path):
    got = _table(tmp_path, _HEAD + [["Økonomi:", "Lønn 480 000, kompetanse 8 000, totalt 488 000"]])
    assert (got["amounts.positions"], got["amounts.competence"], got["amounts.total"]) == (480_000, 8_000, 488_000)


def test_a_posts_own_label_is_no_heading(tmp_path):
    """"Kompetanse:" beside its parts names the post they make up, not a
    heading: its parts are not read as other costs."""
    got = _table(tmp_path, _HEAD + [["Kompetanse:", "kurs 5 000, konferanse 3 000"]])
    assert got.get("amounts.other") is None


def _label_answer_pdf(path: Path, rows: list[tuple[str, str]]) -> Path:
    """A reportlab page of label and answer columns, no rules."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    y = 800
    page.drawString(56, y, "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020")
    for label, answer in rows:
        y -= 16
        page.drawString(56, y, label)
        page.drawString(210, y, answer)
    page.save()
    return path


def test_nynorsk_budget_line_in_a_pdf_answer_column(tmp_path):
    path = _label_answer_pdf(tmp_path / "form.pdf", [
        ("Nav-kontor:", "Nav Fjellbygd"), ("Org.nr.:", "974209608"), ("Stillingar:", "ei 80 % stilling"),
        ("Budsjett:", "Lønskostnader 480 000, kompetansemidlar 8 000, samla 488 000 kroner"),
        ("Nettverk:", "Nei")])
    record = read_application(path)
    assert (record.amounts.positions, record.amounts.competence, record.amounts.total) == (480_000, 8_000, 488_000)
    assert "AMOUNT_MISSING" not in {f.code.value for f in record.findings}
