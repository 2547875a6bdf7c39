"""A budget stated one post per clause in a sentence that asks for nothing:
"Løn og sosiale utgifter: kr 380'. Kompetanse: kr 10'.", "Lønn og sosiale
kostnader 1 200 000 kroner, kompetanse 10 000 kroner, totalt 1 210 000
kroner", "Hver stilling koster 305 000 kroner …, altså 610 000 kroner til
sammen", "Løn … er rekna til 630 000 kroner per stilling, til saman 1 260 000
kroner". Letters write the request in one sentence and the figures in the
next; without the asking verb the figures are still posts, when the words
before each amount are just a post's name. Split from ``prose`` so that
module keeps to reading requests."""

from __future__ import annotations

import re

from soknad_extract.extract.budget.lines import category
from soknad_extract.extract.budget.part_sums import multiple_of, priced_per_post
from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import Match, fold
from soknad_extract.plausible import bounds

_MAX_LABEL_WORDS = 3
"""A post's name set before its amount is a label of a word or a few
("Kompetanse:", "kompetansemidlar"), not a clause that says something about
competence ("For å styrke kompetansen har vi brukt …")."""


def unrequested_post(body: str, hits: list[Match], index: int, clause: str) -> str | None:
    """Which post the amount ``hits[index]`` of a sentence that asks for
    nothing is, from the folded ``clause`` before it: ``competence`` when the
    clause is a bare competence label; ``positions`` when an earlier amount
    of the sentence is what each post costs and this one, a whole multiple of
    it, is said to be their sum (the rate named before the first amount, "Hver
    stilling koster 305 000 kroner", or after it, "630 000 kroner per
    stilling, til saman 1 260 000 kroner"); ``total`` when the words since the last
    comma are a total word alone after other posts of the sentence. None when
    the words say nothing that sure."""
    if 0 < hits[index].value < bounds().amount_min:
        return None  # the next item's number of a numbered form left unanswered ("12. Beløp til kompetanse, kr: 13. …")
    label = clause.strip(" \t:–-")
    if label and len(label.split()) <= _MAX_LABEL_WORDS and category(label, None) == "competence":
        return "competence"
    if index == 0:
        return None
    words = budget_words()
    hit, first = hits[index], hits[0]
    since = fold(re.split(r"[,;]", body[hits[index - 1].end: hit.start])[-1]).strip(" \t:")
    after = fold(re.split(r"[,;.]", body[hit.end:])[0])
    summed = bool(words.prose_total_word.search(since) or words.prose_total_word.search(after))
    if _each_post(body, first):
        return "positions" if summed and sums_posts(hits, index) else None
    if len(since.split()) <= 2 and words.prose_total_word.search(since):
        return "total"
    return None


def _each_post(body: str, first: Match) -> bool:
    """The sentence's first amount is what each post costs: named so before
    it ("Hver stilling koster 305 000 kroner") or after it ("630 000 kroner
    per stilling")."""
    return bool(budget_words().prose_each_post.search(fold(body[:first.start]))) or priced_per_post(body, first)


def sums_posts(hits: list[Match], index: int) -> bool:
    """``hits[index]`` is a whole multiple of the first amount, more than it."""
    return multiple_of(hits[0].value, hits[index].value)


def rate_then_sum(body: str, hits: list[Match], index: int) -> bool:
    """In a sentence that asks for money, an amount said to be the sum
    ("til sammen", "totalt" right before it) of posts whose first amount is
    what each costs ("Vi søker om 630 000 kroner per stilling, til sammen
    1 260 000 kroner"): the positions' part, never the whole request."""
    if index == 0 or not _each_post(body, hits[0]):
        return False
    since = fold(re.split(r"[,;]", body[hits[index - 1].end: hits[index].start])[-1]).strip(" \t:")
    return bool(budget_words().prose_total_word.search(since)) and len(since.split()) <= 3 and sums_posts(hits, index)
