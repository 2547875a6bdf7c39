"""A yes/no answer typed before the question it answers: "☒ Ja ☐ Nei – Vi
ønsker å delta i nettverk", "✔ Ja  ✘ Nei   Ekstern prosessevaluering".

Forms laid out as a list of statements put the boxes first and the
statement after them, parted from the last option by a dash or a wide gap.
Read the usual way, the statement is the last option's label ("Nei – Vi
ønsker …"), or a third option left unticked, and the answer is lost. Only a
line whose options are all the form's yes/no words is read so: any other
option may well run on into words of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from soknad_extract import vocabulary
from soknad_extract.norwegian import fold


@lru_cache(maxsize=1)
def _answer_words() -> frozenset[str]:
    answers = vocabulary.Entry("answers")
    return answers.table("option_yes").words() | answers.table("option_no").words()


_PARTED = re.compile(
    r"(?P<option>\S+?)(?:\s*[–—]\s*|\s+-\s+|\t+|\s+)(?P<question>[A-ZÆØÅ].*)$")
"""The last option and the statement after it, which opens with a capital
like the sentence it is: words of the option's own ("Nei – ikke aktuelt",
"Nei, men senere") run on in lower case or after a comma."""


def _is_answer(label: str) -> bool:
    return fold(label).strip(" .:;,|") in _answer_words()


def split_trailing_question(labels: list[str]) -> tuple[str, str] | None:
    """(last option, question) when ``labels`` (the words after each box of
    one line, the last running to the line's end) are yes/no options the last
    of which runs on, past a dash or a wide gap, into the statement they
    answer; None otherwise."""
    if len(labels) < 2 or not all(_is_answer(label) for label in labels[:-1]):
        return None
    parted = _PARTED.match(labels[-1].strip(" \t;,|"))
    if parted is None or not _is_answer(parted.group("option")):
        return None
    question = parted.group("question").strip(" \t:;,|?–—-")
    return (parted.group("option"), question) if question else None
