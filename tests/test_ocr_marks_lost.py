"""A word Tesseract read without its å or ø ("Jobbsjanse pa Hamar") is put
back from the word list kept as data (``ocr.marks_lost``); a word whose
unmarked form is itself a word ("for", "fra") is never changed, and a new
word needs no code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from soknad_extract.readers.ocr.marks_lost import restore
from soknad_extract.readers.ocr.text import OcrWord, correct
from soknad_extract.vocabulary import VOCABULARY_ENV, VocabularyError

SHIPPED = Path(__file__).resolve().parents[1] / "schemas" / "vocabulary"


@pytest.mark.parametrize(
    ("read", "meant"),
    [("pa", "på"), ("Pa", "På"), ("ARSVERK", "ÅRSVERK"), ("soknad,", "søknad,"), ("(lonn)", "(lønn)"),
     ("Malgruppa:", "Målgruppa:"), ("rådgjevar", "rådgjevar"), ("Sprak", "Språk"), ("sprakopplæring", "språkopplæring")],
)
def test_a_listed_word_gets_its_mark_back(read: str, meant: str) -> None:
    assert restore(read) == meant


@pytest.mark.parametrize("read", ["for", "fra", "var", "mal", "sa", "PA", "Ola", "pa1", "paa", "pA", "e-post"])
def test_a_word_that_may_be_read_right_stays(read: str) -> None:
    assert restore(read) == read


def _word(text: str, x: int) -> OcrWord:
    return OcrWord(text, (x, 100, x + 60, 130), 0.9, 1, 1, 1)


def test_ocr_words_of_a_title_and_a_position_are_put_right() -> None:
    words = [_word(t, 70 * i) for i, t in enumerate(["Jobbsjanse", "pa", "Hamar", "-", "2", "arsverk", "for", "ungdom"])]
    assert [w.text for w in correct(words)] == ["Jobbsjanse", "på", "Hamar", "–", "2", "årsverk", "for", "ungdom"]


def test_a_new_word_needs_no_code(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "vocabulary"
    shutil.copytree(SHIPPED, folder)
    path = folder / "ocr_words.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('nn = [\n', 'nn = [\n    "bøtelagt",\n', 1), "utf-8")
    assert restore("botelagt") == "botelagt"
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    assert restore("botelagt") == "bøtelagt"


def test_a_listed_word_without_a_mark_is_refused(tmp_path, monkeypatch) -> None:
    folder = tmp_path / "vocabulary"
    shutil.copytree(SHIPPED, folder)
    path = folder / "ocr_words.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('nn = [\n', 'nn = [\n    "fra",\n', 1), "utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    with pytest.raises(VocabularyError, match="lost_marks.nn"):
        restore("pa")


@pytest.mark.parametrize(("read", "meant"), [("Nay", "Nav"), ("nay", "nav"), ("(Nay", "(Nav"), ("NAY", "NAY"), ("Nays", "Nays")])
def test_a_misread_listed_word_is_put_right_in_its_own_case(read: str, meant: str) -> None:
    """A pen's "Nav" read "Nay": the office's name became "Nav Nay"."""
    assert restore(read) == meant
