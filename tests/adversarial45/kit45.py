"""Word building blocks of corpus 45: content controls, legacy fields, mailto links, signature tables.

Everything is raw WordprocessingML appended to python-docx paragraphs, so the files look like forms a
form designer made in Word (controls and fields), not like plain typed tables."""
from __future__ import annotations

import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
from kit38 import S20, add_ink, new_doc, save_doc, soffice_pdf, truth  # noqa: E402,F401

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
RNS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def orgnr(first8: str) -> str:
    """A 9-digit organisation number with a valid MOD11 check digit (first8 must not give rest 1)."""
    s = sum(int(d) * w for d, w in zip(first8, (3, 2, 7, 6, 5, 4, 3, 2)))
    c = 11 - s % 11
    assert c != 10, first8
    return first8 + ("0" if c == 11 else str(c))


def _t(text: str) -> str:
    return f'<w:t xml:space="preserve">{escape(text)}</w:t>'


def cc_text(tag: str, value: str) -> str:
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:text/></w:sdtPr>'
            f'<w:sdtContent><w:r>{_t(value)}</w:r></w:sdtContent></w:sdt>')


def cc_drop(tag: str, items: list[str], chosen: str) -> str:
    li = "".join(f'<w:listItem w:displayText="{escape(i)}" w:value="{escape(i)}"/>' for i in items)
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:tag w:val="{tag}"/><w:dropDownList>{li}'
            f'</w:dropDownList></w:sdtPr><w:sdtContent><w:r>{_t(chosen)}</w:r></w:sdtContent></w:sdt>')


def cc_date(tag: str, iso: str, shown: str) -> str:
    return (f'<w:sdt {W}><w:sdtPr><w:alias w:val="{tag}"/><w:date w:fullDate="{iso}T00:00:00Z">'
            f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r>{_t(shown)}</w:r></w:sdtContent></w:sdt>')


def cc_box(checked: bool) -> str:
    g = "\u2612" if checked else "\u2610"
    return (f'<w:sdt {W} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{int(checked)}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts '
            f'w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>{_t(g)}</w:r></w:sdtContent></w:sdt>')


def _fld(ff: str, instr: str, shown: str | None) -> list[str]:
    runs = [f'<w:r {W}><w:fldChar w:fldCharType="begin"><w:ffData>{ff}</w:ffData></w:fldChar></w:r>',
            f'<w:r {W}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>']
    if shown is not None:
        runs += [f'<w:r {W}><w:fldChar w:fldCharType="separate"/></w:r>', f'<w:r {W}>{_t(shown)}</w:r>']
    return runs + [f'<w:r {W}><w:fldChar w:fldCharType="end"/></w:r>']


def ff_text(name: str, value: str) -> list[str]:
    return _fld(f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:textInput/>', "FORMTEXT", value)


def ff_box(name: str, checked: bool) -> list[str]:
    return _fld(f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/>'
                f'<w:default w:val="0"/><w:checked w:val="{int(checked)}"/></w:checkBox>', "FORMCHECKBOX", None)


def ff_drop(name: str, items: list[str], idx: int) -> list[str]:
    li = "".join(f'<w:listEntry w:val="{escape(i)}"/>' for i in items)
    return _fld(f'<w:name w:val="{name}"/><w:enabled/><w:calcOnExit w:val="0"/><w:ddList><w:result '
                f'w:val="{idx}"/>{li}</w:ddList>', "FORMDROPDOWN", None)


def put(par, *parts) -> None:
    """Append text runs, content controls (xml strings), field run lists and writers (callables) to a paragraph."""
    from docx.oxml import parse_xml
    for x in parts:
        if callable(x):
            x(par)
        elif isinstance(x, list):
            for r in x:
                par._p.append(parse_xml(r))
        elif x.startswith("<w:sdt"):
            par._p.append(parse_xml(x))
        else:
            par.add_run(x)


def mailto(par, address: str) -> None:
    """An e-mail address as a blue, underlined mailto hyperlink (how Word autoformats a typed address)."""
    from docx.oxml import parse_xml
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    rid = par.part.relate_to(f"mailto:{address}", RT.HYPERLINK, is_external=True)
    par._p.append(parse_xml(f'<w:hyperlink {W} {RNS} r:id="{rid}"><w:r><w:rPr><w:color w:val="0563C1"/>'
                            f'<w:u w:val="single"/></w:rPr>{_t(address)}</w:r></w:hyperlink>'))


def cell_put(cell, *parts, bold=False) -> None:
    p = cell.paragraphs[0]
    if bold:
        for x in parts:
            p.add_run(x).bold = True
        return
    put(p, *parts)


def form_table(doc, rows, widths=(6.0, 10.5), style="Table Grid"):
    """A two-column label/answer table; a row whose answer is None is a shaded section heading."""
    from docx.shared import Cm
    from docx.oxml import parse_xml
    t = doc.add_table(rows=0, cols=2)
    t.style = style
    for label, *parts in rows:
        r = t.add_row()
        if parts == [None]:
            c = r.cells[0].merge(r.cells[1])
            cell_put(c, label, bold=True)
            c._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {W} w:val="clear" w:color="auto" w:fill="D9E2F3"/>'))
            continue
        cell_put(r.cells[0], label)
        cell_put(r.cells[1], *parts)
    for r in t.rows:
        for c, w in zip(r.cells, widths):
            c.width = Cm(w)
    return t


def sign_pair(doc, place_date: str, left: tuple, right: tuple, seeds: tuple, head=("", "")):
    """Two signers side by side under ONE shared "Sted/dato" cell: heads, ink, name and title lines."""
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    c = t.rows[0].cells[0].merge(t.rows[0].cells[1])
    cell_put(c, place_date)
    for i in range(2):
        cell_put(t.rows[1].cells[i], head[i], bold=True)
        add_ink(t.rows[2].cells[i].paragraphs[0], seeds[i], 4.2)
        who = (left, right)[i]
        cell_put(t.rows[3].cells[i], who[0])
        t.rows[3].cells[i].add_paragraph(who[1])
    return t


def sign_stack(doc, blocks):
    """Signers one under the other: (heading, 'Sted, dato' line, ink seed or None, name, title)."""
    for head, when, seed, name, title in blocks:
        doc.add_paragraph().add_run(head).bold = True
        doc.add_paragraph(when)
        p = doc.add_paragraph()
        if seed:
            add_ink(p, seed, 4.0)
        doc.add_paragraph("_" * 36)
        doc.add_paragraph(f"{name}, {title}")


def budget_table(doc, head, rows, widths=None):
    from docx.shared import Cm
    t = doc.add_table(rows=1, cols=len(head))
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, head):
        cell_put(c, h, bold=True)
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            cell_put(c, v)
    if widths:
        for r in t.rows:
            for c, w in zip(r.cells, widths):
                c.width = Cm(w)
    return t
