"""Vocabulary as data: the words the extractors look for, loaded from TOML.

Label wordings, signature titles and closings, approval phrases, words that
are never a name or an office, Bokmål/Nynorsk markers: each list lives in a
file under ``schemas/vocabulary/``, Bokmål and Nynorsk side by side, so that
adding a wording or a title needs no code. A file is read and validated the
first time it is asked for (once per process); a broken file stops the run
with the file, the line and the key that is wrong, never with a wrong reading.

Wordings (see ``schemas/vocabulary/README.md``) use the scheme phrases'
symbols — words separated by spaces, ``word*`` for a word that goes on, ``…``
for up to six words in between — matched letter for letter on the folded text
(labels are short and list their inflections). For what OCR and typing do to
words they add: ``a|b`` either word, ``-`` inside a word for a compound written
joined or hyphenated, ``*word`` for a word that may start inside a longer one, ``?``
for any one misread letter, ``^``/``$`` for the start/end of the text, a
final ``[words]`` that must follow but is not part of the match, ``{words}``
that may be left out (a bounded gap of known words: "spørsmål {om *} kan
rettes til") and ``*`` alone for any one word.
"""

from __future__ import annotations

import hashlib
import os
import re
import tomllib
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import _sre

from soknad_extract.startup_cache import compiled_entry, memo, source_digest

VOCABULARY_ENV = "SOKNAD_EXTRACT_VOCABULARY"
"""Environment variable naming a folder that replaces ``schemas/vocabulary``."""

_GAP = "…"
_MAX_GAP = 6
_EDGES = {False: (r"(?<!\w)", r"(?!\w)", r"\w*"), True: (r"(?<![\w-])", r"(?![\w-])", r"[\w-]*")}
"""(before, after, rest of word) by whether a hyphenated word counts as one
word ("leder" is not found in "Nav-leder") or as two."""
_ANY_WORD = r"(?<![\w-])[\w-]+(?:/[\w-]+)*(?![\w-])"
"""``*`` alone: any one word, hyphens and all ("kontaktperson for Nav-kontoret"),
and a case or archive number written with slashes ("i sak 20/0112 av")."""


class VocabularyError(Exception):
    """A vocabulary file is missing, is not valid TOML, or has a wrong entry."""


def vocabulary_dir() -> Path:
    """The folder of vocabulary files: ``$SOKNAD_EXTRACT_VOCABULARY`` when
    set, else the repository's ``schemas/vocabulary`` in a checkout, else the
    copy packed into the wheel (as ``schemes.scheme_dirs`` finds schemes).
    Called for every label and word classified; while a document is read
    (``one_folder``) the folder is the one fixed when it began, otherwise
    the environment is read each time. The packaged folder is looked up once."""
    fixed = _FIXED.get()
    if fixed is not None:
        return fixed
    override = os.environ.get(VOCABULARY_ENV)
    return Path(override) if override else _packaged_dir()


_FIXED: ContextVar[Path | None] = ContextVar("vocabulary_folder", default=None)
_FIXED_KEY: ContextVar[str | None] = ContextVar("vocabulary_folder_key", default=None)


def vocabulary_key() -> str:
    """``vocabulary_dir()`` as text, for the memo of a lookup made per label,
    line or word (``lru_cache`` hashes a ``str`` in C and a ``Path`` in
    Python, ~100,000 times a batch): fixed with the folder while a document
    is read (``one_folder``), else ``str(vocabulary_dir())``."""
    fixed = _FIXED_KEY.get()
    return fixed if fixed is not None else str(vocabulary_dir())


@contextmanager
def one_folder() -> Iterator[None]:
    """Read one document with one vocabulary: the folder is looked up once
    when it begins (tens of thousands of lookups a document otherwise read
    the environment each time), and a change of the environment takes
    effect with the next document."""
    if _FIXED.get() is not None:
        yield
        return
    folder = vocabulary_dir()
    token, key_token = _FIXED.set(folder), _FIXED_KEY.set(str(folder))
    try:
        yield
    finally:
        _FIXED_KEY.reset(key_token)
        _FIXED.reset(token)


@lru_cache(maxsize=1)
def _packaged_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here.parents[1] / "schemas" / "vocabulary", here / "_schemas" / "vocabulary"):
        if candidate.is_dir():
            return candidate
    return here.parents[1] / "schemas" / "vocabulary"


def load(name: str, folder: Path | None = None) -> dict[str, Any]:
    """The parsed file ``name``.toml of ``folder`` (the folder in use by default)."""
    return _load((folder or vocabulary_dir()) / f"{name}.toml")


@lru_cache(maxsize=None)
def _load(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise VocabularyError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        return memo("vocabulary files", hashlib.sha256(text.encode()).hexdigest(), lambda: tomllib.loads(text))
    except tomllib.TOMLDecodeError as exc:
        raise VocabularyError(f"{path}: not valid TOML: {exc}") from None


def _where(path: Path, key: str, needle: str | None = None) -> str:
    """``file:line: key`` for an error message, the line found by the value."""
    line = ""
    if needle is not None:
        try:
            for number, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if needle in text:
                    line = f":{number}"
                    break
        except OSError:
            pass
    return f"{path}{line}: {key}"


class Entry:
    """One file's table, read with the key path kept for error messages."""

    def __init__(self, name: str, folder: Path | None = None, data: dict[str, Any] | None = None,
                 key: str = "") -> None:
        self.name = name
        self.folder = folder or vocabulary_dir()
        self.path = self.folder / f"{name}.toml"
        self.data = load(name, self.folder) if data is None else data
        self.key = key

    def _fail(self, key: str, message: str, needle: str | None = None) -> VocabularyError:
        return VocabularyError(f"{_where(self.path, key, needle)}: {message}")

    def _full(self, key: str) -> str:
        return f"{self.key}.{key}" if self.key else key

    def table(self, key: str) -> Entry:
        value = self.data.get(key)
        if not isinstance(value, dict):
            raise self._fail(self._full(key), "missing or not a table")
        return Entry(self.name, self.folder, value, self._full(key))

    def tables(self, key: str) -> list[Entry]:
        value = self.data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value) or not value:
            raise self._fail(self._full(key), "missing or not a list of tables ([[" + key + "]])")
        return [Entry(self.name, self.folder, v, f"{self._full(key)}[{i}]") for i, v in enumerate(value)]

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self._fail(self._full(key), "missing or not a text")
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self.data.get(key, default)
        if not isinstance(value, bool):
            raise self._fail(self._full(key), "must be true or false")
        return value

    def strings(self, key: str) -> list[str]:
        value = self.data.get(key)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise self._fail(self._full(key), "missing or not a list of texts")
        return value

    def both(self) -> list[str]:
        """The table's ``nb`` and ``nn`` lists, Bokmål first, without repeats."""
        return list(dict.fromkeys(self.strings("nb") + self.strings("nn")))

    def words(self) -> frozenset[str]:
        """``nb`` + ``nn`` as a set of single folded words or fixed phrases."""
        return frozenset(w.casefold() for w in self.both())

    def wordings(self, flags: int = 0, hyphen_in_words: bool = False, key: str | None = None) -> Wordings:
        """``nb`` + ``nn`` (or the list ``key``) compiled as wordings, each
        checked for its syntax."""
        found = []
        for wording in self.both() if key is None else self.strings(key):
            try:
                found.append(wording_pattern(wording, hyphen_in_words))
            except ValueError as exc:
                raise self._fail(self.key or "(top)", str(exc), f'"{wording}"') from None
        return Wordings(found, flags)


class Wordings:
    """Wordings compiled into one pattern, tried in the order the file lists them."""

    def __init__(self, patterns: Iterable[str], flags: int = 0) -> None:
        self.pattern = _alternation(list(patterns)) or r"(?!)"
        self.flags = flags
        _made.add(self)

    @cached_property
    def compiled(self) -> re.Pattern[str]:
        """Compiled when first used: many lists are only ever parts of a
        larger pattern (``pattern``), and compiling is most of what a
        vocabulary costs a fresh process. From then on ``search``, ``match``
        and ``finditer`` are the compiled pattern's own (a list is searched
        some 100,000 times a batch, and a call through this class doubled
        the cost of the short ones)."""
        compiled = _compiled(self.pattern, self.flags)
        self.search, self.match = compiled.search, compiled.match  # type: ignore[method-assign]
        self.finditer = compiled.finditer  # type: ignore[method-assign]
        return compiled

    def search(self, text: str) -> re.Match[str] | None:
        return self.compiled.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.compiled.match(text)

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        return self.compiled.finditer(text)


_made: weakref.WeakSet[Wordings] = weakref.WeakSet()
"""Every list of wordings built in this process, for ``compile_made``."""


def _compiled(pattern: str, flags: int) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, its engine code kept between runs in
    the start-up cache's memo (keyed by the pattern and flags, all the code
    depends on) instead of ``re``'s own cache: the ~160 lists would crowd
    that cache's 480 stored patterns, and the ~90 lists a made-up
    application never searches were compiled in every worker
    (``compile_made``). The engine code is made with ``re``'s private
    compiler, which another Python may lack or change: then ``re.compile``."""
    try:
        entry = memo("wording lists", (pattern, int(flags)), lambda: compiled_entry(pattern, int(flags)))
        compiled = _sre.compile(*entry)
    except (AttributeError, RuntimeError, TypeError, ValueError, OverflowError):
        return re.compile(pattern, flags)
    return compiled if compiled.pattern == pattern else re.compile(pattern, flags)


def compile_made() -> int:
    """Compile every list of wordings built so far; how many there are. The
    workers' forkserver calls it after reading its made-up application
    (``priming``): that reading builds nearly every list but searches only
    some, and a list compiled there is compiled once for every worker and,
    through the start-up cache, for later runs."""
    made = list(_made)
    for wordings in made:
        wordings.compiled  # noqa: B018 - compiled for what it leaves behind
    return len(made)


_WORD_STARTS = tuple(dict.fromkeys(edges[0] for edges in _EDGES.values()))
"""The assertions a wording's pattern may open with: "no word character before"."""


def _alternation(patterns: list[str]) -> str:
    """``p1|p2|…`` in the given order, with the word-start assertion that
    neighbouring patterns open with written once before them:
    ``(?<!\\w)(?:a|b)`` matches what ``(?<!\\w)a|(?<!\\w)b`` does (the
    assertion takes no characters), but the regex engine tests it once per
    position instead of once per wording, so a long list is searched several
    times faster (most positions are inside a word and fail at once).
    A wording's pattern has no ``|`` outside a group, so it needs no group of
    its own in a run. (The word-end test written once after a run would
    shorten the pattern too, but a branch with a tail is searched 5-10 times
    slower by ``re``.)"""
    runs: list[tuple[str, list[str]]] = []
    for pattern in patterns:
        start = next((s for s in _WORD_STARTS if pattern.startswith(s)), "")
        rest = pattern[len(start):]
        if start and runs and runs[-1][0] == start:
            runs[-1][1].append(rest)
        else:
            runs.append((start, [rest]))
    return "|".join(start + "(?:" + "|".join(rest) + ")" if start else f"(?:{rest[0]})" for start, rest in runs)


_SOURCE = source_digest(__file__)
"""This module's source, in the keys of the wording patterns it built in
earlier runs (``startup_cache``)."""


def wording_pattern(wording: str, hyphen_in_words: bool = False) -> str:
    """A regular expression for one wording (the syntax in the module
    docstring). With ``hyphen_in_words`` a hyphenated word is one word; the
    words of a ``[context]`` always end at a hyphen ("Nav-kontoret" starts
    with the word "Nav")."""
    return memo("wording patterns", (_SOURCE, wording, hyphen_in_words),
                lambda: _wording_pattern(wording, hyphen_in_words))


def _wording_pattern(wording: str, hyphen_in_words: bool) -> str:
    text = wording.strip()
    start = text.startswith("^")
    end = text.endswith("$")
    text = text.removeprefix("^").removesuffix("$").strip()
    context = ""
    if text.endswith("]"):
        open_at = text.rfind("[")
        if open_at <= 0:
            raise ValueError(f"wording '{wording}': '[' missing before ']'")
        context = r"(?=,?\s+" + _words_pattern(text[open_at + 1:-1], wording, False) + ")"
        text = text[:open_at].strip()
    body = _words_pattern(text, wording, hyphen_in_words)
    if start:
        # Before ``^`` there is no character or a line break: a word-start test there cannot fail.
        body = "^" + next((body[len(s):] for s in _WORD_STARTS if body.startswith(s)), body)
    return body + context + ("$" if end else "")


def _words_pattern(text: str, wording: str, hyphen_in_words: bool) -> str:
    segments = [_TOKEN.findall(s) for s in text.split(_GAP)]
    if any(not s or s[0].startswith("{") for s in segments):
        raise ValueError(f"wording '{wording}' must start and end with a word (it may end with {{words}})")
    gap = r"\s+(?:\S+\s+){0,%d}" % _MAX_GAP
    last = len(segments) - 1
    return gap.join(_segment_pattern(seg, i == 0, i == last, wording, hyphen_in_words) for i, seg in enumerate(segments))


_TOKEN = re.compile(r"\{[^{}]*\}|[^\s{}]+|[{}]")
"""A word position, or ``{words}`` that may be left out, or a stray brace."""


def _segment_pattern(tokens: list[str], first: bool, last: bool, wording: str, hyphen_in_words: bool) -> str:
    """The word positions of a segment, each joined to the one before it
    by whitespace; ``{words}`` are optional together ("spørsmål {om *} kan
    rettes til"). Beside whitespace the pattern requires, a word's edge test
    (no word character before or after) cannot fail and is left out: it
    would only make the pattern longer to compile and slower to search."""
    out = []
    for i, token in enumerate(tokens):
        if token in ("{", "}"):
            raise ValueError(f"wording '{wording}': '{token}' without its partner")
        if token.startswith("{"):
            words = token[1:-1].split()
            if not words:
                raise ValueError(f"wording '{wording}': '{{}}' holds no word")
            out.append(r"(?:\s+" + r"\s+".join(_word_pattern(w, wording, hyphen_in_words, True, j < len(words) - 1)
                                               for j, w in enumerate(words)) + ")?")
            continue
        spaced_after = (i + 1 < len(tokens) and not tokens[i + 1].startswith("{")) or (i + 1 == len(tokens) and not last)
        out.append(("" if i == 0 else r"\s+")
                   + _word_pattern(token, wording, hyphen_in_words, i > 0 or not first, spaced_after))
    return "".join(out)


def _word_pattern(word: str, wording: str, hyphen_in_words: bool, spaced_before: bool = False,
                  spaced_after: bool = False) -> str:
    """One word position: its alternatives (longest first, as a greedy
    optional ending would be), with the stars of the position around all,
    and the edge tests that whitespace before or after does not make sure of."""
    if any(c in word for c in "[]{}\\+"):
        raise ValueError(f"wording '{wording}': '{word}' has a character wordings do not use")
    if word == "*":
        return _ANY_WORD
    edge_before, edge_after, rest = _EDGES[hyphen_in_words]
    before = "" if word.startswith("*") or spaced_before else edge_before
    after = rest if word.endswith("*") else "" if spaced_after else edge_after
    alternatives = sorted(word.strip("*").split("|"), key=len, reverse=True)
    if any(not a for a in alternatives):
        raise ValueError(f"wording '{wording}': empty word in '{word}'")
    words = "|".join(_one_word(a, wording) for a in alternatives)
    return before + (f"(?:{words})" if len(alternatives) > 1 else words) + after


_WORD_MARKS = {"-": r"(?:\s*-\s*)?", "?": r"\w"}
"""A hyphen inside a word may be written with spaces around or left out; ``?`` is any one letter."""
_MARK = re.compile(r"([-?])")


def _one_word(core: str, wording: str) -> str:
    if "*" in core:
        raise ValueError(f"wording '{wording}': '*' only at the start or end of a word position")
    if core.startswith("-") or core.endswith("-"):
        raise ValueError(f"wording '{wording}': '-' only inside a word")
    return "".join(_WORD_MARKS.get(piece) or re.escape(piece) for piece in _MARK.split(core) if piece)

