"""A letter's wish stated after a table ("Vi deltar gjerne i nettverk."):
the paragraph before the table ends without a full stop, so the sentence
must not run back through the table's cells, where a "ikke" of a budget note
would read as taking the wish back."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.context import Context
from soknad_extract.extract.prose_sentences import prose_sentences
from soknad_extract.schemes import get_scheme
from soknad_extract.layout import Document
from soknad_extract.layout.model import Cell, Line, Page, Table

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


_BUDGET = [["Koordinator, 100 % stilling", "kr 600 000"],
           ["Egenandel (kontorplass – ikke del av søknaden)", "kr 150 000"]]


def _letter(after_table: str, rows: list[list[str]] = _BUDGET) -> Document:
    """A Word letter: a paragraph, a table, a paragraph, in that order."""
    page = Page(number=1)
    page.tables.append(Table(page=1, rows=[[Cell(text=c) for c in row] for row in rows]))
    page.lines = [Line(text=TITLE, page=1), Line(text="Budsjettet ser slik ut:", page=1)]
    page.lines += [Line(text=text, page=1, table_cell=(0, r, c)) for r, row in enumerate(rows)
                   for c, text in enumerate(row)]
    page.lines.append(Line(text=after_table, page=1))
    return Document(path="x.docx", format="docx", pages=[page])


def test_a_wish_after_a_table_is_not_taken_back_by_a_cell() -> None:
    doc = _letter("Vi deltar gjerne i nettverk med andre Nav-kontor.")
    assert extract(doc, S2020).draft.values.get("interest.network") is True


def test_a_wish_taken_back_in_its_own_sentence_is_still_no() -> None:
    doc = _letter("Vi ønsker ikke å delta i nettverk i år.")
    assert extract(doc, S2020).draft.values.get("interest.network") is False


def test_a_question_cell_answered_in_the_cell_below_keeps_its_answer() -> None:
    doc = _letter("Med vennlig hilsen", rows=[["Kontoret ønsker å delta i nettverk/klyngesamarbeid"], ["Nei"]])
    assert extract(doc, S2020).draft.values.get("interest.network") is False


def test_no_sentence_runs_into_or_out_of_a_table() -> None:
    ctx = Context(_letter("Vi deltar gjerne i nettverk."), S2020)
    texts = [body for _, _, body in prose_sentences(ctx)]
    assert not any("ikke del" in body and "nettverk" in body for body in texts)
    assert not any("slik ut" in body and "koordinator" in body for body in texts)
