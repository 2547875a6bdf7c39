"""A small hand-written OOXML writer for corpus 53: Word files as non-Microsoft producers write them
(Google Docs, LibreOffice, Pages, Word Online), plus seeded ink, mod-11 org numbers and conversions."""
from __future__ import annotations

import shutil
import sys
import tempfile
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial41"))
from kit38 import ink_png, soffice_pdf, truth  # noqa: E402,F401
from kit41 import normalise_odt, soffice_convert  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" mc:Ignorable="w14"')
APPS = {"google": None, "libre": "LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2",
        "pages": "Pages", "online": "Microsoft Office Word", "word": "Microsoft Office Word"}


def org(base8: str) -> str:
    """Eight digits plus their MOD11 check digit (bases chosen so the digit is not 10)."""
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(c) * k for c, k in zip(base8, w)) % 11
    assert r != 10, base8
    return base8 + str(0 if r == 11 else r)


def bad_org(base8: str) -> str:
    good = org(base8)
    return good[:8] + str((int(good[8]) + 3) % 10)


class Doc:
    """One .docx body built from XML strings; the producer decides the run and paragraph habits."""

    def __init__(self, producer: str = "google", font: str = "Arial", size: int = 11, lang: str = "nb-NO"):
        self.producer, self.font, self.size, self.lang = producer, font, size, lang
        self.body: list[str] = []
        self.rels: list[tuple[str, str, str, str | None]] = []
        self.media: dict[str, bytes] = {}
        self.parts: dict[str, str] = {}
        self.numbering: str | None = None
        self.sect_refs = ""
        self._id = 100

    def nid(self) -> int:
        self._id += 1
        return self._id

    # ---------------------------------------------------------------- runs
    def rpr(self, bold=False, italic=False, size=None, color=None, font=None) -> str:
        f = font or self.font
        parts = []
        if self.producer in ("google", "pages") or font:
            parts.append(f'<w:rFonts w:ascii="{f}" w:cs="{f}" w:eastAsia="{f}" w:hAnsi="{f}"/>')
        if bold:
            parts.append("<w:b/><w:bCs/>" if self.producer == "google" else "<w:b/>")
        if italic:
            parts.append("<w:i/>")
        if color:
            parts.append(f'<w:color w:val="{color}"/>')
        if self.producer == "google" or size:
            s = (size or self.size) * 2
            parts.append(f'<w:sz w:val="{s}"/><w:szCs w:val="{s}"/>')
        if self.producer == "google":
            parts.append('<w:rtl w:val="0"/>')
        return f"<w:rPr>{''.join(parts)}</w:rPr>" if parts else ""

    def r(self, text: str, **kw) -> str:
        out = []
        for i, line in enumerate(text.split("\n")):
            if i:
                out.append("<w:br/>")
            for j, piece in enumerate(line.split("\t")):
                if j:
                    out.append("<w:tab/>")
                if piece:
                    out.append(f'<w:t xml:space="preserve">{escape(piece)}</w:t>')
        return f"<w:r>{self.rpr(**kw)}{''.join(out)}</w:r>"

    def link(self, text: str, url: str, **kw) -> str:
        rid = f"rIdL{self.nid()}"
        self.rels.append((rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                          url, "External"))
        kw.setdefault("color", "1155CC")
        run = self.r(text, **kw).replace("<w:rPr>", '<w:rPr><w:u w:val="single"/>', 1)
        if "<w:rPr>" not in run:
            run = run.replace("<w:r>", '<w:r><w:rPr><w:u w:val="single"/></w:rPr>', 1)
        return f'<w:hyperlink r:id="{rid}" w:history="1">{run}</w:hyperlink>'

    def ink(self, seed: str, cx_cm: float = 4.2, cy_cm: float = 1.2) -> str:
        n = self.nid()
        name = f"image{n}.png"
        self.media[name] = ink_png(seed)
        rid = f"rIdI{n}"
        self.rels.append((rid, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image",
                          f"media/{name}", None))
        cx, cy = int(cx_cm * 360000), int(cy_cm * 360000)
        return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="{cx}" cy="{cy}"/>'
                f'<wp:docPr id="{n}" name="image{n}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
                f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{n}" name="{name}"/><pic:cNvPicPr/></pic:nvPicPr>'
                f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
                f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>'
                f'</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')

    # ---------------------------------------------------------------- paragraphs and tables
    def p(self, *runs: str, style: str | None = None, jc: str | None = None, num: tuple[int, int] | None = None,
          frame: str | None = None, keep: bool = False) -> str:
        ppr = []
        if style:
            ppr.append(f'<w:pStyle w:val="{style}"/>')
        if frame:
            ppr.append(frame)
        if num:
            ppr.append(f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>')
        if self.producer == "google":
            ppr.append('<w:spacing w:after="0" w:before="0" w:line="276" w:lineRule="auto"/>')
        elif self.producer == "pages":
            ppr.append('<w:spacing w:before="0" w:after="120" w:line="240" w:lineRule="auto"/>')
        if jc:
            ppr.append(f'<w:jc w:val="{jc}"/>')
        if self.producer == "google":
            ppr.append('<w:rPr/>' if not keep else "")
        body = "".join(r if r.startswith("<") else self.r(r) for r in runs)
        return f"<w:p><w:pPr>{''.join(ppr)}</w:pPr>{body}</w:p>"

    def add(self, *xml: str) -> None:
        self.body.extend(xml)

    def para(self, *runs: str, **kw) -> None:
        self.body.append(self.p(*runs, **kw))

    def table(self, rows: list[list], widths: list[int], borders: bool = True, style: str | None = None) -> str:
        """rows: lists of cells; a cell is a str / list of paragraph XML, or a dict with
        keys c (content), span, vmerge ("restart" | "continue"), fill."""
        b = ('<w:tblBorders>' + "".join(f'<w:{s} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
                                       for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
             + '</w:tblBorders>') if borders else ('<w:tblBorders>' + "".join(
                 f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + '</w:tblBorders>')
        st = f'<w:tblStyle w:val="{style}"/>' if style else ""
        grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
        out = [f'<w:tbl><w:tblPr>{st}<w:tblW w:w="{sum(widths)}" w:type="dxa"/>{b}'
               f'<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>']
        for row in rows:
            out.append("<w:tr>")
            col = 0
            for cell in row:
                c = cell if isinstance(cell, dict) else {"c": cell}
                span = c.get("span", 1)
                w = sum(widths[col:col + span])
                col += span
                tcpr = [f'<w:tcW w:w="{w}" w:type="dxa"/>']
                if span > 1:
                    tcpr.append(f'<w:gridSpan w:val="{span}"/>')
                if c.get("vmerge"):
                    tcpr.append('<w:vMerge w:val="restart"/>' if c["vmerge"] == "restart" else "<w:vMerge/>")
                if c.get("fill"):
                    tcpr.append(f'<w:shd w:val="clear" w:color="auto" w:fill="{c["fill"]}"/>')
                content = c.get("c", "")
                if isinstance(content, str) and content.startswith("<w:"):
                    paras = [self.p(content)]
                elif isinstance(content, str):
                    paras = [self.p(self.r(line, bold=c.get("bold", False))) for line in content.split("\n\n")] \
                        if content else [self.p()]
                else:
                    paras = list(content) or [self.p()]
                out.append(f"<w:tc><w:tcPr>{''.join(tcpr)}</w:tcPr>{''.join(paras)}</w:tc>")
            out.append("</w:tr>")
        out.append("</w:tbl>")
        return "".join(out)

    # ---------------------------------------------------------------- content controls (Word Online / 365)
    def sdt_text(self, value: str | None, alias: str, placeholder: str = "Klikk eller trykk her for å skrive inn tekst.") -> str:
        n = self.nid()
        if value is None:
            return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{n}"/>'
                    f'<w:showingPlcHdr/><w:text/></w:sdtPr><w:sdtContent>'
                    f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
                    f'<w:t>{escape(placeholder)}</w:t></w:r></w:sdtContent></w:sdt>')
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{n}"/><w:text/></w:sdtPr>'
                f'<w:sdtContent>{self.r(value)}</w:sdtContent></w:sdt>')

    def sdt_check(self, checked: bool, alias: str = "") -> str:
        n = self.nid()
        glyph = "☒" if checked else "☐"
        return (f'<w:sdt><w:sdtPr><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
                f'<w:alias w:val="{alias}"/><w:id w:val="{n}"/><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
                '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
                f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" '
                f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')

    def sdt_drop(self, shown: str, items: list[str], alias: str) -> str:
        n = self.nid()
        li = "".join(f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(i)}"/>' for i in items)
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{n}"/>'
                f'<w:dropDownList><w:listItem w:displayText="Velg et element." w:value=""/>{li}</w:dropDownList></w:sdtPr>'
                f'<w:sdtContent>{self.r(shown)}</w:sdtContent></w:sdt>')

    def sdt_date(self, iso: str | None, shown: str, fmt: str, alias: str, lid: str = "nb-NO") -> str:
        n = self.nid()
        full = f' w:fullDate="{iso}T00:00:00Z"' if iso else ""
        ph = "" if iso else "<w:showingPlcHdr/>"
        run = self.r(shown) if iso else (f'<w:r><w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>'
                                         f'<w:t>{escape(shown)}</w:t></w:r>')
        return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{n}"/>{ph}'
                f'<w:date{full}><w:dateFormat w:val="{fmt}"/><w:lid w:val="{lid}"/>'
                f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
                f'<w:sdtContent>{run}</w:sdtContent></w:sdt>')

    # ---------------------------------------------------------------- legacy form fields
    def formtext(self, name: str, value: str, split: bool = True) -> str:
        """A FORMTEXT field whose result is broken over runs with a bookmark and proofing marks between."""
        ff = (f'<w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/></w:ffData>')
        bid = self.nid()
        parts = [f'<w:bookmarkStart w:id="{bid}" w:name="{name}"/>',
                 f'<w:r><w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r>',
                 '<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
                 '<w:r><w:fldChar w:fldCharType="separate"/></w:r>']
        if split and len(value) > 3:
            cut = [len(value) // 3, 2 * len(value) // 3]
            a, b, c = value[:cut[0]], value[cut[0]:cut[1]], value[cut[1]:]
            parts += [self.r(a), '<w:proofErr w:type="spellStart"/>', self.r(b), '<w:proofErr w:type="spellEnd"/>',
                      f'<w:bookmarkStart w:id="{bid + 500}" w:name="_GoBack"/>', self.r(c),
                      f'<w:bookmarkEnd w:id="{bid + 500}"/>']
        else:
            parts.append(self.r(value or "\u2002" * 5))
        parts += ['<w:r><w:fldChar w:fldCharType="end"/></w:r>', f'<w:bookmarkEnd w:id="{bid}"/>']
        return "".join(parts)

    def formcheck(self, name: str, checked: bool) -> str:
        ff = (f'<w:ffData><w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
              f'<w:default w:val="0"/>{"<w:checked/>" if checked else ""}</w:checkBox></w:ffData>')
        return (f'<w:r><w:fldChar w:fldCharType="begin">{ff}</w:fldChar></w:r>'
                '<w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
                '<w:r><w:fldChar w:fldCharType="end"/></w:r>')

    # ---------------------------------------------------------------- parts
    def header(self, *paras: str, footer: bool = False) -> None:
        kind = "footer" if footer else "header"
        n = sum(1 for k in self.parts if k.startswith(kind)) + 1
        name = f"{kind}{n}.xml"
        tag = "ftr" if footer else "hdr"
        self.parts[name] = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{tag} {NS}>{"".join(paras)}</w:{tag}>'
        rid = f"rIdH{self.nid()}"
        self.rels.append((rid, f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}", name, None))
        self.sect_refs += f'<w:{kind}Reference w:type="default" r:id="{rid}"/>'

    def use_numbering(self, bullet: str = "●") -> None:
        """Google Docs' numbering.xml: numId 1 bullets, numId 2 decimal "1."."""
        lv = lambda fmt, txt: (f'<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{txt}"/>'
                               '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
                               f'<w:rPr><w:u w:val="none"/></w:rPr></w:lvl>')
        self.numbering = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering {NS}>'
                          f'<w:abstractNum w:abstractNumId="1">{lv("bullet", bullet)}</w:abstractNum>'
                          f'<w:abstractNum w:abstractNumId="2">{lv("decimal", "%1.")}</w:abstractNum>'
                          '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
                          '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num></w:numbering>')

    def styles(self) -> str:
        f, s = self.font, self.size * 2
        return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {NS}>'
                f'<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{f}" w:hAnsi="{f}" w:eastAsia="{f}" w:cs="{f}"/>'
                f'<w:sz w:val="{s}"/><w:lang w:val="{self.lang}"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr/></w:pPrDefault></w:docDefaults>'
                '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
                '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
                '<w:pPr><w:keepNext/><w:spacing w:before="400" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
                '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>'
                '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="40"/></w:rPr></w:style>'
                '<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>'
                '<w:style w:type="table" w:styleId="TableStyle2"><w:name w:val="Table Style 2"/></w:style>'
                '</w:styles>')

    def save(self, out: Path) -> None:
        if self.body and self.body[-1].startswith("<w:tbl>"):
            self.body.append(self.p())  # a body never ends in a table: Word and LibreOffice keep a paragraph after it
        sect = (f'<w:sectPr>{self.sect_refs}<w:pgSz w:w="11906" w:h="16838"/>'
                '<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
        doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>'
               f'{"".join(self.body)}{sect}</w:body></w:document>')
        ct = ['<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
              '<Default Extension="xml" ContentType="application/xml"/>', '<Default Extension="png" ContentType="image/png"/>',
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
        rels = [("rIdS1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles", "styles.xml", None)]
        files = {"word/document.xml": doc, "word/styles.xml": self.styles()}
        if self.numbering:
            files["word/numbering.xml"] = self.numbering
            ct.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
            rels.append(("rIdN1", "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering", "numbering.xml", None))
        for name, xml in self.parts.items():
            files[f"word/{name}"] = xml
            kind = "footer" if name.startswith("footer") else "header"
            ct.append(f'<Override PartName="/word/{name}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml"/>')
        app = APPS.get(self.producer)
        if app:
            ct.append('<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>')
            files["docProps/app.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
                                         f'<Application>{escape(app)}</Application></Properties>')
        files["docProps/core.xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                                      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                                      '<dcterms:created xsi:type="dcterms:W3CDTF">2020-01-20T09:00:00Z</dcterms:created></cp:coreProperties>')
        all_rels = rels + self.rels
        files["word/_rels/document.xml.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                                 + "".join(f'<Relationship Id="{i}" Type="{t}" Target="{escape(g)}"'
                                                           + (f' TargetMode="{m}"' if m else "") + "/>" for i, t, g, m in all_rels)
                                                 + "</Relationships>")
        files["_rels/.rels"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                                '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                                '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
                                + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' if app else "")
                                + "</Relationships>")
        files["[Content_Types].xml"] = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                                        + "".join(ct) + "</Types>")
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
            for name in ["[Content_Types].xml", "_rels/.rels"] + sorted(k for k in files if k not in ("[Content_Types].xml", "_rels/.rels")):
                zi = zipfile.ZipInfo(name, date_time=(2020, 1, 20, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, files[name])
            for name, data in sorted(self.media.items()):
                zi = zipfile.ZipInfo(f"word/media/{name}", date_time=(2020, 1, 20, 9, 0, 0))
                zi.compress_type = zipfile.ZIP_DEFLATED
                z.writestr(zi, data)


def sig_table(d: Doc, cols: list[tuple[str, str | None, str]], borders=False) -> str:
    """Place/date, ink (or nothing), name and title under each other, one column per signer."""
    rows = [[c[0] for c in cols],
            [[d.p(d.ink(c[1]))] if c[1] else [d.p()] for c in cols],
            [[d.p(line) for line in c[2].split("\n")] for c in cols]]
    return d.table(rows, [4800, 4800], borders=borders)


def convert(doc: Doc, out: Path, fmt: str) -> None:
    """Write ``doc`` as .docx, then let LibreOffice headless save it as ``fmt`` (odt, rtf, doc, pdf)."""
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (out.stem + ".docx")
        doc.save(src)
        if fmt == "pdf":
            soffice_pdf(src, out)
            return
        filt = {"doc": "doc:MS Word 97", "rtf": "rtf", "odt": "odt"}[fmt]
        res = soffice_convert(src, filt, Path(td) / "o")
        shutil.copy(res, out)
    if fmt == "odt":
        normalise_odt(out)
