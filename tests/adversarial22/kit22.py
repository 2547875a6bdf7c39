"""Raw-XML Word package writer, seeded ink and small helpers for tests/adversarial22 (no extractor code)."""
from __future__ import annotations

import io
import random
import zipfile
from xml.sax.saxutils import escape

from PIL import Image, ImageDraw

NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'mc:Ignorable="w14 w15"')
FIXED = (2020, 1, 28, 9, 0, 0)


def orgnr(prefix8: str, valid: bool = True) -> str:
    """A 9-digit organisation number with a right (or deliberately wrong) MOD11 digit."""
    n = int(prefix8)
    while True:
        d = [int(c) for c in f"{n:08d}"]
        s = sum(a * b for a, b in zip(d, [3, 2, 7, 6, 5, 4, 3, 2]))
        c = 11 - s % 11
        c = 0 if c == 11 else c
        if c != 10:
            break
        n += 1
    return f"{n:08d}{c if valid else (c + 1) % 10}"


def ink_png(seed: int, w: int = 420, h: int = 120) -> bytes:
    """A seeded scribble that looks like a handwritten signature (transparent PNG)."""
    rnd = random.Random(seed)
    im = Image.new("RGBA", (w, h), (255, 255, 255, 0))
    dr = ImageDraw.Draw(im)
    x, y = 20, h // 2
    pts = [(x, y)]
    for _ in range(60):
        x += rnd.randint(2, 9)
        y = max(12, min(h - 12, y + rnd.randint(-22, 22)))
        pts.append((x, y))
        if x > w - 40:
            break
    dr.line(pts, fill=(20, 30, 110, 255), width=4, joint="curve")
    dr.line([(30, h - 25), (x - 10, h - 30 + rnd.randint(-5, 5))], fill=(20, 30, 110, 255), width=3)
    b = io.BytesIO()
    im.save(b, "PNG")
    return b.getvalue()


# ---------------------------------------------------------------- runs and paragraphs
def rpr(b=False, i=False, vanish=False, font=None, sz=None, color=None):
    x = ""
    if font:
        x += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    if b:
        x += "<w:b/>"
    if i:
        x += "<w:i/>"
    if vanish:
        x += "<w:vanish/>"
    if color:
        x += f'<w:color w:val="{color}"/>'
    if sz:
        x += f'<w:sz w:val="{sz}"/>'
    return f"<w:rPr>{x}</w:rPr>" if x else ""


def R(text, **k):
    parts = str(text).split("\n")
    body = "<w:br/>".join(f'<w:t xml:space="preserve">{escape(t)}</w:t>' for t in parts)
    return f"<w:r>{rpr(**k)}{body}</w:r>"


def TAB():
    return "<w:r><w:tab/></w:r>"


def SYM(char, font="Wingdings"):
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def BOX(on):  # Wingdings ☒ / ☐
    return SYM("F0FE" if on else "F0A8")


def P(*runs, style=None, num=None, jc=None, keep=False, sect=None, spacing=None):
    pp = ""
    if style:
        pp += f'<w:pStyle w:val="{style}"/>'
    if num:
        pp += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    if spacing is not None:
        pp += f'<w:spacing w:after="{spacing}"/>'
    if jc:
        pp += f'<w:jc w:val="{jc}"/>'
    if sect:
        pp += sect
    return f"<w:p>{'<w:pPr>' + pp + '</w:pPr>' if pp else ''}{''.join(runs)}</w:p>"


def T(text, **k):
    return P(R(text, **{kk: v for kk, v in k.items() if kk in ("b", "i", "vanish", "font", "sz", "color")}),
             **{kk: v for kk, v in k.items() if kk in ("style", "num", "jc")})


def FLD(instr, result_runs, locked=False):
    """A complex field: begin / instruction / separate / cached result / end."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {escape(instr)} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{result_runs}<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def FLDSIMPLE(instr, text):
    return f'<w:fldSimple w:instr=" {escape(instr)} ">{R(text)}</w:fldSimple>'


def BOOKMARK(bid, name, inner):
    return f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>{inner}<w:bookmarkEnd w:id="{bid}"/>'


def FNREF(fid):
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{fid}"/></w:r>'


def ENREF(eid):
    return f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="{eid}"/></w:r>'


def FORMTEXT(name, value, bid):
    """Legacy text form field with its result; an empty value is five en spaces as Word writes it."""
    shown = value if value else "\u2002" * 5
    return (f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>'
            '<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/>'
            '</w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{escape(shown)}</w:t></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r><w:bookmarkEnd w:id="{bid}"/>')


def FORMCHECK(name, default, checked=None):
    """Legacy check box: w:default, optionally overridden by w:checked (Word's rule)."""
    ch = "" if checked is None else (f'<w:checked w:val="{1 if checked else 0}"/>')
    return ('<w:r><w:fldChar w:fldCharType="begin"><w:ffData>'
            f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/>'
            f'<w:checkBox><w:sizeAuto/><w:default w:val="{1 if default else 0}"/>{ch}</w:checkBox>'
            '</w:ffData></w:fldChar></w:r>'
            '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


# ---------------------------------------------------------------- tables
def CELL(content, w=3000, vmerge=None, span=None, shade=None):
    if isinstance(content, str) and not content.startswith("<w:p"):
        content = P(R(content))
    tc = f'<w:tcW w:w="{w}" w:type="dxa"/>'
    if span:
        tc += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        tc += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        tc += "<w:vMerge/>"
    if shade:
        tc += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    return f"<w:tc><w:tcPr>{tc}</w:tcPr>{content or P()}</w:tc>"


def TBL(rows, widths, borders=True):
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    b = ""
    if borders:
        b = "<w:tblBorders>" + "".join(
            f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"
    else:
        b = "<w:tblBorders>" + "".join(f'<w:{s} w:val="nil"/>' for s in (
            "top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"
    trs = "".join("<w:tr>" + "".join(r) + "</w:tr>" for r in rows)
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{b}'
            f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>')


def SECT(landscape=False, cols=1, title_pg=False, header_first=None, header=None):
    w, h = (16838, 11906) if landscape else (11906, 16838)
    o = ' w:orient="landscape"' if landscape else ""
    refs = ""
    if header_first:
        refs += f'<w:headerReference w:type="first" r:id="{header_first}"/>'
    if header:
        refs += f'<w:headerReference w:type="default" r:id="{header}"/>'
    c = f'<w:cols w:num="{cols}" w:space="567"/>' if cols > 1 else '<w:cols w:space="708"/>'
    return (f'<w:sectPr>{refs}<w:pgSz w:w="{w}" w:h="{h}"{o}/>'
            '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" '
            f'w:footer="567" w:gutter="0"/>{c}{"<w:titlePg/>" if title_pg else ""}</w:sectPr>')


# ---------------------------------------------------------------- the package
STYLES_BASE = """<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{ea}" w:cs="{font}"/>
<w:sz w:val="22"/><w:lang w:val="nb-NO"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="100"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="{normal}"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="{h1}"><w:name w:val="heading 1"/><w:basedOn w:val="{normal}"/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="{h2}"><w:name w:val="heading 2"/><w:basedOn w:val="{normal}"/><w:pPr><w:keepNext/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Hjelpetekst"><w:name w:val="Hjelpetekst"/><w:basedOn w:val="{normal}"/><w:rPr><w:i/><w:vanish/><w:color w:val="2F5496"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
"""

NUMBERING = """<w:numbering {ns}>
<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>
<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


class Docx:
    """Collects the parts of a WordprocessingML package and writes it with fixed zip timestamps."""

    def __init__(self, font="Calibri", ea=None, normal="Normal", h1="Heading1", h2="Heading2",
                 app="Microsoft Office Word", app_version="16.0000", compat=15, lang="nb-NO"):
        self.font, self.ea, self.normal, self.h1, self.h2 = font, ea or font, normal, h1, h2
        self.app, self.app_version, self.compat, self.lang = app, app_version, compat, lang
        self.rels: list[tuple[str, str, str, str | None]] = []  # id, type, target, mode
        self.parts: dict[str, bytes] = {}
        self.ctypes: dict[str, str] = {}
        self.footnotes: list[str] = []
        self.endnotes: list[str] = []
        self.extra_styles = ""
        self.settings_extra = ""
        self.main_ct = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
        self.extra_pkg_rels = ""
        self._n = 10

    def rid(self):
        self._n += 1
        return f"rId{self._n}"

    def image(self, png: bytes, cx_cm=4.0, cy_cm=1.15, name="ink") -> str:
        rid = self.rid()
        fn = f"media/{name}{rid}.png"
        self.parts["word/" + fn] = png
        self.rels.append((rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", fn, None))
        cx, cy = int(cx_cm * 360000), int(cy_cm * 360000)
        pid = self._n
        return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
                f'<wp:docPr id="{pid}" name="Bilde {pid}"/><a:graphic><a:graphicData '
                'uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>'
                f'<pic:nvPicPr><pic:cNvPr id="{pid}" name="{name}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
                f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
                '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
                "</wp:inline></w:drawing></w:r>")

    def footnote(self, text_runs) -> str:
        self.footnotes.append(text_runs)
        return FNREF(len(self.footnotes))

    def endnote(self, text_runs) -> str:
        self.endnotes.append(text_runs)
        return ENREF(len(self.endnotes))

    def header(self, body_xml) -> str:
        rid = self.rid()
        fn = f"header{rid}.xml"
        self.parts["word/" + fn] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {NS}>{body_xml}</w:hdr>'.encode()
        self.ctypes["/word/" + fn] = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
        self.rels.append((rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/header", fn, None))
        return rid

    def altchunk(self, html: str) -> str:
        rid = self.rid()
        fn = f"afchunk{rid}.htm"
        self.parts["word/" + fn] = html.encode("utf-8")
        self.rels.append((rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk", fn, None))
        return f'<w:altChunk r:id="{rid}"/>'

    def custom_xml(self, xml: str, store_id: str):
        self.parts["customXml/item1.xml"] = xml.encode("utf-8")
        self.parts["customXml/itemProps1.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            f'<ds:datastoreItem ds:itemID="{store_id}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">'
            '<ds:schemaRefs/></ds:datastoreItem>').encode()
        self.parts["customXml/_rels/item1.xml.rels"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"/>'
            "</Relationships>").encode()
        self.ctypes["/customXml/itemProps1.xml"] = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml"
        rid = self.rid()
        self.rels.append((rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml",
                          "../customXml/item1.xml", None))

    def _notes(self, kind, items):
        tag = "footnote" if kind == "footnotes" else "endnote"
        sep = (f'<w:{tag} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{tag}>'
               f'<w:{tag} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{tag}>')
        ref = "footnoteRef" if tag == "footnote" else "endnoteRef"
        body = "".join(
            f'<w:{tag} w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:{ref}/></w:r>{R(" ")}{runs}</w:p></w:{tag}>'
            for i, runs in enumerate(items, 1))
        return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind} {NS}>{sep}{body}</w:{kind}>'

    def save(self, path, body_xml, core_title="Søknad", author="Nav", created="2020-01-20"):
        doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body_xml}</w:body></w:document>'
        styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {NS}>'
                  + STYLES_BASE.format(font=self.font, ea=self.ea, normal=self.normal, h1=self.h1, h2=self.h2)
                  + self.extra_styles + "</w:styles>")
        settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {NS}>'
                    f'<w:defaultTabStop w:val="708"/>{self.settings_extra}'
                    f'<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="{self.compat}"/></w:compat>'
                    "</w:settings>")
        rels = [("rId1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml", None),
                ("rId2", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings", "settings.xml", None),
                ("rId3", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", "numbering.xml", None)]
        parts = {"word/document.xml": doc.encode(), "word/styles.xml": styles.encode(),
                 "word/settings.xml": settings.encode(),
                 "word/numbering.xml": NUMBERING.format(ns=NS).encode()}
        if self.footnotes:
            rels.append(("rId4", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes", "footnotes.xml", None))
            parts["word/footnotes.xml"] = self._notes("footnotes", self.footnotes).encode()
        if self.endnotes:
            rels.append(("rId5", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes", "endnotes.xml", None))
            parts["word/endnotes.xml"] = self._notes("endnotes", self.endnotes).encode()
        rels += self.rels
        parts.update(self.parts)
        relxml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                  + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{g}"/>' for i, t, g, _ in rels) + "</Relationships>")
        parts["word/_rels/document.xml.rels"] = relxml.encode()
        parts["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                                '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
                                + self.extra_pkg_rels + "</Relationships>").encode()
        parts["docProps/core.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                                      f'<dc:title>{escape(core_title)}</dc:title><dc:creator>{escape(author)}</dc:creator>'
                                      '<dcterms:created xsi:type="dcterms:W3CDTF">' + created + 'T08:00:00Z</dcterms:created>'
                                      "</cp:coreProperties>").encode()
        parts["docProps/app.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                                     f"<Application>{escape(self.app)}</Application><AppVersion>{self.app_version}</AppVersion></Properties>").encode()
        ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
              '<Default Extension="htm" ContentType="application/xhtml+xml"/>'
              '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
              f'<Override PartName="/word/document.xml" ContentType="{self.main_ct}"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
              '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
              + "".join(f'<Override PartName="{k}" ContentType="{v}"/>' for k, v in self.ctypes.items())
              + "</Types>")
        if not self.footnotes:
            ct = ct.replace('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>', "")
        if not self.endnotes:
            ct = ct.replace('<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>', "")
        parts["[Content_Types].xml"] = ct.encode()
        order = ["[Content_Types].xml", "_rels/.rels"] + sorted(k for k in parts if k not in ("[Content_Types].xml", "_rels/.rels"))
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for k in order:
                zi = zipfile.ZipInfo(k, FIXED)
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, parts[k])
