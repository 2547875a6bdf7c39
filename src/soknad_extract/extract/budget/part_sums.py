"""Which of the sums a letter states is the total applied for.

Letters add up one post with the words they use for the whole request: "Vi
søker om to stillinger à 100 %, til sammen kr 1,2 mill. i lønn og sosiale
kostnader, og kr 10 000 til kompetanse. Samlet søknadsbeløp er kr 1 210
000." The "til sammen" there sums the positions' salaries; read as the total,
the letter's own arithmetic looks wrong (a false AMOUNT_SUM_MISMATCH). A sum
whose own words name one part of the budget is that part's; the total is the
sum said of the application ("søknadsbeløp", "søknadssum"), else the first
sum that names no part. Split from ``prose`` so that module keeps to reading
requests.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import Match, fold

_PHRASE_END = re.compile(r"[,;:(\d\n]|\.(?:\s|$)")
"""Where the words that say what a sum is of end: the next clause, figure,
bracket or the sentence's end."""
_SAID_AGAIN = re.compile(r"\s*\([^()]*\)")
"""An amount said again in brackets right after it ("(1 200 000 kroner)")."""
_CLAUSE_BREAK = re.compile(r"[,;:\d]")
"""Between a total word and its amount: the word does not lead straight to
the amount ("Samlet, etter at kommunen har …, søker vi om"), so what the
sentence said before the word is another clause's."""
_WINDOW = 60
"""Characters before an amount searched for the words that make it a sum."""


@dataclass(frozen=True)
class StatedSum:
    """An amount a sentence states as a sum: its place in the text, the
    part of the budget it is the sum of ("positions", "competence") or None
    for the whole, and whether it is said of the application itself."""

    value: int
    start: int
    end: int
    part: str | None
    of_application: bool


def stated_sums(sentences: Iterable[tuple[int, str]], money: Callable[[str], list[Match]]) -> list[StatedSum]:
    """The sums ``sentences`` (offset, text; the municipality's own part
    left out) state: in each, the amounts with a total word or the
    application's sum named before them ("Samlet søknadsbeløp er …",
    "Totalt søker vi om …", "til saman 600 000 kroner i løn"), up to the
    first that sums the whole; a total word with another amount between it
    and this one is that amount's."""
    words = budget_words()
    found = []
    for offset, body in sentences:
        folded = fold(body)
        if not (words.prose_total_word.search(folded) and words.prose_total_noun.search(folded)
                or words.prose_total_amount.search(folded)):
            continue
        hits = money(body)
        for index, hit in enumerate(hits):
            window = max(0, hit.start - _WINDOW)
            before = fold(body[window: hit.start])
            total_words = list(words.prose_total_word.finditer(before))
            application = bool(words.prose_total_amount.search(before))
            if not (total_words or application):
                continue
            part = None
            if total_words and not application:
                word = total_words[-1]
                between = before[word.end():]
                if money(between):
                    continue  # the total word is an earlier amount's
                lead = _lead(f"{fold(body[:window])} {before[:word.start()]}")
                part = part_named("" if money(lead) else lead, between, body[hit.end:])
                part = part or ("positions" if index and _sums_rate(body, hits[index - 1], hit.value) else None)
            found.append(StatedSum(hit.value, offset + hit.start, offset + hit.end, part, application))
            if part is None:
                break
    return found


def priced_per_post(body: str, amount: Match) -> bool:
    """``amount`` is said to be each post's cost right after it ("630 000
    kroner per stilling")."""
    return bool(budget_words().per_post.match(fold(body[amount.end:]).lstrip()))


def multiple_of(each: int | None, value: int) -> bool:
    """``value`` is a whole multiple of ``each``, more than it: a sum of posts
    that each cost ``each``."""
    return bool(each) and value % each == 0 and value > each


def _sums_rate(body: str, rate: Match, value: int) -> bool:
    """The amount before the sum is what each post costs ("305 000 kroner per
    stilling, til sammen 915 000 kroner") and the sum a whole multiple of it:
    the sum is of the posts, the positions' part."""
    return priced_per_post(body, rate) and multiple_of(rate.value, value)


def _lead(head: str) -> str:
    """The clause a total word closes, from the sentence's words before it:
    the clause before the comma it follows ("Vi søker om to stillinger à 100
    %, til sammen"), else the words since the last comma ("Lønnskostnadene
    for de to stillingene er til sammen"; "…, så totalt" leads with "så",
    not with the clause before it, which says something else)."""
    clauses = re.split(r"[,;]", head)
    return clauses[-2] if len(clauses) > 1 and not clauses[-1].strip() else clauses[-1]


def part_named(lead: str, between: str, after: str) -> str | None:
    """The one part of the budget a sum's phrase names ("positions" or
    "competence"), None when it names both or neither. The phrase is the
    words from the total word to the amount (``between``), those right after
    the amount to the next clause (``after``: "i lønn og sosiale kostnader",
    "til kompetanse"), and, when the total word leads straight to its amount,
    what the sentence asked for before it (``lead``: "Vi søker om lønn til
    to stillinger, til sammen kr 1 200 000"); the caller leaves out a lead
    that lists amounts of its own, which the sum then adds up."""
    words = budget_words()
    phrase = f"{between} {_PHRASE_END.split(_SAID_AGAIN.sub('', after, count=1), maxsplit=1)[0]}"
    if not _CLAUSE_BREAK.search(between):
        phrase = f"{lead} {phrase}"
    phrase = fold(phrase)
    salary = bool(words.prose_salary_before.search(phrase) or words.prose_position_word.search(phrase))
    competence = bool(words.competence.search(phrase))
    if salary == competence:
        return None
    return "positions" if salary else "competence"


def summed_kind(label: str) -> str | None:
    """What a line whose label closes with a total word after a comma sums
    ("Vi søker om én stilling og kompetansemidler, til sammen kr 620 000"):
    the one part the words before it name, else the total; None when the
    label does not close so."""
    head, comma, last = label.rpartition(",")
    closing = budget_words().prose_total_word.match(fold(last)) if comma else None
    if closing is None or closing.end() != len(fold(last)):
        return None
    return part_named(head, "", "") or "total"


def total_of(sums: list[StatedSum]) -> StatedSum | None:
    """The total applied for among the sums stated: the first said of the
    application, else the first that names no part."""
    whole = [s for s in sums if s.part is None]
    return next((s for s in whole if s.of_application), whole[0] if whole else None)


def disputed(sums: list[StatedSum], total: int | None) -> tuple[int, ...]:
    """The other amounts stated in the same words as ``total``, when it is
    the one ``total_of`` chose: sums of the whole said of the application as
    it was (or by a total word alone as it was) that differ from it. Which
    of them is applied for, no words tell."""
    chosen = total_of(sums)
    if chosen is None or chosen.value != total:
        return ()
    return tuple(sorted({s.value for s in sums if s.part is None and s.of_application == chosen.of_application
                         and s.value != chosen.value}))
