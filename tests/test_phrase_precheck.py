"""The phrase matcher's pre-check (``nlp.PhraseSet.could_match``): a text
that does not hold, for some phrase, every word as written is not
tokenised. It must never rule out a text a phrase matches: held here to
the plain walk of every token over every scheme's phrase sets on sparse
texts (where it rules out most), to the lemma table's irregular forms
("egne" is a form of "egen"), and to the property it rests on, that a
token's stem is in its lower-cased text unless the lemma table leads
elsewhere."""

from __future__ import annotations

import random
import re

from soknad_extract import nlp
from soknad_extract.tokens import tokenizer
from soknad_extract.vocabulary import vocabulary_dir
from tests.test_phrase_index import _groups, _walk_every_token


def _words() -> list[str]:
    """Words the matcher meets: the schemes' phrases, the vocabulary's files, the lemma table."""
    words = [w for g in _groups() for phrases in g.values() for p in phrases for w in p.replace("…", " ").split()]
    for path in vocabulary_dir().glob("*.toml"):
        words += re.findall(r"[^\W\d_]+", path.read_text(encoding="utf-8"))
    lemmas = tokenizer().lemmas
    return words + list(lemmas) + list(lemmas.values())


def test_a_token_holds_its_stem_or_is_an_irregular_form() -> None:
    irregular = nlp._irregular()
    for word in _words():
        for token in tokenizer()(nlp._dash_fold(word)):
            norm = nlp._norm(token.text)
            assert norm in token.text.lower() or token.text in irregular.get(norm, ()), (word, token.text, norm)
            assert nlp.stem(token.text).startswith(nlp.stem(token.text)) and token.text.lower().startswith(
                nlp.stem(token.text))


def _sparse_texts() -> list[str]:
    """A few phrase words among filler, so that many texts hold no phrase whole."""
    words = [w.rstrip("*") for g in _groups() for phrases in g.values() for p in phrases
             for w in p.replace("…", " ").split()]
    forms = list(tokenizer().lemmas)
    filler = ["Kommunen", "søker", "om", "midler", "til", "et", "prosjekt", "\n", "–", "2020", "Det", "er"]
    rng = random.Random(17)
    texts = []
    for _ in range(300):
        pool = rng.sample(words, 3) + rng.sample(forms, 3) + filler
        texts.append(" ".join(rng.choice(pool) for _ in range(rng.randint(1, 40))))
    return texts


def test_no_text_a_phrase_matches_is_ruled_out() -> None:
    texts = _sparse_texts()
    ruled_out = 0
    for groups in _groups():
        phrases = nlp.PhraseSet(groups)
        for text in texts:
            walked = _walk_every_token(groups, text)
            if not phrases.could_match(nlp._dash_fold(text)):
                ruled_out += 1
                assert walked == [], (groups.keys(), text[:80])
            assert phrases.find(text) == walked
    assert ruled_out > len(texts)  # the test exercises the skip


def test_an_irregular_form_is_not_ruled_out() -> None:
    assert "egne" in nlp._irregular()["egen"]
    phrases = nlp.PhraseSet({"own": ["egen innsats"], "me": ["meg selv"]})
    assert [h.text for h in phrases.find("Kommunen bidrar med egne innsats.")] == ["egne innsats"]
    assert [h.key for h in phrases.find("Det gjelder meg selv")] == ["me"]
    assert phrases.find("Kommunen bidrar med innsats.") == []
