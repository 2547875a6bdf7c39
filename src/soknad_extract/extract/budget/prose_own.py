"""Which amounts of a sentence are the municipality's own part.

Letters state the request and the municipality's part in one sentence: "Vi
søker om 600 000 kroner til lønn, og kommunen bidrar med 50 000 kroner til
kontorplass", "Samla søknadssum er 620 000 kroner, og kommunen set av
50 000 kroner som eigendel". Read as the municipality's as a whole, such a
sentence loses the request (a false AMOUNT_MISSING) and gives its amount as
own funding. Each clause says whose amount it states: one that names the own
part is the municipality's, one that asks for money or names the total
applied for is the request, and one that says neither goes with the clause
before it (with the first clause that says, when none before does). The
project's whole cost stated beside them (``project_cost_at``) is not applied
for either. Split from ``prose`` so that module keeps to reading requests.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.budget.words import budget_words
from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import vocabulary_dir

_CLAUSE_CUT = re.compile(r"[,;:]\s|\s[-\u2013\u2014]\s")
"""Where a clause of a sentence ends: a comma, semicolon or colon before a
space, or a dash set between spaces."""


def own_sentence(text: str) -> bool:
    """A sentence about the municipality's own part ("Kommunen set av …")."""
    return _own_sentence_in(text, vocabulary_dir())


@lru_cache(maxsize=4096)
def _own_sentence_in(text: str, folder: Path) -> bool:
    """Memoised: the amounts, the total and the own part read the same sentences."""
    return bool(budget_words().own_sentence.search(fold(text)))


def own_at(body: str, start: int) -> bool:
    """The amount at ``start`` of the sentence ``body`` is the municipality's
    own part: the clause it stands in, or the nearest clause that says whose
    amount it states, names the own part."""
    if not own_sentence(body):
        return False
    return _owners(body, vocabulary_dir())[_clause_index(body, start)]


def _clause_index(body: str, start: int) -> int:
    return sum(1 for cut in _cuts(body) if cut <= start)


def _cuts(body: str) -> list[int]:
    """Where each clause after the first starts."""
    join = budget_words().prose_clause_join.pattern
    return sorted({cut.end() for cut in _CLAUSE_CUT.finditer(body)} |
                  {cut.start() for cut in re.finditer(rf"\b(?:{join})\b", body)})


@lru_cache(maxsize=1024)
def _owners(body: str, folder: Path) -> tuple[bool, ...]:
    """Whether each clause of an own sentence states the own part; a clause
    naming the own part and the request both is the own part's ("Egenandel
    utover omsøkt beløp: …"), as a whole own sentence always was."""
    bounds = [0, *_cuts(body), len(body)]
    said: list[bool | None] = [_says(body[start:end]) for start, end in zip(bounds, bounds[1:])]
    if not any(s is not None for s in said):
        return tuple(True for _ in said)
    first = next(s for s in said if s is not None)
    owners, last = [], first
    for clause in said:
        last = clause if clause is not None else last
        owners.append(last)
    return tuple(owners)


def _says(clause: str) -> bool | None:
    """True when the clause names the own part, False when it asks for money
    or names the total applied for, None when it says neither."""
    words = budget_words()
    folded = fold(clause)
    if words.own_sentence.search(folded):
        return True
    if words.prose_request.search(folded) or words.prose_total_word.search(folded) \
            or words.prose_total_amount.search(folded):
        return False
    return None


def own_in_the_past(body: str, start: int, year: int | None) -> bool:
    """The clause of the own amount at ``start`` reports an earlier year: it
    names a year before the application's ``year`` or says the part was
    given ("Kommunens andel av sosialhjelpsutgiftene var 12 mill. kroner i
    2019", "… og bidro i fjor med 150 000 kroner"). Statistics and a
    continuation's history name the municipality's part in the same words
    as this year's contribution; such an amount is no own funding."""
    bounds = [0, *_cuts(body), len(body)]
    index = _clause_index(body, start)
    clause = body[bounds[index]: bounds[index + 1]]
    years = [int(y) for y in re.findall(r"(?<!\d)(20\d\d)(?!\d)", clause)]
    return year is not None and any(y < year for y in years) \
        or bool(budget_words().prose_past_grant.search(fold(clause)))


def project_cost_at(body: str, start: int) -> bool:
    """The words before the amount at ``start``, since the last comma,
    semicolon or amount of the sentence, name the project's whole cost
    ("Prosjektet har ein samla kostnad på 900 000 kroner, der kommunen …"):
    the cost with the own part, beside the request, not applied for."""
    before = re.split(r"[,;]|\d[\d .]*\s*(?:kr|kroner|nok)?", body[:start])[-1]
    return bool(budget_words().project_cost.search(fold(before)))
