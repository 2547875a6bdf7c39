"""The interest questions: network/cluster collaboration and an external
process evaluation.

A form asks them with yes/no boxes, a "Ja"/"Nei" column, a label and a
written answer, or the office states a wish in its prose; each is read in
that order, best first, and ``None`` stays when the document does not answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from soknad_extract import vocabulary
from soknad_extract.extract.context import Context, Draft, field_evidence, span_evidence
from soknad_extract.extract.interest_clauses import asks_another, elliptic, governs
from soknad_extract.extract.interest_placed import placed_answer, question_over_page_break
from soknad_extract.extract.interest_rows import (
    answer_beside_wrapped_question, has_yes_no_boxes, interest_from_rows, mark_between_options,
    question_answered_beside,
)
from soknad_extract.extract.pair_text import Pair
from soknad_extract.extract.prose_sentences import prose_sentences
from soknad_extract.layout import FormField
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.layout.questions import option_answer, same_row
from soknad_extract.norwegian import fold
from soknad_extract.record import Evidence
from soknad_extract.vocabulary import Wordings


@dataclass(frozen=True)
class _AnswerWords:
    """The wordings of ``schemas/vocabulary/answers.toml``, compiled once."""

    yes: Wordings
    no: Wordings
    wish: Wordings
    attitude: Wordings
    """A wish only where it governs the topic ("positive til", "opne for")."""
    negation: Wordings
    decline: Wordings
    instruction: Wordings
    """A line telling how to answer ("Ja: sett kryss i ruten"), never an answer."""
    bridge: frozenset[str]
    """The small words between a wish or decline and the topic it governs."""
    topics: dict[str, Wordings]
    clause_split: re.Pattern[str]
    """Where a sentence's clauses part (", og", ", men", ";", " men ")."""
    choice: re.Pattern[str]
    """Two words joined as alternatives ("ja/nei", "ja eller nei")."""


@lru_cache(maxsize=1)
def _words_of_answers() -> _AnswerWords:
    entry = vocabulary.Entry("answers")
    return _AnswerWords(
        entry.table("answer_yes").wordings(), entry.table("answer_no").wordings(),
        entry.table("wish").wordings(), entry.table("attitude").wordings(), entry.table("negation").wordings(), entry.table("decline").wordings(),
        entry.table("answer_instruction").wordings(), frozenset(map(fold, entry.table("governed_bridge").words())),
        {"interest.network": entry.table("topic_network").wordings(),
         "interest.process_evaluation": entry.table("topic_process_evaluation").wordings()},
        _clause_split(entry), _choice(entry),
    )


def _clause_split(entry: vocabulary.Entry) -> re.Pattern[str]:
    after_comma = "|".join(sorted(map(re.escape, entry.table("clause_after_comma").words())))
    contrast = "|".join(sorted(map(re.escape, entry.table("clause_contrast").words())))
    return re.compile(rf",\s*(?:{after_comma})\s+|;\s*|\s+(?:{contrast})\s+")


def _choice(entry: vocabulary.Entry) -> re.Pattern[str]:
    joiners = "|".join(sorted(map(re.escape, entry.table("option_alternative").words())))
    return re.compile(rf"(\w+)\s*(?:/|\s(?:{joiners})\s)\s*(?=(\w+))")


def _names_both_options(text: str) -> bool:
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
        if len(boxes) == 1 and ticked and _names_both_options(fold(ticked[0].label).strip(" .:")):
            words = re.split(r"[\s/]+", ticked[0].label.strip())
            return option_answer(words[0] if text[ticked[0].end:].strip() else words[-1])
        return written_answer(ticked[0].label) if len(ticked) == 1 and ticked[0].label else None
    folded = fold(text).strip(" .:[]")  # a bracket left over by OCR ("Ja [ ] ] Nei [X]")
    if _names_both_options(folded):
        return None
    words = _words_of_answers()
    if words.yes.match(folded):
        return not _wish_denied(folded, words)
    if words.no.match(folded):
        return False
    return None


def _wish_denied(folded: str, words: _AnswerWords) -> bool:
    """An answer that opens with a wish word and denies it in the same clause
    ("ønsker ikke", "interessert, men ikkje i år" is still a wish): a no. One
    that opens with "Ja" is a yes whatever follows."""
    clause = re.split(r"[,.;]", folded, maxsplit=1)[0]
    return option_answer(clause.split()[0]) is None and bool(words.negation.search(clause))


def _interest_from_boxes(ctx: Context, topic: Wordings) -> tuple[bool, FormField] | None:
    """Form boxes by their question. A Word box has no position to tie it to
    its paragraph, and a Word reader's question may be the paragraph above;
    when the text shows rows of yes/no boxes they decide, but for an empty lone yes box."""
    negation = _words_of_answers().negation
    rows_read = any(has_yes_no_boxes(row) for row in ctx.rows)
    boxes = ctx.checkboxes()
    for box in boxes:
        if rows_read and box.bbox is None and option_answer(box.label) is not None and not _lone_yes_box(box, boxes):
            continue
        label = fold(box.label or "")
        group = fold(box.group or ctx.question_for(box) or question_over_page_break(ctx, box) or "")
        if topic.search(group) and box.checked:
            answer = written_answer(box.label or box.value or "")
            if answer is not None:
                return answer, box
        if topic.search(group) and _lone_yes_box(box, boxes):
            return False, box
        if topic.search(label) and not _opens_with_option(box.label) and _alone_on_its_line(box, boxes):
            if box.kind == "radio" and box.value:
                answer = written_answer(box.value)
                if answer is not None:
                    return answer, box
            return bool(box.checked) and not negation.search(label), box
    return None


def _settled_option_list(ctx: Context, topic: Wordings) -> tuple[bool, FormField] | None:
    """The one chosen option of a Word yes/no list under the topic's question
    that marks every option, a tick for the chosen and a cross for the other
    ("✘ Ja" / "✔ Nei"). Read alone, the paragraph "✘ Ja" is a tick; the
    reader has settled its box as passed over (``readers.docx.marks``), and
    where a reading of the text says otherwise, the settled boxes decide."""
    group = [box for box in ctx.checkboxes() if box.bbox is None and topic.search(fold(box.group or ""))
             and option_answer(box.label) is not None]
    chosen = [box for box in group if box.checked]
    if len(chosen) != 1 or {option_answer(box.label) for box in group} != {True, False}:
        return None
    return option_answer(chosen[0].label), chosen[0]


def _opens_with_option(label: str | None) -> bool:
    """A box label that opens with "Ja" or "Nei" ("Ja, vi vil delta i
    nettverk") is one of the options; a box labelled with the question
    itself ("Interessert i ekstern prosessevaluering (kryss av for ja)",
    "Ønsker å delta i nettverk") is answered by its tick."""
    first = (label or "").split(maxsplit=1)[:1]
    return bool(first) and option_answer(first[0]) is not None


def _lone_yes_box(box: FormField, boxes: list[FormField]) -> bool:
    """A "Ja" box left empty with no "Nei" beside it: a form that asks to tick for yes,
    so leaving it empty says no (and the printed "Ja" beside it is the
    option, not a written answer)."""
    if box.checked or option_answer(box.label) is not True:
        return False
    return not any(other is not box and other.page == box.page and other.group == box.group
                   for other in boxes)


def _alone_on_its_line(box: FormField, boxes: list[FormField]) -> bool:
    """No other box beside it: on a line of boxes ("Interessert i nettverk
    ☐ Ja ☒ Nei") the first box's label may be the question while the box
    is an option, so the line's options decide, not that box's tick."""
    if box.bbox is None:
        return True
    return not any(other is not box and other.page == box.page and other.bbox and same_row(box.bbox, other.bbox)
                   for other in boxes)


def _is_option_list(ctx: Context, pair: Pair) -> bool:
    """A label pair whose value is the first of the printed options ("Ja"
    beside "Nei" in the next cell, on the label's row or on the row under
    it, or "Nei" alone on the row below): the options, not an answer."""
    option = option_answer(pair.value.text)
    if pair.row is None or option is None:
        return False
    rows = ctx.rows
    at = next((i for i in range(pair.row, min(pair.row + 2, len(rows)))
               if any(c is pair.value for c in rows[i].cells)), None)
    if sum(option_answer(c.text) is not None for c in rows[pair.row].cells) >= 2:
        return True
    if at is not None and at != pair.row and {option_answer(c.text) for c in rows[at].cells} >= {True, False}:
        return True  # "Ja | Nei" printed on the value's row; "Ja | Ja" there answers two questions
    if at is None or at + 1 >= len(rows):
        return False
    return [option_answer(c.text) for c in rows[at + 1].filled()] == [not option]


def extract_interest(ctx: Context, draft: Draft) -> None:
    """Each interest question from, best first: a row of yes/no boxes or a
    "Ja"/"Nei" column beside the question, a pair of boxes by the options
    printed beside or over them, a form box, a written answer
    beside its label, a yes/no beside a question's first line when it wraps
    (before the text's lines, where that line runs on from the question
    above as its answer) or written after the question, a wish stated in the prose."""
    for path, topic in _words_of_answers().topics.items():
        from_row = interest_from_rows(ctx, topic)
        if from_row:
            draft.set(path, from_row[0], from_row[1])
            continue
        others = [t for p, t in _words_of_answers().topics.items() if p != path]
        from_box = placed_answer(ctx, topic, others) or _interest_from_boxes(ctx, topic)
        if from_box:
            draft.set(path, from_box[0], field_evidence(from_box[1]))
            continue
        key = path.split(".")[1]
        for pair in ctx.values(key):
            answer = written_answer(pair.value.text)
            if (answer is not None and not _is_option_list(ctx, pair) and not asks_another(pair.label, topic, others)
                    and not question_answered_beside(ctx, pair.value)):
                draft.set(path, answer, span_evidence(pair.value, pair.method, 0.9))
                break
        else:
            after = answer_beside_wrapped_question(ctx, topic) or _answer_after_question(ctx, topic)
            if after:
                draft.set(path, after[0], after[1])
            else:
                _interest_from_prose(ctx, draft, path, topic)
        settled = _settled_option_list(ctx, topic)
        if settled is not None and draft.get(path) is (not settled[0]):
            draft.set(path, settled[0], field_evidence(settled[1]))


_QUESTION_ANSWER = re.compile(r"(?P<question>[^?:.!;\n]+)[?:][ \t]*(?P<answer>[^?:.!;\n]*)(?P<stop>[?:]?)")
"""A question or label that ends in "?" or ":", and the words after it up to
the end of their sentence: "Nettverk: ja. Prosessevaluering: nei." holds two."""


def _lines(text: str) -> list[tuple[int, str]]:
    """Each line of ``text`` with its offset."""
    found, offset = [], 0
    for line in text.split("\n"):
        found.append((offset, line))
        offset += len(line) + 1
    return found


def _answer_after_question(ctx: Context, topic: Wordings) -> tuple[bool, Evidence] | None:
    """A short answer the office wrote after the question's "?" or ":", on
    the question's own line ("…klyngesamarbeid? Nei.", "Prosessevaluering:
    nei") or, when the line ends with the question, opening the next line
    ("Nei, ikkje i år"). Only yes/no words answer; anything else is prose and
    left to the prose reader. A table cell's text runs its lines together,
    so the lines of a cell that asks several questions, each answered on its
    own line ("…klyngesamarbeid? Ja" over "…prosessevaluering? Ja"), are
    read one by one as well."""
    lines = _lines(ctx.text)
    for n, (offset, line) in enumerate(lines):
        found = _line_answer(lines, n, topic)
        if found is not None:
            return found[0], ctx.evidence_at(offset + found[1], offset + found[2], "label", 0.85)
    for cell in (cell for row in ctx.rows for cell in row.filled() if len(cell.lines) > 1):
        cell_lines = [(0, line) for line in cell.lines]
        found = next((f for n in range(len(cell_lines)) if (f := _line_answer(cell_lines, n, topic))), None)
        if found is not None:
            return found[0], span_evidence(cell, "label", 0.85, text=cell.lines[found[3]])
    return _answer_after_dash(ctx, lines, topic)


def _line_answer(lines: list[tuple[int, str]], n: int, topic: Wordings) -> tuple[bool, int, int, int] | None:
    """The yes or no line ``n`` answers a question about ``topic`` with, where
    the question starts and the answer ends in the line, and the line's index."""
    line = lines[n][1]
    if "?" not in line and ":" not in line:
        return None  # nothing asks here, and the pattern is slow to find that out on a long line
    for m in _QUESTION_ANSWER.finditer(line):
        if not topic.search(fold(m["question"])) or m["stop"]:
            continue
        answer = m["answer"].strip()
        if answer and _instruction(answer):
            continue  # the form's instruction run on after the question ("? Ja – beskriv kort …")
        if answer:
            chosen = written_answer(answer)
            end = m.end("answer")
        elif not line[m.end():].strip():
            chosen, end = _answer_on_next_line(lines, n + 1), len(line)
        else:
            continue
        if chosen is not None:
            return chosen, m.start("question"), end, n
    return None


_DASH_ANSWER = re.compile(r"(?P<question>.*\S)\s+[-–]\s+(?P<answer>\w+)\.?\s*$")
"""A question and its one-word answer set apart by a dash at the line's end
("Interesse for nettverk/klyngesamarbeid – Ja"), as a list of answers is
typed, or as OCR reads a dot leader or a speck before the answer."""


def _answer_after_dash(ctx: Context, lines: list[tuple[int, str]], topic: Wordings) -> tuple[bool, Evidence] | None:
    """The yes or no that closes a line asking about ``topic`` after a
    dash; only a bare "Ja"/"Nei" (or their forms) answers."""
    for offset, line in lines:
        m = _DASH_ANSWER.match(line) if ("-" in line or "–" in line) else None
        if m and topic.search(fold(m["question"])):
            chosen = option_answer(m["answer"])
            if chosen is not None:
                return chosen, ctx.evidence_at(offset, offset + m.end("answer"), "label", 0.8)
    return None


def _answer_on_next_line(lines: list[tuple[int, str]], n: int) -> bool | None:
    """The answer that opens line ``n``: never a line that asks, nor the
    first of the printed options stacked one per line ("Ja" / "Nei", neither
    chosen). A line that names an interest topic answers only when it opens
    with "Ja" or "Nei" ("Ja, vi vil delta i nettverket"); else it is the next
    question ("Ønsker kontoret ekstern prosessevaluering"). Nor is a printed
    instruction that defines the options or tells how to answer ("Ja: sett
    kryss i ruten. Nei: la ruten stå tom.", "Ja – beskriv kort"): where the
    form has boxes for the answer, they decide."""
    if n >= len(lines):
        return None
    text = lines[n][1].strip()
    if not text or text.endswith("?") or _instruction(text):
        return None
    first_clause = re.split(r"[,.;]|\s[–-]\s", text, maxsplit=1)[0].strip()
    opens_with_option = option_answer(first_clause.split()[0]) is not None if first_clause else False
    if not opens_with_option and any(t.search(fold(text)) for t in _words_of_answers().topics.values()):
        return None
    following = lines[n + 1][1].strip(" .") if n + 1 < len(lines) else ""
    if option_answer(text.strip(" .")) is not None and option_answer(following) is not None:
        return None
    return written_answer(first_clause)


def _instruction(text: str) -> bool:
    """A line that tells how to answer, never an answer: it opens with the
    wording of an instruction ("Sett kryss …", "Beskriv kort …";
    ``answers.toml`` [answer_instruction]), sets an option off as a term being
    defined ("Ja: …", or "Ja – beskriv kort …" with a dash before the
    instruction's wording), or defines or offers both options ("Svar Ja: …
    Nei: …", "Ja/Nei", "ja eller nei"). An answer that goes on to point to a
    description or to mention the other option ("Ja, se beskrivelse i punkt
    4", "Ja, men nei til prosessevaluering") is no instruction: forms and
    letters answer so."""
    folded = fold(text).strip()
    words = _words_of_answers()
    if words.instruction.match(folded):
        return True
    first = re.match(r"(\w+)\s*(?::|[–-]\s)\s*", folded)
    if first and option_answer(first[1]) is not None:
        return ":" in first[0] or bool(words.instruction.match(folded[first.end():]))
    defined = {option_answer(m[1]) for m in re.finditer(r"(\w+)\s*:", folded)}
    return {True, False} <= defined or any(
        {option_answer(m[1]), option_answer(m[2])} == {True, False} for m in words.choice.finditer(folded))


def _interest_from_prose(ctx: Context, draft: Draft, path: str, topic: Wordings) -> None:
    """A stated wish ("Vi ønskjer å delta i nettverk"), read clause by
    clause so "ønskjer å delta i nettverk, og ønskjer ikkje prosessevaluering"
    answers both; a form's question ("Interessert i nettverk?") is no answer;
    no sentence runs through a table (``prose_sentences``). A letter may
    decline without a wish word ("Vi har ikke behov for ekstern
    prosessevaluering"): a clause whose declining phrase of ``answers.toml``
    [decline] governs the topic is a no; an attitude of [attitude] ("positive
    til", "opne for") answers only where it governs the topic. The wish must
    stand in the topic's own clause: "Vi ønsker å delta i nettverk, og
    prosessevaluering tar vi stilling til senere" answers only the network,
    but a clause with no verb of its own takes the sentence's wish (", men
    ikke i prosessevaluering" is a no).
    A sentence whose wish or decline governs the topic ("ønsker å delta i
    nettverk") outweighs one that only mentions it beside a wish word ("Vi
    ønsker at flere får arbeid gjennom nettverket"); the first of the
    strongest answers."""
    words = _words_of_answers()
    best: tuple[int, bool, int, int] | None = None
    for start, end, body in prose_sentences(ctx):
        if body.rstrip().endswith("?") or ctx.checkboxes() and re.search(r"\[|☐|☒", body):
            continue
        if not topic.search(body) or _names_both_options(body):
            continue
        clause = next(c for c in words.clause_split.split(body) if topic.search(c))
        governed = any(governs(verbs, clause, topic, words.bridge) for verbs in (words.decline, words.wish, words.attitude))
        if not (governed or words.wish.search(clause)
                or elliptic(clause, topic, words.bridge, words.negation) and words.wish.search(body)):
            continue
        strength = 2 if governed else 1
        if best is None or strength > best[0]:
            best = strength, not words.negation.search(clause), start, end
    if best is not None:
        draft.set(path, best[1], ctx.evidence_at(best[2], best[3], "nlp", 0.7))
