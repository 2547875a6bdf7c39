"""Word form machinery written as raw WordprocessingML through python-docx's oxml.

python-docx has no API for content controls (w:sdt) or legacy form fields
(w:ffData); real forms from the directorate use both. Each builder returns
elements to append to a paragraph (inline) or a cell (block).
"""

from __future__ import annotations

from datetime import date
from xml.sax.saxutils import escape

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from .vocab import PLACEHOLDER

EMPTY_FORMTEXT = "\u2002" * 5  # what Word shows in an empty text form field
GREY = '<w:rPr><w:color w:val="808080"/></w:rPr>'


class Ids:
    """Sequential w:id / bookmark ids: unique within a document, stable across runs."""

    def __init__(self) -> None:
        self.value = 100

    def next(self) -> int:
        self.value += 1
        return self.value


def _run(text: str, rpr: str = "") -> str:
    return f'<w:r>{rpr}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def sdt_text(ids: Ids, tag: str, value: str | None):
    """Plain-text content control; ``None`` leaves it showing the placeholder."""
    shown = "<w:showingPlcHdr/>" if value is None else ""
    run = _run(PLACEHOLDER, GREY) if value is None else _run(value)
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
        f'<w:id w:val="{ids.next()}"/><w:placeholder><w:docPart w:val="DefaultPlaceholder_-1854013440"/>'
        f'</w:placeholder>{shown}<w:text/></w:sdtPr><w:sdtContent>{run}</w:sdtContent></w:sdt>')


def sdt_block(ids: Ids, tag: str, paragraphs: tuple[str, ...]):
    """Rich-text content control holding whole paragraphs (goes into a cell or body)."""
    body = "".join(f"<w:p>{_run(p)}</w:p>" for p in paragraphs) or f"<w:p>{_run(PLACEHOLDER, GREY)}</w:p>"
    shown = "" if paragraphs else "<w:showingPlcHdr/>"
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
        f'<w:id w:val="{ids.next()}"/>{shown}</w:sdtPr><w:sdtContent>{body}</w:sdtContent></w:sdt>')


def sdt_date(ids: Ids, tag: str, value: date | None, shown: str):
    """Date-picker control: w:date carries the ISO date, the run shows ``shown``."""
    full = f' w:fullDate="{value.isoformat()}T00:00:00Z"' if value else ""
    run = _run(shown) if value else _run(PLACEHOLDER, GREY)
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
        f'<w:id w:val="{ids.next()}"/>{"" if value else "<w:showingPlcHdr/>"}<w:date{full}>'
        '<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/><w:storeMappedDataAs w:val="dateTime"/>'
        f'<w:calendar w:val="gregorian"/></w:date></w:sdtPr><w:sdtContent>{run}</w:sdtContent></w:sdt>')


def sdt_dropdown(ids: Ids, tag: str, options: tuple[str, ...], selected: str | None):
    """Drop-down list control showing ``selected`` (or the 'choose' prompt)."""
    items = '<w:listItem w:displayText="Velg et element." w:value=""/>' + "".join(
        f'<w:listItem w:displayText="{escape(o)}" w:value="{escape(o)}"/>' for o in options)
    last = f' w:lastValue="{escape(selected)}"' if selected else ""
    run = _run(selected) if selected else _run("Velg et element.", GREY)
    return parse_xml(
        f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{escape(tag)}"/><w:tag w:val="{escape(tag)}"/>'
        f'<w:id w:val="{ids.next()}"/>{"" if selected else "<w:showingPlcHdr/>"}'
        f'<w:dropDownList{last}>{items}</w:dropDownList></w:sdtPr><w:sdtContent>{run}</w:sdtContent></w:sdt>')


def sdt_checkbox(ids: Ids, tag: str, checked: bool):
    """Word 2010 check-box control (w14:checkbox); the glyph run mirrors the state."""
    font = '<w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic" w:hint="eastAsia"/></w:rPr>'
    return parse_xml(
        f'<w:sdt {nsdecls("w", "w14")}><w:sdtPr><w:tag w:val="{escape(tag)}"/><w:id w:val="{ids.next()}"/>'
        f'<w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
        '<w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
        '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox></w:sdtPr>'
        f'<w:sdtContent>{_run("☒" if checked else "☐", font)}</w:sdtContent></w:sdt>')


def _field_runs(ids: Ids, name: str, ffdata: str, instr: str, result: str | None) -> list:
    bid = ids.next()
    parts = [f'<w:bookmarkStart {nsdecls("w")} w:id="{bid}" w:name="{escape(name)}"/>',
             f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{escape(name)}"/>'
             f'<w:enabled/><w:calcOnExit w:val="0"/>{ffdata}</w:ffData></w:fldChar></w:r>',
             f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> {instr} </w:instrText></w:r>']
    if result is not None:
        parts.append(f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>')
        words = result.split(" ", 1)  # Word often splits a result over several runs
        parts += [f'<w:r {nsdecls("w")}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{escape(w)}</w:t></w:r>'
                  for w in (words if len(words) == 1 else [words[0] + " ", words[1]])]
    parts += [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>',
              f'<w:bookmarkEnd {nsdecls("w")} w:id="{bid}"/>']
    return [parse_xml(p) for p in parts]


def formtext(ids: Ids, name: str, value: str | None, as_date: bool = False) -> list:
    """Legacy text form field (FORMTEXT); empty fields show five en spaces."""
    kind = '<w:type w:val="date"/><w:format w:val="dd.MM.yyyy"/>' if as_date else ""
    return _field_runs(ids, name, f"<w:textInput>{kind}</w:textInput>", "FORMTEXT",
                       value if value else EMPTY_FORMTEXT)


def formcheckbox(ids: Ids, name: str, checked: bool, via: str = "checked") -> list:
    """Legacy check box (FORMCHECKBOX). ``via``: 'checked' (w:checked), 'default'
    (w:default only), or 'override' (default 1 overridden by w:checked w:val=0/1)."""
    if via == "default":
        state = f'<w:default w:val="{1 if checked else 0}"/>'
    elif via == "override":
        state = f'<w:default w:val="1"/><w:checked w:val="{1 if checked else 0}"/>'
    else:
        state = '<w:default w:val="0"/>' + ("<w:checked/>" if checked else "")
    return _field_runs(ids, name, f"<w:checkBox><w:sizeAuto/>{state}</w:checkBox>", "FORMCHECKBOX", None)
