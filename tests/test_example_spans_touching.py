"""``ExampleText.spans`` blanks, for its placeholder test, only the spans
that touch each line (phase 19b): a span that does not reach the line left
it as it was, so the spans found must be those of the old code, which
blanked every span found so far into every line. Checked against a copy of
the old code on made-up multi-line texts of brackets wrapping onto the next
line, markers opening lines and clauses, placeholders alone and beside an
answer, and lines the earlier lines' spans end on."""

from __future__ import annotations

import random

from soknad_extract.extract.example_text import (
    _BRACKET, _CLAUSE_END, _LINE_START, _SENTENCE_END, ExampleText, blanked,
)
from soknad_extract.extract.form_text import form_text
from soknad_extract.norwegian import fold
from soknad_extract.schemes import get_scheme

EXAMPLES = form_text(get_scheme("nav-sosiale-tjenester-2020")).examples

_PIECES = (
    "Lønn (f.eks. kr 400 000): kr 590 000", "Kontaktperson: [Skriv navn her]", "[Skriv navn her]",
    "Skriv tittelen her", "Vi søker om en 100 % stilling, f.eks. jobbspesialist.", "t.d. Ola Nordmann",
    "Eksempel: kr 400 000", "(eksempel:", "kr 400 000)", "[Namn og e-post til", "kontaktperson]",
    "eks. mva", "(maks kr 10 000)", "<Skriv her>", "Omsøkt beløp: 610 000 kr", "Nav Gjøvik", "", " ",
    "f.eks.", "Klikk eller trykk her for å skrive inn tekst.", "(dato)", "…", "Tittel: Ung i jobb",
)


def _old_spans(examples: ExampleText, text: str) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    for group in _BRACKET.finditer(text):
        inner = next(g for g in group.groups() if g is not None)
        if examples._marks(inner) or examples._placeholder(inner) or examples.bracket_hints.match(fold(inner).strip()):
            found.append(group.span())
    for marker in examples.markers.finditer(text):
        start = marker.start()
        if any(a <= start < b for a, b in found) or examples.not_after.match(fold(text[marker.end():]).lstrip()):
            continue
        ends = _SENTENCE_END if _LINE_START.search(text[:start]) else _CLAUSE_END
        found.append((start, ends.search(text, marker.end()).start()))
    offset = 0
    for line in text.split("\n"):
        rest = blanked(line, [(a - offset, b - offset) for a, b in found])
        if rest.strip() and examples._placeholder(rest):
            found.append((offset, offset + len(line)))
        offset += len(line) + 1
    return found


def test_spans_are_the_old_codes() -> None:
    rng = random.Random(1919)
    placeholders = 0
    for _ in range(4000):
        lines = [" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(1, 6))]
        text = "\n".join(lines)
        old = _old_spans(EXAMPLES, text)
        assert EXAMPLES.spans(text) == old, text
        placeholders += any(text[a:b] in lines for a, b in old)
    assert placeholders > 300  # whole-line placeholders are found, after other spans on other lines
