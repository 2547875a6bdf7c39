"""A page of paper pasted into a Word file that has text of its own (a photo
or scan of the signed page behind a typed letter or form): the picture is
read by OCR and its lines join the document as a page after the one that
shows it (``readers.embedded_ocr``). A logo or a pasted signature is no page.
The documents are built here, in wordings of their own."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from soknad_extract.pipeline import read_application
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.readers.embedded_ocr import ocr_word_pictures
from soknad_extract.readers.registry import READERS

LETTER = [
    "Nav Vestby søker med dette om tilskudd til sosiale tjenester for 2020.",
    "Prosjektet heter Ung i arbeid og starter 1. mars 2020.",
    "Vi søker om kr 600 000 til en stilling som jobbspesialist (100 %).",
    "Kontaktperson er Hanne Lunde, tlf. 64 98 30 00.",
    "Signert side følger som bilde.",
]
SIGNED = [
    "Underskrifter",
    "Leder for Nav-kontoret",
    "Vestby, 14.01.2020",
    "Randi Sæther, Nav-leder",
    "For kommunen",
    "Vestby, 16.01.2020",
    "Ole Kristiansen, rådmann",
]


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    for name in ("DejaVuSans.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default()


def _png(image: PILImage.Image) -> io.BytesIO:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    buffer.seek(0)
    return buffer


def _signed_page() -> io.BytesIO:
    """A photographed page at about 150 dpi: grey paper, the signing block typed."""
    page = PILImage.new("L", (1240, 1754), 232)
    draw = ImageDraw.Draw(page)
    for i, text in enumerate(SIGNED):
        draw.text((140, 180 + 80 * i), text, fill=25, font=_font(32))
    draw.line([(140, 830), (260, 780), (330, 850), (420, 790)], fill=10, width=6)
    return _png(page)


def _logo() -> io.BytesIO:
    logo = PILImage.new("L", (400, 120), 255)
    ImageDraw.Draw(logo).text((20, 30), "NAV VESTBY", fill=0, font=_font(40))
    return _png(logo)


def _letter(tmp_path: Path, *, photo: bool = True) -> Path:
    document = docx.Document()
    document.add_picture(_logo(), width=Pt(120))
    for text in LETTER:
        document.add_paragraph(text)
    if photo:
        document.add_picture(_signed_page(), width=Pt(430))
    path = tmp_path / "letter.docx"
    document.save(path)
    return path


def test_a_word_file_with_only_a_logo_is_left_as_it_is(tmp_path: Path) -> None:
    doc = read_docx(_letter(tmp_path, photo=False))
    assert ocr_word_pictures(doc) is doc


@pytest.mark.ocr
def test_the_pasted_signed_page_is_read_after_its_word_page(tmp_path: Path) -> None:
    doc = READERS["docx"].read(_letter(tmp_path))
    assert doc.format == "docx" and len(doc.pages) == 2
    word, paper = doc.pages
    assert not word.ocr and paper.ocr and paper.number == 2
    assert all(line.page == 2 for line in paper.lines)
    text = "\n".join(line.text for line in paper.lines)
    assert "Randi Sæther" in text and "16.01.2020" in text
    assert len(word.images) == 1  # the logo stays; the page picture became its reading


@pytest.mark.ocr
def test_the_signers_in_the_pasted_page_are_found(tmp_path: Path) -> None:
    record = read_application(_letter(tmp_path))
    names = {signature.name for signature in record.signatures}
    assert "Randi Sæther" in names and record.source.ocr


def test_a_pasted_page_ocr_ran_out_of_time_on_is_an_unread_page(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The signed page may be in the picture: not read, it is named unread
    (LOW_CONFIDENCE), never taken for absent."""
    from soknad_extract.readers.ocr import available, stage
    from soknad_extract.readers.ocr.text import OcrTimeout

    def timeout(*_args: object) -> None:
        raise OcrTimeout("deadline")

    monkeypatch.setattr(available, "ocr_available", lambda: (True, None))
    monkeypatch.setattr(stage, "availability", lambda: (True, None, "nor"))
    monkeypatch.setattr(stage, "ocr_raster", timeout)
    doc = READERS["docx"].read(_letter(tmp_path))
    assert len(doc.pages) == 2 and doc.pages[1].unread and not doc.pages[1].lines
    assert [(note.code, note.page) for note in doc.notes] == [("LOW_CONFIDENCE", 2)]


def _letterhead() -> io.BytesIO:
    """A letterhead template's page-sized background: the office's name at
    the top, its addresses in a footer band, the rest of the page blank."""
    page = PILImage.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    draw.text((80, 60), "NAV VESTBY", fill=0, font=_font(40))
    draw.text((80, 1634), "Postadresse: Postboks 12, 1541 Vestby   Besøksadresse: Rådhusgata 4", fill=0, font=_font(22))
    draw.text((80, 1669), "Telefon 55 55 33 33   E-post: nav.vestby@nav.no   Org.nr. 974 543 214", fill=0, font=_font(22))
    return _png(page)


def test_a_letterhead_background_in_the_header_is_no_page_of_paper(tmp_path: Path) -> None:
    """A Word letterhead template sets the office's design as a picture of
    the page's size in the header, behind the text of every page; it is the
    template, not a signed page pasted in, and is never OCR'd."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].add_run().add_picture(_letterhead(), width=Pt(538), height=Pt(762))
    for text in LETTER:
        document.add_paragraph(text)
    path = tmp_path / "letter.docx"
    document.save(path)
    doc = read_docx(path)
    assert ocr_word_pictures(doc) is doc
