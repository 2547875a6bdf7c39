"""A funder's share of a post's cost, which is no share of the post's size.

"Kommunen dekker 40 % av stillingen", "der bydelen betaler 20 % av lønna",
"80 % (20 % kommunalt finansiert)", "70 %, hvorav 30 % dekkes av bydelen",
"25 % egenandel": the percent says who pays what part, not how large the
post is. Read as a size, a post the municipality pays part of looks larger
or smaller than it is, and the amount applied for looks over the cap (a
false error). The words are ``budget.toml``'s ``prose_funder_*``.
"""

from __future__ import annotations

import re

from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import find_percents, fold

_CLAUSE_MARKS = ",;:("
"""What opens the clause a share stands in, within a sentence or a cell."""
_CLAUSE_ENDS = ",;)"
_TAIL = 40
"""How far after a share its funder's words are looked for."""


def funders_share(before: str, after: str) -> bool:
    """A share that is a funder's part of a post's cost. ``before`` is the
    share's clause up to it, ``after`` the words after it: a funder's own
    part named beside it ("30 % egenandel"), a participle of paying after it
    ("20 % kommunalt finansiert", "30 % dekkes av bydelen", never "50 %
    finansiert stilling", a post), a paying verb before it in a clause that
    takes a part of what was said ("hvorav kommunen finansierer 30 %"), or a
    paying verb before it with what it is a part of after it ("dekker 40 %
    av lønnen")."""
    words = budget_words()
    tail = fold(after).lstrip(" ,")
    clause = re.split(r"[,;:(]", fold(before))[-1].strip()
    if words.prose_funder_own.search(tail):
        return True
    paid = words.prose_funder_after.match(tail)
    if paid and not words.prose_share_post.match(tail[paid.end():].lstrip()):
        return True
    if words.prose_funder_part.search(clause) and words.prose_funder_cover.search(clause):
        return True
    return bool(words.prose_funder_of.search(tail) and words.prose_funder_cover.search(clause))


def without_funders_shares(text: str) -> str:
    """A cell's or a label's text without the clauses that give a funder's
    share ("80 % (20 % kommunalt finansiert)" is "80 %", "Veileder 70 %,
    hvorav 30 % dekkes av bydelen" is "Veileder 70 %"): what is left says
    the post's size, or says none."""
    if "%" not in text and "prosent" not in text.casefold():
        return text
    hits = find_percents(text)
    cuts = []
    for before, hit in zip([None, *hits], hits):
        start = max(text.rfind(mark, before.end if before else 0, hit.start) for mark in _CLAUSE_MARKS) + 1
        start = start or (before.end if before else 0)
        if funders_share(text[start: hit.start], text[hit.end: hit.end + _TAIL]):
            ends = [i for i in (text.find(mark, hit.end) for mark in _CLAUSE_ENDS) if i >= 0]
            end = min(ends, default=len(text))
            end += text[end: end + 1] == ")" and text[start - 1: start] == "("
            cuts.append((start - 1 if start and text[start - 1] in _CLAUSE_MARKS else start, end))
    for start, end in reversed(cuts):
        text = f"{text[:start]} {text[end:]}".strip()
    return text
