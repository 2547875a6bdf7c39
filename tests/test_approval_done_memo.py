"""``says_approval_done`` is memoised per folded text and vocabulary folder
(a document's fragments are asked up to ten times each): the memo gives the
answer the search gives, on approval statements, their negations and
wordings that are none, asked again and again; and a folder whose approval
wordings differ answers from its own words, not from the memo of another."""

from __future__ import annotations

import random
import shutil

from soknad_extract.extract.signatures import approval_words
from soknad_extract.extract.signatures.approval_words import says_approval_done
from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import VOCABULARY_ENV, one_folder, vocabulary_dir

_PIECES = ("Søknaden er", "Dokumentet er", "elektronisk godkjent", "elektronisk godkjend", "digitalt signert",
           "ikke", "vil bli", "må være", "men", ",", "av Nav-leder Kari Moe", "27.01.2020", "og derfor ikke signert",
           "Når søknaden er", "signert med BankID", "godkjent", "e-signert", "underteikna elektronisk", "Vedlegg")


def _uncached(folded: str) -> bool:
    return approval_words._says_approval_done.__wrapped__(folded, str(vocabulary_dir()))


def test_the_memo_answers_as_the_search() -> None:
    rng = random.Random(15)
    texts = [fold(" ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 7)))) for _ in range(400)]
    approved = 0
    with one_folder():
        for text in texts + texts[::-1]:
            assert says_approval_done(text) == _uncached(text), text
            approved += _uncached(text)
    assert 50 < approved < 750  # both answers are asked about


def test_another_folders_wordings_are_its_own(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(VOCABULARY_ENV, raising=False)
    folder = tmp_path / "vocabulary"
    shutil.copytree(vocabulary_dir(), folder)
    signatures = folder / "signatures.toml"
    signatures.write_text(signatures.read_text(encoding="utf-8").replace(
        '[approval]\nnb = [\n', '[approval]\nnb = [\n    "*godkjent i møte*",\n', 1), encoding="utf-8")
    text = fold("Søknaden er godkjent i møte med rådmannen")
    with one_folder():
        assert not says_approval_done(text)
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    with one_folder():
        assert says_approval_done(text)
    monkeypatch.delenv(VOCABULARY_ENV)
    with one_folder():
        assert not says_approval_done(text)
