"""Norwegian tokens and lookup lemmas for phrase matching: spaCy's
``blank("nb")`` tokenizer and lookup lemmatizer, without spaCy.

The phrase matcher needs only tokens, their lemmas and their stems; spaCy
gave those but cost two seconds of imports in every worker (its command
line, network and config stack come with ``import spacy``) and built a
``Doc`` of objects per text. The rules are spaCy's own, exported once to
``nb_tokens.json`` by ``tools/export_nb_tokens.py`` (prefix, suffix and
infix patterns, the URL pattern, the special cases and the lemma table), and
applied here by the same algorithm as spaCy's tokenizer, so the tokens are
the same; ``tests/test_nlp_spacy.py`` checks that on every sample.

The algorithm (spaCy's ``Tokenizer``): the text is cut at whitespace; one
plain space between two chunks is dropped, any other run of whitespace is a
token. A chunk that is a special case ("f.eks.", "bl.a.") is its tokens;
else prefixes and suffixes are peeled off in turn until none is left or the
rest is a special case, and the rest is split at infixes unless it is a
URL. Finally a special case the peeling split up ("°C." in "20°C.") is put
back together.

spaCy's patterns spell out Unicode's letter and symbol classes, CJK and
emoji included, which takes ``re`` ~0.07 s to compile: a chunk whose
characters all lie below ``narrow.below`` (U+3000) is cut by the narrow
copies of the patterns, which differ only in the class members no such
chunk can hold (``tools/export_nb_tokens.py``), and the full patterns are
compiled the first time a chunk needs them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

_RULES = Path(__file__).with_name("nb_tokens.json")
_CHUNK_CACHE = 10_000
"""Chunks remembered with their tokens, as spaCy's tokenizer does: a
document repeats its words."""


class Token(NamedTuple):
    """A token and where it starts. A named tuple, not a frozen dataclass:
    a document's texts make tens of thousands of tokens, and a frozen
    dataclass's ``__init__`` (two ``object.__setattr__`` calls) was a third
    of cutting them up once the chunks are known."""

    text: str
    start: int
    """Character offset in the tokenised text."""

    @property
    def end(self) -> int:
        return self.start + len(self.text)


_new_token = tuple.__new__
_SPACES = re.compile(r"\s+")
r"""Runs of whitespace: ``re``'s ``\s`` on text is ``str.isspace``, character
for character (``tests/test_tokens_chunks.py``)."""


@dataclass(frozen=True)
class _Patterns:
    """The four patterns' searches, as spaCy's tokenizer calls them."""

    prefix: Callable[[str], re.Match[str] | None]
    suffix: Callable[[str], re.Match[str] | None]
    infix: Callable[[str], Iterator[re.Match[str]]]
    url: Callable[[str], re.Match[str] | None]

    @classmethod
    def compile(cls, rules: dict) -> _Patterns:
        return cls(re.compile(rules["prefix"]).search, re.compile(rules["suffix"]).search,
                   re.compile(rules["infix"]).finditer, re.compile(rules["url"]).match)


class Tokenizer:
    """Tokens of a text by spaCy's Norwegian Bokmål rules."""

    def __init__(self, rules: dict) -> None:
        self._rules = rules
        self._narrow = _Patterns.compile(rules["narrow"])
        self._below = chr(rules["narrow"]["below"])
        self.special: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in rules["special"].items()}
        self.lemmas: dict[str, str] = rules["lemma"]
        self._cache: dict[str, tuple[str, ...]] = {}
        self._wide: _Patterns | None = None
        self._rejoin: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._hide_specials(wide=False)

    def _hide_specials(self, *, wide: bool) -> None:
        """Special cases that peeling splits up: the pieces it leaves and the
        special case, by the first piece. Those with a character the narrow
        patterns do not serve ("¯\\(ツ)/¯") are added when the full patterns
        are first compiled: only a text holding such a character holds them."""
        for text in self.special:
            if self._is_wide(text) != wide:
                continue
            p = self._patterns(text)
            if p.prefix(text) or p.suffix(text) or any(p.infix(text)) or " " in text:
                pieces = tuple(t.text for t in self._tokens(text, specials=False))
                if pieces != (text,):
                    self._rejoin.setdefault(pieces[0], []).append((pieces, text))

    def _is_wide(self, chunk: str) -> bool:
        return bool(chunk) and max(chunk) >= self._below

    def _patterns(self, chunk: str) -> _Patterns:
        """The narrow patterns when they serve ``chunk``, else the full ones."""
        if not self._is_wide(chunk):
            return self._narrow
        if self._wide is None:
            self._wide = _Patterns.compile(self._rules)
            self._hide_specials(wide=True)
        return self._wide

    def __call__(self, text: str) -> list[Token]:
        return self._rejoined(self._tokens(text, specials=True))

    def _tokens(self, text: str, *, specials: bool) -> list[Token]:
        """The chunks between runs of whitespace and the runs themselves, a
        run without its first character when that is a plain space after a
        chunk (a run at the very start is kept whole), each cut into its
        pieces. The runs are found by ``re`` rather than a test of every
        character in Python."""
        spans: list[tuple[int, int]] = []
        start = 0
        for run in _SPACES.finditer(text):
            begin, end = run.span()
            if start < begin:
                spans.append((start, begin))
            if begin and text[begin] == " ":
                begin += 1
            if begin < end:
                spans.append((begin, end))
            start = end
        if start < len(text):
            spans.append((start, len(text)))
        out: list[Token] = []
        special, cache = (self.special, self._cache) if specials else ({}, {})
        for start, end in spans:
            chunk = text[start:end]
            pieces = special.get(chunk) or cache.get(chunk) or self._pieces(chunk, specials)
            if len(pieces) == 1:
                out.append(_new_token(Token, (pieces[0], start)))
                continue
            for piece in pieces:
                out.append(_new_token(Token, (piece, start)))
                start += len(piece)
        return out

    def _pieces(self, chunk: str, specials: bool) -> tuple[str, ...]:
        if specials:
            found = self.special.get(chunk) or self._cache.get(chunk)
            if found is not None:
                return found
        prefixes: list[str] = []
        suffixes: list[str] = []
        patterns = self._patterns(chunk)
        rest = self._split_affixes(chunk, prefixes, suffixes, specials, patterns)
        pieces = (*prefixes, *self._middle(rest, specials, patterns), *reversed(suffixes))
        if specials and len(self._cache) < _CHUNK_CACHE:
            self._cache[chunk] = pieces
        return pieces

    def _is_special(self, text: str, specials: bool) -> bool:
        return specials and text in self.special

    def _split_affixes(self, text: str, prefixes: list[str], suffixes: list[str], specials: bool,
                       patterns: _Patterns) -> str:
        last = -1
        while text and len(text) != last:
            if self._is_special(text, specials):
                break
            last = len(text)
            found = patterns.prefix(text)
            pre = found.end() - found.start() if found else 0
            if pre:
                prefix, minus_pre = text[:pre], text[pre:]
                if minus_pre and self._is_special(minus_pre, specials):
                    prefixes.append(prefix)
                    return minus_pre
            found = patterns.suffix(text[pre:])
            suf = found.end() - found.start() if found else 0
            if suf:
                suffix, minus_suf = text[-suf:], text[:-suf]
                if minus_suf and self._is_special(minus_suf, specials):
                    suffixes.append(suffix)
                    return minus_suf
            if pre and suf and pre + suf <= len(text):
                text = text[pre:-suf]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre:
                text = minus_pre
                prefixes.append(prefix)
            elif suf:
                text = minus_suf
                suffixes.append(suffix)
        return text

    def _middle(self, text: str, specials: bool, patterns: _Patterns) -> tuple[str, ...]:
        """What is left after the affixes: a special case, a URL, or split at infixes."""
        if not text:
            return ()
        if specials and text in self.special:
            return self.special[text]
        if patterns.url(text):
            return (text,)
        pieces: list[str] = []
        start = 0
        for match in patterns.infix(text):
            if match.start() == 0:
                continue
            if match.start() != start:
                pieces.append(text[start:match.start()])
            if match.start() != match.end():
                pieces.append(text[match.start():match.end()])
            start = match.end()
        if text[start:]:
            pieces.append(text[start:])
        return tuple(pieces)

    def _rejoined(self, tokens: list[Token]) -> list[Token]:
        """Special cases that peeling split put back as their own tokens; of
        overlapping ones the longest, then the first, wins, and one spread
        over spaces stays as it is (as in spaCy, which compares the span's
        text with the special case)."""
        if not self._rejoin:
            return tokens
        texts = [t.text for t in tokens]
        found: list[tuple[int, int, str]] = []
        rejoin = self._rejoin
        for i in [i for i, text in enumerate(texts) if text in rejoin]:
            for pieces, special in rejoin[texts[i]]:
                if tuple(texts[i:i + len(pieces)]) == pieces:
                    found.append((i, i + len(pieces), special))
        if not found:
            return tokens
        taken: set[int] = set()
        kept: list[tuple[int, int, str]] = []
        for start, end, special in sorted(found, key=lambda f: (f[0] - f[1], f[0])):
            if start not in taken and end - 1 not in taken and tokens[end - 1].end - tokens[start].start == len(special):
                kept.append((start, end, special))
            taken.update(range(start, end))
        out: list[Token] = []
        i = 0
        by_start = {start: (end, special) for start, end, special in kept}
        while i < len(tokens):
            if i in by_start:
                end, special = by_start[i]
                offset = tokens[i].start
                for piece in self.special[special]:
                    out.append(Token(piece, offset))
                    offset += len(piece)
                i = end
            else:
                out.append(tokens[i])
                i += 1
        return out

    def lemma(self, text: str) -> str:
        """The lookup lemma of a token's text (the text itself when unknown)."""
        return self.lemmas.get(text, text)


@lru_cache(maxsize=1)
def tokenizer() -> Tokenizer:
    """Built once per process (the forkserver builds it for every worker)."""
    return Tokenizer(json.loads(_RULES.read_text(encoding="utf-8")))
