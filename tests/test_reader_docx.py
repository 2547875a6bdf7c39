"""Tests for the Word reader (readers/docx/) and LibreOffice conversion
(readers/convert.py). Every document is built here with python-docx plus raw
WordprocessingML for what python-docx cannot write (content controls,
legacy form fields, page marks Word writes on save, anchored/VML pictures).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import time
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.shared import Pt
from PIL import Image as PILImage
from PIL import ImageDraw

from soknad_extract.layout import Document
from soknad_extract.readers import convert
from soknad_extract.readers.convert import convert_with_libreoffice, read_legacy_word
from soknad_extract.readers.docx.labels import clean_label, reads_like_words
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.readers.errors import UnreadableDocument

NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
)
SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "born_digital"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "docx"


# -- builders ------------------------------------------------------------------
def add_xml(document: docx.document.Document, *fragments: str) -> None:
    """Append raw body elements (each fragment one element) before the final sectPr."""
    body = document.element.body
    for fragment in fragments:
        body.insert(len(body) - 1, parse_xml(fragment.replace("<NS>", NS)))


def p(*runs: str, ppr: str = "") -> str:
    return f"<w:p <NS>>{ppr}{''.join(runs)}</w:p>"


def r(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{text}</w:t></w:r>'


def cc(content: str, *, props: str = "") -> str:
    """A content control (any level); ``content`` is what goes in sdtContent."""
    return f"<w:sdt><w:sdtPr>{props}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def checkbox_cc(checked: bool, alias: str = "") -> str:
    glyph = "☒" if checked else "☐"
    alias_xml = f'<w:alias w:val="{alias}"/>' if alias else ""
    return cc(
        f'<w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r>',
        props=f'{alias_xml}<w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>',
    )


def legacy(ff_data: str, code: str, result_runs: str | None = None) -> str:
    begin = f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData>{ff_data}</w:ffData></w:fldChar></w:r>'
    instr = f'<w:r><w:instrText xml:space="preserve"> {code} </w:instrText></w:r>'
    middle = f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{result_runs}' if result_runs is not None else ""
    return begin + instr + middle + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def table(*rows: str, grid: int = 2) -> str:
    cols = "".join('<w:gridCol w:w="3000"/>' for _ in range(grid))
    return f"<w:tbl <NS>><w:tblPr/><w:tblGrid>{cols}</w:tblGrid>{''.join(rows)}</w:tbl>"


def tr(*cells: str, trpr: str = "") -> str:
    return f"<w:tr>{trpr}{''.join(cells)}</w:tr>"


def tc(*content: str, tcpr: str = "") -> str:
    body = "".join(content) or "<w:p/>"
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{body}</w:tc>"


def cp(*runs: str) -> str:
    """A paragraph inside a cell (no namespace declaration needed)."""
    return f"<w:p>{''.join(runs)}</w:p>"


def save(document: docx.document.Document, tmp_path: Path, name: str = "form.docx") -> Path:
    path = tmp_path / name
    document.save(str(path))
    return path


def read(document: docx.document.Document, tmp_path: Path) -> Document:
    return read_docx(save(document, tmp_path))


def texts(doc: Document, page: int | None = None) -> list[str]:
    return [line.text for line in doc.lines() if page is None or line.page == page]


def png(draw: bool, size: tuple[int, int] = (200, 80), mode: str = "RGB") -> bytes:
    """A white image, or one with a dark scribble (a 'signature')."""
    background = (255, 255, 255, 0) if mode == "RGBA" else "white"
    image = PILImage.new(mode, size, background)
    if draw:
        pen = ImageDraw.Draw(image)
        pen.line([(10, 60), (40, 10), (70, 65), (100, 15), (130, 60), (190, 20)], fill="black", width=6)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


# -- text --------------------------------------------------------------------------
def test_run_level_content_control_text_is_kept_where_python_docx_loses_it(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(d, p(r("Prosjektnavn: "), cc(r("Jobbsjansen Kongsvinger"))))
    path = save(d, tmp_path)
    assert docx.Document(str(path)).paragraphs[-1].text == "Prosjektnavn: "  # the peer failure (#155)
    assert texts(read_docx(path)) == ["Prosjektnavn: Jobbsjansen Kongsvinger"]


def test_text_elements_tabs_breaks_hyphens_and_symbols(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(
        d,
        p(
            r("Navn:"),
            "<w:r><w:tab/></w:r>",
            r("Kari"),
            "<w:r><w:br/></w:r>",
            r("Nav Øst"),
            "<w:r><w:noBreakHyphen/></w:r>",
            r("Viken"),
            "<w:r><w:cr/></w:r>",
            r("Ja "),
            '<w:r><w:sym w:font="Wingdings" w:char="F0FE"/></w:r>',
            r(" Nei "),
            '<w:r><w:sym w:font="Wingdings" w:char="F0A8"/></w:r>',
            '<w:r><w:sym w:font="Wingdings" w:char="F0E0"/></w:r>',
        ),
    )
    lines = read(d, tmp_path).lines()
    assert [line.text for line in lines] == ["Navn:\tKari\nNav Øst-Viken\nJa ☒ Nei ☐"]


def test_wingdings_text_runs_become_box_glyphs(tmp_path: Path) -> None:
    d = docx.Document()
    wing = '<w:rPr><w:rFonts w:ascii="Wingdings" w:hAnsi="Wingdings"/></w:rPr>'
    add_xml(d, p(r("x", wing), r(" Ja "), r("o", wing), r(" Nei")))
    doc = read(d, tmp_path)
    assert texts(doc) == ["☒ Ja ☐ Nei"]
    assert [(f.label, f.checked, f.method) for f in doc.fields()] == [("Ja", True, "glyph"), ("Nei", False, "glyph")]


def test_wrappers_are_read_and_tracked_changes_applied(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(
        d,
        p(
            '<w:hyperlink r:id="rId99">' + r("Nav") + "</w:hyperlink>",
            '<w:smartTag w:uri="x" w:element="place">' + r(" Kongs") + "</w:smartTag>",
            '<w:customXml w:element="office">' + r("vinger") + "</w:customXml>",
            '<w:ins w:id="1" w:author="a">' + r(" søker") + "</w:ins>",
            '<w:del w:id="2" w:author="a"><w:r><w:delText> ikke</w:delText></w:r></w:del>',
            '<w:moveFrom w:id="3" w:author="a">' + r(" flyttet") + "</w:moveFrom>",
            r(" tilskudd"),
        ),
        f'<w:customXml <NS> w:element="block">{cp(r("Blokk i customXml"))}</w:customXml>',
    )
    assert texts(read(d, tmp_path)) == ["Nav Kongsvinger søker tilskudd", "Blokk i customXml"]


def test_paragraph_nested_in_a_control_keeps_its_text(tmp_path: Path) -> None:
    """Some generators put a whole paragraph inside a run-level control."""
    d = docx.Document()
    add_xml(d, p(r("Svar: "), cc(cp(r("Nav Hamar")), props='<w:tag w:val="f_1"/>')))
    doc = read(d, tmp_path)
    assert texts(doc) == ["Svar: Nav Hamar"]
    assert [(f.label, f.value) for f in doc.fields()] == [("Svar", "Nav Hamar")]


def test_field_codes_are_skipped_and_results_kept(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(
        d,
        p(
            r("Side "),
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>',
            '<w:r><w:instrText xml:space="preserve"> PAGE \\* MERGEFORMAT </w:instrText></w:r>',
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            r("1"),
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
            r(" av "),
            '<w:fldSimple w:instr=" NUMPAGES ">' + r("3") + "</w:fldSimple>",
        ),
    )
    doc = read(d, tmp_path)
    assert texts(doc) == ["Side 1 av 3"]
    assert doc.fields() == []


def test_paragraph_styles_and_text_boxes(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Søknadsskjema", level=1)
    d.add_paragraph("Punkt", style="List Bullet")
    add_xml(
        d,
        p(
            r("Før boksen"),
            '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>'
            '<wp:extent cx="100" cy="100"/><wp:docPr id="5" name="Tekstboks 1"/>'
            '<a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>'
            f'{cp(r("Tekst i tekstboks"))}'
            "</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"
            "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>"
            f'{cp(r("Tekst i tekstboks"))}'
            "</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>",
        ),
    )
    lines = read(d, tmp_path).lines()
    assert [(line.text, line.style) for line in lines] == [
        ("Søknadsskjema", "Heading 1"),
        ("Punkt", "List Bullet"),
        ("Før boksen", "Normal"),
        ("Tekst i tekstboks", "Normal"),
    ]


# -- pages -------------------------------------------------------------------------
def test_hard_page_breaks_and_rendered_marks_count_once(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Side en")
    d.add_page_break()
    # Word writes a rendered mark at the top of the page that follows a hard break
    add_xml(d, p("<w:r><w:lastRenderedPageBreak/><w:t>Side to</w:t></w:r>"))
    add_xml(d, p(r("Lang tekst som fortsetter"), "<w:r><w:lastRenderedPageBreak/><w:t> over siden</w:t></w:r>"))
    d.add_paragraph("Side tre")
    doc = read(d, tmp_path)
    assert [(line.text, line.page) for line in doc.lines()] == [
        ("Side en", 1),
        ("Side to", 2),
        ("Lang tekst som fortsetter over siden", 2),
        ("Side tre", 3),
    ]
    assert doc.page_count is None and [pg.number for pg in doc.pages] == [1, 2, 3]


def test_page_break_before_and_inline_break(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(d, p(r("Første avsnitt"), ppr="<w:pPr><w:pageBreakBefore/></w:pPr>"))  # ignored: nothing before it
    add_xml(d, p(r("Overskrift"), ppr="<w:pPr><w:pageBreakBefore/></w:pPr>"))
    add_xml(d, p('<w:r><w:t>Slutt på side to</w:t><w:br w:type="page"/><w:t>Start side tre</w:t></w:r>'))
    add_xml(d, p(r("Neste")))
    doc = read(d, tmp_path)
    assert [(line.text, line.page) for line in doc.lines()] == [
        ("Første avsnitt", 1),
        ("Overskrift", 2),
        ("Slutt på side toStart side tre", 2),
        ("Neste", 3),
    ]


def test_style_page_break_before(tmp_path: Path) -> None:
    d = docx.Document()
    d.styles["Heading 2"].paragraph_format.page_break_before = True
    d.add_paragraph("Innledning")
    d.add_heading("Budsjett", level=2)
    assert [(line.text, line.page) for line in read(d, tmp_path).lines()] == [("Innledning", 1), ("Budsjett", 2)]


def test_section_breaks_new_page_and_continuous(tmp_path: Path) -> None:
    from docx.enum.section import WD_ORIENT, WD_SECTION

    d = docx.Document()
    d.sections[0].page_width, d.sections[0].page_height = Pt(595), Pt(842)
    d.add_paragraph("A4 stående")
    section = d.add_section(WD_SECTION.CONTINUOUS)
    d.add_paragraph("Samme side")
    section = d.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Pt(842), Pt(595)
    d.add_paragraph("Liggende side")
    doc = read(d, tmp_path)
    assert [(line.text, line.page) for line in doc.lines()] == [
        ("A4 stående", 1),
        ("Samme side", 1),
        ("Liggende side", 2),
    ]
    assert (doc.pages[0].width, doc.pages[0].height) == (595, 842)
    assert (doc.pages[1].width, doc.pages[1].height) == (842, 595)


# -- tables ------------------------------------------------------------------------
def test_table_grid_with_spans_and_vertical_merge(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(
        d,
        table(
            tr(tc(cp(r("Budsjett")), tcpr='<w:gridSpan w:val="3"/>')),
            tr(
                tc(cp(r("Stillinger")), tcpr='<w:vMerge w:val="restart"/>'),
                tc(cp(r("Prosjektleder"))),
                tc(cp(r("610 000"))),
            ),
            tr(tc(tcpr="<w:vMerge/>"), tc(cp(r("Veileder"))), tc(cp(r("305 000")))),
            tr(tc(cp(r("Sum"))), tc(cp(r("915 000")), tcpr='<w:gridSpan w:val="2"/>')),
            grid=3,
        ),
    )
    doc = read(d, tmp_path)
    (t,) = doc.tables()
    grid = [[(c.text, c.row_span, c.col_span) for c in row] for row in t.rows]
    assert grid == [
        [("Budsjett", 1, 3), ("", 1, 1), ("", 1, 1)],
        [("Stillinger", 2, 1), ("Prosjektleder", 1, 1), ("610 000", 1, 1)],
        [("", 1, 1), ("Veileder", 1, 1), ("305 000", 1, 1)],
        [("Sum", 1, 1), ("915 000", 1, 2), ("", 1, 1)],
    ]
    cells = {line.text: line.table_cell for line in doc.lines()}
    assert cells["Veileder"] == (0, 2, 1) and cells["915 000"] == (0, 3, 1) and cells["Stillinger"] == (0, 1, 0)


def test_nested_tables_and_multi_paragraph_cells(tmp_path: Path) -> None:
    d = docx.Document()
    inner = table(tr(tc(cp(r("Indre A"))), tc(cp(r("Indre B")))))
    inner = inner.replace(" <NS>", "")
    add_xml(
        d,
        table(
            tr(tc(cp(r("Adresse")), cp(r("Storgata 1")), cp(r("2211 Kongsvinger"))), tc(cp(r("Ytre")), inner)),
        ),
    )
    add_xml(d, table(tr(tc(cp(r("Andre tabell"))), tc())))
    doc = read(d, tmp_path)
    outer, nested, second = doc.tables()
    assert outer.rows[0][0].text == "Adresse\nStorgata 1\n2211 Kongsvinger"
    assert outer.rows[0][1].text == "Ytre\nIndre A\nIndre B"
    assert [[c.text for c in row] for row in nested.rows] == [["Indre A", "Indre B"]]
    assert second.rows[0][0].text == "Andre tabell"
    cells = {line.text: line.table_cell for line in doc.lines()}
    assert cells["Storgata 1"] == (0, 0, 0)
    assert cells["Ytre"] == (0, 0, 1)
    assert cells["Indre B"] == (1, 0, 1)
    assert cells["Andre tabell"] == (2, 0, 0)


def test_table_crossing_a_page_is_split_per_page(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Innledning")
    add_xml(
        d,
        table(
            tr(tc(cp(r("Rad 1"))), tc(cp(r("a")))),
            tr(tc(cp("<w:r><w:lastRenderedPageBreak/><w:t>Rad 2</w:t></w:r>")), tc(cp(r("b")))),
            tr(tc(cp(r("Rad 3"))), tc(cp(r("c")))),
        ),
    )
    d.add_paragraph("Etter tabellen")
    doc = read(d, tmp_path)
    first, second = doc.tables()
    assert (first.page, [row[0].text for row in first.rows]) == (1, ["Rad 1"])
    assert (second.page, [row[0].text for row in second.rows]) == (2, ["Rad 2", "Rad 3"])
    assert [(line.text, line.page, line.table_cell) for line in doc.lines() if line.text.startswith("Rad")] == [
        ("Rad 1", 1, (0, 0, 0)),
        ("Rad 2", 2, (0, 0, 0)),
        ("Rad 3", 2, (0, 1, 0)),
    ]
    assert doc.lines()[-1].page == 2


def test_grid_before_and_deleted_rows(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(
        d,
        table(
            tr(tc(cp(r("Tittel"))), tc(cp(r("Verdi"))), tc(cp(r("Mer")))),
            tr(tc(cp(r("Innrykket"))), tc(cp(r("rad"))), trpr='<w:trPr><w:gridBefore w:val="1"/></w:trPr>'),
            tr(tc(cp(r("Slettet"))), trpr='<w:trPr><w:del w:id="1" w:author="x"/></w:trPr>'),
            grid=3,
        ),
    )
    (t,) = read(d, tmp_path).tables()
    assert [[c.text for c in row] for row in t.rows] == [["Tittel", "Verdi", "Mer"], ["", "Innrykket", "rad"]]


# -- headers and footers ---------------------------------------------------------
def test_headers_and_footers_on_page_one_once(tmp_path: Path) -> None:
    from docx.enum.section import WD_SECTION

    d = docx.Document()
    first = d.sections[0]
    first.header.paragraphs[0].text = "Arbeids- og velferdsdirektoratet"
    first.footer.paragraphs[0].text = "Søknadsskjema 2020"
    first.different_first_page_header_footer = True
    first.first_page_header.paragraphs[0].text = "Forside"
    first.first_page_footer.paragraphs[0].text = "Søknadsskjema 2020"  # same text as the default footer
    d.add_paragraph("Innhold")
    second = d.add_section(WD_SECTION.NEW_PAGE)
    second.header.is_linked_to_previous = False
    second.header.paragraphs[0].text = "Arbeids- og velferdsdirektoratet"  # a copy in its own part
    d.add_paragraph("Side to")
    doc = read(d, tmp_path)
    page_one = [(line.text, line.style) for line in doc.pages[0].lines]
    assert page_one == [
        ("Arbeids- og velferdsdirektoratet", "header"),
        ("Forside", "header"),
        ("Innhold", "Normal"),
        ("Søknadsskjema 2020", "footer"),
    ]
    assert [line.text for line in doc.pages[1].lines] == ["Side to"]


def test_header_logo_is_an_image_on_page_one(tmp_path: Path) -> None:
    d = docx.Document()
    header = d.sections[0].header.paragraphs[0]
    header.text = "Nav Kongsvinger"
    header.add_run().add_picture(io.BytesIO(png(True, (60, 60))), width=Pt(30))
    d.add_paragraph("Innhold")
    d.add_page_break()
    d.add_paragraph("Side to")
    doc = read(d, tmp_path)
    (logo,) = doc.images()
    assert logo.page == 1 and logo.table_cell is None
    line = doc.pages[0].lines[logo.paragraph_index]
    assert (line.text, line.style) == ("Nav Kongsvinger", "header")


def test_first_page_header_ignored_without_title_page(tmp_path: Path) -> None:
    d = docx.Document()
    section = d.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Bare forsiden"
    section.different_first_page_header_footer = False
    section.header.paragraphs[0].text = "Topptekst"
    d.add_paragraph("Tekst")
    assert texts(read(d, tmp_path)) == ["Topptekst", "Tekst"]


# -- content controls --------------------------------------------------------------
def test_text_content_control_labels(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(
        d,
        p(r("Kontaktperson:\t"), cc(r("Kari Nordmann"), props='<w:tag w:val="txtKontakt"/>')),
        p(r("Ignorert tekst"), cc(r("post@nav.no"), props='<w:alias w:val="E-post til kontaktperson"/>')),
        table(
            tr(tc(cp(r("Navn på Nav-kontor"))), tc(cp(cc(r("Nav Kongsvinger"), props='<w:tag w:val="F1"/>')))),
            tr(tc(cp(r("Telefon"))), tc(cp(r("Mobil: "), cc(r("912 34 567"))))),
        ),
        p(r("Beskriv prosjektet:")),
        p(cc(r("Prosjektet skal ..."))),
    )
    fields = read(d, tmp_path).fields()
    assert [(f.kind, f.method, f.name, f.label, f.value) for f in fields] == [
        ("text", "content_control", "txtKontakt", "Kontaktperson", "Kari Nordmann"),
        ("text", "content_control", "E-post til kontaktperson", "E-post til kontaktperson", "post@nav.no"),
        ("text", "content_control", "F1", "Navn på Nav-kontor", "Nav Kongsvinger"),
        ("text", "content_control", None, "Mobil", "912 34 567"),
        ("text", "content_control", None, "Beskriv prosjektet", "Prosjektet skal ..."),
    ]


def test_placeholders_are_empty_and_removed_from_text(tmp_path: Path) -> None:
    d = docx.Document()
    prompt = "Klikk eller trykk her for å skrive inn tekst."
    add_xml(
        d,
        p(r("Prosjektnavn: "), cc(r(prompt))),
        p(r("Startdato: "), cc(r("Velg dato"), props="<w:showingPlcHdr/><w:date/>")),
        p(r("Område: "), cc(r("Velg et element."), props="<w:dropDownList/>")),
        cc(cp(r("Click or tap here to enter text.")), props='<w:alias w:val="Beskrivelse"/>').replace(
            "<w:sdt>", "<w:sdt <NS>>", 1
        ),
    )
    doc = read(d, tmp_path)
    assert texts(doc) == ["Prosjektnavn:", "Startdato:", "Område:"]
    assert [(f.kind, f.label, f.value) for f in doc.fields()] == [
        ("text", "Prosjektnavn", None),
        ("date", "Startdato", None),
        ("dropdown", "Område", None),
        ("text", "Beskrivelse", None),
    ]


def test_date_dropdown_and_block_controls(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(
        d,
        p(
            r("Oppstart: "),
            cc(r("1. august 2020"), props='<w:date w:fullDate="2020-08-01T00:00:00Z"/>'),
            r(" Slutt: "),
            cc("", props='<w:date w:fullDate="2021-07-31T00:00:00Z"/>'),
        ),
        p(
            r("Type: "),
            cc(
                r("Videreføring"),
                props='<w:comboBox><w:listItem w:displayText="Nytt" w:value="1"/></w:comboBox>',
            ),
        ),
        cc(cp(r("Første avsnitt")) + cp(r("Andre avsnitt")), props='<w:alias w:val="Prosjektbeskrivelse"/>').replace(
            "<w:sdt>", "<w:sdt <NS>>", 1
        ),
    )
    doc = read(d, tmp_path)
    assert [(f.kind, f.label, f.value) for f in doc.fields()] == [
        ("date", "Oppstart", "1. august 2020"),
        ("date", "Slutt", "2021-07-31"),
        ("dropdown", "Type", "Videreføring"),
        ("text", "Prosjektbeskrivelse", "Første avsnitt\nAndre avsnitt"),
    ]
    assert "Første avsnitt" in texts(doc)


def test_checkbox_content_controls_one_field_per_box(tmp_path: Path) -> None:
    d = docx.Document()
    add_xml(
        d,
        p(r("Interessert i nettverk? "), checkbox_cc(True), r(" Ja "), checkbox_cc(False), r(" Nei")),
        table(
            tr(tc(cp(r("Ordinært arbeidsliv"))), tc(cp(checkbox_cc(False)))),
            tr(tc(cp(r("Ønsker dere nettverk?")), tcpr='<w:gridSpan w:val="2"/>')),
            tr(tc(cp(checkbox_cc(True, alias="Ja i nettverk"))), tc(cp(r("Merknad")))),
        ),
    )
    doc = read(d, tmp_path)
    assert texts(doc)[0] == "Interessert i nettverk? ☒ Ja ☐ Nei"
    assert [(f.method, f.label, f.group, f.checked) for f in doc.fields()] == [
        ("content_control", "Ja", "Interessert i nettverk", True),
        ("content_control", "Nei", "Interessert i nettverk", False),
        ("content_control", "Ordinært arbeidsliv", None, False),
        ("content_control", "Ja i nettverk", "Ønsker dere nettverk?", True),
    ]
    assert all(f.kind == "checkbox" and f.value is None for f in doc.fields())


def test_checkboxes_sharing_one_alias_take_the_words_beside_them(tmp_path: Path) -> None:
    """An author who gives every box of a list one alias ("Omr") names the
    list, not the option: the words beside each box are its label."""
    d = docx.Document()
    add_xml(
        d,
        p(r("Prioriterte områder (kryss av)")),
        p(checkbox_cc(False, alias="Omr"), r("  Bruk av ordinært arbeidsliv")),
        p(checkbox_cc(True, alias="Omr"), r("  Oppfølging av barnefamilier, ungdom og innvandrere")),
    )
    doc = read(d, tmp_path)
    assert [(f.label, f.checked) for f in doc.fields()] == [
        ("Bruk av ordinært arbeidsliv", False),
        ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
    ]


def test_locked_and_block_level_checkboxes(tmp_path: Path) -> None:
    d = docx.Document()
    locked = checkbox_cc(True).replace("<w14:checkbox>", '<w:lock w:val="sdtContentLocked"/><w14:checkbox>')
    block = cc(cp(r("☐ Sikring av sårbare overganger")), props="<w14:checkbox><w14:checked w14:val=\"0\"/></w14:checkbox>")
    add_xml(d, p(r("Forhåndsutfylt: "), locked, r(" Godkjent")), block.replace("<w:sdt>", "<w:sdt <NS>>", 1))
    doc = read(d, tmp_path)
    assert [(f.method, f.label, f.checked) for f in doc.fields()] == [
        ("content_control", "Godkjent", True),
        ("content_control", "Sikring av sårbare overganger", False),
    ]


def test_options_on_their_own_lines_share_the_question_above(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("3. Prioriterte områder (kryss av)")
    add_xml(
        d,
        table(
            tr(tc(), tc(cp(r("[X] Bruk av ordinært arbeidsliv")))),
            tr(tc(), tc(cp(r("[ ] Oppfølging av barnefamilier")))),
        ),
    )
    add_xml(d, table(tr(tc(cp(r("Kontaktperson"))), tc(cp(r("Kari"))))))
    d.add_paragraph("Ny ☒ Videreføring ☐")  # labels before boxes, no question: no group guessed
    d.add_paragraph("Andre tiltak:")
    d.add_paragraph("☐ Kompetanse")
    d.add_paragraph("☒ Evaluering")
    fields = read(d, tmp_path).fields()
    assert [(f.label, f.checked, f.group) for f in fields] == [
        ("Bruk av ordinært arbeidsliv", True, "3. Prioriterte områder (kryss av)"),
        ("Oppfølging av barnefamilier", False, "3. Prioriterte områder (kryss av)"),
        ("Ny", True, None),
        ("Videreføring", False, None),
        ("Kompetanse", False, "Andre tiltak"),
        ("Evaluering", True, "Andre tiltak"),
    ]


def test_box_column_left_of_its_labels(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("3. Prioriterte områder")
    box = '<w:name w:val="Avmerking{}"/><w:checkBox><w:sizeAuto/>{}</w:checkBox>'
    add_xml(
        d,
        table(
            tr(tc(cp(legacy(box.format(1, "<w:checked/>"), "FORMCHECKBOX"))), tc(cp(r("Bruk av ordinært arbeidsliv")))),
            tr(tc(cp(legacy(box.format(2, ""), "FORMCHECKBOX"))), tc(cp(r("Sikring av sårbare overganger")))),
        ),
    )
    doc = read(d, tmp_path)
    assert [row[0].text for row in doc.tables()[0].rows] == ["☒", "☐"]
    assert [(f.name, f.label, f.checked, f.group) for f in doc.fields()] == [
        ("Avmerking1", "Bruk av ordinært arbeidsliv", True, "3. Prioriterte områder"),
        ("Avmerking2", "Sikring av sårbare overganger", False, "3. Prioriterte områder"),
    ]


def test_checkbox_state_comes_from_w14_not_the_glyph(tmp_path: Path) -> None:
    d = docx.Document()
    lying = checkbox_cc(False).replace("☐", "X")  # a custom glyph that is no box character
    add_xml(d, p(lying, r(" Ekstern evaluering")))
    doc = read(d, tmp_path)
    assert texts(doc) == ["☐ Ekstern evaluering"]
    ((label, checked),) = [(f.label, f.checked) for f in doc.fields()]
    assert (label, checked) == ("Ekstern evaluering", False)


def test_cell_row_and_container_controls(tmp_path: Path) -> None:
    d = docx.Document()
    cell_control = cc(tc(cp(r("Nav Hamar"))), props='<w:tag w:val="kontor_1"/>')
    row_control = cc(tr(tc(cp(r("Rad i kontroll"))), tc(cp(r("verdi")))), props='<w:alias w:val="Radkontroll"/>')
    add_xml(d, table(tr(tc(cp(r("Kontor"))), cell_control), row_control))
    group = cc(p(cc(r("inni"), props='<w:tag w:val="id_7"/>')).replace(" <NS>", ""), props="<w:group/>")
    locked = cc(r("Fast ledetekst"), props='<w:lock w:val="sdtContentLocked"/>')
    add_xml(d, p(r("Gruppe:")), group.replace("<w:sdt>", "<w:sdt <NS>>", 1), p(locked))
    doc = read(d, tmp_path)
    (t,) = doc.tables()
    assert [[c.text for c in row] for row in t.rows] == [["Kontor", "Nav Hamar"], ["Rad i kontroll", "verdi"]]
    assert [(f.name, f.label, f.value) for f in doc.fields()] == [
        ("kontor_1", "Kontor", "Nav Hamar"),
        ("Radkontroll", "Radkontroll", "Rad i kontroll\nverdi"),
        ("id_7", "Gruppe", "inni"),
    ]
    assert "Fast ledetekst" in texts(doc)


# -- legacy form fields -------------------------------------------------------------
def test_legacy_text_fields(tmp_path: Path) -> None:
    d = docx.Document()
    name = '<w:name w:val="Tekst1"/><w:enabled/><w:textInput/>'
    add_xml(
        d,
        table(tr(tc(cp(r("Prosjektleder"))), tc(cp(legacy(name, "FORMTEXT", r("Ola ") + r("Nordmann")))))),
        p(legacy('<w:name w:val="Tekst2"/><w:statusText w:type="text" w:val="Antall stillinger"/><w:textInput/>',
                 "FORMTEXT", r("2"))),
        p(r("Tom: "), legacy(name, "FORMTEXT", r("\u2002\u2002\u2002\u2002\u2002"))),
        p(r("Dato: "), legacy('<w:name w:val="Dato1"/><w:textInput><w:type w:val="date"/></w:textInput>',
                              "FORMTEXT", r("01.08.2020"))),
    )
    doc = read(d, tmp_path)
    assert [(f.kind, f.method, f.name, f.label, f.value) for f in doc.fields()] == [
        ("text", "legacy_field", "Tekst1", "Prosjektleder", "Ola Nordmann"),
        ("text", "legacy_field", "Tekst2", "Antall stillinger", "2"),
        ("text", "legacy_field", "Tekst1", "Tom", None),
        ("date", "legacy_field", "Dato1", "Dato", "01.08.2020"),
    ]
    assert "Ola Nordmann" in texts(doc) and "2" in texts(doc)


def test_legacy_checkboxes_and_dropdowns(tmp_path: Path) -> None:
    d = docx.Document()

    def box(state: str) -> str:
        return legacy(f'<w:name w:val="Avmerking1"/><w:checkBox><w:sizeAuto/>{state}</w:checkBox>', "FORMCHECKBOX")

    add_xml(
        d,
        p(r("Ny søknad "), box("<w:checked/>"), r(" Videreføring "), box('<w:checked w:val="0"/>')),
        p(box('<w:default w:val="1"/>'), r(" Ekstern evaluering")),
        p(box(""), r(" Nettverk")),
        p(
            r("Fylke: "),
            legacy(
                '<w:name w:val="Rullegardin1"/><w:ddList><w:result w:val="2"/>'
                '<w:listEntry w:val="Agder"/><w:listEntry w:val="Innlandet"/><w:listEntry w:val="Vestland"/></w:ddList>',
                "FORMDROPDOWN",
            ),
        ),
        p(r("Standard: "), legacy('<w:ddList><w:listEntry w:val="Bokmål"/><w:listEntry w:val="Nynorsk"/></w:ddList>',
                                  "FORMDROPDOWN")),
    )
    doc = read(d, tmp_path)
    assert texts(doc) == [
        "Ny søknad ☒ Videreføring ☐",
        "☒ Ekstern evaluering",
        "☐ Nettverk",
        "Fylke: Vestland",
        "Standard: Bokmål",
    ]
    assert [(f.kind, f.method, f.label, f.checked, f.value) for f in doc.fields()] == [
        ("checkbox", "legacy_field", "Ny søknad", True, None),
        ("checkbox", "legacy_field", "Videreføring", False, None),
        ("checkbox", "legacy_field", "Ekstern evaluering", True, None),
        ("checkbox", "legacy_field", "Nettverk", False, None),
        ("dropdown", "legacy_field", "Fylke", None, "Vestland"),
        ("dropdown", "legacy_field", "Standard", None, "Bokmål"),
    ]


# -- glyph boxes ------------------------------------------------------------------
def test_typed_boxes_become_glyph_fields(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Ønsker dere ekstern prosessevaluering?")
    d.add_paragraph("☐ Ja   ☒ Nei")
    d.add_paragraph("Type søknad: [X] Ny  [ ] Videreføring")
    doc = read(d, tmp_path)
    assert [(f.method, f.label, f.checked, f.group) for f in doc.fields()] == [
        ("glyph", "Ja", False, "Ønsker dere ekstern prosessevaluering?"),
        ("glyph", "Nei", True, "Ønsker dere ekstern prosessevaluering?"),
        ("glyph", "Ny", True, "Type søknad"),
        ("glyph", "Videreføring", False, "Type søknad"),
    ]


# -- images -----------------------------------------------------------------------
def test_pictures_inline_anchored_and_vml_with_ink(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Signatur leder:")
    d.add_picture(io.BytesIO(png(True)), width=Pt(150))
    rel_white, _ = d.part.get_or_add_image(io.BytesIO(png(False, (50, 50))))
    rel_clear, _ = d.part.get_or_add_image(io.BytesIO(png(True, (120, 60), mode="RGBA")))
    anchored = (
        '<w:r><w:drawing><wp:anchor><wp:extent cx="635000" cy="254000"/>'
        '<wp:docPr id="7" name="Bilde 7" descr="Logo"/><a:graphic><a:graphicData><pic:pic><pic:blipFill>'
        f'<a:blip r:embed="{rel_white}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic>'
        "</wp:anchor></w:drawing></w:r>"
    )
    vml = (
        '<w:r><w:pict><v:shape style="width:90pt;height:45pt" alt="Håndskrevet signatur">'
        f'<v:imagedata r:id="{rel_clear}"/></v:shape></w:pict></w:r>'
    )
    add_xml(d, table(tr(tc(cp(r("Rådmann"))), tc(cp(vml)))), p(r("Vedlegg"), anchored))
    doc = read(d, tmp_path)
    inline, in_cell, logo = doc.images()
    lines = doc.pages[0].lines
    assert (inline.pixel_width, inline.pixel_height) == (200, 80)
    assert inline.display_size is not None and inline.display_size[0] == pytest.approx(150)
    assert 0.03 < inline.ink_ratio < 0.5 and inline.name == "image1.png"
    assert lines[inline.paragraph_index].text == "" and lines[inline.paragraph_index - 1].text == "Signatur leder:"
    assert inline.data == png(True)
    assert logo.ink_ratio == 0.0 and logo.name == "Logo" and logo.display_size == pytest.approx((50, 20))
    assert lines[logo.paragraph_index].text == "Vedlegg"
    assert in_cell.table_cell == (0, 0, 1) and in_cell.name == "Håndskrevet signatur"
    assert in_cell.display_size == (90, 45)
    assert 0.03 < in_cell.ink_ratio < 0.5  # transparent background counts as paper, not ink
    assert lines[in_cell.paragraph_index].table_cell == (0, 0, 1)


def _embed(d: docx.document.Document, blob: bytes, name: str, content_type: str) -> str:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    part = Part(PackURI(f"/word/embeddings/{name}"), content_type, blob, d.part.package)
    return d.part.relate_to(part, RT.PACKAGE)


def test_embedded_excel_budget_becomes_a_table(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["Post", None, "Beløp"])
    sheet.append(["Prosjektleder 100 %", None, 610000])
    sheet.append([None, None, None])
    sheet.append(["Kompetanse", None, 10000.0])
    out = io.BytesIO()
    book.save(out)
    d = docx.Document()
    d.add_paragraph("Budsjett:")
    preview, _ = d.part.get_or_add_image(io.BytesIO(png(False)))
    xlsx = _embed(d, out.getvalue(), "Budsjett.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    old = _embed(d, b"\xd0\xcf\x11\xe0 not readable", "oleObject1.bin", "application/vnd.openxmlformats-officedocument.oleObject")

    def ole(rel: str, prog_id: str) -> str:
        return (
            f'<w:r><w:object><v:shape style="width:200pt;height:60pt"><v:imagedata r:id="{preview}"/></v:shape>'
            f'<o:OLEObject Type="Embed" ProgID="{prog_id}" ShapeID="_x0000_i1025" r:id="{rel}"/></w:object></w:r>'
        )

    add_xml(d, p(ole(xlsx, "Excel.Sheet.12")), p(ole(old, "Excel.Sheet.8")))
    d.add_paragraph("Etter budsjettet")
    doc = read(d, tmp_path)
    (t,) = doc.tables()
    assert [[c.text for c in row] for row in t.rows] == [
        ["Post", "Beløp"],
        ["Prosjektleder 100 %", "610000"],
        ["Kompetanse", "10000"],
    ]
    cells = [(line.text, line.table_cell, line.style) for line in doc.lines() if line.table_cell]
    assert cells[3] == ("610000", (0, 1, 1), "embedded_excel")
    assert texts(doc)[-1] == "Etter budsjettet"
    assert len(doc.images()) == 2  # the previews are still pictures


def test_unreadable_picture_bytes_do_not_fail_the_document(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Før")
    d.add_picture(io.BytesIO(png(True)))
    path = save(d, tmp_path)
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            dst.writestr(item, b"\x89PNG\r\n\x1a\nnot really" if item.filename.startswith("word/media/") else data)
    (image,) = read_docx(broken).images()
    assert (image.pixel_width, image.ink_ratio) == (None, None) and image.data is not None


# -- metadata -----------------------------------------------------------------------
def test_metadata_from_core_properties(tmp_path: Path) -> None:
    import datetime as dt

    d = docx.Document()
    d.core_properties.title = "Søknad tilskudd 2020"
    d.core_properties.author = "Nav Kongsvinger"
    d.core_properties.created = dt.datetime(2020, 1, 20, 9, 30)
    d.core_properties.modified = dt.datetime(2020, 1, 28, 14, 0)
    d.add_paragraph("x")
    meta = read(d, tmp_path).metadata
    assert meta["title"] == "Søknad tilskudd 2020" and meta["author"] == "Nav Kongsvinger"
    assert meta["created"].startswith("2020-01-20T09:30") and meta["modified"].startswith("2020-01-28T14:00")


def test_no_core_properties_means_no_invented_metadata(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("x")
    path = save(d, tmp_path)
    stripped = tmp_path / "bare.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(stripped, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "docProps/core.xml":
                continue
            if item.filename == "_rels/.rels":
                data = re.sub(rb"<Relationship [^>]*core-properties[^>]*/>", b"", data)
            dst.writestr(item, data)
    assert read_docx(stripped).metadata == {}


def test_macro_enabled_documents_read_like_docx(tmp_path: Path) -> None:
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "Topptekst"
    d.add_paragraph("Navn: ")
    d.add_picture(io.BytesIO(png(True)))
    path = save(d, tmp_path)
    types = zipfile.ZipFile(path).read("[Content_Types].xml").replace(
        b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml"
    ).replace(b"application/vnd.openxmlformats-officedocument.ms-word", b"application/vnd.ms-word")
    docm = _docx_with(tmp_path, {"[Content_Types].xml": types}, source=path)
    doc = read_docx(docm)
    assert texts(doc) == ["Topptekst", "Navn:", ""] and len(doc.images()) == 1


# -- errors -------------------------------------------------------------------------
def _docx_with(tmp_path: Path, replace: dict[str, bytes | None], source: Path | None = None) -> Path:
    """A copy of ``source`` (default: a one-paragraph document) with parts replaced or (None) removed."""
    path = source or _plain(tmp_path)
    out = tmp_path / "changed.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            if item.filename in replace:
                if replace[item.filename] is not None:
                    dst.writestr(item, replace[item.filename])
            else:
                dst.writestr(item, src.read(item.filename))
    return out


@pytest.mark.parametrize(
    ("make", "nb_part", "en_part"),
    [
        (lambda t: t / "x.docx", "Kan ikke åpne filen", "Cannot open"),
        (lambda t: _write(t / "empty.docx", b""), "tom (0 byte)", "empty"),
        (lambda t: _write(t / "text.docx", b"Dette er ikke Word"), "ikke et gyldig Word-dokument (.docx)", "not a valid"),
        (
            lambda t: _write(t / "locked.docx", _ole("EncryptionInfo".encode("utf-16-le") + b"EncryptedPackage")),
            "passordbeskyttet",
            "password-protected",
        ),
        (lambda t: _write(t / "old.docx", _ole(b"W\x00o\x00r\x00d\x00D\x00o\x00c")), "eldre Word-dokument", "old Word"),
        (lambda t: _truncated(t), "skadet", "damaged"),
        (lambda t: _docx_with(t, {"word/document.xml": None}), "skadet", "damaged"),
        (lambda t: _docx_with(t, {"word/document.xml": b"<w:document><w:body>"}), "skadet", "damaged"),
        (
            lambda t: _docx_with(
                t,
                {
                    "[Content_Types].xml": zipfile.ZipFile(_plain(t)).read("[Content_Types].xml").replace(
                        b"wordprocessingml.document.main", b"spreadsheetml.sheet.main"
                    )
                },
            ),
            "ikke et Word-dokument",
            "not a Word document",
        ),
    ],
)
def test_bad_files_raise_unreadable_with_both_languages(tmp_path: Path, make, nb_part: str, en_part: str) -> None:
    with pytest.raises(UnreadableDocument) as caught:
        read_docx(make(tmp_path))
    assert nb_part in caught.value.message_nb and en_part in caught.value.message_en
    assert caught.value.message_nb != caught.value.message_en


def test_real_password_protected_docx(tmp_path: Path) -> None:
    """Made with msoffcrypto-tool (password "hemmelig") from a python-docx file."""
    with pytest.raises(UnreadableDocument) as caught:
        read_docx(FIXTURES / "passordbeskyttet.docx")
    assert "passordbeskyttet" in caught.value.message_nb and "without a password" in caught.value.message_en


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _ole(payload: bytes) -> bytes:
    return b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + payload


def _plain(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_paragraph("x")
    return save(d, tmp_path, "plain.docx")


def _truncated(tmp_path: Path) -> Path:
    data = _plain(tmp_path).read_bytes()
    return _write(tmp_path / "cut.docx", data[: len(data) // 2])


# -- labels -----------------------------------------------------------------------
def test_label_helpers() -> None:
    assert reads_like_words("Navn på Nav-kontor") and reads_like_words("Prosjektnavn")
    assert not any(reads_like_words(n) for n in ("Tekst1", "Text12", "txtNavn", "cb_01", "Check 3", "{1A2B}", "7", "orgnr"))
    assert clean_label("Kontaktperson:\t\u2002") == "Kontaktperson"
    assert clean_label("Adresse\nPostnummer: ") == "Postnummer"
    assert clean_label("☒ Annet, spesifiser:") == "Annet, spesifiser"
    assert clean_label(" \t:") is None


# -- performance and generated samples --------------------------------------------
def _three_page_form() -> docx.document.Document:
    d = docx.Document()
    for page in range(3):
        d.add_heading(f"Del {page + 1}", level=1)
        rows = []
        for i in range(12):
            rows.append(tr(tc(cp(r(f"Spørsmål {page}.{i}"))), tc(cp(cc(r(f"Svar {i}"), props=f'<w:tag w:val="f{i}"/>')))))
        add_xml(d, table(*rows))
        add_xml(d, p(r("Nettverk? "), checkbox_cc(True), r(" Ja "), checkbox_cc(False), r(" Nei")))
        for i in range(10):
            d.add_paragraph(f"Beskrivelse av prosjektet, avsnitt {i}, med litt tekst om tiltaket. " * 3)
        d.add_page_break()
    d.add_picture(io.BytesIO(png(True)))
    return d


def test_three_page_form_reads_fast(tmp_path: Path) -> None:
    path = save(_three_page_form(), tmp_path)
    read_docx(path)
    started = time.perf_counter()
    doc = read_docx(path)
    elapsed = time.perf_counter() - started
    assert len(doc.fields()) == 3 * 14 and [pg.number for pg in doc.pages] == [1, 2, 3, 4]
    assert elapsed < 0.5, f"reading took {elapsed:.3f} s"


def _expected_unreadable(sample: Path) -> bool:
    expected = sample.with_name(sample.stem + ".expected.json")
    if not expected.is_file():
        return False
    findings = json.loads(expected.read_text(encoding="utf-8")).get("findings", [])
    return any(f.get("code") == "DOCUMENT_UNREADABLE" for f in findings)


def test_generated_born_digital_samples_read() -> None:
    """Every generated Word sample reads (or, when its expected record says it
    is unreadable, raises the clear error), fast, with text on every page."""
    samples = sorted(SAMPLES.glob("*.docx"))
    if not samples:
        pytest.skip("samples/born_digital has no .docx yet (generated by the samples engineer)")
    for sample in samples:
        if _expected_unreadable(sample):
            with pytest.raises(UnreadableDocument):
                read_docx(sample)
            continue
        started = time.perf_counter()
        doc = read_docx(sample)
        assert time.perf_counter() - started < 1.0, sample.name
        assert doc.format == "docx" and doc.page_count is None, sample.name
        assert all(any(line.text.strip() for line in page.lines) for page in doc.pages), sample.name


# -- LibreOffice conversion ---------------------------------------------------------
# Tests that run the real soffice are marked ``libreoffice``: without it they fail
# (tests/conftest.py says what to install); its clear error has its own test below.


def _soffice_convert(sources: list[Path], target: str, outdir: Path) -> None:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={(outdir / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


def _convertible_form(tmp_path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Søknad om tilskudd", level=1)
    d.add_paragraph("Nav-kontor: Nav Kongsvinger")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "Stilling", "100 %"
    t.cell(1, 0).text, t.cell(1, 1).text = "Beløp", "610 000"
    d.add_page_break()
    d.add_paragraph("Signatur")
    return save(d, tmp_path, "soknad.docx")


def _legacy_field_form(tmp_path: Path) -> Path:
    d = docx.Document()
    box = '<w:name w:val="Avmerking{}"/><w:checkBox><w:sizeAuto/>{}</w:checkBox>'
    add_xml(
        d,
        table(tr(tc(cp(r("Prosjektleder"))), tc(cp(legacy('<w:name w:val="Tekst1"/><w:textInput/>', "FORMTEXT", r("Ola Nordmann")))))),
        p(
            r("Ny søknad "),
            legacy(box.format(1, "<w:checked/>"), "FORMCHECKBOX"),
            r(" Videreføring "),
            legacy(box.format(2, '<w:default w:val="0"/>'), "FORMCHECKBOX"),
        ),
        p(
            r("Fylke: "),
            legacy(
                '<w:name w:val="Rullegardin1"/><w:ddList><w:result w:val="1"/>'
                '<w:listEntry w:val="Agder"/><w:listEntry w:val="Innlandet"/></w:ddList>',
                "FORMDROPDOWN",
            ),
        ),
    )
    return save(d, tmp_path, "skjema.docx")


@pytest.fixture(scope="module")
def legacy_files(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Real .odt and .doc files, written by LibreOffice from generated .docx."""
    made = tmp_path_factory.mktemp("legacy")
    sources = [_convertible_form(made), _legacy_field_form(made)]
    _soffice_convert(sources, "doc", made)
    _soffice_convert(sources[:1], "odt", made)
    return made


@pytest.mark.libreoffice
@pytest.mark.parametrize("suffix", ["odt", "doc"])
def test_read_legacy_word_converts_real_files(legacy_files: Path, suffix: str) -> None:
    legacy_file = legacy_files / f"soknad.{suffix}"
    doc = read_legacy_word(legacy_file)
    assert doc.format == suffix and doc.path == str(legacy_file)
    assert doc.metadata["converted_from"] == suffix
    assert "Nav-kontor: Nav Kongsvinger" in texts(doc)
    (t,) = doc.tables()
    assert [[c.text for c in row] for row in t.rows] == [["Stilling", "100 %"], ["Beløp", "610 000"]]
    assert [(line.text, line.page) for line in doc.lines()][-1] == ("Signatur", 2)


@pytest.mark.libreoffice
def test_legacy_form_fields_survive_a_real_doc_file(legacy_files: Path) -> None:
    doc = read_legacy_word(legacy_files / "skjema.doc")
    assert doc.format == "doc"
    assert [(f.kind, f.method, f.label, f.value, f.checked) for f in doc.fields()] == [
        ("text", "legacy_field", "Prosjektleder", "Ola Nordmann", None),
        ("checkbox", "legacy_field", "Ny søknad", None, True),
        ("checkbox", "legacy_field", "Videreføring", None, False),
        ("dropdown", "legacy_field", "Fylke", "Innlandet", None),
    ]


@pytest.mark.libreoffice
def test_real_doc_file_named_docx_is_explained(legacy_files: Path, tmp_path: Path) -> None:
    renamed = tmp_path / "soknad.docx"
    renamed.write_bytes((legacy_files / "soknad.doc").read_bytes())
    with pytest.raises(UnreadableDocument) as caught:
        read_docx(renamed)
    assert "eldre Word-dokument (.doc)" in caught.value.message_nb


@pytest.mark.libreoffice
def test_convert_with_libreoffice_reports_a_file_it_cannot_load(tmp_path: Path) -> None:
    bad = _write(tmp_path / "skadet.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100)
    with pytest.raises(UnreadableDocument) as caught:
        convert_with_libreoffice(bad, workdir=tmp_path / "out")
    assert "kunne ikke konvertere skadet.doc" in caught.value.message_nb
    assert "could not convert" in caught.value.message_en


def test_missing_libreoffice_says_what_to_install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(convert.shutil, "which", lambda name: None)
    source = _write(tmp_path / "soknad.doc", b"any bytes")
    with pytest.raises(UnreadableDocument) as caught:
        read_legacy_word(source)
    assert "apt-get install libreoffice-writer" in caught.value.message_nb
    assert "Installer LibreOffice" in caught.value.message_nb
    assert "Install LibreOffice" in caught.value.message_en


def test_convert_rejects_missing_and_empty_files(tmp_path: Path) -> None:
    with pytest.raises(UnreadableDocument, match="not found"):
        convert_with_libreoffice(tmp_path / "finnes-ikke.doc")
    with pytest.raises(UnreadableDocument, match="empty"):
        convert_with_libreoffice(_write(tmp_path / "tom.odt", b""))
