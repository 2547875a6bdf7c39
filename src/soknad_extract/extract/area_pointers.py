"""Areas chosen by pointing back to a list: a letter quotes the
announcement's areas ("Direktoratet peker på tre prioriterte områder: bruk
av ordinært arbeidsliv, …, og sikring av sårbare overganger") and then
answers in its own sentence by the list's place ("Prosjektet vårt hører inn
under det siste området", "Vi søkjer under område 2"; vocabulary
``areas.area_pointer``). The quoted list itself chooses nothing; the pointer
chooses the area at its place."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.area_list import SENTENCE
from soknad_extract.extract.area_words import area_words, core_phrases
from soknad_extract.nlp import PhraseHit, phrase_set
from soknad_extract.norwegian import fold
from soknad_extract.schemes import Scheme
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_dir

_NEGATED = re.compile(r"(?<!\w)(?:ikke|ikkje|verken)(?!\w)")
"""A pointer in a sentence with a negation ("hører ikke under det siste
området") is no choice."""
_WRAP = re.compile(r"\n(?=[a-zæøå(])")


@lru_cache(maxsize=4)
def _pointers(folder: Path) -> tuple[tuple[int, Wordings], ...]:
    return tuple((int(table.data["position"]), table.wordings())
                 for table in Entry("areas", folder).tables("area_pointer"))


def _listed(scheme: Scheme, text: str, before: int) -> list[str]:
    """The areas of the last sentence before ``before`` that names two or
    more of them, in the sentence's order: the list a pointer refers to."""
    names = phrase_set(tuple((a.id, (a.label_nb, a.label_nn)) for a in scheme.priority_areas))
    listed: list[str] = []
    for sentence in SENTENCE.finditer(_WRAP.sub(" ", text[:before])):
        hits = sorted(names.find(sentence.group()) + core_phrases(scheme).find(sentence.group()),
                      key=lambda h: h.start)
        areas = list(dict.fromkeys(h.key for h in hits))
        if len(areas) >= 2:
            listed = areas
    return listed


def _own_start(sentence: re.Match[str]) -> int:
    """Where the office's own words of ``sentence`` begin: a quoted list
    blanked in ``own`` leaves spaces before them, and when the list wrapped
    over a line break the sentence found in ``own`` starts on the list's
    last line, so the list ends there, not at the sentence's start."""
    group = sentence.group()
    return sentence.start() + len(group) - len(group.lstrip())


def pointed_areas(scheme: Scheme, text: str, own: str) -> list[PhraseHit]:
    """The areas the office's own sentences in ``own`` (the applicant's
    text, quotations blanked; ``text`` the whole, same offsets) point to
    by their place in a list. A sentence counts when it names the project or
    the office (``areas.call_quotes.own``) and negates nothing; a place the
    list has no area for chooses nothing."""
    pointers = _pointers(vocabulary_dir())
    found: list[PhraseHit] = []
    for sentence in SENTENCE.finditer(own):
        folded = fold(sentence.group())
        if not area_words().own.search(folded) or _NEGATED.search(folded):
            continue
        for position, wordings in pointers:
            match = wordings.search(folded)
            if match is None:
                continue
            listed = _listed(scheme, text, _own_start(sentence))
            if not listed and re.search(r"\d", match.group()):
                listed = [a.id for a in scheme.priority_areas]
            index = position - 1 if position > 0 else len(listed) + position
            if 0 <= index < len(listed):
                found.append(PhraseHit(listed[index], sentence.start(), sentence.end(), sentence.group()))
    return found
