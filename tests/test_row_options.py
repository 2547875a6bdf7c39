"""Which option an unlabelled box on a line of options stands for, from the
line's own order (``extract/row_options.py``): boxes after their options
("Nytt prosjekt ☒ Videreføring ☐") or before them ("☒ Nytt prosjekt ☐
Videreføring"); nothing when words and boxes do not alternate."""

from __future__ import annotations

from soknad_extract.extract.row_options import row_option
from soknad_extract.layout import FormField
from tests.builders.layouts import pdf_line, pdf_page, pdf_pages


def _box(x: float, checked: bool) -> FormField:
    return FormField(kind="checkbox", method="drawn", page=1, checked=checked, bbox=(x, 300, x + 9, 309))


def _doc(texts: list[tuple[str, float]], boxes: list[FormField]):
    page = pdf_page(1, [pdf_line(text, 1, x, 300) for text, x in texts])
    page.fields = boxes
    return pdf_pages(page)


def test_boxes_after_their_options() -> None:
    boxes = [_box(150, True), _box(300, False)]
    doc = _doc([("Nytt prosjekt", 60), ("Videreføring", 200)], boxes)
    assert [row_option(doc, b) for b in boxes] == ["Nytt prosjekt", "Videreføring"]


def test_boxes_before_their_options() -> None:
    boxes = [_box(60, False), _box(200, True)]
    doc = _doc([("Ny søknad", 75), ("Vidareføring", 215)], boxes)
    assert [row_option(doc, b) for b in boxes] == ["Ny søknad", "Vidareføring"]


def test_two_boxes_side_by_side_read_nothing() -> None:
    boxes = [_box(60, True), _box(75, False)]
    doc = _doc([("Nytt prosjekt", 90), ("Videreføring", 200)], boxes)
    assert [row_option(doc, b) for b in boxes] == [None, None]


def test_a_box_not_among_the_pages_fields_reads_nothing() -> None:
    doc = _doc([("Nytt prosjekt", 60), ("Videreføring", 200)], [_box(150, True), _box(300, False)])
    assert row_option(doc, _box(150, True)) is None
