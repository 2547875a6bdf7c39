"""Phrase matching fed from scheme files: Norwegian tokens reduced to stems.

Text is cut into tokens by spaCy's Norwegian Bokmål rules (``tokens``); each
token's lookup lemma is reduced by the Snowball Norwegian stemmer, which
strips Bokmål and Nynorsk endings alike ("stillinger", "stillingar",
"stillingane" all become "stilling"). Phrases in scheme files are matched
against those stems, so a scheme lists each phrase once rather than every
inflection.

Phrase syntax in scheme files: words separated by spaces; a trailing ``*``
matches any word starting with the stem ("ordinær*"); ``…`` allows up to six
tokens in between ("implementere* … metoden"). The matcher finds every span
a phrase matches, as spaCy's ``Matcher`` did with the same patterns (spaCy
is no longer imported: its import was two seconds of every worker's start).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from soknad_extract.norwegian._text import CharMap
from soknad_extract.tokens import Token, tokenizer

_GAP = "…"
_MAX_GAP = 6
PIECE_CHARS = 100_000
"""Text is matched in pieces of about this many characters, cut at line
ends, so that the tokens of a piece, not of a whole 5,000-page text, are
held at once."""
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


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    """What a token is matched by: the stem of its lookup lemma."""
    return stem(tokenizer().lemma(text) or text)


_DASHES = CharMap(str.maketrans("–—‐‑\u00a0\u202f\u2009", "---- " + "  "))


@lru_cache(maxsize=16)
def _dash_fold(text: str) -> str:
    """Same length as the input, so match offsets stay valid in the original.
    Kept for the next phrase set: the priority areas, each exclusion and its
    counter-phrases all read the same document text."""
    return _DASHES(text).lower()


@dataclass(frozen=True)
class Word:
    """One token of a pattern: a stem the token's stem must equal, or (for
    ``ordinær*``) a prefix its lower-cased text must start with."""

    stem: str | None = None
    prefix: str | None = None

    def matches(self, token: Token, norm: str) -> bool:
        if self.prefix is not None:
            return token.text.lower().startswith(self.prefix)
        return norm == self.stem


Pattern = tuple[tuple[Word, ...], ...]
"""A phrase: its segments (runs of words), with up to ``_MAX_GAP`` tokens
between two; an empty segment ("a … … b") adds another gap."""


def _segment_words(segment: str) -> tuple[Word, ...]:
    words: list[Word] = []
    for word in segment.split():
        if word.endswith("*"):
            words.append(Word(prefix=_dash_fold(word[:-1])))
            continue
        words.extend(Word(stem=_norm(token.text)) for token in tokenizer()(_dash_fold(word)))
    return tuple(words)


def phrase_pattern(phrase: str) -> Pattern:
    """The pattern of one scheme phrase."""
    segments = tuple(_segment_words(segment) for segment in phrase.split(_GAP))
    if not segments[0] or not segments[-1]:
        raise ValueError(f"phrase '{phrase}' must start and end with a word")
    return segments


@dataclass(frozen=True)
class PhraseHit:
    key: str
    start: int
    end: int
    text: str


def _ends(pattern: Pattern, tokens: list[Token], norms: list[str], start: int) -> set[int]:
    """Token indexes where ``pattern`` ends when it starts at token ``start``:
    each segment's words on consecutive tokens, any 0 to ``_MAX_GAP`` tokens
    between two segments."""
    first, rest = pattern[0], pattern[1:]
    stop = start + len(first)
    if stop > len(tokens) or not all(w.matches(tokens[start + i], norms[start + i]) for i, w in enumerate(first)):
        return set()
    if not rest:
        return {stop}
    ends: set[int] = set()
    for gap in range(_MAX_GAP + 1):
        if stop + gap >= len(tokens):
            break
        ends |= _ends(rest, tokens, norms, stop + gap)
    return ends


_MEMO_SIZE = 50_000
"""Tokens a phrase set remembers the candidate patterns of (a few MB)."""


class PhraseSet:
    """Named groups of phrases, indexed by their first word: by its stem, or
    (a prefix word) by the prefix's first letter, so that a token is tried
    only against the phrases it could start."""

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        self._by_stem: dict[str, list[tuple[str, Pattern]]] = {}
        self._by_initial: dict[str, list[tuple[str, str, Pattern]]] = {}
        self._memo: dict[tuple[str, str], list[tuple[str, Pattern]]] = {}
        for key, phrases in groups.items():
            for phrase in phrases:
                pattern = phrase_pattern(phrase)
                lead = pattern[0][0]
                if lead.prefix is not None:
                    self._by_initial.setdefault(lead.prefix[:1], []).append((lead.prefix, key, pattern))
                else:
                    self._by_stem.setdefault(lead.stem or "", []).append((key, pattern))

    def _starting(self, text: str, norm: str) -> list[tuple[str, Pattern]]:
        """The patterns whose first word the token matches, remembered per
        token (the same words recur through a document and across a batch;
        the memory is emptied when it holds ``_MEMO_SIZE`` tokens)."""
        found = self._memo.get((text, norm))
        if found is None:
            found = list(self._by_stem.get(norm, ()))
            lower = text.lower()
            for initial in {"", lower[:1]}:
                found += [(key, pattern) for prefix, key, pattern in self._by_initial.get(initial, ())
                          if lower.startswith(prefix)]
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            self._memo[(text, norm)] = found
        return found

    def find(self, text: str) -> list[PhraseHit]:
        """Every phrase hit in ``text``, read in pieces (``pieces``); a hit
        seen in two overlapping pieces counts once."""
        folded = _dash_fold(text)
        hits: set[PhraseHit] = set()
        for offset, end in pieces(folded):
            tokens, norms = _tokens(folded[offset:end])
            for i, (token, norm) in enumerate(zip(tokens, norms)):
                for key, pattern in self._starting(token.text, norm):
                    for stop in _ends(pattern, tokens, norms, i):
                        first, last = offset + token.start, offset + tokens[stop - 1].end
                        hits.add(PhraseHit(key, first, last, text[first:last]))
        return sorted(hits, key=lambda h: (h.start, h.end, h.key))


@lru_cache(maxsize=8)
def _tokens(text: str) -> tuple[list[Token], list[str]]:
    """The tokens of one piece of text and what each is matched by, kept
    for the next phrase set (as ``_dash_fold``)."""
    tokens = tokenizer()(text)
    return tokens, [_norm(t.text) for t in tokens]


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
