"""One signer, one signature: ink in the same Word cell, signing-grid row or
stacked block as a typed name is that signer's handwritten signature, never
a nameless handwritten one beside a typed one. Built here in wordings and
layouts other than the corpus files' (corpora 73, 74, 77)."""

from __future__ import annotations

import io

from docx import Document as WordDocument
from docx.shared import Pt

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.attach import ink_distance
from soknad_extract.extract.signatures.block import Block
from soknad_extract.layout.fragments import Fragment
from soknad_extract.readers import read_document
from tools.samplegen.signed import scribble_png

INK = None
"""A paragraph holding a picture of the pen's ink."""


def _word(tmp_path, body) -> list[tuple[str, str, str | None, str | None]]:
    word = WordDocument()
    word.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    word.add_paragraph("Vi søker om midler til en 100 % stilling som veileder.")
    body(word)
    path = tmp_path / "signed.docx"
    word.save(path)
    return [(s.role, s.kind, s.name, s.title) for s, _evidence in extract_signatures(read_document(path))]


def _fill(para, text: str | None, seed: int) -> None:
    if text is INK:
        para.add_run().add_picture(io.BytesIO(scribble_png(seed)), width=Pt(110))
    else:
        para.add_run(text)


def _cells(cells: list[list[str | None]]):
    def body(word) -> None:
        word.add_paragraph("Underskrifter")
        table = word.add_table(rows=1, cols=len(cells))
        for col, lines in enumerate(cells):
            cell = table.cell(0, col)
            for i, text in enumerate(lines):
                _fill(cell.paragraphs[0] if i == 0 else cell.add_paragraph(), text, 11 + col)
    return body


def _grid(header: list[str], rows: list[list[list[str | None]]]):
    def body(word) -> None:
        word.add_paragraph("Signering")
        table = word.add_table(rows=1 + len(rows), cols=len(header))
        for col, text in enumerate(header):
            table.cell(0, col).paragraphs[0].add_run(text)
        for r, row in enumerate(rows, start=1):
            for col, lines in enumerate(row):
                cell = table.cell(r, col)
                for i, text in enumerate(lines):
                    _fill(cell.paragraphs[0] if i == 0 else cell.add_paragraph(), text, 20 + 3 * r + col)
    return body


# --- a cell headed by the office, the ink, then labelled name and title ---------------

def test_office_heading_ink_and_labelled_fields_in_one_cell_are_one_signer(tmp_path) -> None:
    found = _word(tmp_path, _cells([
        ["Leder NAV Tromsø", INK, "Navn: Sigrid Olsen", "Tittel: Nav-leder", "Dato: 03.02.2020"],
        ["Tromsø kommune", INK, "Navn: Frank Kristiansen", "Tittel: Rådmann", "Dato: 04.02.2020"],
    ]))
    assert found == [("nav_leader", "handwritten", "Sigrid Olsen", "Nav-leder"),
                     ("municipality", "handwritten", "Frank Kristiansen", "Rådmann")]


def test_nynorsk_heading_and_stilling_label_are_one_signer(tmp_path) -> None:
    found = _word(tmp_path, _cells([
        ["Leiar for NAV Voss", INK, "Namn: Oddny Hjelle", "Stilling: Nav-leiar"],
    ]))
    assert found == [("nav_leader", "handwritten", "Oddny Hjelle", "Nav-leiar")]


def test_labelled_titles_of_two_offices_stay_two_signers(tmp_path) -> None:
    """The label is no office: "Stilling: Rådmann, Bindal" and "Stilling:
    Rådmann, Brønnøy" still name two offices, two signers."""
    found = _word(tmp_path, _cells([
        ["Navn: Per Holm", "Stilling: Rådmann, Bindal", "Navn: Eva Dahl", "Stilling: Rådmann, Brønnøy"],
    ]))
    assert [(r, n) for r, _k, n, _t in found] == [("municipality", "Per Holm"), ("municipality", "Eva Dahl")]


# --- a signing grid: the role in one cell, the ink in the next, name and title in the last --

def test_grid_row_with_role_cell_and_titled_name_cell_is_one_signer(tmp_path) -> None:
    found = _word(tmp_path, _grid(["Rolle og dato", "Signatur", "Navn og tittel"], [
        [["Leder ved NAV Lillestrøm", "12.02.2020"], [INK], ["Hanne Bø", "Nav-leder"]],
        [["Kommunedirektør", "13.02.2020"], [INK], ["Geir Aas", "kommunedirektør"]],
    ]))
    assert [(r, k, n) for r, k, n, _t in found] == [("nav_leader", "handwritten", "Hanne Bø"),
                                                   ("municipality", "handwritten", "Geir Aas")]


def test_grid_row_without_ink_stays_one_typed_signer(tmp_path) -> None:
    found = _word(tmp_path, _grid(["Rolle", "Underskrift", "Namn"], [
        [["Leiar Nav Os"], [""], ["Liv Tangen, Nav-leiar"]],
    ]))
    assert [(r, k, n) for r, k, n, _t in found] == [("nav_leader", "typed", "Liv Tangen")]


# --- stacked blocks: "Role: name", "Dato: date", the ink, then the line to sign on ----

def test_ink_under_each_blocks_date_line_is_that_signers(tmp_path) -> None:
    def body(word) -> None:
        word.add_paragraph("Underskrift")
        for seed, (role, name, day) in enumerate([("Konstituert Nav-leder", "Mona Ruud", "05.02.2020"),
                                                  ("Rådmann", "Trond Vik", "06.02.2020")]):
            word.add_paragraph(f"{role}:\t{name}")
            word.add_paragraph(f"Dato:\t{day}")
            _fill(word.add_paragraph(), INK, 40 + seed)
            word.add_paragraph("_" * 34)
    found = _word(tmp_path, body)
    assert [(r, k, n) for r, k, n, _t in found] == [("nav_leader", "handwritten", "Mona Ruud"),
                                                   ("municipality", "handwritten", "Trond Vik")]


# --- a scanned grid: ink in the row's signing column, lower than the typed name -----

def _frag(text: str, box, cell, order: int) -> Fragment:
    return Fragment(text=text, page=1, box=box, real=True, order=order, ocr=True, table_cell=cell)


def test_scanned_row_ink_stands_beside_name_and_date_of_its_cell() -> None:
    """The date typed under the name in the name's cell is the signer's own
    line: ink written across the row's lower half stands beside the block."""
    role = _frag("Konstituert Nav-leder", (70, 610, 180, 619), (1, 1, 0), 1)
    name = _frag("Ingrid Moen", (230, 610, 282, 618), (1, 1, 1), 2)
    day = _frag("11.02.2020", (231, 622, 280, 630), (1, 1, 1), 3)
    block = Block(page=1, role="nav_leader", title="Konstituert Nav-leder", frags=[role, name, day],
                  name="Ingrid Moen", name_frag=name, date_frag=day, role_frags=[role])
    assert block.core_box[3] == 630
    assert ink_distance(block, (390, 615, 520, 640), None) is not None


def test_a_date_line_over_both_columns_is_still_shared() -> None:
    """"Sted og dato" printed once across both columns says nothing of either block's extent."""
    name = _frag("Ingrid Moen", (60, 600, 112, 608), None, 1)
    title = _frag("Nav-leder", (60, 612, 100, 620), None, 2)
    day = _frag("Sted og dato: Kongsberg, 11.02.2020", (60, 640, 400, 648), None, 3)
    block = Block(page=1, role="nav_leader", title="Nav-leder", frags=[name, title, day], name="Ingrid Moen",
                  name_frag=name, date_frag=day, role_frags=[title])
    assert block.core_box[3] == 620
