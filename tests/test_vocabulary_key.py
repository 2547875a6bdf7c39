"""``vocabulary.vocabulary_key``: the folder in use as text, the key of the
per-label and per-line memos of ``extract/`` (a ``str`` hashes in C). It
must follow the folder exactly: fixed while a document is read, the
environment's again for the next, so that no memo answers from the words
of another folder."""

from __future__ import annotations

import shutil

from soknad_extract.extract.budget.words import budget_words
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.signatures.wording import roles_in
from soknad_extract.extract.signatures.words import signature_words
from soknad_extract.vocabulary import VOCABULARY_ENV, one_folder, vocabulary_dir, vocabulary_key


def test_the_key_is_the_folder_in_use(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(VOCABULARY_ENV, raising=False)
    packaged = vocabulary_dir()
    assert vocabulary_key() == str(packaged)
    with one_folder():
        monkeypatch.setenv(VOCABULARY_ENV, str(tmp_path))
        assert vocabulary_key() == str(packaged)
        with one_folder():
            assert vocabulary_key() == str(packaged)
    assert vocabulary_key() == str(tmp_path)
    with one_folder():
        assert vocabulary_key() == str(tmp_path) == str(vocabulary_dir())


def test_each_memo_reads_the_next_documents_folder(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(VOCABULARY_ENV, raising=False)
    folder = tmp_path / "vocabulary"
    shutil.copytree(vocabulary_dir(), folder)
    labels = folder / "labels.toml"
    labels.write_text(labels.read_text(encoding="utf-8").replace('key = "office"\nnb = [\n',
                                                                 'key = "office"\nnb = [\n    "^tiltakshaver",\n', 1),
                      encoding="utf-8")
    signatures = folder / "signatures.toml"
    signatures.write_text(signatures.read_text(encoding="utf-8").replace(
        'role = "municipality"\ntitled = true\nnb = [\n', 'role = "municipality"\ntitled = true\nnb = [\n    "velferdssjef",\n', 1),
        encoding="utf-8")
    with one_folder():
        shipped = (signature_words(), budget_words())
        assert classify_label("Tiltakshaver") is None and roles_in("Velferdssjef") == []
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    with one_folder():
        assert signature_words() is not shipped[0] and budget_words() is not shipped[1]
        assert classify_label("Tiltakshaver") == "office"
        assert roles_in("Velferdssjef") == [("municipality", "Velferdssjef", 0, 12)]
    monkeypatch.delenv(VOCABULARY_ENV)
    with one_folder():
        assert signature_words() is shipped[0] and classify_label("Tiltakshaver") is None
