"""Word documents whose text is imported from another part (``w:altChunk``):
case-handling systems write the application as HTML, MHT, plain text or a
whole .docx and leave the merge to Word. The reader must see what Word
shows, or a complete application reads as an empty one."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from soknad_extract import read_application
from soknad_extract.readers.docx.altchunk import MAX_SPAN, chunk_body
from soknad_extract.limits import LimitExceeded
from soknad_extract.readers.docx.read import read_docx

_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk"


def _with_chunk(tmp_path: Path, data: bytes, name: str, content_type: str, *, heading: str = "Nav Eidsberg") -> Path:
    """A .docx whose body is one heading and one ``w:altChunk`` importing ``data``."""
    d = docx.Document()
    d.add_heading(heading, level=1)
    plain = io.BytesIO()
    d.save(plain)
    out = tmp_path / "chunked.docx"
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(b"<w:sectPr", b'<w:altChunk r:id="rIdChunk1"/><w:sectPr', 1)
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace(
                    b"</Relationships>",
                    f'<Relationship Id="rIdChunk1" Type="{_REL}" Target="{name}"/></Relationships>'.encode())
            elif item.filename == "[Content_Types].xml":
                body = body.replace(
                    b"</Types>", f'<Override PartName="/word/{name}" ContentType="{content_type}"/></Types>'.encode())
            dst.writestr(item, body)
        dst.writestr(f"word/{name}", data)
    return out


def _texts(path: Path) -> list[str]:
    return [line.text for line in read_docx(path).lines()]


_HTML = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Ikke tekst</title>
<style>p { color: red }</style></head><body>
<h2>Søknad om tilskudd</h2>
<p>Prosjektet   heter <b>«Arbeid først»</b> og
starter 1. mars.</p>
<p>Godkjent av Kari Nordmann<br>Godkjent av Per Hansen</p>
<ul><li>Første punkt</li><li>Andre <i>punkt</i></li></ul>
<p><input type="checkbox" checked> Ja <input type="checkbox"> Nei</p>
<!-- en kommentar --> Løs tekst etter kommentaren
</body></html>"""


def test_html_chunk_reads_as_paragraphs_with_headings_breaks_and_boxes(tmp_path: Path) -> None:
    path = _with_chunk(tmp_path, _HTML.encode(), "afchunk1.htm", "text/html")
    texts = _texts(path)
    assert texts[0] == "Nav Eidsberg"
    assert "Søknad om tilskudd" in texts
    assert "Prosjektet heter «Arbeid først» og starter 1. mars." in texts
    assert "Godkjent av Kari Nordmann\nGodkjent av Per Hansen" in texts
    assert "Første punkt" in texts and "Andre punkt" in texts
    assert "☒ Ja ☐ Nei" in texts
    assert "Løs tekst etter kommentaren" in texts
    assert not any("Ikke tekst" in t or "color" in t for t in texts)
    (heading,) = [line for line in read_docx(path).lines() if line.text == "Søknad om tilskudd"]
    assert heading.style and "2" in heading.style


def test_html_chunk_tables_keep_merged_cells_and_nesting(tmp_path: Path) -> None:
    html = b"""<html><body><table>
    <tr><th colspan="3">Budsjett</th></tr>
    <tr><td rowspan="2">Stillinger</td><td>Prosjektleder</td><td>610 000</td></tr>
    <tr><td>Veileder</td><td>305 000</td></tr>
    <tr><td>Sum</td><td colspan="2">915 000</td></tr>
    </table>
    <table><tr><td>Ytre<table><tr><td>Indre</td></tr></table></td></tr></table>
    </body></html>"""
    doc = read_docx(_with_chunk(tmp_path, html, "afchunk1.htm", "text/html"))
    budget, outer, inner = doc.tables()
    grid = [[(c.text, c.row_span, c.col_span) for c in row] for row in budget.rows]
    assert grid == [
        [("Budsjett", 1, 3), ("", 1, 1), ("", 1, 1)],
        [("Stillinger", 2, 1), ("Prosjektleder", 1, 1), ("610 000", 1, 1)],
        [("", 1, 1), ("Veileder", 1, 1), ("305 000", 1, 1)],
        [("Sum", 1, 1), ("915 000", 1, 2), ("", 1, 1)],
    ]
    assert outer.rows[0][0].text == "Ytre\nIndre"
    assert [[c.text for c in row] for row in inner.rows] == [["Indre"]]


def test_latin1_html_is_decoded_by_its_declared_charset() -> None:
    html = '<html><head><meta charset="windows-1252"></head><body><p>Søknad fra Nav Årdal</p></body></html>'
    body = chunk_body(html.encode("cp1252"), "afchunk.htm")
    assert body is not None
    assert "".join(body.itertext()) == "Søknad fra Nav Årdal"


def test_mht_plain_text_and_docx_chunks(tmp_path: Path) -> None:
    mht = (b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n--B\r\n"
           b"Content-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
           b"<html><body><p>S=C3=B8knad fra Nav Hol</p></body></html>\r\n--B--\r\n")
    assert "Søknad fra Nav Hol" in _texts(_with_chunk(tmp_path, mht, "afchunk.mht", "message/rfc822"))
    text = "Første linje\nAndre linje æøå\n".encode()
    assert _texts(_with_chunk(tmp_path, text, "afchunk.txt", "text/plain"))[1:] == ["Første linje", "Andre linje æøå"]
    inner = docx.Document()
    inner.add_paragraph("Prosjektnavn: Ung i jobb")
    inner.add_table(rows=1, cols=2).rows[0].cells[1].text = "450 000"
    data = io.BytesIO()
    inner.save(data)
    chunked = read_docx(_with_chunk(
        tmp_path, data.getvalue(), "afchunk.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"))
    assert "Prosjektnavn: Ung i jobb" in [line.text for line in chunked.lines()]
    assert chunked.tables()[0].rows[0][1].text == "450 000"


@pytest.mark.parametrize("data, name", [
    (b"{\\rtf1\\ansi Hemmelig tekst}", "afchunk.rtf"),
    (b"", "afchunk.htm"),
    (b"PK\x03\x04 not really a zip", "afchunk.docx"),
])
def test_unreadable_chunks_leave_the_documents_own_text(tmp_path: Path, data: bytes, name: str) -> None:
    assert _texts(_with_chunk(tmp_path, data, name, "application/octet-stream")) == ["Nav Eidsberg"]


def test_a_hostile_span_counts_as_one() -> None:
    body = chunk_body(f'<table><tr><td colspan="{10**9}" rowspan="{MAX_SPAN + 1}">A</td><td>B</td></tr></table>'
                      .encode(), "a.htm")
    assert body is not None
    assert "gridSpan" not in "".join(e.tag for e in body.iter()) and "vMerge" not in "".join(e.tag for e in body.iter())


def test_an_application_written_wholly_in_an_html_chunk_is_read(tmp_path: Path) -> None:
    html = """<html><head><meta charset="utf-8"></head><body>
    <p>Til Statsforvalteren i Oslo og Viken</p>
    <p>Nav Eidsberg søker om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020,
    prosjektet <b>«Veien videre»</b>. Kontaktperson: Siri Dahl, siri.dahl@nav.no.</p>
    <table><tr><th>Post</th><th>Stilling</th><th>Beløp</th></tr>
    <tr><td>Veileder</td><td>100 %</td><td>kr 600 000,-</td></tr>
    <tr><td>Sum</td><td></td><td>kr 600 000,-</td></tr></table>
    </body></html>"""
    record = read_application(_with_chunk(tmp_path, html.encode(), "afchunk1.htm", "text/html"))
    assert record.office.name == "Nav Eidsberg"
    assert record.contact.email == "siri.dahl@nav.no"
    assert record.amounts.total == 600000
    assert [p.percent for p in record.positions] == [100.0]


def test_a_word_chunk_that_imports_itself_is_read_once(tmp_path: Path) -> None:
    """The inner package's own chunk ids would resolve against the outer
    document's relationships, here to the same part: it must not loop."""
    inner = docx.Document()
    inner.add_paragraph("Innhold")
    data = io.BytesIO()
    inner.save(data)
    looping = io.BytesIO()
    with zipfile.ZipFile(data) as src, zipfile.ZipFile(looping, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(b"<w:sectPr", b'<w:altChunk r:id="rIdChunk1"/><w:sectPr', 1)
            dst.writestr(item, body)
    path = _with_chunk(tmp_path, looping.getvalue(), "afchunk.docx", "application/octet-stream")
    assert _texts(path) == ["Nav Eidsberg", "Innhold"]


def test_a_table_wider_than_word_allows_is_refused_while_it_is_converted() -> None:
    """300 cells of colspan 50 in a row: 15,000 columns, and their rowspans
    would add continuation cells to every later row; refused at the first
    cell past Word's column limit, before the grid is built."""
    row = "<tr>" + '<td colspan="50" rowspan="50">x</td>' * 300 + "</tr>"
    with pytest.raises(LimitExceeded):
        chunk_body(("<table>" + row * 50 + "</table>").encode(), "a.htm")


def test_cells_of_a_chunk_count_against_the_paragraph_limit() -> None:
    rows = "<tr>" + "<td>x</td>" * 60 + "</tr>"
    with pytest.raises(LimitExceeded):
        chunk_body(("<table>" + rows * 400 + "</table>").encode(), "a.htm")


def test_a_chunk_referenced_many_times_is_imported_once(tmp_path: Path) -> None:
    path = _with_chunk(tmp_path, b"<p>Innhold</p>", "afchunk1.htm", "text/html")
    repeated = tmp_path / "repeated.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(repeated, "w") as dst:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "word/document.xml":
                body = body.replace(b'<w:altChunk r:id="rIdChunk1"/>', b'<w:altChunk r:id="rIdChunk1"/>' * 50)
            dst.writestr(item, body)
    assert _texts(repeated) == ["Nav Eidsberg", "Innhold"]
