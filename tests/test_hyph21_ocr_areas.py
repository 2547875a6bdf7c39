"""Priority areas named on lines read by text recognition, which may read
å, ø and æ without their marks ("Sikring av sarbare overganger"): the area's
words still name it there, and only there."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout.model import Document, Line, Page
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _doc(rows: list[tuple[str, str]], ocr: bool) -> Document:
    page = Page(number=1, width=595, height=842, ocr=ocr)
    for i, (label, answer) in enumerate(rows):
        top = 60 + 20 * i
        page.lines.append(Line(label, 1, (50, top, 50 + 5 * len(label), top + 10), ocr=ocr))
        page.lines.append(Line(answer, 1, (240, top, 240 + 5 * len(answer), top + 10), ocr=ocr))
    return Document(path="x.pdf", format="pdf", pages=[page], page_count=1)


ROWS = [("Nav-kontor:", "Nav Alta"), ("Kommune:", "Alta"), ("Prosjektnavn:", "Trygg overgang"),
        ("Satsingsområde:", "Sikring av sarbare overganger")]


def test_an_area_read_without_its_letters_marks_names_the_area_on_an_ocr_line():
    assert extract(_doc(ROWS, ocr=True), S2020).draft.values.get("priority_areas") == ["saarbare-overganger"]


def test_the_same_words_in_a_text_layer_are_not_read_as_misread():
    assert not extract(_doc(ROWS, ocr=False), S2020).draft.values.get("priority_areas")
