"""The form widgets of a PDF page, read with pdfium's annotation and form
API: the page was parsed by pdfium anyway, so its widgets need no second
parser.

pdfium's form (``FormEnv``) knows each widget's field: its kind, full name,
tooltip and value inherited from parent fields as the PDF specification
says, a box's on-state and whether it is ticked, a list's options, the
format script of a date. The widget's own dictionary gives its box, its
flags, its appearance state (/AS), its default appearance (/DA) and, for a
box without /AS, the value (/V) that ticks it.
"""

from __future__ import annotations

import ctypes
import re
from dataclasses import dataclass
from typing import Any

import pypdfium2.raw as pdfium_c

from ...layout import BBox
from .pdfium_strings import wide_text
from .view import View

_FONT_SIZE = re.compile(r"(\d+(?:\.\d+)?)\s+Tf")
_KINDS = {
    pdfium_c.FPDF_FORMFIELD_CHECKBOX: "checkbox",
    pdfium_c.FPDF_FORMFIELD_RADIOBUTTON: "radio",
    pdfium_c.FPDF_FORMFIELD_TEXTFIELD: "text",
    pdfium_c.FPDF_FORMFIELD_COMBOBOX: "dropdown",
    pdfium_c.FPDF_FORMFIELD_LISTBOX: "dropdown",
}
"""The fields that hold a value (push buttons and signatures do not)."""


@dataclass
class Widget:
    """One visible widget of a field that holds a value."""

    bbox: BBox
    kind: str
    """"checkbox", "radio", "text", "date" or "dropdown"."""
    name: str | None
    tooltip: str | None
    value: str | None = None
    """A text field's value, a list's displayed choice."""
    font_size: float = 0.0
    """The size of the field's default appearance (/DA); 0 when unknown."""
    checked: bool = False
    export: str | None = None
    """A box's export name (its on-state, or its /Opt entry)."""


class FormEnv:
    """pdfium's form environment of a document, made
    directly rather than with ``PdfDocument.init_forms``: that one ties
    every page to the form when it is loaded (and so draws the fields into
    each rendered image) and logs a warning for XFA forms. Here a page is
    tied to the form only while its widgets are read (``page_widgets``):
    pdfium knows a box's state only through the page's widgets. Close it
    before the document."""

    def __init__(self, pdf: Any) -> None:
        self._info = pdfium_c.FPDF_FORMFILLINFO(version=2)
        self.handle = pdfium_c.FPDFDOC_InitFormFillEnvironment(pdf, self._info) or None

    def close(self) -> None:
        if self.handle:
            pdfium_c.FPDFDOC_ExitFormFillEnvironment(self.handle)
            self.handle = None


def _text(call: Any, form: Any, annot: Any, *args: Any) -> str | None:
    return wide_text(call, form, annot, *args) or None


def _rect(annot: Any, media: tuple[float, float, float, float], view: View) -> BBox | None:
    """The annotation's /Rect in the reader's page coordinates (points from
    the top-left of the media box, as ``pdfium_chars`` gives the text),
    turned as the page is shown."""
    if pdfium_c.FPDFAnnot_GetValueType(annot, b"Rect") != pdfium_c.FPDF_OBJECT_ARRAY:
        return None
    rect = pdfium_c.FS_RECTF()
    if not pdfium_c.FPDFAnnot_GetRect(annot, ctypes.byref(rect)):
        return None
    x0, x1 = sorted((rect.left, rect.right))
    y0, y1 = sorted((rect.bottom, rect.top))
    left, _, _, top = media
    return view.box(x0 - left, top - y1, x1 - left, top - y0)


def _kind(form: Any, annot: Any) -> str | None:
    kind = _KINDS.get(pdfium_c.FPDFAnnot_GetFormFieldType(form, annot))
    if kind == "text":
        script = wide_text(pdfium_c.FPDFAnnot_GetFormAdditionalActionJavaScript, form, annot,
                       pdfium_c.FPDF_ANNOT_AACTION_FORMAT)
        return "date" if "AFDate" in script else "text"
    return kind


def _choice(form: Any, annot: Any) -> str | None:
    """The displayed text of a list's choice: the labels of the options the
    field's /V selects, else its value (a value typed into a combo box)."""
    count = pdfium_c.FPDFAnnot_GetOptionCount(form, annot)
    shown = [wide_text(pdfium_c.FPDFAnnot_GetOptionLabel, form, annot, i)
             for i in range(max(count, 0)) if pdfium_c.FPDFAnnot_IsOptionSelected(form, annot, i)]
    return "; ".join(s for s in shown if s) or _text(pdfium_c.FPDFAnnot_GetFormFieldValue, form, annot)


def _font_size(form: Any, annot: Any) -> float:
    """The size the widget's own /DA sets, else the one its field inherits."""
    own = wide_text(pdfium_c.FPDFAnnot_GetStringValue, annot, b"DA")
    if own:
        match = _FONT_SIZE.search(own)
        return float(match.group(1)) if match else 0.0
    size = ctypes.c_float()
    return size.value if pdfium_c.FPDFAnnot_GetFontSize(form, annot, ctypes.byref(size)) else 0.0


def _ticked(form: Any, annot: Any, export: str | None) -> bool:
    """Whether a box is ticked. pdfium reads the widget's appearance state
    (/AS) only, and derives a box field's value from it too; but a producer
    may tick a box through the value (/V) in its widget alone and leave /AS
    out, and a viewer then shows the box ticked when that value names the
    box's on-state (its export name). A /V only on a parent field stays out
    of reach: pdfium opens no parent that is not itself an annotation."""
    if pdfium_c.FPDFAnnot_HasKey(annot, b"AS"):
        return bool(pdfium_c.FPDFAnnot_IsChecked(form, annot))
    value = wide_text(pdfium_c.FPDFAnnot_GetStringValue, annot, b"V")
    return bool(value) and value != "Off" and value == export


def _widget(annot: Any, form: Any, media: tuple[float, float, float, float], view: View) -> Widget | None:
    if pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_WIDGET:
        return None
    if pdfium_c.FPDFAnnot_GetFlags(annot) & pdfium_c.FPDF_ANNOT_FLAG_HIDDEN:
        return None
    bbox = _rect(annot, media, view)
    kind = _kind(form, annot) if bbox is not None else None
    if bbox is None or kind is None:
        return None
    widget = Widget(bbox, kind, _text(pdfium_c.FPDFAnnot_GetFormFieldName, form, annot),
                    _text(pdfium_c.FPDFAnnot_GetFormFieldAlternateName, form, annot))
    if kind in ("checkbox", "radio"):
        widget.export = _text(pdfium_c.FPDFAnnot_GetFormFieldExportValue, form, annot)
        widget.checked = _ticked(form, annot, widget.export)
    else:
        widget.value = _choice(form, annot) if kind == "dropdown" else _text(
            pdfium_c.FPDFAnnot_GetFormFieldValue, form, annot)
        widget.font_size = _font_size(form, annot)
    return widget


def page_widgets(page: Any, form: Any, view: View) -> list[Widget]:
    """The visible widgets of fields that hold a value on pdfium's ``page``
    (``form``: the handle of the document's ``FormEnv``)."""
    count = pdfium_c.FPDFPage_GetAnnotCount(page)
    if not count or not form:
        return []
    pdfium_c.FORM_OnAfterLoadPage(page, form)
    try:
        return _widgets(page, count, form, view)
    finally:
        pdfium_c.FORM_OnBeforeClosePage(page, form)


def _widgets(page: Any, count: int, form: Any, view: View) -> list[Widget]:
    media = page.get_mediabox()
    widgets: list[Widget] = []
    for index in range(count):
        annot = pdfium_c.FPDFPage_GetAnnot(page, index)
        if not annot:
            continue
        try:
            widget = _widget(annot, form, media, view)
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
        if widget is not None:
            widgets.append(widget)
    return widgets
