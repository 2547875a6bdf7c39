"""The Word reader's own package handling: parts read on demand, style maps
kept by the styles part's content, document properties read without
python-docx (issue 15)."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
from lxml import etree

from soknad_extract.readers.docx.properties import core_properties, w3cdtf
from soknad_extract.readers.docx.read import read_docx

_CORE = ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
         'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">{}'
         '</cp:coreProperties>')


def test_w3cdtf_dates_in_every_precision_and_offset() -> None:
    assert w3cdtf("2020").isoformat() == "2020-01-01T00:00:00+00:00"
    assert w3cdtf("2020-03").isoformat() == "2020-03-01T00:00:00+00:00"
    assert w3cdtf("2020-03-01T10:00:00Z").isoformat() == "2020-03-01T10:00:00+00:00"
    assert w3cdtf("2020-03-01T10:00:00+02:00").isoformat() == "2020-03-01T08:00:00+00:00"
    assert w3cdtf("2020-03-01T10:00:00-01:30").isoformat() == "2020-03-01T11:30:00+00:00"
    assert w3cdtf("i går") is None and w3cdtf("2020-03-01T10:00:00+0x:00") is None


def test_core_properties_leave_out_what_is_blank_or_no_date() -> None:
    root = etree.fromstring(_CORE.format(
        "<dc:title> Søknad </dc:title><dc:creator>Ola</dc:creator><dc:subject>  </dc:subject>"
        "<dcterms:created>bad</dcterms:created><dcterms:modified/><cp:keywords>tilskudd</cp:keywords>").encode())
    assert core_properties(root) == {"title": "Søknad", "author": "Ola", "keywords": "tilskudd"}


def _with_heading_name(path: Path, out: Path, name: str) -> Path:
    """A copy whose "Heading1" style carries another display name."""
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/styles.xml":
                data = re.sub(rb'(w:styleId="Heading1">\s*<w:name w:val=")[^"]*', rb"\g<1>" + name.encode(), data)
            dst.writestr(item, data)
    return out


def test_style_names_follow_each_files_own_styles(tmp_path: Path) -> None:
    """Style maps are kept between files by content, never by name: two
    files that differ only in their styles part read with their own names."""
    d = docx.Document()
    d.add_heading("Prosjektbeskrivelse", level=1)
    plain = tmp_path / "plain.docx"
    d.save(str(plain))
    first = _with_heading_name(plain, tmp_path / "a.docx", "Overskrift A")
    second = _with_heading_name(plain, tmp_path / "b.docx", "Overskrift B")
    for path, expected in ((first, "Overskrift A"), (second, "Overskrift B"), (first, "Overskrift A")):
        (line,) = [line for line in read_docx(path).lines() if line.text == "Prosjektbeskrivelse"]
        assert line.style == expected


def test_damaged_picture_is_skipped_and_said(tmp_path: Path) -> None:
    """A picture part that cannot be inflated costs the picture, not the document."""
    import io

    from PIL import Image

    picture = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(picture, format="PNG")
    d = docx.Document()
    d.add_paragraph("Omsøkt beløp 100 000")
    d.add_picture(picture)
    path = tmp_path / "pic.docx"
    d.save(str(path))
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    raw = bytearray(broken.read_bytes())
    with zipfile.ZipFile(broken) as archive:
        info = next(i for i in archive.infolist() if i.filename.startswith("word/media/"))
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start:start + 8] = b"\xff" * 8
    broken.write_bytes(bytes(raw))
    doc = read_docx(broken)
    assert "Omsøkt beløp 100 000" in doc.text()
    (note,) = doc.notes
    assert note.code == "LOW_CONFIDENCE" and "word/media/" in note.message_nb and "word/media/" in note.message_en
