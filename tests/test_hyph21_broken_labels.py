"""Labels broken at a hyphen at a line's end in a narrow column ("Interesse
for nettverk/klynge-" over "samarbeid: ja"): the pair finder reads the label
whole and its answer after the colon on the next line, only where that line
stands right under the broken one in the same column and opens in lower case."""

from __future__ import annotations

from soknad_extract.extract.context import Context
from soknad_extract.layout.model import Document, Line, Page
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

SCHEME = get_scheme("nav-sosiale-tjenester-2020")


def _answers(ctx: Context, key: str) -> list[str]:
    return [pair.value.text for pair in ctx.values(key)]


def _page(lines: list[tuple[str, float, float]]) -> Document:
    """Lines as (text, x0, top), 10 pt tall."""
    page = Page(number=1, width=595, height=842)
    for text, x0, top in lines:
        page.lines.append(Line(text=text, page=1, bbox=(x0, top, x0 + 5 * len(text), top + 10)))
    return Document(path="x.pdf", format="pdf", pages=[page], page_count=1)


def test_a_label_broken_at_a_hyphen_is_read_whole_with_its_answer_on_the_next_line():
    ctx = Context(pdf_doc([[("3 Samarbeid", 56)], [("Interesse for nettverk/klynge-", 56)],
                           [("samarbeid: ja", 56)], [("Ønskjer ekstern prosess-", 56)],
                           [("evaluering: nei", 56)]]), SCHEME)
    assert _answers(ctx, "network") == ["ja"]
    assert _answers(ctx, "process_evaluation") == ["nei"]


def test_the_other_columns_lines_between_do_not_break_the_join():
    """Two columns whose baselines differ interleave their lines in reading order."""
    ctx = Context(_page([("Ønskjer ekstern prosess-", 50, 100), ("mellom to stolar når dei går", 310, 103),
                         ("evaluering: nei", 50, 114), ("ste til ei anna. Ein", 310, 117)]), SCHEME)
    assert _answers(ctx, "process_evaluation") == ["nei"]


def test_no_join_across_a_blank_gap_a_column_or_a_capital():
    gap = Context(_page([("Ønskjer ekstern prosess-", 50, 100), ("evaluering: nei", 50, 140)]), SCHEME)
    column = Context(_page([("Ønskjer ekstern prosess-", 50, 100), ("evaluering: nei", 310, 114)]), SCHEME)
    capital = Context(_page([("Ønskjer ekstern prosess-", 50, 100), ("Evaluering: nei", 50, 114)]), SCHEME)
    for ctx in (gap, column, capital):
        assert _answers(ctx, "process_evaluation") == []


def test_a_hyphenated_compound_broken_at_its_hyphen_keeps_its_label():
    ctx = Context(_page([("Nav-", 50, 100), ("kontor: Nav Sogndal", 50, 114)]), SCHEME)
    assert _answers(ctx, "office") == ["Nav Sogndal"]


def test_prose_broken_at_a_hyphen_gives_no_pair():
    ctx = Context(_page([("Kompetanse: Prosjektet skal byggje kompe-", 50, 100),
                         ("tanse hjå rettleiarane om samarbeid.", 50, 114)]), SCHEME)
    assert [pair.label for pairs in ctx.pairs.values() for pair in pairs] == ["Kompetanse"]
