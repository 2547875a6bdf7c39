"""Word mechanics of corpus 81 (tester81): raw WordprocessingML pieces (runs, paragraphs, tables with merged
and nested cells, content controls, legacy form fields, Symbol-font check boxes, tracked changes, text boxes,
inline and floating ink), a small Word document wrapper with header/footer and comments, flat-ODT for
LibreOffice round trips (.odt, .doc, LibreOffice .docx), and the PDF routes (LibreOffice PDF, 300 dpi scan,
PAdES). Ink, zip normalising and pyHanko signing come from corpus 38's kit."""
from __future__ import annotations

import base64
import datetime
import io
import itertools
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import ink_png, normalise_zip  # noqa: E402
from pdf38 import _self_signed, _sign  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
NS = " ".join(f'xmlns:{k}="{v}"' for k, v in {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml", "o": "urn:schemas-microsoft-com:office:office"}.items())
_ids = itertools.count(1)


def orgnr(base8: str, valid: bool = True) -> str:
    """Nine digits with a MOD11 check digit (a wrong one when not ``valid``)."""
    r = 11 - sum(int(d) * k for d, k in zip(base8, [3, 2, 7, 6, 5, 4, 3, 2])) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


# ------------------------------------------------------------------ runs and paragraphs (XML strings)
def R(text: str, b=False, i=False, font=None, sz=None, color=None, style=None, u=False) -> str:
    pr = ""
    if style:
        pr += f'<w:rStyle w:val="{style}"/>'
    if font:
        pr += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    pr += "<w:b/>" * b + "<w:i/>" * i
    pr += f'<w:color w:val="{color}"/>' if color else ""
    pr += f'<w:sz w:val="{int(sz * 2)}"/>' if sz else ""
    pr += '<w:u w:val="single"/>' if u else ""
    out = []
    for k, line in enumerate(text.split("\n")):
        if k:
            out.append("<w:br/>")
        for j, part in enumerate(line.split("\t")):
            if j:
                out.append("<w:tab/>")
            if part:
                out.append(f'<w:t xml:space="preserve">{escape(part)}</w:t>')
    return f"<w:r>{'<w:rPr>' + pr + '</w:rPr>' if pr else ''}{''.join(out)}</w:r>"


def P(*parts, style=None, jc=None, tabs=(), after=None, keep=False, num=None, frame=None, b=False, sz=None) -> str:
    """A paragraph; plain-text parts become runs (bold with ``b``), parts starting with '<' are XML.
    ``tabs``: [(pos_twips, 'left'|'right', leader|None)]; ``num``: (numId, ilvl); ``frame``: framePr attrs."""
    pr = f'<w:pStyle w:val="{style}"/>' if style else ""
    pr += "<w:keepNext/>" if keep else ""
    pr += f"<w:framePr {frame}/>" if frame else ""
    pr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>' if num else ""
    if tabs:
        pr += "<w:tabs>" + "".join(f'<w:tab w:val="{v}" w:pos="{p}"' + (f' w:leader="{ld}"' if ld else "") + "/>"
                                   for p, v, ld in tabs) + "</w:tabs>"
    pr += f'<w:spacing w:after="{after}"/>' if after is not None else ""
    pr += f'<w:jc w:val="{jc}"/>' if jc else ""
    body = "".join(x if x.startswith("<") else R(x, b=b, sz=sz) for x in parts)
    return f"<w:p>{'<w:pPr>' + pr + '</w:pPr>' if pr else ''}{body}</w:p>"


def SYM(font: str, char: str) -> str:
    """A check-box glyph inserted with Insert > Symbol: a w:sym in a symbol font (e.g. Wingdings F078 = ☒)."""
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def INS(runs: str, author: str, date: str) -> str:
    return f'<w:ins w:id="{next(_ids) + 900}" w:author="{author}" w:date="{date}T09:00:00Z">{runs}</w:ins>'


def DEL(text: str, author: str, date: str) -> str:
    return (f'<w:del w:id="{next(_ids) + 900}" w:author="{author}" w:date="{date}T09:00:00Z"><w:r>'
            f'<w:delText xml:space="preserve">{escape(text)}</w:delText></w:r></w:del>')


# ------------------------------------------------------------------ tables
def TC(*paras, w=None, span=1, vmerge=None, shade=None, nob=False, valign=None) -> str:
    """A cell; ``paras`` are paragraph/table XML or plain text (one paragraph each)."""
    pr = f'<w:tcW w:w="{w}" w:type="dxa"/>' if w else ""
    pr += f'<w:gridSpan w:val="{span}"/>' if span > 1 else ""
    pr += (f'<w:vMerge w:val="{vmerge}"/>' if vmerge == "restart" else "<w:vMerge/>") if vmerge else ""
    pr += ('<w:tcBorders>' + "".join(f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right"))
           + '</w:tcBorders>') if nob else ""
    pr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>' if shade else ""
    pr += f'<w:vAlign w:val="{valign}"/>' if valign else ""
    body = "".join(x if x.startswith("<") else P(x) for x in paras) or P()
    if body.endswith("</w:tbl>"):
        body += P()
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{body}</w:tc>"


def TR(*cells, header=False, deleted=None) -> str:
    pr = "<w:tblHeader/>" * header
    pr += (f'<w:del w:id="{next(_ids) + 900}" w:author="{deleted[0]}" w:date="{deleted[1]}T09:00:00Z"/>'
           if deleted else "")
    return f"<w:tr>{'<w:trPr>' + pr + '</w:trPr>' if pr else ''}{''.join(cells)}</w:tr>"


def TBL(rows, widths, grid=True, indent=0) -> str:
    b = "".join(f'<w:{s} w:val="{"single" if grid else "nil"}" w:sz="4" w:space="0" w:color="808080"/>'
                for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
    return (f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblInd w:w="{indent}" w:type="dxa"/>'
            f'<w:tblBorders>{b}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
            + "".join(f'<w:gridCol w:w="{x}"/>' for x in widths) + "</w:tblGrid>" + "".join(rows) + "</w:tbl>")


# ------------------------------------------------------------------ content controls and legacy fields
def SDT(content: str, tag: str, kind: str = "text", placeholder=False, items=(), date=None, fmt="dd.MM.yyyy",
        checked=False, font="MS Gothic", level="run") -> str:
    """A content control. kind: text | rich | drop | combo | date | check. ``content`` is the shown text
    (level 'run') or the inner XML (level 'block'/'cell')."""
    pr = f'<w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/><w:id w:val="{next(_ids) + 5000}"/>'
    pr += "<w:showingPlcHdr/>" * placeholder
    if kind == "text":
        pr += "<w:text/>"
    elif kind in ("drop", "combo"):
        el = "w:dropDownList" if kind == "drop" else "w:comboBox"
        pr += f"<{el}>" + "".join(f'<w:listItem w:displayText="{escape(d)}" w:value="{escape(v)}"/>' for d, v in items)
        pr += f"</{el}>"
    elif kind == "date":
        pr += (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="{fmt}"/><w:lid w:val="nb-NO"/>'
               '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    elif kind == "check":
        pr += (f'<w14:checkbox><w14:checked w14:val="{int(checked)}"/><w14:checkedState w14:val="2612" '
               f'w14:font="{font}"/><w14:uncheckedState w14:val="2610" w14:font="{font}"/></w14:checkbox>')
        content = R("☒" if checked else "☐", font=font)
    if level == "run" and kind != "check":
        content = R(content, style="PlaceholderText" if placeholder else None, color="808080" if placeholder else None)
    return f"<w:sdt><w:sdtPr>{pr}</w:sdtPr><w:sdtContent>{content}</w:sdtContent></w:sdt>"


def _fld(ff: str, instr: str, result: str | None) -> str:
    x = (f'<w:r><w:fldChar w:fldCharType="begin"><w:ffData>{ff}</w:ffData></w:fldChar></w:r>'
         f'<w:r><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>')
    if result is not None:
        x += '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + R(result)
    return x + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'


def FF_TEXT(name: str, value: str, typ: str | None = None, fmt: str | None = None) -> str:
    ti = (f'<w:type w:val="{typ}"/>' if typ else "") + (f'<w:format w:val="{fmt}"/>' if fmt else "")
    return _fld(f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput>{ti}</w:textInput>',
                "FORMTEXT", value if value else "\u2002" * 5)


def FF_CHECK(name: str, default: bool, checked: bool | None = None) -> str:
    """A legacy check box: ``default`` is the template's state, ``checked`` (if given) what the user set."""
    ch = "" if checked is None else ("<w:checked/>" if checked else '<w:checked w:val="0"/>')
    return _fld(f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
                f'<w:default w:val="{int(default)}"/>{ch}</w:checkBox>', "FORMCHECKBOX", None)


def FF_DROP(name: str, entries, result: int) -> str:
    """A legacy drop-down: Word shows entries[result]; no result text is stored in the run stream."""
    return _fld(f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList><w:result w:val="{result}"/>'
                + "".join(f'<w:listEntry w:val="{escape(e)}"/>' for e in entries) + "</w:ddList>", "FORMDROPDOWN", None)


# ------------------------------------------------------------------ the document
class Word:
    """A python-docx document written as XML strings: A4, one font, header/footer, comments."""

    def __init__(self, font="Calibri", size=11, title="Søknad", author="Nav", margin_cm=2.0):
        from docx import Document
        from docx.shared import Cm, Pt
        self.doc = d = Document()
        st = d.styles["Normal"]
        st.font.name, st.font.size = font, Pt(size)
        st.element.rPr.rFonts.set("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}hAnsi", font)
        cp = d.core_properties
        cp.author = cp.last_modified_by = author
        cp.title, cp.revision = title, 2
        cp.created = cp.modified = datetime.datetime(2020, 1, 20, 9, 0, 0)
        s = d.sections[0]
        s.page_width, s.page_height = Cm(21.0), Cm(29.7)
        s.left_margin = s.right_margin = s.top_margin = s.bottom_margin = Cm(margin_cm)
        self.body = d.element.body

    @staticmethod
    def _ns(xml: str) -> str:
        """Declare every namespace on the fragment's root element."""
        m = re.match(r"<[\w:]+", xml)
        return xml[:m.end()] + " " + NS + xml[m.end():]

    def add(self, *xmls: str) -> None:
        from docx.oxml import parse_xml
        for x in xmls:
            self.body.sectPr.addprevious(parse_xml(self._ns(x)))

    def hf(self, which: str, *xmls: str) -> None:
        from docx.oxml import parse_xml
        s = self.doc.sections[0]
        part = s.header if which == "header" else s.footer
        part.is_linked_to_previous = False
        el = part._element
        for p in list(el):
            el.remove(p)
        for x in xmls:
            el.append(parse_xml(self._ns(x)))

    def comment(self, text: str, author: str, initials: str, para: int = -1) -> None:
        """A Word comment anchored on all runs of a body paragraph (default: the last one)."""
        from docx.text.paragraph import Paragraph
        ps = [p for p in self.body.iterchildren() if p.tag.endswith("}p")]
        par = Paragraph(ps[para], self.doc._body)
        self.doc.add_comment(par.runs, text=text, author=author, initials=initials)

    def ink(self, seed: str, w_cm=4.0, anchor=False, dy_emu=-250000) -> str:
        """A run holding an ink image, inline or floating in front of the text (anchored to the paragraph)."""
        from docx.shared import Cm
        from lxml import etree
        inl = self.doc.part.new_pic_inline(io.BytesIO(ink_png(seed)), Cm(w_cm), None)
        if not anchor:
            return "<w:r><w:drawing>" + etree.tostring(inl).decode() + "</w:drawing></w:r>"
        ext = inl.find("{*}extent")
        g = etree.tostring(inl.find("{*}graphic")).decode()
        n = next(_ids)
        return (f'<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" '
                f'relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>180000</wp:posOffset>'
                f'</wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>{dy_emu}</wp:posOffset>'
                f'</wp:positionV><wp:extent cx="{ext.get("cx")}" cy="{ext.get("cy")}"/><wp:effectExtent l="0" t="0" '
                f'r="0" b="0"/><wp:wrapNone/><wp:docPr id="{n + 300}" name="Signatur {n}"/><wp:cNvGraphicFramePr/>'
                f"{g}</wp:anchor></w:drawing></w:r>")

    def textbox(self, paras: str, w_cm: float, h_cm: float, x_cm: float, y_cm: float) -> str:
        """A floating text box as Word writes it: DrawingML shape with a VML fallback, both holding the text."""
        n, e = next(_ids), 360000
        cx, cy = int(w_cm * e), int(h_cm * e)
        choice = (f'<w:drawing><wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
                  f'relativeHeight="{251700000 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
                  f'<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>{int(x_cm * e)}'
                  f'</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>'
                  f'{int(y_cm * e)}</wp:posOffset></wp:positionV><wp:extent cx="{cx}" cy="{cy}"/>'
                  f'<wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>'
                  f'<wp:docPr id="{n + 600}" name="Tekstboks {n}"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
                  'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
                  f'<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
                  '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F3F6F9"/></a:solidFill>'
                  '<a:ln w="9525"><a:solidFill><a:srgbClr val="44546A"/></a:solidFill></a:ln></wps:spPr>'
                  f'<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" '
                  'wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t"/></wps:wsp>'
                  '</a:graphicData></a:graphic></wp:anchor></w:drawing>')
        fallback = (f'<w:pict><v:shape id="Tekstboks{n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" '
                    f'style="position:absolute;margin-left:{x_cm}cm;margin-top:{y_cm}cm;width:{w_cm}cm;height:{h_cm}cm;'
                    f'z-index:{n}" fillcolor="#f3f6f9" strokecolor="#44546a"><v:textbox><w:txbxContent>{paras}'
                    '</w:txbxContent></v:textbox></v:shape></w:pict>')
        return (f'<w:r><mc:AlternateContent><mc:Choice Requires="wps">{choice}</mc:Choice>'
                f'<mc:Fallback>{fallback}</mc:Fallback></mc:AlternateContent></w:r>')

    def save(self, out: Path) -> None:
        last = self.body.sectPr.getprevious()
        if last is not None and last.tag.endswith("}tbl"):
            self.add(P())  # Word ends a body with a paragraph, never a table
        self.doc.save(str(out))
        normalise_zip(out)


# ------------------------------------------------------------------ LibreOffice and flat ODT
FODT_NS = " ".join(f'xmlns:{k}="urn:oasis:names:tc:opendocument:xmlns:{v}"' for k, v in {
    "office": "office:1.0", "style": "style:1.0", "text": "text:1.0", "table": "table:1.0", "draw": "drawing:1.0",
    "fo": "xsl-fo-compatible:1.0", "svg": "svg-compatible:1.0", "meta": "meta:1.0"}.items())


def fodt(body: str, font="Liberation Sans", size="10.5pt", auto_styles="", title="Søknad") -> str:
    """A flat ODT document around ``body`` (text:p / table:table / text:h XML)."""
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document {FODT_NS} xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            f'<office:meta><dc:title>{title}</dc:title><meta:creation-date>2020-01-21T09:00:00</meta:creation-date>'
            '</office:meta><office:font-face-decls><style:font-face style:name="F" '
            f'svg:font-family="\'{font}\'"/></office:font-face-decls><office:styles><style:default-style '
            f'style:family="paragraph"><style:text-properties style:font-name="F" fo:font-size="{size}" '
            'fo:language="nb" fo:country="NO"/></style:default-style><style:style style:name="Standard" '
            'style:family="paragraph"><style:paragraph-properties fo:margin-bottom="0.12cm"/></style:style>'
            '</office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            'fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.8cm" fo:margin-bottom="1.8cm" '
            'fo:margin-left="2.2cm" fo:margin-right="2cm"/></style:page-layout><style:style style:name="B" '
            'style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
            '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties '
            'fo:border="0.5pt solid #666666" fo:padding="0.08cm"/></style:style>'
            f'{auto_styles}</office:automatic-styles><office:master-styles><style:master-page style:name="Standard" '
            'style:page-layout-name="pm1"/></office:master-styles><office:body><office:text>'
            f'{body}</office:text></office:body></office:document>')


def odt_ink(seed: str, w_cm=4.0) -> str:
    data = base64.b64encode(ink_png(seed)).decode()
    return (f'<draw:frame draw:name="ink{next(_ids)}" text:anchor-type="as-char" svg:width="{w_cm}cm" '
            f'svg:height="{w_cm * 150 / 520:.2f}cm"><draw:image><office:binary-data>{data}</office:binary-data>'
            '</draw:image></draw:frame>')


def soffice(src: Path, fmt: str, out: Path) -> None:
    """Convert ``src`` with headless LibreOffice to ``fmt`` (e.g. 'odt', 'docx:MS Word 2007 XML',
    'doc:MS Word 97', 'pdf') and write it to ``out``; zips are normalised."""
    with tempfile.TemporaryDirectory() as td:
        prof = Path(td) / "prof"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", fmt,
                        "--outdir", td, str(src)], check=True, capture_output=True, timeout=240)
        got = Path(td) / (src.stem + "." + fmt.split(":")[0])
        shutil.copy(got, out)
        shutil.rmtree(prof, ignore_errors=True)
    if out.suffix == ".docx":
        normalise_zip(out)
    if out.suffix == ".odt":
        _normalise_odt(out)
    if out.suffix == ".pdf":
        from pypdf import PdfReader, PdfWriter
        from pypdf.generic import ArrayObject, ByteStringObject
        w = PdfWriter(clone_from=PdfReader(str(out)))
        w.add_metadata({"/CreationDate": "D:20200127100000+01'00'", "/ModDate": "D:20200127100000+01'00'"})
        w._ID = ArrayObject([ByteStringObject(b"tester81-wd-pdf!"), ByteStringObject(b"tester81-wd-pdf!")])
        with open(out, "wb") as f:
            w.write(f)


def _normalise_odt(path: Path) -> None:
    """Fixed entry dates, 'mimetype' first and stored, as ODF requires."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    items.sort(key=lambda it: it[0] != "mimetype")
    with zipfile.ZipFile(path, "w") as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2020, 1, 21, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_STORED if name == "mimetype" else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def word_to_pdf(w: Word, out: Path) -> None:
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / (out.stem + ".docx")
        w.save(d)
        soffice(d, "pdf", out)


def scan_pdf(pdf: Path, out: Path, seed: int, dpi=300, angle=0.5, quality=72) -> None:
    """Print-and-scan: render each page, rotate, speckle, blur lightly, JPEG, image-only PDF."""
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    pages = []
    for pg in pdfium.PdfDocument(str(pdf)):
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=248)
        px = img.load()
        wd, ht = img.size
        for _ in range(2500):
            px[rnd.randrange(wd), rnd.randrange(ht)] = rnd.choice((70, 160))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=quality)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades_pdf(pdf: Path, out: Path, signers_) -> None:
    """signers_: [(cn, org, field, box|None, datetime)] signed one after another (incremental updates)."""
    data = pdf.read_bytes()
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    out.write_bytes(data)


def tz_dt(y, m, d, hh=10, mm=0):
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))
