"""Write ``src/soknad_extract/nb_tokens.json``: spaCy's Norwegian Bokmål
tokenizer rules and lookup lemmas, for ``soknad_extract.tokens``.

The phrase matcher tokenises and lemmatises as spaCy's ``blank("nb")`` with
the lookup lemmatizer did, without importing spaCy (2 s of every worker's
start-up, most of it spaCy's command-line and network stack). Run this
again only when moving to another spaCy or spacy-lookups-data release; the
test ``tests/test_nlp_spacy.py`` compares the two on every sample.

    .venv/bin/python tools/export_nb_tokens.py
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
    return {
        "source": f"spaCy {spacy.__version__} blank('nb'), spacy-lookups-data {spacy_lookups_data.__version__}",
        "prefix": tokenizer.prefix_search.__self__.pattern,
        "suffix": tokenizer.suffix_search.__self__.pattern,
        "infix": tokenizer.infix_finditer.__self__.pattern,
        "url": tokenizer.url_match.__self__.pattern,
        "special": {text: [t[ORTH] for t in tokens] for text, tokens in sorted(tokenizer.rules.items())},
        "lemma": {key: lookup[key] for key in sorted(_lookup_keys())},
    }


def _lookup_keys() -> list[str]:
    """spaCy's table keeps only hashes of its words; the words are in the data file."""
    path = Path(str(spacy_lookups_data.get_file("nb_lemma_lookup.json.gz")))
    return list(json.loads(gzip.decompress(path.read_bytes())))


if __name__ == "__main__":
    OUT.write_text(json.dumps(rules(), ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT}")
