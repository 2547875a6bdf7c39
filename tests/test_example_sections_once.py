"""The example sections of a page are found once per page, and a line that
is not emphasised is no section heading before its text is folded: the same
lines kept and rewritten as the old code (``_sections`` asked again for
every kept line, the heading's text folded before its style was read),
checked here on many made-up pages against a copy of the old code."""

from __future__ import annotations

import random
from dataclasses import replace

from soknad_extract.extract import example_text
from soknad_extract.extract.example_text import ExampleText, emphasised, examples_out
from soknad_extract.extract.form_text import form_text
from soknad_extract.layout import Cell, Line, Table
from soknad_extract.norwegian import fold
from soknad_extract.schemes import get_scheme

EXAMPLES = form_text(get_scheme("nav-sosiale-tjenester-2020")).examples

_TEXTS = (
    "Eksempel på utfylt søknad", "Døme på eit utfylt skjema:", "Utfyllingshjelp", "Veiledning til utfylling av skjemaet",
    "Hjelpetekst (les dette)", "[Slik fyller du ut skjemaet]", "Veiledning og oppfølging", "Rettleiing",
    "Nav-kontor: Nav Gjøvik", "Stillingsprosent: 50 %", "Lønn (f.eks. kr 400 000): kr 590 000",
    "Kontaktperson: [Skriv navn her]", "Vi søker om en 100 % stilling, f.eks. jobbspesialist.",
    "Omsøkt beløp: 610 000 kr", "Skriv tittelen her", "Frister", "", "Eksempel (rettleiing)",
)
_STYLES = (None, None, "bold", "heading", "Heading 1", "Title", "Normal", "List Paragraph")


def _old_heads_section(examples: ExampleText, line: Line) -> bool:
    import re
    text = " ".join(re.sub(r"[()\[\]]", " ", fold(line.text)).split()).rstrip(":")
    return emphasised(line) and bool(examples.sections.fullmatch(text))


def _old_sections(lines, examples) -> set[int]:
    found: set[int] = set()
    inside = False
    for k, line in enumerate(lines):
        if _old_heads_section(examples, line):
            inside = True
        elif emphasised(line) or line.table_cell is not None:
            inside = False
        if inside:
            found.add(k)
    return found


def _old_examples_out(lines, tables, kept, examples):
    columns = {k: examples.example_column(table) for k, table in enumerate(tables)}
    left = [k for k in kept if not example_text._in_column(lines[k], columns)]
    left = [k for k in left if k not in _old_sections(lines, examples)]
    rewritten = {}
    gone = set()
    for run in example_text._runs(lines, left):
        texts = [lines[k].text for k in run]
        spans = examples.spans("\n".join(texts))
        offset = 0
        for k, text in zip(run, texts):
            local = [(a - offset, b - offset) for a, b in spans if a < offset + len(text) and b > offset]
            offset += len(text) + 1
            if not local:
                continue
            new = example_text.without_examples(text, local)
            if not new:
                gone.add(k)
            elif new != " ".join(text.split()):
                rewritten[k] = replace(lines[k], text=new, words=example_text._words_left(lines[k], local))
    return [k for k in left if k not in gone], rewritten


def _page(rng: random.Random) -> tuple[list[Line], list[Table], list[int]]:
    lines = []
    for _ in range(rng.randint(0, 30)):
        cell = (0, rng.randint(0, 3), rng.randint(0, 2)) if rng.random() < 0.3 else None
        lines.append(Line(text=rng.choice(_TEXTS), page=1, style=rng.choice(_STYLES), table_cell=cell))
    tables = [Table(page=1, rows=[[Cell(text=rng.choice(_TEXTS)) for _ in range(3)] for _ in range(4)])]
    kept = sorted(rng.sample(range(len(lines)), rng.randint(0, len(lines))))
    return lines, tables, kept


def test_heads_section_answers_as_before() -> None:
    for text in _TEXTS:
        for style in _STYLES:
            line = Line(text=text, page=1, style=style)
            assert EXAMPLES.heads_section(line) == _old_heads_section(EXAMPLES, line), (text, style)


def test_examples_out_keeps_and_rewrites_the_same_lines() -> None:
    rng = random.Random(18)
    under = 0
    for _ in range(600):
        lines, tables, kept = _page(rng)
        assert examples_out(lines, tables, kept, EXAMPLES) == _old_examples_out(lines, tables, kept, EXAMPLES)
        under += bool(_old_sections(lines, EXAMPLES))
    assert under > 100  # the pages have sections to leave out, not only none


def test_sections_are_found_once_a_page(monkeypatch) -> None:
    calls = []
    real = example_text._sections
    monkeypatch.setattr(example_text, "_sections", lambda *a: calls.append(1) or real(*a))
    lines = [Line(text="Nav-kontor: Nav Gjøvik", page=1)] * 20
    examples_out(lines, [], list(range(20)), EXAMPLES)
    assert len(calls) == 1
