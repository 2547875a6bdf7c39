"""The Norwegian spaCy pipeline and the phrase matchers fed from scheme files.

``spacy.blank("nb")`` gives Norwegian tokenisation; its lookup lemmatizer
knows few words, so each token's NORM is also reduced by the Snowball
Norwegian stemmer, which strips Bokmål and Nynorsk endings alike
("stillinger", "stillingar", "stillingane" all become "stilling"). Phrases
in scheme files are matched against those norms, so a scheme lists each
phrase once rather than every inflection.

Phrase syntax in scheme files: words separated by spaces; a trailing ``*``
matches any word starting with the stem ("ordinær*"); ``…`` allows up to six
words in between ("implementere* … metoden").
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer
import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc

_GAP = "…"
_MAX_GAP = 6
PIECE_CHARS = 100_000
"""Text is matched in pieces of about this many characters (spaCy refuses
texts over ``nlp.max_length``, one million, and its memory grows with the
text), cut at line ends."""
OVERLAP_CHARS = 2_000
"""Each piece starts this much before the previous one ended (at a line
start), so a phrase that crosses a cut is still found whole; no phrase is
nearly this long."""
_stemmer = snowballstemmer.stemmer("norwegian")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball stem of the lower-cased word; cached, since a document repeats
    its words and stemming was most of the matching time."""
    return _stemmer.stemWord(word.lower())


@Language.component("nb_stem_norm")
def _stem_norm(doc: Doc) -> Doc:
    """Set each token's NORM to the stem of its lemma, for inflection-proof matching."""
    for token in doc:
        token.norm_ = stem(token.lemma_ or token.text)
    return doc


@lru_cache(maxsize=1)
def pipeline() -> Language:
    """Built once per process: loading lookups is the slow part."""
    nlp = spacy.blank("nb")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    nlp.add_pipe("nb_stem_norm")
    return nlp


def _dash_fold(text: str) -> str:
    """Same length as the input, so match offsets stay valid in the original."""
    return text.translate(str.maketrans("–—‐‑\u00a0\u202f\u2009", "---- " + "  ")).lower()


def _word_patterns(segment: str) -> list[dict]:
    nlp = pipeline()
    patterns: list[dict] = []
    for word in segment.split():
        if word.endswith("*"):
            prefix = _dash_fold(word[:-1])
            patterns.append({"LOWER": {"REGEX": "^" + re.escape(prefix)}})
            continue
        for token in nlp(_dash_fold(word)):
            patterns.append({"NORM": token.norm_})
    return patterns


def phrase_pattern(phrase: str) -> list[dict]:
    """A spaCy Matcher pattern for one scheme phrase."""
    pattern: list[dict] = []
    for i, segment in enumerate(phrase.split(_GAP)):
        if i:
            pattern.append({"OP": f"{{0,{_MAX_GAP}}}"})
        pattern.extend(_word_patterns(segment))
    if not pattern or pattern[0].get("OP") or pattern[-1].get("OP"):
        raise ValueError(f"phrase '{phrase}' must start and end with a word")
    return pattern


@dataclass(frozen=True)
class PhraseHit:
    key: str
    start: int
    end: int
    text: str


class PhraseSet:
    """Named groups of phrases compiled into one Matcher."""

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        self._matcher = Matcher(pipeline().vocab)
        for key, phrases in groups.items():
            patterns = [phrase_pattern(p) for p in phrases]
            if patterns:
                self._matcher.add(key, patterns)

    def find(self, text: str) -> list[PhraseHit]:
        """Every phrase hit in ``text``, read in pieces (``pieces``) so that
        no length of document reaches spaCy's limit; a hit seen in two
        overlapping pieces counts once."""
        folded = _dash_fold(text)
        hits: set[PhraseHit] = set()
        for offset, end in pieces(folded):
            doc = _parsed(folded[offset:end])
            for match_id, start, stop in self._matcher(doc):
                span = doc[start:stop]
                first, last = offset + span.start_char, offset + span.end_char
                hits.add(PhraseHit(doc.vocab.strings[match_id], first, last, text[first:last]))
        return sorted(hits, key=lambda h: (h.start, h.end, h.key))


@lru_cache(maxsize=8)
def _parsed(text: str) -> Doc:
    """The parse of one piece of text, kept for the next phrase set: the
    priority areas, each exclusion and its counter-phrases all read the same
    document text, which was parsed once per set before."""
    return pipeline()(text)


def pieces(text: str, size: int = PIECE_CHARS, overlap: int = OVERLAP_CHARS) -> list[tuple[int, int]]:
    """(start, end) of the pieces ``text`` is matched in: the whole text when
    it is short; else pieces of about ``size`` characters ending at a line
    end, each starting ``overlap`` characters before the last one ended, at
    a line start."""
    if len(text) <= size:
        return [(0, len(text))]
    out: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            cut = text.rfind("\n", start + overlap + 1, end)
            end = cut + 1 if cut > 0 else end
        out.append((start, end))
        if end >= len(text):
            break
        back = text.rfind("\n", start + 1, end - overlap)
        start = back + 1 if back > 0 else end - overlap
    return out


@lru_cache(maxsize=64)
def phrase_set(groups: tuple[tuple[str, tuple[str, ...]], ...]) -> PhraseSet:
    """Compiled once per process for each distinct set of groups (one per scheme)."""
    return PhraseSet(dict(groups))
