"""WordprocessingML vocabulary for the Word reader: namespaces, tag names,
small attribute helpers.

Kept apart from the walker so that the walker reads as the document's
grammar and not as a list of namespace strings.
"""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
WP_NS = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
V_NS = "urn:schemas-microsoft-com:vml"
O_NS = "urn:schemas-microsoft-com:office:office"
M_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"


def w(tag: str) -> str:
    """Clark name of a ``w:`` element or attribute."""
    return f"{{{W_NS}}}{tag}"


def w14(tag: str) -> str:
    return f"{{{W14_NS}}}{tag}"


def w15(tag: str) -> str:
    return f"{{{W15_NS}}}{tag}"


P, R, T, TBL, TR, TC = w("p"), w("r"), w("t"), w("tbl"), w("tr"), w("tc")
PPR, RPR, TCPR, TRPR = w("pPr"), w("rPr"), w("tcPr"), w("trPr")
SDT, SDT_PR, SDT_CONTENT = w("sdt"), w("sdtPr"), w("sdtContent")
CUSTOM_XML, SMART_TAG, HYPERLINK = w("customXml"), w("smartTag"), w("hyperlink")
INS, DEL, MOVE_TO, MOVE_FROM = w("ins"), w("del"), w("moveTo"), w("moveFrom")
FLD_SIMPLE, DIR, BDO = w("fldSimple"), w("dir"), w("bdo")
TAB, PTAB, BR, CR = w("tab"), w("ptab"), w("br"), w("cr")
NO_BREAK_HYPHEN, SYM = w("noBreakHyphen"), w("sym")
INSTR_TEXT, FLD_CHAR, FF_DATA = w("instrText"), w("fldChar"), w("ffData")
DRAWING, PICT, OBJECT = w("drawing"), w("pict"), w("object")
LAST_RENDERED_PAGE_BREAK = w("lastRenderedPageBreak")
TXBX_CONTENT = w("txbxContent")
ALT_CHUNK = w("altChunk")
SECT_PR = w("sectPr")
ALTERNATE_CONTENT = f"{{{MC_NS}}}AlternateContent"
MC_CHOICE, MC_FALLBACK = f"{{{MC_NS}}}Choice", f"{{{MC_NS}}}Fallback"
OMATH, OMATH_PARA, MATH_T = f"{{{M_NS}}}oMath", f"{{{M_NS}}}oMathPara", f"{{{M_NS}}}t"

VAL = w("val")

_FALSE = {"0", "false", "off"}


def child(el: etree._Element | None, tag: str) -> etree._Element | None:
    return None if el is None else el.find(tag)


def val(el: etree._Element | None, tag: str | None = None) -> str | None:
    """``w:val`` of ``el`` (or of its child ``tag``)."""
    target = child(el, tag) if tag else el
    return None if target is None else target.get(VAL)


def on_off(el: etree._Element | None, attr: str = VAL) -> bool:
    """An OOXML on/off property: present without a value means on."""
    if el is None:
        return False
    value = el.get(attr)
    return value is None or value.lower() not in _FALSE


def flag(el: etree._Element | None, tag: str) -> bool | None:
    """An on/off child: None when absent, so a style's setting can show through."""
    found = child(el, tag)
    return None if found is None else on_off(found)


def as_int(value: str | None, default: int = 0) -> int:
    """Integer attributes written by other tools are not always integers
    ("2.0"), nor always finite ("1e400", "nan"): those give ``default``."""
    try:
        return int(float(value)) if value is not None else default
    except (ValueError, OverflowError):
        return default


def choose(alternate: etree._Element) -> etree._Element | None:
    """The branch of ``mc:AlternateContent`` to read: the first Choice (what
    current Word shows), else the Fallback. Reading both would double text."""
    branch = alternate.find(MC_CHOICE)
    return branch if branch is not None else alternate.find(MC_FALLBACK)
