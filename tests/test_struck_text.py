"""Text struck through in a Word file (``w:strike``, ``w:dstrike``) is what
the office deleted by hand: a form that says "stryk det som ikke passer" gets
the options that do not apply struck out, and a corrected figure may stand
struck beside the kept one. Struck text is never an answer (fix17a); its
paragraph's other text, and the paragraph itself, are still read."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from soknad_extract.extract import extract
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.schemes import get_scheme

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _texts(path: Path) -> list[str]:
    return [line.text for page in read_docx(path).pages for line in page.lines]


def _form(path: Path, kind_struck: str, kind_kept: str) -> Path:
    document = docx.Document()
    document.add_paragraph("Nav Vestby – søknad om tilskudd til sosiale tjenester 2020")
    para = document.add_paragraph("Søknaden gjelder (kryss ut det som ikke gjelder): ")
    para.add_run(kind_struck).font.strike = True
    para.add_run(" – ")
    para.add_run(kind_kept)
    document.add_paragraph("Prosjektets navn: Jobb først")
    document.save(path)
    return path


def test_struck_runs_are_not_read_and_the_rest_of_the_paragraph_is(tmp_path: Path) -> None:
    path = _form(tmp_path / "a.docx", "Videreføring av tiltak", "Nytt tiltak")
    texts = _texts(path)
    assert any("Nytt tiltak" in t for t in texts)
    assert not any("Videreføring" in t for t in texts)


def test_a_struck_option_is_not_the_chosen_kind(tmp_path: Path) -> None:
    path = _form(tmp_path / "b.docx", "Nytt tiltak", "Videreføring")
    draft = extract(read_docx(path), get_scheme("nav-sosiale-tjenester-2020")).draft
    assert draft.get("project.kind") == "continuation"


def test_double_strike_and_an_amount_corrected_beside_it(tmp_path: Path) -> None:
    document = docx.Document()
    para = document.add_paragraph("Sum omsøkt: kr ")
    para._p.append(parse_xml(f'<w:r {W}><w:rPr><w:dstrike/></w:rPr><w:t xml:space="preserve">480 000</w:t></w:r>'))
    para._p.append(parse_xml(f'<w:r {W}><w:t xml:space="preserve"> 450 000</w:t></w:r>'))
    off = document.add_paragraph()
    off._p.append(parse_xml(f'<w:r {W}><w:rPr><w:strike w:val="0"/></w:rPr><w:t>Ikke overstreket</w:t></w:r>'))
    document.save(tmp_path / "c.docx")
    texts = _texts(tmp_path / "c.docx")
    assert any("450 000" in t for t in texts) and not any("480" in t for t in texts)
    assert "Ikke overstreket" in texts
