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

from collections.abc import Iterable, Iterator, Mapping
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


@dataclass(frozen=True)
class _Indexed:
    """One piece of text tokenised, with where each first word of a phrase
    can start: the token indexes by stem (``norms``) and by the first letter
    of the lower-cased text. Every phrase set reads the same piece (the
    priority areas, each exclusion and its counter-phrases), so the piece
    is walked once, and a phrase set looks its first words up here instead
    of trying every token against them."""

    tokens: list[Token]
    norms: list[str]
    by_norm: dict[str, list[int]]
    by_initial: dict[str, list[int]]
    lower: list[str]


class PhraseSet:
    """Named groups of phrases, indexed by their first word: by its stem, or
    (a prefix word) by the prefix's first letter, so that only the tokens
    that could start a phrase are tried."""

    def __init__(self, groups: Mapping[str, Iterable[str]]) -> None:
        self._by_stem: dict[str, list[tuple[str, Pattern]]] = {}
        self._by_initial: dict[str, list[tuple[str, str, Pattern]]] = {}
        needs: set[tuple[tuple[str, ...], ...]] = set()
        for key, phrases in groups.items():
            for phrase in phrases:
                pattern = phrase_pattern(phrase)
                needs.add(tuple(dict.fromkeys(_written(w) for segment in pattern for w in segment)))
                lead = pattern[0][0]
                if lead.prefix is not None:
                    self._by_initial.setdefault(lead.prefix[:1], []).append((lead.prefix, key, pattern))
                else:
                    self._by_stem.setdefault(lead.stem or "", []).append((key, pattern))
        self._needs = tuple(needs)
        """For each phrase, what the text must hold for each of its words (``_written``)."""
        by_first: dict[tuple[str, ...], list[tuple[tuple[str, ...], ...]]] = {}
        for phrase in self._needs:
            by_first.setdefault(phrase[0], []).append(phrase[1:])
        self._by_first = tuple((first, tuple(rests)) for first, rests in by_first.items())
        """``_needs`` grouped by the phrase's first word: each first word is
        looked for once, and the rest of its phrases only when it is there."""

    def could_match(self, folded: str) -> bool:
        """Whether some phrase has every word written in ``folded`` (the
        text as ``find`` folds it): a test of a few substrings that lets
        ``find`` skip tokenising a text none of its phrases can match (a
        letter that names no exclusion). Each word of the phrases is looked
        for at most once (``_by_first``); the answer is that of every phrase
        tried in turn (``_needs``)."""
        seen: dict[tuple[str, ...], bool] = {}
        for first, rests in self._by_first:
            if not any(form in folded for form in first):
                continue
            for rest in rests:
                for forms in rest:
                    held = seen.get(forms)
                    if held is None:
                        held = seen[forms] = any(form in folded for form in forms)
                    if not held:
                        break
                else:
                    return True
        return False

    def _starts(self, piece: _Indexed) -> Iterator[tuple[int, str, Pattern]]:
        """(token index, key, pattern) for every token whose text the
        pattern's first word matches: by stem, or by prefix (a prefix
        without letters matches every token). The stems are met from
        whichever side has fewer: a short cell against a long phrase list,
        or a long text against a few phrases."""
        if len(piece.by_norm) < len(self._by_stem):
            stems = [(piece.by_norm[n], self._by_stem[n]) for n in piece.by_norm if n in self._by_stem]
        else:
            stems = [(piece.by_norm[s], found) for s, found in self._by_stem.items() if s in piece.by_norm]
        for at, patterns in stems:
            for i in at:
                for key, pattern in patterns:
                    yield i, key, pattern
        for initial, entries in self._by_initial.items():
            at = range(len(piece.tokens)) if not initial else piece.by_initial.get(initial, ())
            for i in at:
                lower = piece.lower[i]
                for prefix, key, pattern in entries:
                    if lower.startswith(prefix):
                        yield i, key, pattern

    def find(self, text: str) -> list[PhraseHit]:
        """Every phrase hit in ``text``, read in pieces (``pieces``); a hit
        seen in two overlapping pieces counts once."""
        folded = _dash_fold(text)
        if not self.could_match(folded):
            return []
        hits: set[PhraseHit] = set()
        for offset, end in pieces(folded):
            piece = _indexed(folded[offset:end])
            tokens, norms = piece.tokens, piece.norms
            for i, key, pattern in self._starts(piece):
                for stop in _ends(pattern, tokens, norms, i):
                    first, last = offset + tokens[i].start, offset + tokens[stop - 1].end
                    hits.add(PhraseHit(key, first, last, text[first:last]))
        return sorted(hits, key=lambda h: (h.start, h.end, h.key))


def _written(word: Word) -> tuple[str, ...]:
    """What a text must hold for a token of it to match ``word``, any one of
    these: a prefix word's prefix; for a stem, the stem itself (the Snowball
    stemmer only takes endings off, so a token's stem starts its lower-cased
    text, which ``find`` has already lower-cased) or a form the lemma table
    leads to the stem from another spelling ("egne" to "egen")."""
    if word.prefix is not None:
        return (word.prefix,)
    return (word.stem or "", *_irregular().get(word.stem or "", ()))


@lru_cache(maxsize=1)
def _irregular() -> dict[str, tuple[str, ...]]:
    """Forms of the lemma table whose stem is not in the form as written,
    by stem (35 of its ~1,600 forms). A form that holds its lemma holds the
    lemma's stem too, and is not stemmed here."""
    found: dict[str, list[str]] = {}
    for form, lemma in tokenizer().lemmas.items():
        if lemma and lemma.lower() in form.lower():
            continue
        norm = _norm(form)
        if norm not in form.lower():
            found.setdefault(norm, []).append(form)
    return {norm: tuple(forms) for norm, forms in found.items()}


@lru_cache(maxsize=8)
def _indexed(text: str) -> _Indexed:
    """The tokens of one piece of text, what each is matched by and where
    each stem and initial occurs, kept for the next phrase set (as
    ``_dash_fold``)."""
    tokens = tokenizer()(text)
    norms = [_norm(t.text) for t in tokens]
    lower = [t.text.lower() for t in tokens]
    by_norm: dict[str, list[int]] = {}
    by_initial: dict[str, list[int]] = {}
    for i, (norm, low) in enumerate(zip(norms, lower)):
        by_norm.setdefault(norm, []).append(i)
        if low:
            by_initial.setdefault(low[0], []).append(i)
    return _Indexed(tokens, norms, by_norm, by_initial, lower)


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
