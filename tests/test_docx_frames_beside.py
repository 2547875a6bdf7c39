"""Word frames set beside their label: each answer sits in a framed paragraph
(``w:framePr``, anchored to the text, no vertical offset) that comes before
its label in the file but stands right of it on the page. Read where it
stands, the answer follows its label; a frame placed on the page has no
neighbour we can name and keeps its place. Documents built here."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from soknad_extract.readers import read_document

_FRAME = '<w:framePr {} w:w="4000" w:wrap="around" w:vAnchor="{}" w:hAnchor="page" w:x="6000" w:y="{}"/>'


def _doc(path: Path, pairs: list[tuple[str, str]], v_anchor: str = "text", y: int = 0) -> Path:
    document = docx.Document()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester 2021")
    for label, answer in pairs:
        framed = document.add_paragraph(answer)
        framed._p.get_or_add_pPr().append(parse_xml(_FRAME.format(nsdecls("w"), v_anchor, y)))
        document.add_paragraph(label)
    document.save(str(path))
    return path


_PAIRS = [("Navn på tiltak", "Veien videre"), ("Kontaktperson", "Ola Berg"), ("Omsøkt beløp", "350 000")]


def test_a_frame_beside_its_label_is_read_after_it(tmp_path):
    lines = read_document(_doc(tmp_path / "f.docx", _PAIRS)).text().splitlines()
    for label, answer in _PAIRS:
        assert lines.index(answer) == lines.index(label) + 1


def test_a_frame_placed_on_the_page_keeps_its_place(tmp_path):
    lines = read_document(_doc(tmp_path / "p.docx", _PAIRS, v_anchor="page", y=3000)).text().splitlines()
    for label, answer in _PAIRS:
        assert lines.index(answer) == lines.index(label) - 1


def test_a_side_heading_in_the_left_margin_keeps_its_place(tmp_path):
    document = docx.Document()
    heading = document.add_paragraph("Budsjett")
    heading._p.get_or_add_pPr().append(parse_xml(
        f'<w:framePr {nsdecls("w")} w:w="1200" w:wrap="around" w:vAnchor="text" w:hAnchor="page" w:x="200" w:y="0"/>'))
    document.add_paragraph("Lønn og sosiale utgifter: 400 000")
    document.save(str(tmp_path / "s.docx"))
    lines = read_document(tmp_path / "s.docx").text().splitlines()
    assert lines.index("Budsjett") < lines.index("Lønn og sosiale utgifter: 400 000")
