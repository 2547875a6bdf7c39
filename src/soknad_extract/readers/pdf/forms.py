"""AcroForm fields of a PDF page, with labels found by position.

General extractors lose filled form values because the values live in the
form dictionaries and widget appearance streams, not in the page's text
(docling #2677, pdfplumber #120). Here every widget is read from its field
dictionary (values and states inherited from parent fields as the PDF
specification says) and tied to the printed text around it. Text values
are also added to the page as lines at the field's box, so an extractor
pairing "Nav-kontor:" with the text right of it finds the answer whether it
was typed into a field or printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import PSLiteral
from pdfplumber.utils.pdfinternals import decode_text

from ...layout import BBox, FieldKind, FormField, Line, Word
from .labels import PageLabels, meaningful
from .text import CellKey, cell_at
from .view import View

_PUSHBUTTON = 1 << 16
_RADIO = 1 << 15
_HIDDEN = 1 << 1
_FONT_SIZE = re.compile(rb"(\d+(?:\.\d+)?)\s+Tf")


@dataclass
class PageForm:
    """What the AcroForm contributes to one page."""

    fields: list[FormField] = field(default_factory=list)
    value_lines: list[Line] = field(default_factory=list)
    widget_boxes: list[BBox] = field(default_factory=list)
    """Boxes of every widget, so drawn and glyph boxes under them are not
    reported twice."""


def _text(obj: Any) -> str | None:
    obj = resolve1(obj)
    if obj is None:
        return None
    if isinstance(obj, PSLiteral):
        return _literal(obj)
    if isinstance(obj, bytes):
        return decode_text(obj)
    if isinstance(obj, str):
        return obj
    if isinstance(obj, (list, tuple)):
        parts = [_text(o) for o in obj]
        return "; ".join(p for p in parts if p) or None
    return str(obj)


def _literal(obj: Any) -> str | None:
    obj = resolve1(obj)
    if isinstance(obj, PSLiteral):
        name = obj.name
        return name.decode("latin-1") if isinstance(name, bytes) else str(name)
    if isinstance(obj, bytes):
        return obj.decode("latin-1")
    return obj if isinstance(obj, str) else None


def _chain(data: dict[str, Any]) -> list[dict[str, Any]]:
    """The widget and its ancestor fields, leaf first."""
    chain = [data]
    seen: set[int] = {id(data)}
    parent = resolve1(data.get("Parent"))
    while isinstance(parent, dict) and id(parent) not in seen and len(chain) < 32:
        chain.append(parent)
        seen.add(id(parent))
        parent = resolve1(parent.get("Parent"))
    return chain


def _inherited(chain: list[dict[str, Any]], key: str) -> Any:
    for d in chain:
        if key in d:
            return resolve1(d[key])
    return None


def _on_states(widget: dict[str, Any]) -> list[str]:
    normal = resolve1(resolve1(widget.get("AP") or {}).get("N")) if widget.get("AP") else None
    if not isinstance(normal, dict):
        return []
    return [str(k) for k in normal if str(k) != "Off"]


def _export_name(state: str | None, chain: list[dict[str, Any]]) -> str | None:
    """The option's name; /Opt maps index-named states ("0", "1") to text."""
    if state is None:
        return None
    options = _inherited(chain, "Opt")
    if isinstance(options, list) and state.isdigit() and int(state) < len(options):
        return _text(options[int(state)]) or state
    return state


def _is_date(chain: list[dict[str, Any]]) -> bool:
    actions = _inherited(chain, "AA")
    if not isinstance(actions, dict):
        return False
    fmt = resolve1(actions.get("F"))
    script = resolve1(fmt.get("JS")) if isinstance(fmt, dict) else None
    if isinstance(script, PDFStream):
        script = script.get_data()
    return isinstance(script, bytes) and b"AFDate" in script


def _choice_value(value: Any, chain: list[dict[str, Any]]) -> str | None:
    """The displayed text of a choice: /Opt pairs are [export, display]."""
    options = _inherited(chain, "Opt")
    chosen = value if isinstance(value, list) else [value]
    shown: list[str] = []
    for item in chosen:
        text = _text(item)
        if text is None:
            continue
        for option in options if isinstance(options, list) else []:
            option = resolve1(option)
            if isinstance(option, list) and len(option) == 2 and _text(option[0]) == text:
                text = _text(option[1]) or text
                break
        shown.append(text)
    return "; ".join(shown) or None


def _font_size(chain: list[dict[str, Any]], box: BBox) -> float:
    da = _inherited(chain, "DA")
    match = _FONT_SIZE.search(da if isinstance(da, bytes) else str(da or "").encode())
    size = float(match.group(1)) if match else 0.0
    height = box[3] - box[1]
    return size if size > 0 else max(min(10.0, height * 0.7), 4.0)


def _normal(text: str) -> str:
    return " ".join(text.split()).casefold()


def _value_lines(value: str, box: BBox, size: float, page: int, cell: CellKey | None) -> list[Line]:
    """Lines placed where a viewer would draw the value: from the box's
    top-left, one per line of the value, with word boxes estimated from an
    average glyph width of half the font size."""
    lines: list[Line] = []
    step = size * 1.2
    rows = [r for r in value.splitlines() if r.strip()]
    single = len(rows) == 1
    for i, text in enumerate(rows):
        top = (box[1] + box[3] - size) / 2 if single else box[1] + 2 + i * step
        top = min(max(top, box[1]), max(box[3] - size, box[1]))
        bottom = min(top + size, box[3]) if not single else top + size
        x = box[0] + 2
        words: list[Word] = []
        for part in text.split():
            width = 0.5 * size * len(part)
            words.append(Word(part, (x, top, min(x + width, box[2]), bottom)))
            x += width + 0.28 * size
        if not words:
            continue
        bbox = (words[0].bbox[0], top, max(w.bbox[2] for w in words), bottom)  # type: ignore[index]
        lines.append(
            Line(" ".join(text.split()), page, bbox, words, table_cell=cell, form_value=True)
        )
    return lines


def _printed_in_box(value: str, box: BBox, labels: PageLabels) -> bool:
    """The value already appears as page text inside the box (a form that
    was partly flattened, or printed over its fields)."""
    inside = []
    for line in labels.lines:
        for word in line.words:
            wb = word.bbox
            if wb and box[0] <= (wb[0] + wb[2]) / 2 <= box[2] and box[1] <= (wb[1] + wb[3]) / 2 <= box[3]:
                inside.append(word.text)
    return bool(inside) and _normal(value) in _normal(" ".join(inside))


@dataclass
class _Widget:
    chain: list[dict[str, Any]]
    bbox: BBox
    kind: str
    name: str | None
    tooltip: str | None


def _rect(annot: dict[str, Any], media: BBox, view: View) -> BBox | None:
    """The annotation's /Rect in the reader's page coordinates (points from
    the top-left of the media box, as ``pdfium_chars`` gives the text),
    turned as the page is shown."""
    rect = resolve1(annot.get("Rect"))
    if not isinstance(rect, list) or len(rect) != 4:
        return None
    try:
        x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
    except (TypeError, ValueError):
        return None
    left, _, _, top = media
    return view.box(min(x0, x1) - left, top - max(y0, y1), max(x0, x1) - left, top - min(y0, y1))


def _annotations(page: Any) -> list[dict[str, Any]]:
    """The page's annotation dictionaries, resolved one level only: the
    field chain below is resolved as it is walked (pdfplumber's ``annots``
    resolves every object each annotation reaches, the page included)."""
    annots = resolve1(page.annots)
    return [a for a in (resolve1(ref) for ref in annots) if isinstance(a, dict)] if isinstance(annots, list) else []


def _widgets(page: Any, view: View) -> list[_Widget]:
    """The visible widgets of fields that hold a value (no push buttons)
    of pdfminer's ``page``."""
    widgets: list[_Widget] = []
    media: BBox = tuple(float(v) for v in page.mediabox)  # type: ignore[assignment]
    for data in _annotations(page):
        if _literal(data.get("Subtype")) != "Widget":
            continue
        flags = resolve1(data.get("F")) or 0
        if isinstance(flags, int) and flags & _HIDDEN:
            continue
        bbox = _rect(data, media, view)
        if bbox is None:
            continue
        chain = _chain(data)
        ft = _literal(_inherited(chain, "FT"))
        ff = _inherited(chain, "Ff")
        ff = ff if isinstance(ff, int) else 0
        if ft == "Btn":
            if ff & _PUSHBUTTON:
                continue
            kind = "radio" if ff & _RADIO else "checkbox"
        elif ft == "Tx":
            kind = "date" if _is_date(chain) else "text"
        elif ft == "Ch":
            kind = "dropdown"
        else:
            continue
        names = [_text(d.get("T")) for d in reversed(chain) if d.get("T") is not None]
        tooltip = next((_text(d["TU"]) for d in chain if d.get("TU") is not None), None)
        widgets.append(_Widget(chain, bbox, kind, ".".join(n for n in names if n) or None, tooltip))
    return widgets


def read_acroform(
    page: Any, page_number: int, labels: PageLabels, cells: list[tuple[CellKey, BBox]], view: View
) -> PageForm:
    """Every visible, non-button form widget on pdfminer's ``page`` as a
    FormField.

    Check boxes and radio buttons get their option label here; the question
    they answer (``group``) is set by ``PageLabels.assign_questions`` once
    every box on the page is known."""
    result = PageForm()
    widgets = _widgets(page, view)
    boxes = [w.bbox for w in widgets if w.kind in ("checkbox", "radio")]
    result.widget_boxes = [w.bbox for w in widgets]
    for widget in widgets:
        if widget.kind in ("checkbox", "radio"):
            result.fields.append(_box_field(widget, page_number, labels, boxes))
            continue
        if widget.kind == "dropdown":
            value = _choice_value(_inherited(widget.chain, "V"), widget.chain)
        else:
            value = _text(_inherited(widget.chain, "V"))
        value = value if value and value.strip() else None
        label = widget.tooltip if meaningful(widget.tooltip) else labels.field_label(widget.bbox)
        if label is None and meaningful(widget.name):
            label = widget.name
        kind: FieldKind = widget.kind  # type: ignore[assignment]
        result.fields.append(
            FormField(kind, "acroform", page_number, widget.name, label, value, None, widget.bbox)
        )
        if value and not _printed_in_box(value, widget.bbox, labels):
            size = _font_size(widget.chain, widget.bbox)
            result.value_lines.extend(
                _value_lines(value, widget.bbox, size, page_number, cell_at(cells, widget.bbox))
            )
    return result


def _box_field(widget: _Widget, page_number: int, labels: PageLabels, boxes: list[BBox]) -> FormField:
    """A check box or one radio button. Its state is the widget's /AS (each
    radio button has its own), else the field's /V; any on-state name counts
    ("/Yes", "/On", "/1", "/Ja"). ``value`` is the option's export name when
    ticked, what the form would submit, and None otherwise."""
    leaf = widget.chain[0]
    states = _on_states(leaf)
    appearance = _literal(leaf.get("AS"))
    value = _literal(_inherited(widget.chain, "V"))
    if appearance is not None:
        checked = appearance != "Off" and (not states or appearance in states)
    else:
        checked = value not in (None, "Off") and (not states or value in states)
    export = _export_name(states[0] if states else value, widget.chain)
    right = labels.option_label(widget.bbox, boxes)
    group = None
    if widget.kind == "radio":
        label = right or export
        group = widget.tooltip if meaningful(widget.tooltip) else None
    else:
        label = widget.tooltip if meaningful(widget.tooltip) else right
        if label is None:
            label = widget.name if meaningful(widget.name) else export
    return FormField(
        widget.kind,  # type: ignore[arg-type]
        "acroform",
        page_number,
        widget.name,
        label,
        export if checked else None,
        checked,
        widget.bbox,
        group=group,
    )
