"""The phrase matcher's shared index finds what a walk of every token finds.

``nlp.PhraseSet.find`` looks a phrase's first word up in an index of the
text's tokens (by stem and by initial), built once per text and kept for the
next phrase set. This test holds it against the plain algorithm written out
here: every token tried against every phrase. It also checks that the kept
index belongs to the text asked about, not to the text read before.
"""

from __future__ import annotations

import random

from soknad_extract import nlp
from soknad_extract.schemes import load_schemes
from soknad_extract.tokens import tokenizer


def _walk_every_token(groups: dict[str, list[str]], text: str) -> list[nlp.PhraseHit]:
    """Every phrase tried at every token, with no index."""
    patterns = [(key, nlp.phrase_pattern(p)) for key, phrases in groups.items() for p in phrases]
    hits: set[nlp.PhraseHit] = set()
    for offset, end in nlp.pieces(nlp._dash_fold(text)):
        piece = nlp._dash_fold(text)[offset:end]
        tokens = tokenizer()(piece)
        norms = [nlp._norm(t.text) for t in tokens]
        for i in range(len(tokens)):
            for key, pattern in patterns:
                for stop in nlp._ends(pattern, tokens, norms, i):
                    first, last = offset + tokens[i].start, offset + tokens[stop - 1].end
                    hits.add(nlp.PhraseHit(key, first, last, text[first:last]))
    return sorted(hits, key=lambda h: (h.start, h.end, h.key))


def _groups() -> list[dict[str, list[str]]]:
    groups: list[dict[str, list[str]]] = []
    for scheme in load_schemes().values():
        groups.append({a.id: [*a.phrases, a.label_nb, a.label_nn] for a in scheme.priority_areas})
        for key, exclusion in scheme.exclusions.items():
            groups.append({key: list(exclusion.phrases)})
            if exclusion.counter_phrases:
                groups.append({key: list(exclusion.counter_phrases)})
    groups.append({"prefix": ["ordinær*", "arbeids* … oppfølging", "a* b*"], "short": ["ja", "nei"]})
    return groups


def _texts() -> list[str]:
    """Scheme phrases shuffled into sentences, with filler, dashes and case:
    texts where phrases start often, overlap and cross line breaks."""
    words = [w for g in _groups() for phrases in g.values() for p in phrases for w in p.replace("…", " ").split()]
    filler = ["og", "i", "for", "Tiltaket", "–", "ARBEID", "ordinært", "-", "\n", "2020", "oppfølging,", "a", "b"]
    rng = random.Random(15)
    texts = ["", "ja", "Ordinært arbeid og oppfølging av barnefamilier\nnei"]
    for _ in range(60):
        pool = [w.rstrip("*") for w in rng.sample(words, min(40, len(words)))] + filler
        texts.append(" ".join(rng.choice(pool) for _ in range(rng.randint(1, 120))))
    return texts


def test_indexed_find_is_the_walk_of_every_token() -> None:
    texts = _texts()
    for groups in _groups():
        phrases = nlp.PhraseSet(groups)
        for text in texts:
            assert phrases.find(text) == _walk_every_token(groups, text), (groups.keys(), text[:80])


def test_the_kept_index_is_the_one_of_the_text_asked_about() -> None:
    phrases = nlp.PhraseSet({"k": ["ordinært arbeid", "oppfølging"]})
    first, second = "ordinært arbeid her", "her er oppfølging og ordinært arbeid"
    assert [h.text for h in phrases.find(first)] == ["ordinært arbeid"]
    assert [h.text for h in phrases.find(second)] == ["oppfølging", "ordinært arbeid"]
    assert [h.text for h in phrases.find(first)] == ["ordinært arbeid"]
    assert phrases.find(second) == _walk_every_token({"k": ["ordinært arbeid", "oppfølging"]}, second)
