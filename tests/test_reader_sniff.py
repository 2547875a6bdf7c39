"""The reader is chosen by what the file's bytes are, not by its name
(readers/sniff.py, readers/registry.py). Every file is built here."""

from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import pytest
from docx import Document as WordDocument
from openpyxl import Workbook
from PIL import Image

from soknad_extract.readers import read_document
from soknad_extract.readers.convert import convert_with_libreoffice
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.readers.errors import UnreadableDocument
from soknad_extract.readers.sniff import sniff

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _docx_bytes() -> bytes:
    document = WordDocument()
    document.add_paragraph("Søknad om tilskudd")
    document.add_paragraph("Nav-kontor: Nav Kongsvinger")
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(table.rows, [("Stilling", "100 %"), ("Beløp", "610 000")]):
        row.cells[0].text, row.cells[1].text = label, value
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _image_bytes(kind: str) -> bytes:
    buffer = io.BytesIO()
    Image.new("L", (20, 20), 255).save(buffer, format=kind)
    return buffer.getvalue()


def _zip_bytes(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _xlsx_bytes() -> bytes:
    buffer = io.BytesIO()
    Workbook().save(buffer)
    return buffer.getvalue()


def _ole_bytes(*streams: str) -> bytes:
    return OLE + b"\x00" * 504 + b"".join(name.encode("utf-16-le") + b"\x00\x00" for name in streams)


SUPPORTED = [
    ("a.pdf", lambda: b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "pdf"),
    ("junk-first.pdf", lambda: b"X-Mailer: gateway\r\n" * 20 + b"%PDF-1.4\n", "pdf"),
    ("a.docx", _docx_bytes, "docx"),
    ("a.docm", _docx_bytes, "docx"),
    ("a.odt", lambda: _zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}), "odt"),
    ("a.doc", lambda: _ole_bytes("Root Entry", "WordDocument", "1Table"), "doc"),
    ("kryptert.docx", lambda: _ole_bytes("Root Entry", "EncryptionInfo", "EncryptedPackage"), "docx"),
    ("a.rtf", lambda: b"{\\rtf1\\ansi Hei}", "rtf"),
    ("a.png", lambda: _image_bytes("PNG"), "image"),
    ("a.jpg", lambda: _image_bytes("JPEG"), "image"),
    ("a.tif", lambda: _image_bytes("TIFF"), "image"),
]


@pytest.mark.parametrize("name, make, expected", SUPPORTED, ids=[case[0] for case in SUPPORTED])
def test_every_supported_format_is_known_by_its_bytes(tmp_path: Path, name: str, make, expected: str) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    assert sniff(path).format == expected
    renamed = tmp_path / "uten-endelse"
    renamed.write_bytes(path.read_bytes())
    assert sniff(renamed).format == expected


UNSUPPORTED = [
    ("regneark.xlsx", _xlsx_bytes, "Excel-regneark", "Excel spreadsheet"),
    ("regneark.xls", lambda: _ole_bytes("Root Entry", "Workbook"), "Excel-regneark", "Excel spreadsheet"),
    ("arkiv.zip", lambda: _zip_bytes({"a.txt": b"hei"}), "ZIP-fil", "ZIP file"),
    ("notat.txt", lambda: "Søknad om tilskudd\nBeløp: 610 000 kr\n".encode(), "ren tekst", "plain text"),
    ("side.html", lambda: b"<!DOCTYPE html><html><body>Hei</body></html>", "nettside", "web page"),
    ("bilde.gif", lambda: _image_bytes("GIF"), "GIF-bilde", "GIF image"),
    ("ukjent.bin", lambda: bytes(range(256)) * 4, "ukjent format", "unknown format"),
]


@pytest.mark.parametrize("name, make, what_nb, what_en", UNSUPPORTED, ids=[case[0] for case in UNSUPPORTED])
def test_an_unsupported_file_is_described(tmp_path: Path, name: str, make, what_nb: str, what_en: str) -> None:
    path = tmp_path / name
    path.write_bytes(make())
    sniffed = sniff(path)
    assert sniffed.format is None
    assert what_nb in sniffed.what_nb and what_en in sniffed.what_en
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert what_nb in caught.value.message_nb and "støttes ikke" in caught.value.message_nb
    assert what_en in caught.value.message_en and "not supported" in caught.value.message_en


def test_a_file_named_pdf_says_what_it_really_is(tmp_path: Path) -> None:
    path = tmp_path / "soknad.pdf"
    path.write_bytes(_xlsx_bytes())
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert "«.pdf»" in caught.value.message_nb and "Excel-regneark" in caught.value.message_nb
    assert '".pdf"' in caught.value.message_en and "Excel spreadsheet" in caught.value.message_en


def test_word_named_pdf_is_read_as_word(tmp_path: Path) -> None:
    path = tmp_path / "soknad.pdf"
    path.write_bytes(_docx_bytes())
    doc = read_document(path)
    assert doc.format == "docx"
    assert "Nav-kontor: Nav Kongsvinger" in [line.text for line in doc.lines()]


def test_pdf_named_docx_is_read_as_pdf(tmp_path: Path) -> None:
    source = Path(__file__).resolve().parents[1] / "samples" / "born_digital" / "pdfform_volda_2019.pdf"
    path = tmp_path / "soknad.docx"
    path.write_bytes(source.read_bytes())
    assert read_document(path).format == "pdf"


def _strict(transitional: bytes) -> bytes:
    """The same package as Word's "Strict Open XML" save writes it: other
    namespaces and relationship types, the same structure."""
    replacements = [
        (b"http://schemas.openxmlformats.org/wordprocessingml/2006/main", b"http://purl.oclc.org/ooxml/wordprocessingml/main"),
        (b"http://schemas.openxmlformats.org/officeDocument/2006/relationships", b"http://purl.oclc.org/ooxml/officeDocument/relationships"),
        (b"http://schemas.openxmlformats.org/drawingml/2006/main", b"http://purl.oclc.org/ooxml/drawingml/main"),
    ]
    source = zipfile.ZipFile(io.BytesIO(transitional))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.endswith((".xml", ".rels")):
                for old, new in replacements:
                    data = data.replace(old, new)
            target.writestr(info, data)
    return buffer.getvalue()


def test_strict_open_xml_reads_like_transitional(tmp_path: Path) -> None:
    transitional = tmp_path / "vanlig.docx"
    transitional.write_bytes(_docx_bytes())
    strict = tmp_path / "strict.docx"
    strict.write_bytes(_strict(transitional.read_bytes()))
    assert b"purl.oclc.org/ooxml/wordprocessingml/main" in zipfile.ZipFile(strict).read("word/document.xml")
    assert sniff(strict).format == "docx"
    expected, got = read_docx(transitional), read_document(strict)
    assert got.format == "docx"
    assert [line.text for line in got.lines()] == [line.text for line in expected.lines()]
    (table,) = got.tables()
    assert [[cell.text for cell in row] for row in table.rows] == [["Stilling", "100 %"], ["Beløp", "610 000"]]


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed")
def test_old_word_file_named_pdf_is_converted_as_word(tmp_path: Path) -> None:
    source = tmp_path / "soknad.docx"
    source.write_bytes(_docx_bytes())
    legacy = convert_with_libreoffice(source, "doc", workdir=tmp_path / "doc")
    renamed = tmp_path / "soknad.pdf"
    renamed.write_bytes(legacy.read_bytes())
    assert sniff(renamed).format == "doc"
    doc = read_document(renamed)
    assert doc.format == "doc" and doc.path == str(renamed)
    assert "Nav-kontor: Nav Kongsvinger" in [line.text for line in doc.lines()]


def _pdf_page(tmp_path: Path, words: str | None) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "page.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    if words:
        pdf.drawString(72, 720, words)
    pdf.showPage()
    pdf.save()
    return path


def test_a_blank_page_is_unreadable_not_some_other_document(tmp_path: Path) -> None:
    """A PDF whose one page is white has nothing to check: the clerk asks
    for the file again, as for an empty file."""
    with pytest.raises(UnreadableDocument) as raised:
        read_document(_pdf_page(tmp_path, None))
    assert "ingen tekst" in raised.value.message_nb
    assert "no text" in raised.value.message_en


def test_a_tiny_blank_picture_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "bilde.png"
    Image.new("RGB", (1, 1), "white").save(path)
    with pytest.raises(UnreadableDocument):
        read_document(path)


def test_one_word_is_enough_to_be_read(tmp_path: Path) -> None:
    assert "Søknad" in read_document(_pdf_page(tmp_path, "Søknad")).text()
