"""A borderless PDF table whose headers sit at their columns' left edge over
figures right-aligned at the right edge ("Stillingsprosent" over "80",
"Kostnad" over "480 000"): header and figures share no x, so each header
made a column of its own and the figures came under no header; the share was
read as no share and the position lost its percentage (corpus 68, gw09)."""

from __future__ import annotations

from pathlib import Path

from soknad_extract.extract import extract
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme


def _pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    y = A4[1] - 60
    page.drawString(50, y, "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020")
    y -= 30
    page.drawString(50, y, "Budsjett")
    y -= 20
    page.drawString(50, y, "Rolle")
    page.drawString(200, y, "Stillingsprosent")
    page.drawString(360, y, "Kostnad (kr)")
    for role, share, cost in (("Miljøterapeut", "80", "480 000"), ("Kompetansemidlar", "", "8 000"),
                              ("Sum", "80", "488 000")):
        y -= 18
        page.drawString(50, y, role)
        if share:
            page.drawRightString(330, y, share)
        page.drawRightString(520, y, cost)
    page.save()
    return path


def test_figures_right_aligned_under_left_aligned_headers(tmp_path):
    values = extract(read_document(_pdf(tmp_path / "budsjett.pdf")),
                     get_scheme("nav-sosiale-tjenester-2020")).draft.values
    assert [p["percent"] for p in values["positions"]] == [80.0]
    assert values["amounts.positions"] == 480_000
    assert values["amounts.competence"] == 8_000
    assert values["amounts.total"] == 488_000
