"""The phrase matcher without spaCy finds exactly what spaCy found.

``nlp`` once ran ``spacy.blank("nb")`` with the lookup lemmatizer and a
``Matcher``; it now applies spaCy's exported rules itself (``tokens``).
spaCy stays a development dependency so that this test can hold the two
side by side: the same tokens, and the same phrase hits for every phrase
set of every scheme on every sample's text. It also keeps
``nb_tokens.json`` honest: exported again from the installed spaCy, it must
equal the file shipped.
"""

from __future__ import annotations

import random
import re
import warnings
from functools import lru_cache
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from spacy.matcher import Matcher

from soknad_extract import nlp
from soknad_extract.readers import read_document
from soknad_extract.schemes import load_schemes
from soknad_extract.tokens import tokenizer

ROOT = Path(__file__).resolve().parents[1]
SUFFIXES = {".docx", ".pdf", ".odt", ".rtf", ".doc"}


@lru_cache(maxsize=1)
def _spacy() -> Language:
    """The pipeline ``nlp`` used to build: lookup lemmas, their stems as NORM."""
    model = spacy.blank("nb")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        model.add_pipe("lemmatizer", config={"mode": "lookup"})
        model.initialize()
    return model


def _parse(text: str):
    doc = _spacy()(text)
    for token in doc:
        token.norm_ = nlp.stem(token.lemma_ or token.text)
    return doc


def _spacy_pattern(phrase: str) -> list[dict]:
    pattern: list[dict] = []
    for i, segment in enumerate(phrase.split("…")):
        if i:
            pattern.append({"OP": "{0,6}"})
        for word in segment.split():
            if word.endswith("*"):
                pattern.append({"LOWER": {"REGEX": "^" + re.escape(nlp._dash_fold(word[:-1]))}})
            else:
                pattern.extend({"NORM": t.norm_} for t in _parse(nlp._dash_fold(word)))
    return pattern


def _spacy_hits(groups: dict[str, list[str]], text: str) -> list[tuple[str, int, int, str]]:
    matcher = Matcher(_spacy().vocab)
    for key, phrases in groups.items():
        matcher.add(key, [_spacy_pattern(p) for p in phrases])
    doc = _parse(nlp._dash_fold(text))
    hits = {(doc.vocab.strings[m], doc[s:e].start_char, doc[s:e].end_char) for m, s, e in matcher(doc)}
    return sorted(((k, s, e, text[s:e]) for k, s, e in hits), key=lambda h: (h[1], h[2], h[0]))


def _phrase_groups() -> list[dict[str, list[str]]]:
    """Every phrase set the extractors build from the schemes."""
    groups: list[dict[str, list[str]]] = []
    for scheme in load_schemes().values():
        groups.append({a.id: [*a.phrases, a.label_nb, a.label_nn] for a in scheme.priority_areas})
        for key, exclusion in scheme.exclusions.items():
            groups.append({key: list(exclusion.phrases)})
            if exclusion.counter_phrases:
                groups.append({key: list(exclusion.counter_phrases)})
    return groups


@pytest.fixture(scope="module")
def sample_texts() -> dict[str, str]:
    texts = {}
    for path in sorted((ROOT / "samples").rglob("*")):
        if path.suffix.lower() in SUFFIXES and "scanned" not in path.parts and not path.name.startswith("broken_"):
            texts[path.name] = read_document(path).text()
    assert len(texts) > 30
    return texts


def test_tokens_are_spacys_on_every_sample(sample_texts: dict[str, str]) -> None:
    for name, text in sample_texts.items():
        for variant in (text, nlp._dash_fold(text)):
            ours = [(t.text, t.start) for t in tokenizer()(variant)]
            assert ours == [(t.text, t.idx) for t in _spacy().make_doc(variant)], name


def test_tokens_are_spacys_on_punctuation_and_special_cases() -> None:
    """Random strings of the characters and abbreviations the rules are about."""
    specials = sorted(tokenizer().special)
    pieces = ["a", "B", "æ", "Å", "1", "2020", ".", ",", ":", ";", "-", "–", "(", ")", '"', "'", "«", "»", "/",
              "%", "§", "kr.", "f.eks.", "°C", "...", "…", "!", "?", " ", " ", "  ", "\n", "\t", "e-post",
              "www.nav.no", "https://nav.no/x?y=1", "x@y.no", "+47", "€", "*", "=", "<", "#", "_"]
    rng = random.Random(15)
    for _ in range(3000):
        text = "".join(rng.choice(pieces + [rng.choice(specials)]) for _ in range(rng.randint(1, 12)))
        assert [(t.text, t.start) for t in tokenizer()(text)] == [(t.text, t.idx) for t in _spacy().make_doc(text)]


def test_phrase_hits_are_spacys_on_every_sample(sample_texts: dict[str, str]) -> None:
    compared = 0
    for groups in _phrase_groups():
        ours = nlp.PhraseSet(groups)
        for name, text in sample_texts.items():
            expected = _spacy_hits(groups, text)
            assert [(h.key, h.start, h.end, h.text) for h in ours.find(text)] == expected, (name, list(groups))
            compared += len(expected)
    assert compared > 1000


def test_exported_rules_are_the_installed_spacys() -> None:
    import json
    import runpy

    export = runpy.run_path(str(ROOT / "tools" / "export_nb_tokens.py"))
    shipped = json.loads((ROOT / "src" / "soknad_extract" / "nb_tokens.json").read_text(encoding="utf-8"))
    assert export["rules"]() == shipped


def test_tokens_are_spacys_beside_characters_the_narrow_patterns_do_not_serve() -> None:
    """CJK, full-width and emoji characters (from U+3000) send a chunk to the
    full patterns, and special cases holding them ("¯\\(ツ)/¯") are put back
    together as before; the narrow patterns keep serving the other chunks."""
    pieces = ["a", "Æ", "1", ".", ",", "-", "(", ")", "'", " ", "\n", "kr.", "°C", "…", "☐", "✓", "→", "中文", "。",
              "「", "」", "漢字.", "ａｂ", "（", "）", "\u3000", "😀", "ツ", "¯\\(ツ)/¯", "(╯°□°）╯︵┻━┻", "ಠ︵ಠ"]
    rng = random.Random(3000)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert [(t.text, t.start) for t in tokenizer()(text)] == [(t.text, t.idx) for t in _spacy().make_doc(text)]


def test_narrow_patterns_hold_every_character_below_their_bound_as_the_full_ones_do() -> None:
    """Each class of a narrow pattern has the same members below
    ``narrow.below`` as the full pattern's class (every code point tried),
    and the patterns are the same outside their classes."""
    import json
    import runpy

    export = runpy.run_path(str(ROOT / "tools" / "export_nb_tokens.py"))
    rules = json.loads((ROOT / "src" / "soknad_extract" / "nb_tokens.json").read_text(encoding="utf-8"))
    below = rules["narrow"]["below"]
    characters = [chr(c) for c in range(below) if not 0xD800 <= c <= 0xDFFF]
    for key in ("prefix", "suffix", "infix", "url"):
        full, narrow = rules[key], rules["narrow"][key]
        full_classes, narrow_classes = export["classes"](full), export["classes"](narrow)
        assert len(full_classes) == len(narrow_classes) > 0
        assert _between(full, full_classes) == _between(narrow, narrow_classes), key
        for (full_start, full_end), (narrow_start, narrow_end) in zip(full_classes, narrow_classes):
            members = re.compile(full[full_start:full_end]).fullmatch
            narrow_members = re.compile(narrow[narrow_start:narrow_end]).fullmatch
            assert [c for c in characters if members(c)] == [c for c in characters if narrow_members(c)], key


def _between(pattern: str, classes: list[tuple[int, int]]) -> list[str]:
    """The text of ``pattern`` outside its classes, piece by piece."""
    ends = [0] + [end for _start, end in classes]
    starts = [start for start, _end in classes] + [len(pattern)]
    return [pattern[end:start] for end, start in zip(ends, starts)]
