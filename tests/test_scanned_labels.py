"""Labels a scan's text recognition misspelt by one letter ("Oppstat"):
read as the vocabulary's word one letter away on a scanned page, never on
typed text, and never when two words are that close."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.extract.context import Context
from soknad_extract.extract.scanned_labels import _one_letter_apart, classify_scanned_label
from soknad_extract.layout import Document, Line, Page
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _form(ocr: bool) -> Document:
    page = Page(number=1, width=595, height=842, ocr=ocr)
    rows = [[("Søknad om tilskudd til utvikling av sosiale tjenester i NAV 2020", 50)],
            [("Prosjekt", 60), ("Inn på arbeidsmarkedet", 231)],
            [("Oppstat", 60), ("01.05.2020", 231)]]
    for i, row in enumerate(rows):
        top = 60 + i * 20
        for text, x0 in row:
            page.lines.append(Line(text=text, page=1, bbox=(x0, top, x0 + 6 * len(text), top + 10)))
    return Document(path="x.pdf", format="pdf", pages=[page], page_count=1)


def test_a_scanned_label_one_letter_off_still_asks_for_its_field() -> None:
    assert extract(_form(ocr=True), S2020).draft.values.get("project.start_date") == "2020-05-01"


def test_typed_text_is_never_respelt() -> None:
    """On a typed page the misspelling is what the office wrote: no label."""
    assert [p.value.text for p in Context(_form(ocr=True), S2020).values("start_date")] == ["01.05.2020"]
    assert Context(_form(ocr=False), S2020).values("start_date") == []


@pytest.mark.parametrize("text, key", [
    ("Oppstat", "start_date"), ("Organisasjonsnumer", "org_number"), ("Telefom", "phone"),
    ("Kommunne", "municipality"), ("Prosjektnavm", "title"),
])
def test_one_letter_dropped_added_or_replaced(text: str, key: str) -> None:
    assert classify_scanned_label(text) == key


@pytest.mark.parametrize("text", ["Molde", "Per Olav Rishaug", "Nytt", "Inn på arbeidsmarkedet", "01.05.2020"])
def test_answers_stay_answers(text: str) -> None:
    assert classify_scanned_label(text) is None


@pytest.mark.parametrize("a, b, apart", [
    ("oppstat", "oppstart", True), ("telefom", "telefon", True), ("kommunne", "kommune", True),
    ("kommune", "kommune", False), ("oppstat", "oppstarten", False), ("abcde", "vwxyz", False),
])
def test_one_letter_apart(a: str, b: str, apart: bool) -> None:
    assert _one_letter_apart(a, b) is apart
