"""The memos of ``parts``, ``form_text``, ``labels``, ``area_words`` and
``project_words`` keyed by the folder as text (``vocabulary_key``, phase
19b; they hashed a ``Path`` per call): each must read the words of the
folder in use, and give the same answers as the words read by the ``Path``.
A copy of the folder with the words changed is used for one document and
the shipped folder again for the next."""

from __future__ import annotations

import shutil
from pathlib import Path

from soknad_extract.extract import area_words as aw
from soknad_extract.extract import form_text as ft
from soknad_extract.extract import labels, parts
from soknad_extract.extract import project_words as pw
from soknad_extract.vocabulary import VOCABULARY_ENV, one_folder, vocabulary_dir, vocabulary_key


def _kind(text: str) -> tuple | None:
    found = parts.kind_of_heading(text)
    return found and (found[0].key, found[0].role, found[1])


def _answers() -> tuple:
    return (_kind("Vedlegg 1: Budsjett"), _kind("Søknad om tilskudd"),
            ft.names_the_county("Statsforvalteren i Innlandet"), labels.names_the_project("Prosjekt"),
            labels.names_the_project("II. Tiltaket"), pw.kind_of_note("(nytt)"), pw.kind_of_note("videreføring"))


def test_memos_follow_the_folder_and_answer_as_by_path(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv(VOCABULARY_ENV, raising=False)
    with one_folder():
        shipped = (aw.area_words(), pw.project_words(), _answers())
        key = vocabulary_key()
        assert parts._words(key) is parts._words(str(Path(key)))
        assert shipped[0] is aw._load_area_words(str(vocabulary_dir()))
    folder = tmp_path / "vocabulary"
    shutil.copytree(vocabulary_dir(), folder)
    form = folder / "form_text.toml"
    text = form.read_text(encoding="utf-8")
    assert "[county]" in text
    form.write_text(text.replace("[county]\nnb = [", "[county]\nnb = [\"tiltakshaver\", ", 1), encoding="utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    with one_folder():
        assert vocabulary_key() == str(folder)
        assert aw.area_words() is not shipped[0] and pw.project_words() is not shipped[1]
        assert ft.names_the_county("Tiltakshaver")
        assert _answers()[:2] == shipped[2][:2]
    monkeypatch.delenv(VOCABULARY_ENV)
    with one_folder():
        assert aw.area_words() is shipped[0] and pw.project_words() is shipped[1]
        assert not ft.names_the_county("Tiltakshaver")
        assert _answers() == shipped[2]
