"""The phrase pre-check grouped by first word (``nlp.PhraseSet.could_match``,
phase 19b): each word looked for once, its phrases' other words only when it
is there. Its answer must be the plain formula's, every phrase of
``_needs`` tried in turn, on every scheme's phrase sets and on texts where
phrases are whole, half there, and absent."""

from __future__ import annotations

import random

from soknad_extract import nlp
from tests.test_phrase_index import _groups
from tests.test_phrase_precheck import _sparse_texts


def _every_phrase(phrases: nlp.PhraseSet, folded: str) -> bool:
    """The pre-check as it was: every phrase in turn, every word of it."""
    return any(all(any(form in folded for form in forms) for forms in phrase) for phrase in phrases._needs)


def _texts() -> list[str]:
    """Whole phrases, phrases cut short or with a word left out, single words and
    word pieces, among filler, so that both answers come up for every set."""
    phrases = [p for g in _groups() for ps in g.values() for p in ps]
    words = [w.rstrip("*") for p in phrases for w in p.replace("…", " ").split()]
    rng = random.Random(19)
    texts = _sparse_texts()
    for _ in range(1500):
        parts = []
        for _ in range(rng.randint(0, 6)):
            kind = rng.random()
            phrase = rng.choice(phrases).replace("…", " ")
            if kind < 0.3:
                parts.append(phrase)
            elif kind < 0.6:
                split = phrase.split()
                if len(split) > 1:
                    del split[rng.randrange(len(split))]
                parts.append(" ".join(split))
            elif kind < 0.8:
                word = rng.choice(words)
                parts.append(word[:rng.randint(1, len(word))] if word else word)
            else:
                parts.append(rng.choice(["Kommunen søker", "om midler", "\n", "2020", "Det er", "–", ""]))
        texts.append(" ".join(parts))
    return texts


def test_grouped_pre_check_answers_as_every_phrase_in_turn() -> None:
    texts = [nlp._dash_fold(text) for text in _texts()]
    answers = {True: 0, False: 0}
    for groups in _groups():
        phrases = nlp.PhraseSet(groups)
        for folded in texts:
            expected = _every_phrase(phrases, folded)
            assert phrases.could_match(folded) == expected, (list(groups)[:3], folded[:80])
            answers[expected] += 1
    assert answers[True] > 1000 and answers[False] > 1000  # both answers exercised


def test_each_phrase_needs_every_word() -> None:
    phrases = nlp.PhraseSet({"a": ["egen innsats", "ordinær* drift"], "b": ["arbeids* … oppfølging"], "c": ["ja"]})
    assert not phrases.could_match("egen drift")
    assert phrases.could_match("egen innsats")
    assert phrases.could_match("ordinære driften")
    assert not phrases.could_match("arbeidstrening")
    assert phrases.could_match("arbeidstrening med oppfølging")
    assert phrases.could_match("ja")
    assert not phrases.could_match("")
