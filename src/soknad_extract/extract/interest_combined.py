"""Interest answers an office's own form gives on a label's line with no
colon or question mark: both questions asked in one row and answered in the
same order ("Nettverk / evaluering   Ja / Nei", the answers on that line or
the next), or one question's short label and its bare answer ("Prosessevaluering
Nei"), or its short label and a pair of yes/no boxes ("Nettverk Ja [ ] Nei
[X]", "Evaluering ☐ Ja ☒ Nei"). Only what the row clearly says: a row that
names one topic twice, or answers two questions with one word, gives nothing
here; a "Ja / Nei" that the form prints as its options elsewhere too is no
answer, and a pair of boxes both ticked or neither answers nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from soknad_extract import vocabulary
from soknad_extract.extract.context import Context, span_evidence
from soknad_extract.extract.interest_answers import answer_words, written_answer
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.layout.questions import option_answer
from soknad_extract.layout.rows import Row
from soknad_extract.norwegian import fold
from soknad_extract.record import Evidence
from soknad_extract.vocabulary import Wordings

_NUMBERING = r"^\s*(?:\d+(?:\.\d+)*[.)]?\s+)?"
_LABEL_WORDS = 5
"""A label is short; a longer line is a sentence, left to the prose reader."""


@dataclass(frozen=True)
class _CombinedWords:
    two_answers: re.Pattern[str]
    """A row's question and two bare answers after it ("…evaluering Ja / Ja");
    a form's text may run the answer into the label ("prosessevalueringNei")."""
    answers_only: re.Pattern[str]
    answers_at_end: re.Pattern[str]
    one_answer: re.Pattern[str]
    evaluation_beside_network: Wordings
    joiner: re.Pattern[str]
    """Where a row's two questions part: "/", "&", "og"."""


@lru_cache(maxsize=1)
def _words() -> _CombinedWords:
    entry = vocabulary.Entry("answers")
    options = sorted(entry.table("option_yes").both() + entry.table("option_no").both(), key=len, reverse=True)
    option = "|".join(map(re.escape, options))
    pair = rf"(?P<first>{option})\s*[/|;]\s*(?P<second>{option})\.?\s*$"
    joiners = "|".join(map(re.escape, entry.table("question_joiner").both()))
    return _CombinedWords(
        re.compile(rf"{_NUMBERING}(?P<question>.+?)\s*[:?]?\s*{pair}", re.I),
        re.compile(rf"^\s*{pair}", re.I),
        re.compile(rf"(?<!\w){pair}", re.I),
        re.compile(rf"{_NUMBERING}(?P<question>.+?)\s*[:–-]?\s+(?P<answer>{option})\.?\s*$", re.I),
        entry.table("topic_process_evaluation_beside_network").wordings(),
        re.compile(rf"\s*[/&]\s*|\s+(?:{joiners})\s+", re.I),
    )


def combined_answer(ctx: Context, path: str) -> tuple[bool, Evidence] | None:
    """The answer to the question at ``path`` from a row that asks both
    interest questions and answers them in its order."""
    rows = [row for row in ctx.rows if row.filled() and not find_glyph_boxes(row.text)]
    for n, row in enumerate(rows):
        text = row.text
        found = _words().two_answers.match(text)
        question, answers = (found["question"], found) if found else (text, None)
        if answers is None and n + 1 < len(rows):
            answers = _words().answers_only.match(rows[n + 1].text)
        if answers is None:
            continue
        order = _topic_order(question)
        if order is None:
            continue
        chosen = option_answer(answers["first"]), option_answer(answers["second"])
        if chosen == (True, False) and _printed_options(rows, n):
            continue
        return chosen[order.index(path)], span_evidence(row.filled()[0], "label", 0.85, text=text)
    return None


def _topic_order(question: str) -> tuple[str, str] | None:
    """The two topics a question names in its order, when exactly one place
    parts it into a part naming one topic and a part naming the other."""
    topics = answer_words().topics
    network, evaluation = topics["interest.network"], topics["interest.process_evaluation"]
    folded = fold(question).strip(" .:?")
    if len(folded.split()) > 2 * _LABEL_WORDS or _names_an_option(folded):
        return None  # "Nettverk | Ja / Nei | Prosessevaluering | Ja / Nei": each question's options, printed
    found = set()
    for cut in _words().joiner.finditer(folded):
        left, right = folded[:cut.start()], folded[cut.end():]
        for first, second, order in ((left, right, ("interest.network", "interest.process_evaluation")),
                                     (right, left, ("interest.process_evaluation", "interest.network"))):
            if (network.search(first) and not _names_evaluation(first)
                    and _names_evaluation(second) and not network.search(second)):
                found.add(order)
    return found.pop() if len(found) == 1 else None


def _names_an_option(folded: str) -> bool:
    return any(option_answer(word) is not None for word in re.split(r"[\s/&]+", folded))


def _names_evaluation(text: str) -> bool:
    return bool(answer_words().topics["interest.process_evaluation"].search(text)
                or _words().evaluation_beside_network.search(text))


def _printed_options(rows: list[Row], n: int) -> bool:
    """Another row ends in the same "Ja / Nei": the form prints its options so."""
    for i, row in enumerate(rows):
        found = None if i in (n, n + 1) else _words().answers_at_end.search(row.text)
        if found and (option_answer(found["first"]), option_answer(found["second"])) == (True, False):
            return True
    return False


def answer_on_label_line(ctx: Context, topic: Wordings) -> tuple[bool, Evidence] | None:
    """A row that is one question's short label and its bare yes or no
    ("Prosessevaluering   Nei"): no other topic named, no option in the
    label, and not the first of the options stacked under it ("Ja" over
    "Nei")."""
    others = [t for t in answer_words().topics.values() if t is not topic]
    rows = [row for row in ctx.rows if row.filled()]
    for n, row in enumerate(rows):
        has_boxes = bool(find_glyph_boxes(row.text))
        boxed = boxed_pair(row.text) if has_boxes else None
        found = boxed if has_boxes else _words().one_answer.match(row.text)
        if found is None:
            continue
        label = fold(found["question"])
        if (len(label.split()) > _LABEL_WORDS or not topic.search(label) or any(t.search(label) for t in others)
                or any(option_answer(word) is not None for word in re.split(r"[\s/]+", label))):
            continue
        answer = written_answer(found["answer"]) if boxed else option_answer(found["answer"])
        if answer is None or not boxed and n + 1 < len(rows) and option_answer(rows[n + 1].text) is (not answer):
            continue
        return answer, span_evidence(row.filled()[0], "label", 0.85, text=row.text)
    return None


def boxed_pair(text: str) -> dict[str, str] | None:
    """The label and the boxes of a row that closes with exactly two boxes,
    one beside "Ja" and one beside "Nei" ("Nettverk Ja [ ] Nei [X]",
    "Nettverk ☐ Ja ☒ Nei"): the label is the text before the first option
    or box, the answer the boxes (``written_answer`` reads the tick)."""
    boxes = find_glyph_boxes(text)
    if len(boxes) != 2:
        return None
    options = [m.start() for m in re.finditer(r"\S+", text) if option_answer(m.group().strip(":.")) is not None]
    start = min([boxes[0].start, *options[:1]])
    answers = {option_answer(word) for word in re.split(r"[^\w]+", text[start:]) if word} - {None}
    if start == 0 or answers != {True, False}:
        return None
    return {"question": text[:start], "answer": text[start:]}
