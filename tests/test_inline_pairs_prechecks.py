"""``label_answers._inline_pairs`` asks its question pattern only of a cell
with a question mark and cuts at middle dots only a cell that has one
(phase 19b): both patterns need that character, so the pairs must be those
of the old code, which asked every cell. Checked against a copy of the old
code on every row of the sample documents and on made-up rows of questions,
hints, dotted label runs and plain text."""

from __future__ import annotations

import random
from pathlib import Path

from soknad_extract.extract import label_answers as la
from soknad_extract.extract.context import Context
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.pair_text import Pair
from soknad_extract.layout.rows import Row, Span
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SCHEME = get_scheme("nav-sosiale-tjenester-2020")


def _old_inline_pairs(row: Row, i: int, ctx: Context) -> list[tuple[str, Pair]]:
    found: list[tuple[str, Pair]] = []
    for cell in row.filled():
        question = la._QUESTION.match(cell.text)
        if question and not la._is_hint(ctx, question.group("answer")):
            key = classify_label(question.group("question"))
            if key:
                found.append((key, Pair(question.group("question"), la._part(cell, question.group("answer")),
                                        cell.method, i)))
        segments = la._SEGMENT_MARK.split(cell.text)
        for segment in segments[1:]:
            head, sep, tail = segment.partition(":")
            key = classify_label(head) if sep and tail.strip() else None
            if key:
                found.append((key, Pair(head, la._part(cell, tail), cell.method, i)))
    return found


_PIECES = (
    "Hva heter prosjektet?", "Ung i jobb", "Når starter prosjektet?", "(dd.mm.åååå)", "1. mai 2020",
    "Kontaktperson: Kari Lid", "·", "•", " · ", " • ", "Telefon: 61 23 45 67", "E-post: kari@lid.no",
    "Kryss av for det som passer", "Tittel:", "?", "Er dette en videreføring?  Ja", "Navn: Ola", "tekst",
)


def test_inline_pairs_are_the_old_codes() -> None:
    contexts = []
    for path in sorted(SAMPLES.glob("born_digital/*.docx"))[:12] + sorted(SAMPLES.glob("born_digital/*.pdf"))[:8]:
        if path.name.startswith("broken_"):
            continue
        contexts.append(Context(read_document(path), SCHEME))
    found = 0
    for ctx in contexts:
        for i, row in enumerate(ctx.rows):
            old = _old_inline_pairs(row, i, ctx)
            assert la._inline_pairs(row, i, ctx) == old
            found += len(old)
    rng = random.Random(1919)
    ctx = contexts[0]
    for n in range(3000):
        cells = [Span(" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 5))), 1)
                 for _ in range(rng.randint(1, 3))]
        row = Row(cells, 1, in_table=rng.random() < 0.5)
        old = _old_inline_pairs(row, n, ctx)
        assert la._inline_pairs(row, n, ctx) == old, [c.text for c in cells]
        found += len(old)
    assert found > 500  # pairs of both kinds are found
