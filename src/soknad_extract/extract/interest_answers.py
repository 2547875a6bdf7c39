"""What a yes/no answer to an interest question looks like: the words of
``schemas/vocabulary/answers.toml`` compiled once, and the one answer a short text gives
("Ja", the ticked option of "☒ Ja ☐ Nei", "ønsker ikke"). Shared by the interest readers and
the readers of marked options elsewhere (``kind``, ``marked_rows``, ``marked_lines``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from soknad_extract import vocabulary
from soknad_extract.extract.interest_rows import mark_between_options
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.layout.questions import option_answer
from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Wordings


@dataclass(frozen=True)
class AnswerWords:
    """The wordings of ``schemas/vocabulary/answers.toml``, compiled once."""

    yes: Wordings
    no: Wordings
    wish: Wordings
    attitude: Wordings
    """A wish only where it governs the topic ("positive til", "opne for")."""
    negation: Wordings
    negation_idiom: Wordings
    """A negation that denies nothing ("ikke minst", "ikke bare")."""
    decline: Wordings
    decline_fronted: Wordings
    """A decline after its fronted topic ("Prosessevaluering treng vi ikkje")."""
    fronted_tail: frozenset[str]
    """What may follow a fronted decline ("i år", "nå")."""
    instruction: Wordings
    """A line telling how to answer ("Ja: sett kryss i ruten"), never an answer."""
    bridge: frozenset[str]
    """The small words between a wish or decline and the topic it governs."""
    topics: dict[str, Wordings]
    joiner: frozenset[str]
    """What joins two topics one wish or decline governs ("nettverk og i
    prosessevaluering", "nettverk samt følgjeevaluering")."""
    clause_split: re.Pattern[str]
    """Where a sentence's clauses part (", og", ", men", ";", " men ")."""
    choice: re.Pattern[str]
    """Two words joined as alternatives ("ja/nei", "ja eller nei")."""


@lru_cache(maxsize=1)
def answer_words() -> AnswerWords:
    entry = vocabulary.Entry("answers")
    return AnswerWords(
        entry.table("answer_yes").wordings(), entry.table("answer_no").wordings(),
        entry.table("wish").wordings(), entry.table("attitude").wordings(), entry.table("negation").wordings(),
        entry.table("negation_idiom").wordings(), entry.table("decline").wordings(),
        entry.table("decline_fronted").wordings(), frozenset(map(fold, entry.table("fronted_tail").words())),
        entry.table("answer_instruction").wordings(), frozenset(map(fold, entry.table("governed_bridge").words())),
        {"interest.network": entry.table("topic_network").wordings(),
         "interest.process_evaluation": entry.table("topic_process_evaluation").wordings()},
        frozenset(map(fold, entry.table("topic_joiner").words())), _clause_split(entry), _choice(entry),
    )


def _clause_split(entry: vocabulary.Entry) -> re.Pattern[str]:
    """Clause openers: a joining word after a comma, ";", a contrast word, and
    a denial with no verb after a comma or a joining word ("…, ikke i
    prosessevaluering", "… og ikkje i følgjeevaluering"), but not a
    negation that denies nothing ("og ikke minst")."""
    after_comma = "|".join(sorted(map(re.escape, entry.table("clause_after_comma").words())))
    contrast = "|".join(sorted(map(re.escape, entry.table("clause_contrast").words())))
    denied = entry.table("clause_denied").wordings().pattern
    idiom = entry.table("negation_idiom").wordings().pattern
    opens_denied = rf"(?=(?:{denied})(?!\w))(?!(?:{idiom})(?!\w))"
    return re.compile(rf",\s*(?:{after_comma})\s+|;\s*|\s+(?:{contrast})\s+"
                      rf"|,\s*{opens_denied}|\s+(?:{after_comma})\s+{opens_denied}")


def denies(clause: str) -> bool:
    """A folded clause holds a negation that denies ("ikke", "verken"), not
    only one of [negation_idiom] ("ikke minst")."""
    words = answer_words()
    return bool(words.negation.search(words.negation_idiom.compiled.sub(" ", clause)))


def _choice(entry: vocabulary.Entry) -> re.Pattern[str]:
    joiners = "|".join(sorted(map(re.escape, entry.table("option_alternative").words())))
    return re.compile(rf"(\w+)\s*(?:/|\s(?:{joiners})\s)\s*(?=(\w+))")


def names_both_options(text: str) -> bool:
    """A printed option list ("Ja Nei", "Ja / Nei") names both answers."""
    options = {option_answer(word) for word in re.split(r"[\s/]+", text)}
    return True in options and False in options


def written_answer(text: str) -> bool | None:
    """Yes or no, when the text gives one answer: "Ja", the ticked option of "☒ Ja ☐ Nei", of "Ja Nei ✓"
    (a lone tick after both closes the last) or "✓ Ja Nei" (opens the first); "Ja Nei" is none, and
    so is "Ja ✓ Nei", whose tick may close the one or open the other (``interest_rows`` asks the
    document's other lines)."""
    boxes = find_glyph_boxes(text)
    if boxes and mark_between_options(text) is not None:
        return None
    if boxes:
        ticked = [box for box in boxes if box.checked]
        if len(boxes) == 1 and ticked and names_both_options(fold(ticked[0].label).strip(" .:")):
            words = re.split(r"[\s/]+", ticked[0].label.strip())
            return option_answer(words[0] if text[ticked[0].end:].strip() else words[-1])
        return written_answer(ticked[0].label) if len(ticked) == 1 and ticked[0].label else None
    folded = fold(text).strip(" .:[]")  # a bracket left over by OCR ("Ja [ ] ] Nei [X]")
    if names_both_options(folded):
        return typed_x_answer(text)
    words = answer_words()
    if words.yes.match(folded):
        return not _wish_denied(folded, words)
    if words.no.match(folded):
        return False
    return None


_X_OPENS = re.compile(r"^\s*[xX] (?P<chosen>\w+)\s+(?P<other>\w+)\s*$")
_X_AFTER_GAP = re.compile(r"^\s*(?P<other>\w+)(?:\t|[ ]{2,})[xX] (?P<chosen>\w+)\s*$")
_X_BEFORE_GAP = re.compile(r"^\s*(?P<chosen>\w+) [xX](?:\t|[ ]{2,})(?P<other>\w+)\s*$")
_X_CLOSES = re.compile(r"^\s*(?P<other>\w+)\s+(?P<chosen>\w+) [xX]\s*$")


def typed_x_answer(text: str) -> bool | None:
    """The option a typed "X" chooses among the two bare options "Ja" and
    "Nei": the one right after it when it opens the line ("X Ja Nei", "X Nei
    Ja"), else the one it hugs across a wide gap from the other ("Ja    X
    Nei" is Nei, "Ja X    Nei" is Ja), or the last when it closes the line
    ("Ja Nei X", as a tick after both). "Ja X Nei", single spaces both
    sides, cannot tell and answers nothing."""
    for pattern in (_X_OPENS, _X_AFTER_GAP, _X_BEFORE_GAP, _X_CLOSES):
        match = pattern.match(text)
        if match is not None:
            chosen, other = option_answer(match["chosen"]), option_answer(match["other"])
            return chosen if {chosen, other} == {True, False} else None
    return None


def _wish_denied(folded: str, words: AnswerWords) -> bool:
    """An answer that opens with a wish word and denies it in the same clause
    ("ønsker ikke", "interessert, men ikkje i år" is still a wish): a no. One
    that opens with "Ja" is a yes whatever follows."""
    clause = re.split(r"[,.;]", folded, maxsplit=1)[0]
    return option_answer(clause.split()[0]) is None and bool(words.negation.search(clause))
