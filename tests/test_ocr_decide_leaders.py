"""Dot-leader forms keep their text layer: a born-digital page laid out as
"Label ........ value" is mostly dots, but the dots are layout, not a broken
font encoding, and the words around them are read from the text layer
rather than OCR'd (OCR lost the first fields' values and cost a false
LOW_CONFIDENCE). A page of real garbage stays garbage with leaders in it."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.readers.ocr.decide import is_garbage, needs_ocr
from soknad_extract.readers.pdf.read import read_pdf
from soknad_extract.readers.registry import READERS

FIELDS = [
    ("Nav-kontor", "Nav Kongsvinger"),
    ("Kommune", "Kongsvinger"),
    ("Kontaktperson", "Siri Haugom"),
    ("E-post", "siri.haugom@nav.no"),
    ("Prosjektnavn", "Losen"),
    ("Oppstart", "01.04.2020"),
    ("Stillingsprosent", "80 %"),
    ("Interesse for nettverk", "Nei"),
]


def _leader_form(path: Path) -> None:
    """One page in a standard font that is not embedded (Helvetica), every
    field a label, a run of dots to the right margin and a right-aligned
    value: the typewriter layout of many municipal forms."""
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(56, 790, "A. Opplysninger om søker")
    pdf.setFont("Helvetica", 10)
    dot = pdf.stringWidth(".", "Helvetica", 10)
    for row, (label, value) in enumerate(FIELDS):
        y = 760 - row * 18
        pdf.drawString(56, y, label + " ")
        start = 56 + pdf.stringWidth(label + " ", "Helvetica", 10)
        end = 540 - pdf.stringWidth(" " + value, "Helvetica", 10)
        pdf.drawString(start, y, "." * int((end - start) / dot))
        pdf.drawRightString(540, y, value)
    pdf.showPage()
    pdf.save()


def test_leaders_are_not_garbage() -> None:
    line = "Kontaktperson " + "." * 120 + " Siri Haugom"
    assert not is_garbage(line)
    assert not is_garbage("Beløp " + ". " * 40 + "kr 10 000")
    assert not is_garbage("Underskrift ____________________ Dato __________")


def test_garbage_with_leaders_stays_garbage() -> None:
    garbage = "(cid:3)(cid:21)(cid:17) " + "." * 80 + " (cid:44)\ufffd\ufffd (cid:5)"
    assert is_garbage(garbage)
    assert is_garbage("." * 200)


def test_a_dot_leader_page_keeps_its_text_layer(tmp_path: Path) -> None:
    path = tmp_path / "prikker.pdf"
    _leader_form(path)
    page = read_pdf(path).pages[0]
    assert not needs_ocr(page)
    document = READERS["pdf"].read(path)
    assert not any(line.ocr for line in document.pages[0].lines)
    text = "\n".join(line.text for line in document.pages[0].lines)
    assert "Siri Haugom" in text and "01.04.2020" in text
