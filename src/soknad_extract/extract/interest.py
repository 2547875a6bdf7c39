"""The interest questions: network/cluster collaboration and an external
process evaluation.

A form asks them with yes/no boxes, a "Ja"/"Nei" column, a label and a
written answer, or the office states a wish in its prose; each is read in
that order, best first, and ``None`` stays when the document does not answer.
"""

from __future__ import annotations

import re

from soknad_extract.extract.circled_options import unringed_option
from soknad_extract.extract.context import Context, Draft, field_evidence, span_evidence
from soknad_extract.extract.interest_answers import answer_words, denies, names_both_options, written_answer
from soknad_extract.extract.interest_clauses import asks_another, declines_fronted, elliptic, governs
from soknad_extract.extract.interest_combined import answer_on_label_line, boxed_pair, combined_answer
from soknad_extract.extract.interest_lines import answer_after_question
from soknad_extract.extract.interest_mark_column import unmarked_in_mark_column
from soknad_extract.extract.interest_placed import placed_answer, question_over_page_break
from soknad_extract.extract.interest_stacked import stacked_answer
from soknad_extract.extract.interest_rows import (
    answer_beside_wrapped_question, answer_by_habit, has_yes_no_boxes, interest_from_rows, question_answered_beside,
)
from soknad_extract.extract.pair_text import Pair
from soknad_extract.extract.prose_sentences import prose_sentences
from soknad_extract.layout import FormField
from soknad_extract.layout.rows import Span
from soknad_extract.layout.questions import option_answer, same_row
from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Wordings


def _opt_in_boxes(ctx: Context, topic: Wordings, others: list[Wordings]) -> tuple[bool, FormField] | None:
    """Boxes whose own label is an option naming the topic ("Ja, vi ønsker
    nettverk/klyngesamarbeid", perhaps beside "Nei, vi ønsker ikke …"): the
    ticked one's option answers; with none ticked, a form that offers only
    the yes box asks to tick for yes, so its empty box is a no, while an
    empty pair of yes and no boxes (or a yes box with a bare "Nei" box
    beside it) leaves the question unanswered. The "Ja"
    printed in the label is the option, never an answer of its own."""
    boxes = ctx.checkboxes()
    own = [box for box in boxes if box.kind == "checkbox" and _opens_with_option(box.label)
           and topic.search(fold(box.label or "")) and not any(o.search(fold(box.label or "")) for o in others)]
    ticked = [box for box in own if box.checked]
    if len({_option_of(box) for box in ticked}) == 1:
        return _option_of(ticked[0]), ticked[0]
    if own and not ticked and all(_option_of(box) is True and _alone_on_its_line(box, boxes) for box in own):
        return False, own[0]
    return None


def _option_of(box: FormField) -> bool | None:
    return option_answer((box.label or "").split(maxsplit=1)[0].strip(",.:;"))


def _interest_from_boxes(ctx: Context, topic: Wordings, others: list[Wordings]) -> tuple[bool, FormField] | None:
    """Form boxes by their question. A Word box has no position to tie it to
    its paragraph, and a Word reader's question may be the paragraph above;
    when the text shows rows of yes/no boxes they decide, but for an empty lone yes box.
    A box whose own label names another question is that question's, whatever
    question stands above it."""
    negation = answer_words().negation
    rows_read = any(has_yes_no_boxes(row) for row in ctx.rows)
    boxes = ctx.checkboxes()
    for box in boxes:
        if rows_read and box.bbox is None and option_answer(box.label) is not None and not _lone_yes_box(box, boxes):
            continue
        if not topic.search(fold(box.label or "")) and any(o.search(fold(box.label or "")) for o in others):
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


def _labels_a_box(ctx: Context, text: str) -> bool:
    """``text`` is a box's own label that says more than the bare option
    ("Nei, vi ønsker ikke å delta i nettverk" under the yes box's label): the
    option printed beside the box, not a written answer; the box's tick
    answers. A bare "Ja" is left to the readings of options beside boxes."""
    folded = fold(text).strip()
    return len(folded.split()) > 1 and any(fold(box.label or "").strip() == folded for box in ctx.checkboxes())


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


def _printed_option(ctx: Context, topic: Wordings, answer: bool) -> bool:
    """A written "Ja" or "Nei" that is the option printed beside an empty box
    of the question: where the boxes ask and none has its tick read (a scan
    may lose the other option and the ticked box with it), the option beside
    the empty box is no answer, and the question stays unanswered. Only placed
    boxes (a page's, with a position): a Word list's box is read from its
    glyph, and its settled reading decides (``_settled_option_list``)."""
    return any(box.bbox is not None and not box.checked and option_answer(box.label) is answer
               and topic.search(fold(box.group or ctx.question_for(box) or "")) for box in ctx.checkboxes())


def _is_option_list(ctx: Context, pair: Pair) -> bool:
    """A label pair whose value is the first of the printed options ("Ja"
    beside "Nei" in the next cell, on the label's row or on the row under
    it, or "Nei" alone on the row below): the options, not an answer. A row
    may hold two label/value pairs ("Nettverk | Ja | Prosessevaluering |
    Nei"): only the options between the pair's label and the next label
    are its own."""
    option = option_answer(pair.value.text)
    if pair.row is None or option is None:
        return False
    rows = ctx.rows
    at = next((i for i in range(pair.row, min(pair.row + 2, len(rows)))
               if any(c is pair.value for c in rows[i].cells)), None)
    own = _pair_slot(ctx, rows[pair.row].filled(), pair.value) if at == pair.row else rows[pair.row].cells
    if sum(option_answer(c.text) is not None for c in own) >= 2:
        return True
    if at is not None and at != pair.row and {option_answer(c.text) for c in rows[at].cells} >= {True, False}:
        return True  # "Ja | Nei" printed on the value's row; "Ja | Ja" there answers two questions
    if at is None or at + 1 >= len(rows):
        return False
    return [option_answer(c.text) for c in rows[at + 1].filled()] == [not option]


def _pair_slot(ctx: Context, cells: list[Span], value: Span) -> list[Span]:
    """The cells of a row that belong to the pair whose value is ``value``:
    from the label before it to the cell before the next label (a grid packing
    two pairs a row gives each its own half)."""
    at = next((i for i, c in enumerate(cells) if c is value), None)
    if at is None:
        return cells
    start = next((i + 1 for i in range(at - 1, -1, -1) if ctx.classify(cells[i].text)), 0)
    end = next((i for i in range(at + 1, len(cells)) if ctx.classify(cells[i].text)), len(cells))
    return cells[start:end]


def extract_interest(ctx: Context, draft: Draft) -> None:
    """Each interest question from, best first: a row of yes/no boxes or a
    "Ja"/"Nei" column beside the question, a pair of boxes by the options
    printed beside or over them, a form box, one row asking and
    answering both questions in order, a written answer beside its label, a yes/no beside a question's first line when it wraps
    (before the text's lines, where that line runs on from the question
    above as its answer) or written after the question or its short label,
    a wish stated in the prose. A label whose own line closes with a
    yes/no box pair ("Klyngesamarbeid Ja [X] Nei [ ]") is answered by its
    boxes, never by the line under it."""
    for path, topic in answer_words().topics.items():
        from_row = interest_from_rows(ctx, topic)
        if from_row:
            draft.set(path, from_row[0], from_row[1])
            continue
        others = [t for p, t in answer_words().topics.items() if p != path]
        from_box = placed_answer(ctx, topic, others) or stacked_answer(ctx, topic, others) \
            or _opt_in_boxes(ctx, topic, others) \
            or _interest_from_boxes(ctx, topic, others)
        if from_box:
            draft.set(path, from_box[0], field_evidence(from_box[1]))
            continue
        combined = combined_answer(ctx, path) or unmarked_in_mark_column(ctx, topic, others)
        if combined:
            draft.set(path, combined[0], combined[1])
            continue
        key = path.split(".")[1]
        if any(unringed_option(ctx, pair.value, option_answer) for pair in ctx.values(key)):
            continue  # the printed options, one read alone on a scan where they are circled: the ring decides
        for pair in ctx.values(key):
            answer = written_answer(pair.value.text)
            answer = answer_by_habit(ctx.rows, pair.value.text) if answer is None else answer
            if (answer is not None and not _is_option_list(ctx, pair) and not asks_another(pair.label, topic, others)
                    and boxed_pair(pair.label) is None
                    and not question_answered_beside(ctx, pair.value) and not _labels_a_box(ctx, pair.value.text)):
                if not _printed_option(ctx, topic, answer):
                    draft.set(path, answer, span_evidence(pair.value, pair.method, 0.9))
                break
        else:
            after = (answer_beside_wrapped_question(ctx, topic) or answer_after_question(ctx, topic)
                     or answer_on_label_line(ctx, topic))
            if after and not _printed_option(ctx, topic, after[0]):
                draft.set(path, after[0], after[1])
            elif not after:
                _interest_from_prose(ctx, draft, path, topic)
        settled = _settled_option_list(ctx, topic)
        if settled is not None and draft.get(path) is (not settled[0]):
            draft.set(path, settled[0], field_evidence(settled[1]))


def _interest_from_prose(ctx: Context, draft: Draft, path: str, topic: Wordings) -> None:
    """A stated wish ("Vi ønskjer å delta i nettverk"), read clause by
    clause so "ønskjer å delta i nettverk, og ønskjer ikkje prosessevaluering"
    answers both; a form's question ("Interessert i nettverk?") is no answer;
    no sentence runs through a table (``prose_sentences``). A letter may
    decline without a wish word ("Vi har ikke behov for ekstern
    prosessevaluering", "Vi avstår frå følgjeevaluering"): a clause whose
    declining phrase of ``answers.toml`` [decline] governs the topic is a no,
    with or without a negation word; an attitude of [attitude] ("positive
    til", "opne for") answers only where it governs the topic. The wish must
    stand in the topic's own clause: "Vi ønsker å delta i nettverk, og
    prosessevaluering tar vi stilling til senere" answers only the network,
    but a clause with no verb of its own takes the sentence's wish or
    decline (", men ikke i prosessevaluering" is a no; "ønskjer ikkje å
    vere med i nettverk, og heller ikkje i prosessevaluering" declines
    both; "ønsker å delta i nettverk, ikke i prosessevaluering" parts at
    the bare denial, ``answers.toml`` [clause_denied]) and answers with its
    own negation, if any ("ikke minst" denies nothing).
    A sentence whose wish or decline governs the topic ("ønsker å delta i
    nettverk") outweighs one that only mentions it beside a wish word ("Vi
    ønsker at flere får arbeid gjennom nettverket"); the first of the
    strongest answers."""
    words = answer_words()
    others = tuple(t for t in words.topics.values() if t is not topic)
    best: tuple[int, bool, int, int] | None = None
    for start, end, body in prose_sentences(ctx):
        if body.rstrip().endswith("?") or ctx.checkboxes() and re.search(r"\[|☐|☒", body):
            continue
        if not topic.search(body) or names_both_options(body):
            continue
        clause = next(c for c in words.clause_split.split(body) if topic.search(c))
        declined = governs(words.decline, clause, topic, words.bridge, others, words.joiner) \
            or declines_fronted(words.decline_fronted, clause, topic, words.bridge, words.fronted_tail)
        governed = declined or any(governs(verbs, clause, topic, words.bridge, others, words.joiner)
                                   for verbs in (words.wish, words.attitude))
        if not (governed or words.wish.search(clause) or elliptic(clause, topic, words.bridge, words.negation)
                and (words.wish.search(body) or words.decline.search(body)
                     or any(governs(words.attitude, body, other, words.bridge) for other in others))):
            continue
        strength = 2 if governed else 1
        if best is None or strength > best[0]:
            best = strength, not (declined or denies(clause)), start, end
    if best is not None:
        draft.set(path, best[1], ctx.evidence_at(best[2], best[3], "nlp", 0.7))
