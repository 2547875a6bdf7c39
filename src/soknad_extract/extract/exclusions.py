"""The announcement's exclusions ("Det gis ikke tilskudd til: …") in the
applicant's own words, unless the office takes them back: an office telling
the county that an exclusion does not apply to it states no exclusion."""

from __future__ import annotations

import re
from dataclasses import dataclass

from soknad_extract.extract.area_list import blank_call_quotes
from soknad_extract.extract.area_words import area_words
from soknad_extract.extract.context import Context
from soknad_extract.extract.interest_answers import written_answer
from soknad_extract.nlp import PhraseHit, phrase_set
from soknad_extract.norwegian import fold
from soknad_extract.record import Evidence

_CLAUSE_END = re.compile(r"[.!?;:,]|\n(?![a-zæøå(])|\s[–—-]\s")
"""Where a clause ends: a sentence's or a list's punctuation, a colon, a
dash between spaces ("Prosjektet er ikke nytt: det har fått midler fra
0-24-samarbeidet"), a line break that starts a new line of thought; never a
line break inside a paragraph, where the next line goes on in lower case
("… men prosjektet er ikkje ei" over "implementering av ein ferdig metode")."""
_CLAUSE_REACH = 200
"""How far back (characters) a clause is read for its negation."""


def taken_back(text: str, hit: PhraseHit) -> bool:
    """Whether the phrase's own clause takes the exclusion back ("kontoret
    har ikke fått midler fra 0-24-samarbeidet", "Kommunen er ikke en av
    kommunene som mottar programfinansiering gjennom 0-24-samarbeidet",
    "er verken ei implementering av …"; vocabulary
    ``areas.exclusion_negation``). The clause runs back from the phrase to a
    comma, a sentence end or a word that opens a new clause
    (``areas.exclusion_clause_openers``: "da", "og", "men"), so a negation
    of another clause's verb ("Vi klarer ikke å følge opp alle og søker
    derfor om økt bemanning", "har ikke søkt før, men mottar midler fra
    0-24") leaves the phrase standing, and so does "not only" ("er ikke bare
    en implementering av IPS", ``areas.exclusion_not_only``)."""
    words = area_words()
    reach = max(0, hit.start - _CLAUSE_REACH)
    cut = max((m.end() for m in _CLAUSE_END.finditer(text[:hit.end], reach) if m.end() <= hit.start), default=reach)
    lead = fold(text[cut:hit.start])
    opened = max((m.end() for m in words.clause_openers.finditer(lead)), default=0)
    clause = lead[opened:] + " " + fold(text[hit.start: hit.end])
    clause = words.exclusion_not_only.compiled.sub(" ", clause)
    return words.exclusion_negation.search(clause) is not None


def question_answer(text: str, hit: PhraseHit) -> bool | None | object:
    """When the phrase stands in a yes/no question ("Har kommunen
    programmidlar frå 0–24-samarbeidet til same målgruppe? Ja ☒ Nei ☐"),
    the office's answer to it: the marked option after the question mark on
    the same line, or a short answer alone on the next line or cell ("Ja",
    "☐ Ja ☒ Nei"). True or False when the answer is clear; None when the
    question stands unanswered or its mark cannot be told: a question is no
    statement of the office's. ``NO_QUESTION`` when the phrase is in no
    question: the question mark must close the phrase's own sentence, on its
    line or the next one when the question wraps ("… frå 0–24-" over
    "samarbeidet til same målgruppe? Ja ☒ Nei ☐")."""
    end = _line_end(text, hit.end)
    mark = text.find("?", hit.end, end)
    if mark < 0 and not text[:end].rstrip().endswith((".", "!", ":")):
        end = _line_end(text, end + 1)
        mark = text.find("?", hit.end, end)
    if mark < 0 or _SENTENCE_END.search(text, hit.end, mark):
        return NO_QUESTION
    after = text[mark + 1:end].strip()
    if not after:
        following = text.find("\n", end + 1)
        after = text[end + 1: len(text) if following < 0 else following].strip()
    answer = written_answer(after)
    if answer is None and len(after.split()) > _ANSWER_WORDS:
        return None if not text[mark + 1:end].strip() else NO_QUESTION
    return answer


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


NO_QUESTION = object()

_SENTENCE_END = re.compile(r"[.!]\s")
_ANSWER_WORDS = 6
"""The most words an answer to a yes/no question holds ("☐ Ja  ☒ Nei",
"Nei, ikke aktuelt"); more is prose, whose own sentences are read as such."""


@dataclass
class ExclusionHit:
    code: str
    evidence: Evidence


def find_exclusions(ctx: Context) -> list[ExclusionHit]:
    """Phrases of the announcement's "not granted" list in the applicant's
    own text (the form's copy of the list is not, nor a letter's sentence
    quoting the call: "I kunngjøringen heter det at … implementering av
    ferdige metoder ikke prioriteres", ``blank_call_quotes``). Capacity counts only when
    the text offers no development language against it. All exclusions are
    looked for in one reading of the text, each keeping its own first hit."""
    exclusions = ctx.scheme.exclusions
    if not exclusions:
        return []
    groups = tuple((key, tuple(exclusion.phrases)) for key, exclusion in exclusions.items())
    text = blank_call_quotes(ctx.applicant_text)
    hits: dict[str, PhraseHit] = {}
    for hit in phrase_set(groups).find(text):
        if hit.key in hits:
            continue
        answer = question_answer(ctx.text, hit)
        if answer is NO_QUESTION and not taken_back(text, hit) or answer is True:
            hits[hit.key] = hit
    counters = tuple((key, tuple(exclusion.counter_phrases)) for key, exclusion in exclusions.items()
                     if key in hits and exclusion.counter_phrases)
    countered = {hit.key for hit in phrase_set(counters).find(ctx.text)} if counters else set()
    return [ExclusionHit(ctx.scheme.exclusion_code(key), ctx.hit_evidence(hits[key]))
            for key in exclusions if key in hits and key not in countered]
