"""The pre-check of what a pattern needs in a text (``extract.needs``) and
the concession search it lets skip sentences and documents
(``area_answers.conceded_areas``).

The pre-check may only say "cannot match" where the pattern finds nothing:
held against every wording list of the vocabulary on the samples' sentences
and on made-up ones, and against made-up patterns of every construct it
reads (groups, branches, repeats, assertions, case-insensitive parts). The
concession search with the pre-check is held to the search without it."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from soknad_extract.extract.area_answers import conceded_areas
from soknad_extract.extract.area_list import SENTENCE
from soknad_extract.extract.area_words import area_words, core_phrases
from soknad_extract.extract.context import Context
from soknad_extract.extract.needs import may_match, needs
from soknad_extract.layout import FormField
from soknad_extract.nlp import phrase_set
from soknad_extract.norwegian import fold
from soknad_extract.readers import read_document
from soknad_extract.schemes import get_scheme
from soknad_extract.vocabulary import Entry, vocabulary_dir
from tests.builders.layouts import word_doc

ROOT = Path(__file__).resolve().parents[1]
S2020 = get_scheme("nav-sosiale-tjenester-2020")
_SAMPLES = [p for p in sorted((ROOT / "samples" / "born_digital").glob("*.docx")) if not p.name.startswith("broken_")][:12]
HEADING = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"

CONCEDING = [
    "Selv om vi ikke har krysset av for sikring av sårbare overganger, er overgangen fra barnevern til "
    "voksenliv kjernen i prosjektet.",
    "Sjølv om me ikkje har valt sårbare overgangar, skal tiltaket særleg ta vare på unge som går ut av "
    "barnevernet.",
    "Selv om kontoret ikke har markert området bruk av ordinært arbeidsliv, er arbeid målet.",
    "Sjølv om vi ikkje har kryssa av for ordinært arbeidsliv, er arbeid for foreldra hovudmålet.",
    "Vi har ikke krysset av for sikring av sårbare overganger, fordi kommunen har egne tiltak.",
    "Selv om vi ikke har krysset av, skal vi selv følge opp barnefamilier.",
    "Oppfølging av barnefamilier er viktig selv om vi ikke har krysset av for det.",
    "Selvstendig arbeid om ikke lenge: vi har huket av for bruk av ordinært arbeidsliv.",
]


def _wording_lists() -> list[re.Pattern[str]]:
    """Every nb/nn list of the vocabulary that compiles as wordings."""
    found: list[re.Pattern[str]] = []

    def walk(entry: Entry, data: dict) -> None:
        if isinstance(data.get("nb"), list) or isinstance(data.get("nn"), list):
            try:
                found.append(entry.wordings().compiled)
            except Exception:  # noqa: BLE001 - a table of other values, not wordings
                pass
        for key, value in data.items():
            if isinstance(value, dict):
                walk(entry.table(key), value)

    for path in sorted(vocabulary_dir().glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        walk(Entry(path.stem), data)
    return found


def _sample_sentences() -> list[str]:
    texts = list(CONCEDING)
    for path in _SAMPLES:
        texts.append(read_document(path).text())
    return [fold(m.group(0)) for text in texts for m in SENTENCE.finditer(text)] + [fold(t) for t in texts]


def test_no_vocabulary_wording_matches_where_the_precheck_says_it_cannot() -> None:
    patterns = _wording_lists()
    assert len(patterns) > 40
    sentences = _sample_sentences()
    matched = ruled_out = 0
    for pattern in patterns:
        for sentence in sentences:
            if pattern.search(sentence):
                matched += 1
                assert may_match(pattern, sentence), (pattern.pattern[:80], sentence[:80])
            elif not may_match(pattern, sentence):
                ruled_out += 1
    assert matched > 100 and ruled_out > 1000  # the test reads real matches, the pre-check rules out


@pytest.mark.parametrize("pattern, matching, ruled_out", [
    (r"abc", ["xxabcxx"], ["ab c", "ABC"]),
    (r"(?<!\w)a\b\s?c", ["a c", "x a\tc"], ["b c"]),
    (r"(?:foo|bar)\s+baz", ["foo baz", "bar  baz"], ["foo bar", "baz"]),
    (r"(?:foo|b?ar)x", ["arx", "barx", "foox"], ["ax", "fo x"]),
    (r"x(?:foo)?y", ["xy", "xfooy"], ["xz", "y"]),
    (r"(?:ab){2,}c", ["ababc"], ["abx", "ac"]),
    (r"(?:ab)*c", ["c"], []),
    (r"(?i:abc)d", ["ABCd", "abcd"], ["abc"]),
    (r"(?i)abc", ["ABC"], []),
    (r"a(?=b)b(?!c)", ["ab", "abd"], ["a b"]),
    (r"(?>ab|cd)e", ["abe", "cde"], ["ae", "ce"]),
    (r"a++b", ["aab"], ["b", "a"]),
    (r"(a)\1b", ["aab"], ["ab"[1:]]),
    (r"sjølv\s+om", ["sjølv  om"], ["selv om"]),
    (r"[ab]c|d", ["ac", "d"], ["e"]),
    (r"^$", [""], []),
])
def test_made_up_patterns(pattern: str, matching: list[str], ruled_out: list[str]) -> None:
    compiled = re.compile(pattern)
    for text in matching:
        assert compiled.search(text) and may_match(compiled, text), text
    for text in ruled_out:
        assert not compiled.search(text) and not may_match(compiled, text), text


def test_case_insensitive_patterns_ask_nothing() -> None:
    assert needs(re.compile("abc", re.IGNORECASE)) == (frozenset(),)
    assert may_match(re.compile("(?i)abc"), "")


def _conceded_without_precheck(ctx: Context, chosen: list[str]) -> dict:
    """``conceded_areas`` as it read every sentence before the pre-check."""
    text = ctx.applicant_text
    names = phrase_set(tuple((a.id, (a.label_nb, a.label_nn)) for a in ctx.scheme.priority_areas))
    conceded = area_words().conceded
    found = {}
    for sentence in SENTENCE.finditer(text):
        for hit in names.find(sentence.group(0)) + core_phrases(ctx.scheme).find(sentence.group(0)):
            if hit.key not in chosen and hit.key not in found \
                    and conceded.compiled.search(fold(sentence.group(0)[:hit.start])):
                found[hit.key] = ctx.evidence_at(sentence.start() + hit.start, sentence.start() + hit.end, "nlp")
    return found


def _contexts():
    boxes = [FormField(kind="checkbox", method="drawn", page=1, label="Bruk av ordinært arbeidsliv", checked=False)]
    for paragraph in CONCEDING:
        yield Context(word_doc(HEADING, paragraph, fields=boxes), S2020)
    yield Context(word_doc(HEADING, *CONCEDING), S2020)
    for path in _SAMPLES:
        yield Context(read_document(path), S2020)


@pytest.mark.parametrize("chosen", [[], ["barnefamilier-ungdom-innvandrere"]])
def test_conceded_areas_as_without_the_precheck(chosen: list[str]) -> None:
    found_any = 0
    for ctx in _contexts():
        expected = _conceded_without_precheck(ctx, chosen)
        assert conceded_areas(ctx, chosen) == expected
        found_any += bool(expected)
    assert found_any >= 4
