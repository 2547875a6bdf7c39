"""The styles part read a style at a time answers as the whole part parsed.

``readers/docx/styles.StylePart`` cuts the part into its ``w:style``
elements and parses one only when asked. The reference here parses the
whole part and builds the lookup tables eagerly, as the reader did before;
both must answer every style id (and unknown ids, and None) alike, on the
samples' Word files, on python-docx's template and on hand-written parts
with inheritance, defaults, duplicates, entities, another prefix, a default
namespace and UTF-16.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import pytest
from lxml import etree

from soknad_extract import bounded, limits
from soknad_extract.readers.docx.run_style import RunStyle, RunStyles, run_properties
from soknad_extract.readers.docx.styles import _UI_NAMES, StyleMap, StylePart
from soknad_extract.readers.docx.xml import PPR, RPR, W_NS, child, flag, on_off, val, w

ROOT = Path(__file__).resolve().parents[1]
W = f'xmlns:w="{W_NS}"'


class _Reference:
    """The eager tables over the whole part parsed at once: a later definition
    of an id replaces an earlier one whole (Word never writes two)."""

    def __init__(self, data: bytes) -> None:
        root = etree.fromstring(data)
        self.names: dict[str, str] = {}
        self.para_based: dict[str, str] = {}
        self.breaks: dict[str, bool] = {}
        self.default_name: str | None = None
        self.own: dict[str, RunStyle] = {}
        self.run_based: dict[str, str] = {}
        self.default_paragraph: str | None = None
        self.defaults = run_properties(child(child(root.find(w("docDefaults")), w("rPrDefault")), RPR))
        last: dict[tuple[str, str], etree._Element] = {}
        for style in root.iterfind(w("style")):
            kind = style.get(w("type")) or ""
            last[(kind, style.get(w("styleId")) or "")] = style
            if kind in ("paragraph", "character"):
                last[("run", style.get(w("styleId")) or "")] = style
            if kind == "paragraph" and style.get(w("default")) is not None and on_off(style, w("default")):
                self.default_paragraph = style.get(w("styleId")) or ""
        for (kind, style_id), style in last.items():
            parent = val(style, w("basedOn"))
            if kind == "run":
                self.own[style_id] = run_properties(style.find(RPR))
                if parent:
                    self.run_based[style_id] = parent
            if kind != "paragraph":
                continue
            name = val(style, w("name")) or style_id
            self.names[style_id] = _UI_NAMES.get(name, name)
            if parent:
                self.para_based[style_id] = parent
            breaks = flag(child(style, PPR), w("pageBreakBefore"))
            if breaks is not None:
                self.breaks[style_id] = breaks
        if self.default_paragraph is not None:
            self.default_name = self.names[self.default_paragraph]

    def name(self, style_id: str | None) -> str | None:
        return self.default_name if style_id is None else self.names.get(style_id, style_id)

    def page_break_before(self, style_id: str | None) -> bool:
        seen: set[str] = set()
        while style_id and style_id not in seen:
            seen.add(style_id)
            if style_id in self.breaks:
                return self.breaks[style_id]
            style_id = self.para_based.get(style_id)
        return False

    def chain(self, style_id: str) -> RunStyle:
        own, seen, current = RunStyle(), set(), style_id
        while current and current not in seen:
            seen.add(current)
            own = own.over(self.own.get(current, RunStyle()))
            current = self.run_based.get(current)
        return own

    def paragraph(self, style_id: str | None) -> RunStyle:
        style_id = style_id or self.default_paragraph
        return self.chain(style_id).over(self.defaults) if style_id else self.defaults


def _part(data: bytes) -> StylePart:
    return StylePart(data, limits.DEFAULT, "word/styles.xml", lambda head: bounded.parse_xml(head))


def _run(style_id: str) -> etree._Element:
    return etree.fromstring(f'<w:r {W}><w:rPr><w:rStyle w:val="{escape(style_id, {chr(34): "&quot;"})}"/></w:rPr></w:r>'.encode())


def _assert_same(data: bytes) -> None:
    reference, part = _Reference(data), _part(data)
    styles, runs = StyleMap(part), RunStyles(part)
    ids = [e.get(w("styleId")) or "" for e in etree.fromstring(data).iterfind(w("style"))]
    for style_id in [*ids, None, "NoSuchStyle", ""]:
        assert styles.name(style_id) == reference.name(style_id), style_id
        assert styles.page_break_before(style_id) == reference.page_break_before(style_id), style_id
        assert runs.paragraph(style_id) == reference.paragraph(style_id), style_id
        if style_id:
            base = RunStyle(False, (0.0, 0.0, 0.0), 11.0)
            assert runs.run(base, _run(style_id)) == reference.chain(style_id).over(base), style_id
    assert styles.default_name == reference.default_name
    assert runs.defaults == reference.defaults


def _styles(*styles: str, head: str = "", encoding: str = "UTF-8") -> bytes:
    return (f'<?xml version="1.0" encoding="{encoding}" standalone="yes"?>\n<w:styles {W}>{head}'
            + "".join(styles) + "</w:styles>").encode(encoding.lower())


def _samples_styles() -> list[bytes]:
    parts = []
    for path in sorted(ROOT.glob("samples/**/*.docx")):
        if not zipfile.is_zipfile(path):
            continue
        with zipfile.ZipFile(path) as archive:
            if "word/styles.xml" in archive.namelist():
                parts.append(archive.read("word/styles.xml"))
    return parts


def test_the_samples_word_files_read_alike() -> None:
    parts = _samples_styles()
    assert len(parts) >= 10
    for data in parts:
        _assert_same(data)


def test_python_docx_template_reads_alike_after_edits() -> None:
    document = docx.Document()
    heading = document.styles["Heading 1"]
    heading.paragraph_format.page_break_before = True
    heading.font.italic = True
    custom = document.styles.add_style("Hjelpetekst & hint", docx.enum.style.WD_STYLE_TYPE.PARAGRAPH)
    custom.base_style = heading
    custom.font.size = docx.shared.Pt(8)
    buffer = io.BytesIO()
    document.save(buffer)
    with zipfile.ZipFile(buffer) as archive:
        data = archive.read("word/styles.xml")
    _assert_same(data)
    styles = StyleMap(_part(data))
    assert styles.name(custom.style_id) == "Hjelpetekst & hint"
    assert styles.page_break_before(custom.style_id) is True  # from Heading 1, its base
    assert RunStyles(_part(data)).paragraph(custom.style_id).italic is True


HAND_WRITTEN = {
    "chain and default": _styles(
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        '<w:rPr><w:sz w:val="22"/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Base"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
        '<w:pPr><w:pageBreakBefore/></w:pPr><w:rPr><w:i/><w:color w:val="808080"/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Child"><w:name w:val="Child"/><w:basedOn w:val="Base"/>'
        '<w:pPr><w:pageBreakBefore w:val="0"/></w:pPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="Grandchild"><w:basedOn w:val="Child"/></w:style>',
        '<w:style w:type="character" w:styleId="Hint"><w:name w:val="Hint"/><w:basedOn w:val="Base"/>'
        '<w:rPr><w:i w:val="false"/></w:rPr></w:style>',
        '<w:style w:type="table" w:styleId="Grid"><w:name w:val="Grid"/></w:style>',
        head='<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/></w:rPr></w:rPrDefault></w:docDefaults>'
             '<w:latentStyles w:defQFormat="0"><w:lsdException w:name="Normal"/></w:latentStyles>',
    ),
    "duplicates, cycles and a default turned off": _styles(
        '<w:style w:type="paragraph" w:default="0" w:styleId="A"><w:name w:val="First A"/></w:style>',
        '<w:style w:type="paragraph" w:styleId="A"><w:name w:val="Second A"/><w:basedOn w:val="B"/></w:style>',
        '<w:style w:type="character" w:styleId="A"><w:name w:val="Character A"/></w:style>',
        '<w:style w:type="paragraph" w:default="true" w:styleId="B"><w:basedOn w:val="A"/>'
        '<w:rPr><w:i/></w:rPr></w:style>',
        '<w:style w:type="paragraph" w:styleId="C"/>',
    ),
    "entities, quotes and a > in a value": _styles(
        "<w:style w:type='paragraph' w:styleId='R&amp;D' w:customStyle=\"a>b\"><w:name w:val='R&amp;D'/>"
        "<w:rPr><w:color w:val='FF0000'/></w:rPr></w:style>",
        '<!-- <w:style w:styleId="InComment"/> --><w:style w:type="paragraph" w:styleId="After">'
        '<w:name w:val="After"/><w:basedOn w:val="R&amp;D"/></w:style>',
    ),
    "another prefix": _styles().replace(b"<w:styles", b"<x:styles xmlns:x=\"" + W_NS.encode() + b"\"").replace(
        b"</w:styles>",
        b'<x:style x:type="paragraph" x:default="1" x:styleId="N"><x:name x:val="Body"/>'
        b'<x:rPr><x:i/></x:rPr></x:style></x:styles>'),
    "a default namespace": (
        f'<styles xmlns="{W_NS}" {W}><style w:type="paragraph" w:default="1" w:styleId="N">'
        '<name w:val="Body"/><pPr><pageBreakBefore/></pPr></style></styles>').encode(),
    "UTF-16": _styles('<w:style w:type="paragraph" w:default="1" w:styleId="Nå"><w:name w:val="Brødtekst"/>'
                      '</w:style>', encoding="UTF-16"),
    "no styles at all": _styles(head="<w:docDefaults/>"),
}


@pytest.mark.parametrize("name", sorted(HAND_WRITTEN))
def test_hand_written_styles_parts_read_alike(name: str) -> None:
    _assert_same(HAND_WRITTEN[name])


def test_a_style_is_parsed_only_when_asked_for() -> None:
    part = _part(HAND_WRITTEN["chain and default"])
    parsed = sum(1 for element in part._parsed.values() if element is not None)
    assert parsed == 1  # the default paragraph style, found while indexing
    StyleMap(part).page_break_before("Grandchild")
    # Grandchild, then Child, whose own "no page break" ends the walk before Base
    assert sum(1 for element in part._parsed.values() if element is not None) == 3


def test_a_damaged_style_is_absent_and_the_rest_still_read() -> None:
    data = _styles('<w:style w:type="paragraph" w:styleId="Broken"><w:name w:val="Broken"></w:style>',
                   '<w:style w:type="paragraph" w:styleId="Fine"><w:name w:val="Fine"/></w:style>')
    styles = StyleMap(_part(data))
    assert styles.name("Fine") == "Fine"
    assert styles.name("Broken") == "Broken"


def test_a_style_nested_past_the_depth_limit_is_refused() -> None:
    deep = "<w:rPr>" * 5 + "</w:rPr>" * 5
    data = _styles(f'<w:style w:type="paragraph" w:styleId="Deep">{deep}</w:style>')
    small = limits.Limits(xml_max_depth=5)
    part = StylePart(data, small, "word/styles.xml", lambda head: bounded.parse_xml(head, small))
    with pytest.raises(limits.LimitExceeded):
        StyleMap(part).name("Deep")
