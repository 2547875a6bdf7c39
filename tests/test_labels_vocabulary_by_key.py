"""``labels._classify`` reads its wordings by the folder as text (phase 19b:
a label not met before built a ``Path`` of the key and hashed it for the
wordings' memo). The answers must be those of the wordings read by the
``Path``: every label text of the samples' rows and made-up labels, in the
shipped folder and in a changed copy, against the old lookup."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from soknad_extract.extract import labels
from soknad_extract.vocabulary import VOCABULARY_ENV, Entry, one_folder, vocabulary_dir, vocabulary_key

_TEXTS = ("Kommune", "Nav-kontor", "Tiltakshaver", "Kontaktperson (navn, telefon og e-post)", "E-post", "Telefon",
          "2. Prosjektet", "Per Fossum (prosjektleder)", "Omsøkt ressurs (stillingsprosent)", "Søknadssum",
          "Prosjektets navn", "Navn", "Organisasjonsnummer", "Startdato", "Stilling 1 (tittel og %)", "Dato")


def _old_vocabulary(folder: Path):
    entry = Entry("labels", folder)
    heading = labels.re.compile(labels._NUMBERED + "(?:" + entry.table("section_heading").wordings().pattern
                                + r")\s*$", labels.re.IGNORECASE)
    return heading, [(f.text("key"), f.wordings()) for f in entry.tables("field")], \
        [(n.text("key"), n.wordings()) for n in entry.tables("naming_note")]


def _texts() -> list[str]:
    rng = random.Random(1919)
    words = [w for t in _TEXTS for w in t.split()]
    return list(_TEXTS) + [" ".join(rng.choice(words) for _ in range(rng.randint(1, 5))) + rng.choice(["", ":", " ?"])
                           for _ in range(1500)]


def test_answers_are_those_of_the_wordings_read_by_path(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(VOCABULARY_ENV, raising=False)
    folder = tmp_path / "vocabulary"
    shutil.copytree(vocabulary_dir(), folder)
    path = folder / "labels.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('key = "office"\nnb = [\n',
                                                             'key = "office"\nnb = [\n    "^tiltakshaver",\n', 1),
                    encoding="utf-8")
    answered = 0
    for env in (None, str(folder)):
        if env:
            monkeypatch.setenv(VOCABULARY_ENV, env)
        with one_folder():
            key = vocabulary_key()
            old = _old_vocabulary(Path(key))
            new = labels._vocabulary(key)
            assert new[0].pattern == old[0].pattern
            assert [(k, w.pattern) for k, w in new[1]] == [(k, w.pattern) for k, w in old[1]]
            assert [(k, w.pattern) for k, w in new[2]] == [(k, w.pattern) for k, w in old[2]]
            for text in _texts():
                answered += labels.classify_label(text) is not None
    assert answered > 300
