"""The last words of a sentence that wrapped onto a line of their own.

Class: a declaration over the signature blocks ("Vi bekrefter at
opplysningene er riktige og at prosjektet er forankret i" / "kommunens
ledelse.") whose line break leaves a role phrase alone on the last line.
Read apart, "kommunens ledelse." stands as a municipal heading, and the ink
or date under it becomes a third, nameless municipal signer. A sentence
about the municipal leadership is no signer: the wrapped tail is joined
back onto its sentence, which no block reads as a title.

Only where the shape is unmistakable: the line above is a sentence (many
words) that does not end its clause, the tail starts with a small letter
at the same left edge just below it, ends the sentence, and holds nothing
else on its row.
"""

from __future__ import annotations

from dataclasses import replace

from ...layout.fragments import Fragment, adjacent
from ...layout.geometry import union
from .wrapped import SAME_EDGE

_SENTENCE_WORDS = 8
"""Words of a line that is running text, not a caption or a title."""
_TAIL_WORDS = 6
"""Words of a sentence's wrapped end at most."""
_CLAUSE_ENDS = ".:;!?"


def join_sentence_tails(frags: list[Fragment]) -> list[Fragment]:
    """``frags`` with each sentence's wrapped tail joined onto its line."""
    previous: dict[int, Fragment] = {}
    by_page: dict[int, list[Fragment]] = {}
    for f in frags:
        by_page.setdefault(f.page, []).append(f)
    for here in by_page.values():
        for tail in here:
            if _tail_shaped(tail) and not _row_beside(tail, here):
                above = next((g for g in here if _wraps_onto(g, tail)), None)
                if above is not None:
                    previous[tail.order] = above
    if not previous:
        return frags
    joined = {a.order: replace(a, text=f"{a.text} {t.text}", box=union([a.box, t.box]))
              for t in frags if (a := previous.get(t.order)) is not None}
    return [joined.get(f.order, f) for f in frags if f.order not in previous]


def _tail_shaped(frag: Fragment) -> bool:
    text = frag.text.strip()
    return (frag.real and text[:1].islower() and text.endswith(".")
            and len(text.split()) <= _TAIL_WORDS and not any(c.isdigit() for c in text))


def _wraps_onto(line: Fragment, tail: Fragment) -> bool:
    text = line.text.strip()
    return (line.real and line.order != tail.order and line.box[1] < tail.box[1]
            and abs(line.box[0] - tail.box[0]) <= SAME_EDGE and adjacent(line, tail)
            and len(text.split()) >= _SENTENCE_WORDS and text[-1:] not in _CLAUSE_ENDS)


def _row_beside(frag: Fragment, here: list[Fragment]) -> bool:
    middle = (frag.box[1] + frag.box[3]) / 2
    return any(g is not frag and g.box[1] <= middle <= g.box[3] for g in here)
