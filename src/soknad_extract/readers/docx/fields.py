"""What a Word form control is: content controls (``w:sdt``), legacy form
fields (``w:ffData``) and check-box glyphs drawn with symbol fonts.

python-docx has no API for any of these (python-docx #155, #224, #1417), and
tools built on it lose the answers a Nav office typed into the form. This
module only interprets the XML of one control; the walker decides where the
control sits and the labeller what it answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from ...layout import FieldKind
from .xml import (
    FF_DATA,
    SDT,
    SDT_CONTENT,
    SDT_PR,
    VAL,
    as_int,
    child,
    on_off,
    val,
    w,
    w14,
    w15,
)

TICKED = "☒"
UNTICKED = "☐"

PLACEHOLDERS = frozenset(
    text.casefold()
    for text in (
        "Klikk eller trykk her for å skrive inn tekst.",
        "Klikk her for å skrive inn tekst.",
        "Klikk eller trykk her for å skriva inn tekst.",
        "Click or tap here to enter text.",
        "Click here to enter text.",
        "Velg et element.",
        "Vel eit element.",
        "Choose an item.",
        "Klikk eller trykk for å skrive inn en dato.",
        "Klikk eller trykk for å skriva inn ein dato.",
        "Klikk her for å skrive inn en dato.",
        "Click or tap to enter a date.",
        "Click here to enter a date.",
    )
)
"""Word's prompt texts for empty content controls (Norwegian and English UI)."""

_NOT_ANSWERS = (
    w("docPartObj"),
    w("docPartList"),
    w("group"),
    w("bibliography"),
    w("citation"),
    w("equation"),
    w("picture"),
    w15("repeatingSection"),
    w15("repeatingSectionItem"),
)
"""Content controls that hold layout (galleries, groups, repeating
sections, pictures) rather than one answer."""

_WINGDINGS_BOXES = {0xFE: TICKED, 0x78: TICKED, 0xFD: TICKED, 0xA8: UNTICKED, 0x6F: UNTICKED}
"""Wingdings code points that draw a check box: þ (box with tick), x and ý
(box with cross), ¨ and o (empty box)."""


def is_placeholder(text: str) -> bool:
    return " ".join(text.split()).casefold() in PLACEHOLDERS


def wingdings_glyph(code: int) -> str:
    """Unicode for a Wingdings check-box character, or "" for any other
    Wingdings symbol (an arrow or bullet is not text). Symbol fonts are often
    addressed through the private-use range U+F000–U+F0FF."""
    if 0xF000 <= code <= 0xF0FF:
        code -= 0xF000
    return _WINGDINGS_BOXES.get(code, "")


def is_wingdings(font: str | None) -> bool:
    """Plain Wingdings only: Wingdings 2 and 3 put other shapes at these codes."""
    return bool(font) and font.strip().lower() == "wingdings"  # type: ignore[union-attr]


def sym_glyph(sym: etree._Element) -> str:
    """Text for a ``w:sym`` (a symbol-font character outside any ``w:t``)."""
    if not is_wingdings(sym.get(w("font"))):
        return ""
    try:
        return wingdings_glyph(int(sym.get(w("char")) or "", 16))
    except ValueError:
        return ""


@dataclass(frozen=True)
class ControlInfo:
    """A content control's properties (``w:sdtPr``)."""

    kind: FieldKind
    name: str | None
    hints: tuple[str, ...]
    """Author-given names that may read as the question (alias, then tag)."""
    showing_placeholder: bool
    checked: bool | None = None
    full_date: str | None = None


def control_info(sdt: etree._Element) -> ControlInfo | None:
    """The answer-holding content control in ``sdt``, or None when it is a
    container, a gallery, a picture or locked text that nobody answers (a
    locked check box still shows a state, so it stays a field)."""
    pr = sdt.find(SDT_PR)
    if pr is None:
        pr = etree.Element(SDT_PR)
    if any(pr.find(tag) is not None for tag in _NOT_ANSWERS):
        return None
    content = sdt.find(SDT_CONTENT)
    if content is not None and (
        next(content.iter(SDT), None) is not None or next(content.iter(FF_DATA), None) is not None
    ):
        return None
    alias, tag = val(pr, w("alias")), val(pr, w("tag"))
    hints = tuple(h for h in (alias, tag) if h)
    showing = on_off(pr.find(w("showingPlcHdr")))
    name = tag or alias
    checkbox = pr.find(w14("checkbox"))
    if checkbox is not None:
        checked = child(checkbox, w14("checked"))
        state = checked is not None and (checked.get(w14("val")) or "").lower() in ("1", "true", "on")
        return ControlInfo("checkbox", name, hints, False, checked=state)
    date = pr.find(w("date"))
    if date is not None:
        return ControlInfo("date", name, hints, showing, full_date=date.get(w("fullDate")))
    if pr.find(w("dropDownList")) is not None or pr.find(w("comboBox")) is not None:
        return ControlInfo("dropdown", name, hints, showing)
    if val(pr, w("lock")) in ("sdtContentLocked", "contentLocked"):
        return None  # text nobody may edit is the form's own wording, not an answer
    return ControlInfo("text", name, hints, showing)


@dataclass(frozen=True)
class LegacyInfo:
    """A legacy form field (FORMTEXT / FORMCHECKBOX / FORMDROPDOWN)."""

    kind: FieldKind
    name: str | None
    hints: tuple[str, ...]
    """Status-bar text, help text and bookmark name, in that order."""
    checked: bool | None = None
    shown: str | None = None
    """Text Word draws for the field that is not in the runs: the check box
    glyph, or the chosen dropdown entry."""


_FORM_CODES = {"FORMTEXT": "text", "FORMCHECKBOX": "checkbox", "FORMDROPDOWN": "dropdown"}


def _help(ff: etree._Element, tag: str) -> str | None:
    """Status and help texts; "autoText" ones name an AutoText entry instead."""
    found = ff.find(tag)
    if found is None or found.get(w("type")) == "autoText":
        return None
    return found.get(VAL) or None


def legacy_field(ff: etree._Element | None, instruction: str) -> LegacyInfo | None:
    """The form field a complex field is, from its ``w:ffData`` and field code."""
    words = instruction.split()
    code = words[0].upper() if words else ""
    kind = _FORM_CODES.get(code)
    if ff is None:
        if kind is None:
            return None
        ff = etree.Element(FF_DATA)
    if kind is None:
        if ff.find(w("checkBox")) is not None:
            kind = "checkbox"
        elif ff.find(w("ddList")) is not None:
            kind = "dropdown"
        elif ff.find(w("textInput")) is not None:
            kind = "text"
        else:
            return None
    name = val(ff, w("name")) or None
    hints = tuple(h for h in (_help(ff, w("statusText")), _help(ff, w("helpText")), name) if h)
    if kind == "checkbox":
        box = ff.find(w("checkBox"))
        state = child(box, w("checked"))
        if state is None:
            state = child(box, w("default"))
        checked = on_off(state) if state is not None else False
        return LegacyInfo("checkbox", name, hints, checked=checked, shown=TICKED if checked else UNTICKED)
    if kind == "dropdown":
        entries = [e.get(VAL) or "" for e in ff.iterfind(f"{w('ddList')}/{w('listEntry')}")]
        index = as_int(val(ff.find(w("ddList")), w("result")) or val(ff.find(w("ddList")), w("default")))
        return LegacyInfo("dropdown", name, hints, shown=entries[index] if 0 <= index < len(entries) else "")
    if val(ff.find(w("textInput")), w("type")) == "date":
        return LegacyInfo("date", name, hints)
    return LegacyInfo("text", name, hints)
