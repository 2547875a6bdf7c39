"""Write ``src/soknad_extract/nb_tokens.json``: spaCy's Norwegian Bokmål
tokenizer rules and lookup lemmas, for ``soknad_extract.tokens``.

The phrase matcher tokenises and lemmatises as spaCy's ``blank("nb")`` with
the lookup lemmatizer did, without importing spaCy (2 s of every worker's
start-up, most of it spaCy's command-line and network stack). Run this
again only when moving to another spaCy or spacy-lookups-data release; the
test ``tests/test_nlp_spacy.py`` compares the two on every sample.

    .venv/bin/python tools/export_nb_tokens.py

The four patterns spell out Unicode's letter and symbol classes, CJK and
emoji included, and ``re`` takes ~0.07 s to compile them, once per process
on every check's critical path. Their ``narrow`` copies (``narrow``) drop
every class member from U+3000 up: on a text without such a character they
match exactly what the full patterns match (a class is only ever tested
against characters of the text), and they compile in a third of the time.
The tokenizer compiles the full patterns only for a chunk that needs them.
"""

from __future__ import annotations

import gzip
import json
import warnings
from pathlib import Path

import spacy
import spacy_lookups_data
from spacy.symbols import ORTH

OUT = Path(__file__).resolve().parents[1] / "src" / "soknad_extract" / "nb_tokens.json"


def rules() -> dict:
    nlp = spacy.blank("nb")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
    tokenizer = nlp.tokenizer
    lookup = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")
    patterns = {
        "prefix": tokenizer.prefix_search.__self__.pattern,
        "suffix": tokenizer.suffix_search.__self__.pattern,
        "infix": tokenizer.infix_finditer.__self__.pattern,
        "url": tokenizer.url_match.__self__.pattern,
    }
    return {
        "source": f"spaCy {spacy.__version__} blank('nb'), spacy-lookups-data {spacy_lookups_data.__version__}",
        **patterns,
        "narrow": {"below": NARROW_BELOW, **{key: narrow(pattern) for key, pattern in patterns.items()}},
        "special": {text: [t[ORTH] for t in tokens] for text, tokens in sorted(tokenizer.rules.items())},
        "lemma": {key: lookup[key] for key in sorted(_lookup_keys())},
    }


def _lookup_keys() -> list[str]:
    """spaCy's table keeps only hashes of its words; the words are in the data file."""
    path = Path(str(spacy_lookups_data.get_file("nb_lemma_lookup.json.gz")))
    return list(json.loads(gzip.decompress(path.read_bytes())))


NARROW_BELOW = 0x3000
"""The narrow patterns serve texts whose characters all lie below this code
point: Latin, Greek, Cyrillic and the punctuation, arrows, shapes and check
marks forms use; CJK starts here (U+3000, the ideographic space)."""


def classes(pattern: str) -> list[tuple[int, int]]:
    """Where each character class ``[...]`` of ``pattern`` starts and ends
    (Python's rules: an escaped character is literal, a "]" first in the
    class is a member)."""
    found = []
    i = 0
    while i < len(pattern):
        if pattern[i] == "\\":
            i += 2
            continue
        if pattern[i] != "[":
            i += 1
            continue
        j = i + 1
        j += pattern[j] == "^"
        j += pattern[j] == "]"
        while pattern[j] != "]":
            j += 2 if pattern[j] == "\\" else 1
        found.append((i, j + 1))
        i = j + 1
    return found


def _atom(body: str, i: int) -> tuple[int | None, str, int]:
    """One class member from ``body[i]``: its code point (None for \\w, \\d,
    \\s and their negations, kept as written), its text, where the next starts."""
    if body[i] != "\\":
        return ord(body[i]), body[i], i + 1
    kind = body[i + 1]
    width = {"u": 6, "U": 10, "x": 4}.get(kind)
    if width:
        return int(body[i + 2:i + width], 16), body[i:i + width], i + width
    if kind in "wWdDsS":
        return None, body[i:i + 2], i + 2
    if kind.isalnum():
        raise ValueError(f"escape \\{kind} in a class is not handled")
    return ord(kind), body[i:i + 2], i + 2


def _escaped(code: int) -> str:
    return "\\u%04X" % code if code <= 0xFFFF else "\\U%08X" % code


def _narrow_class(text: str) -> str:
    """The class ``text`` without its members from ``NARROW_BELOW`` up
    (ranges cut there), each member written escaped and once: dropping
    members must not leave two "|" or "-" side by side, which Python reads
    as a future set operation. A class left with no member keeps its first,
    which no narrow text can hold."""
    negated = text.startswith("[^")
    body = text[2 if negated else 1:-1]
    kept: dict[str, None] = {}
    first = ""
    i = 0
    while i < len(body):
        low, written, j = _atom(body, i)
        high = low
        if low is not None and j < len(body) - 1 and body[j] == "-":
            high, _, j = _atom(body, j + 1)
            if high is None:
                raise ValueError(f"range to a category in {text[:40]}")
        i = j
        member = written if low is None else _escaped(low) + ("" if high == low else "-" + _escaped(high))
        first = first or member
        if low is None or low < NARROW_BELOW:
            top = min(high, NARROW_BELOW - 1) if high is not None else None
            kept[member if low is None or top == high else _escaped(low) + "-" + _escaped(top)] = None
    return ("[^" if negated else "[") + ("".join(kept) or first) + "]"


def narrow(pattern: str) -> str:
    """``pattern`` with every class narrowed (``_narrow_class``)."""
    out, last = [], 0
    for start, end in classes(pattern):
        out += [pattern[last:start], _narrow_class(pattern[start:end])]
        last = end
    return "".join(out) + pattern[last:]


if __name__ == "__main__":
    OUT.write_text(json.dumps(rules(), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
