"""The Word reader's section properties found by XPath and read once
(``readers.docx.read._sections``) are those a walk of every paragraph
found: the same elements in the same order, on the samples' bodies and on
hand-written ones (a section ended inside a table, a text box's paragraph
inside a run, a paragraph with two ``w:pPr``, a ``w:sectPr`` that is no
child of ``w:pPr``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from soknad_extract.readers.docx import read as docx_read
from soknad_extract.readers.docx.package import open_package
from soknad_extract.readers.docx.xml import PPR, SECT_PR, W_NS, P
from soknad_extract.readers.errors import UnreadableDocument

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "devset" / "docs"
SAMPLES = [p for folder in ("born_digital", "signed") for p in sorted((ROOT / "samples" / folder).glob("*.docx"))
           if not p.name.startswith("broken_")] + (sorted(DEVSET.glob("*.docx")) if DEVSET.is_dir() else [])


def _walked(body: etree._Element) -> list[etree._Element]:
    """Every paragraph walked in Python, as the reader did before."""
    found = [p.find(f"{PPR}/{SECT_PR}") for p in body.iter(P)]
    last = body.find(SECT_PR)
    return [s for s in found if s is not None] + ([last] if last is not None else [])


def _body(xml: str) -> etree._Element:
    return etree.fromstring(f'<w:body xmlns:w="{W_NS}">{xml}</w:body>')


HAND_WRITTEN = [
    "",
    '<w:sectPr w:id="last"/>',
    '<w:p><w:pPr><w:sectPr w:id="a"/></w:pPr></w:p><w:p/><w:sectPr w:id="last"/>',
    '<w:tbl><w:tr><w:tc><w:p><w:pPr><w:sectPr w:id="cell"/></w:pPr></w:p></w:tc></w:tr></w:tbl>'
    '<w:p><w:pPr><w:sectPr w:id="b"/></w:pPr></w:p>',
    '<w:p><w:r><w:txbxContent><w:p><w:pPr><w:sectPr w:id="inner"/></w:pPr></w:p></w:txbxContent></w:r>'
    '<w:pPr><w:sectPr w:id="outer"/></w:pPr></w:p>',
    '<w:p><w:pPr/><w:pPr><w:sectPr w:id="second-ppr"/><w:sectPr w:id="twice"/></w:pPr></w:p>',
    '<w:p><w:sectPr w:id="no-ppr"/></w:p><w:p><w:pPr><w:jc/></w:pPr></w:p>',
]


@pytest.mark.parametrize("xml", HAND_WRITTEN)
def test_hand_written_bodies(xml: str) -> None:
    body = _body(xml)
    assert docx_read._sections(body) == _walked(body)


def test_sample_bodies() -> None:
    assert len(SAMPLES) > 10
    with_sections = 0
    for path in SAMPLES:
        try:
            with open_package(path) as package:
                opened = docx_read._open(package)
        except UnreadableDocument:
            continue  # a damaged file of the dev set
        assert opened.sections == _walked(opened.body), path.name
        with_sections += bool(opened.sections)
    assert with_sections > 10  # the files end with their section; sections ended inside: hand-written above
