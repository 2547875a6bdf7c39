"""AcroForm fields of a PDF page, with labels found by position.

General extractors lose filled form values because the values live in the
form dictionaries and widget appearance streams, not in the page's text
(docling #2677, pdfplumber #120). Here every widget comes from pdfium's form
API (``widgets``: values inherited from parent fields as the PDF
specification says, a box's state) and is tied to the printed text around
it. Text values are also added to the page as lines at the field's box, so
an extractor pairing "Nav-kontor:" with the text right of it finds the
answer whether it was typed into a field or printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...layout import BBox, FieldKind, FormField, Line, Word
from .captions import captions
from .labels import PageLabels, meaningful
from .digit_rows import join_digit_rows
from .text import CellKey, cell_at
from .widgets import Widget


@dataclass
class PageForm:
    """What the AcroForm contributes to one page."""

    fields: list[FormField] = field(default_factory=list)
    value_lines: list[Line] = field(default_factory=list)
    widget_boxes: list[BBox] = field(default_factory=list)
    """Boxes of every widget, so drawn and glyph boxes under them are not
    reported twice."""


def _font_size(widget: Widget) -> float:
    """The field's font size, or one guessed from the box (auto-sized)."""
    height = widget.bbox[3] - widget.bbox[1]
    return widget.font_size if widget.font_size > 0 else max(min(10.0, height * 0.7), 4.0)


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


def read_acroform(
    widgets: list[Widget], page_number: int, labels: PageLabels, cells: list[tuple[CellKey, BBox]]
) -> PageForm:
    """Every visible, non-button form widget of a page (``widgets.page_widgets``)
    as a FormField.

    Check boxes and radio buttons get their option label here; the question
    they answer (``group``) is set by ``PageLabels.assign_questions`` once
    every box on the page is known. A row of one-digit fields is read as
    one field (``digit_rows``)."""
    result = PageForm()
    boxes = [w.bbox for w in widgets if w.kind in ("checkbox", "radio")]
    result.widget_boxes = [w.bbox for w in widgets]
    printed = [word.bbox for line in labels.lines for word in line.words if word.bbox]
    widgets = join_digit_rows(widgets, printed)
    printed_labels = _printed_labels(widgets, labels)
    for widget in widgets:
        if widget.kind in ("checkbox", "radio"):
            result.fields.append(_box_field(widget, page_number, labels, boxes))
            continue
        value = widget.value if widget.value and widget.value.strip() else None
        label = widget.tooltip if meaningful(widget.tooltip) else printed_labels.get(id(widget))
        if label is None and meaningful(widget.name):
            label = widget.name
        kind: FieldKind = widget.kind  # type: ignore[assignment]
        result.fields.append(
            FormField(kind, "acroform", page_number, widget.name, label, value, None, widget.bbox)
        )
        if value and not _printed_in_box(value, widget.bbox, labels):
            size = _font_size(widget)
            result.value_lines.extend(
                _value_lines(value, widget.bbox, size, page_number, cell_at(cells, widget.bbox))
            )
    return result


def _printed_labels(widgets: list[Widget], labels: PageLabels) -> dict[int, str | None]:
    """Each text widget's printed label, by ``id``: the text left of it on
    its row, else its caption over or under it by the page's convention
    (``captions``); with the caption of neither side its own, the line
    right over it as before."""
    found: dict[int, str | None] = {}
    open_boxes: list[Widget] = []
    for widget in widgets:
        if widget.kind in ("checkbox", "radio"):
            continue
        if labels.left_of(widget.bbox) is not None:
            found[id(widget)] = labels.field_label(widget.bbox)
        else:
            open_boxes.append(widget)
    if not open_boxes:
        return found
    side, own = captions([w.bbox for w in open_boxes], labels.lines)
    for i, widget in enumerate(open_boxes):
        if i in own:
            found[id(widget)] = own[i]
        elif side == "above":
            found[id(widget)] = labels.field_label(widget.bbox)
    return found


def _box_field(widget: Widget, page_number: int, labels: PageLabels, boxes: list[BBox]) -> FormField:
    """A check box or one radio button, ticked or not as ``widgets`` read it
    from pdfium (each radio button has its own state; any on-state name
    counts: "/Yes", "/On", "/1", "/Ja"). ``value`` is the option's export
    name when ticked, what the form would submit, and None otherwise."""
    checked, export = widget.checked, widget.export
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
