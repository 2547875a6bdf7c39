"""Priority areas, interest questions and the announcement's exclusions.

Where a form has check boxes for the priority areas, only ticked boxes count
(an unticked box is not evidence); otherwise the prose decides, through the
scheme's phrases in Bokmål and Nynorsk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from soknad_extract import vocabulary
from soknad_extract.extract.context import Context, Draft, field_evidence, span_evidence
from soknad_extract.extract.pairs import Pair
from soknad_extract.layout import FormField
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.layout.questions import answer_options, line_question, option_answer, same_row
from soknad_extract.layout.rows import Row, Span
from soknad_extract.nlp import PhraseHit, phrase_set
from soknad_extract.norwegian import fold
from soknad_extract.record import Evidence
from soknad_extract.schemes import Scheme
from soknad_extract.vocabulary import Wordings


def _area_phrases(scheme: Scheme):
    return phrase_set(tuple((a.id, tuple(a.phrases + [a.label_nb, a.label_nn])) for a in scheme.priority_areas))


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-zæøå]{4,}", fold(text))}


def _box_area(box: FormField, scheme: Scheme) -> str | None:
    """The priority area a check box stands for, by its label: the scheme's
    phrases, or most of the words of the area's printed name."""
    label = " ".join(t for t in (box.label, box.value if box.kind == "radio" else None) if t)
    if not label:
        return None
    hits = _area_phrases(scheme).find(label)
    if hits:
        return hits[0].key
    words = _words(label)
    for area in scheme.priority_areas:
        for name in (area.label_nb, area.label_nn):
            expected = _words(name)
            if expected and len(words & expected) / len(expected) >= 0.6:
                return area.id
    return None


def _from_boxes(ctx: Context, draft: Draft) -> bool:
    boxes = [(b, _box_area(b, ctx.scheme)) for b in ctx.checkboxes()]
    area_boxes = [(b, a) for b, a in boxes if a]
    if not area_boxes:
        return False
    ticked: dict[str, FormField] = {}
    for box, area in area_boxes:
        if box.checked and area not in ticked:
            ticked[area] = box
    _set_areas(draft, {a: field_evidence(b) for a, b in ticked.items()})
    return True


def _set_areas(draft: Draft, found: dict[str, Evidence]) -> None:
    """Ids sorted, as the contract's stored records compare them."""
    ids = sorted(found)
    draft.values["priority_areas"] = ids
    for i, area in enumerate(ids):
        draft.evidence[f"priority_areas[{i}]"] = found[area]


def _cell_area(text: str, scheme: Scheme) -> str | None:
    """The area a cell prints, when the cell is the area's name and little
    else ("Bruk av ordinært arbeidsliv", "☐ Sikring av sårbare overganger")."""
    words = _words(text)
    for area in scheme.priority_areas:
        for name in (area.label_nb, area.label_nn):
            expected = _words(name)
            if expected and len(words & expected) / len(expected) >= 0.6 and len(words - expected) <= 2:
                return area.id
    return None


@dataclass
class _OptionList:
    """The form's printed list of the areas: the question, not an answer."""

    rows: dict[int, str]
    """Row index → the area that row prints."""
    marked: dict[str, Evidence]
    """Areas chosen by a mark in another cell of their row ("X", "✓", "Ja")."""


def _option_list(ctx: Context) -> _OptionList | None:
    """At least two rows that each print one area's name, close together."""
    rows: dict[int, str] = {}
    for i, row in enumerate(ctx.rows):
        areas = [_cell_area(c.text, ctx.scheme) for c in row.filled()]
        named = [a for a in areas if a]
        if len(named) == 1 and (not rows or i - max(rows) <= 3):
            rows[i] = named[0]
        elif len(named) == 1:
            rows = {i: named[0]} if len(rows) < 2 else rows
    if len(set(rows.values())) < 2:
        return None
    marked: dict[str, Evidence] = {}
    for i, area in rows.items():
        for cell in ctx.rows[i].filled():
            if _cell_area(cell.text, ctx.scheme) is None and _answer(cell.text) is True:
                marked.setdefault(area, span_evidence(cell, "checkbox", text=ctx.rows[i].text))
    return _OptionList(rows, marked)


_BLOCK = re.compile(r"[^\n]+(?:\n(?=[a-zæøå(])[^\n]+)*")
"""A paragraph, its wrapped lines (those that go on in lower case) joined."""
_LIST_SHARE = 0.8
"""Share of a paragraph's words that are words of the areas' names when it
is the announcement's list of them rather than a sentence about them."""


def _blank_printed_lists(text: str, scheme: Scheme) -> str:
    """``text`` with every paragraph blanked that prints all the areas
    ("Prioriterte områder: Bruk av ordinært arbeidsliv. Oppfølging av …"),
    as the directorate's form repeats the announcement."""
    names = [[_words(n) for n in (a.label_nb, a.label_nn)] for a in scheme.priority_areas]
    vocabulary_of_names = set().union(*(w for pair in names for w in pair)) if names else set()
    chars = list(text)
    for block in _BLOCK.finditer(text):
        words = _words(block.group(0))
        named = sum(any(n and n <= words for n in pair) for pair in names)
        if names and named >= min(len(names), 3) and len(words & vocabulary_of_names) >= _LIST_SHARE * len(words):
            for i in range(*block.span()):
                if chars[i] != "\n":
                    chars[i] = " "
    return "".join(chars)


def _from_prose(ctx: Context, draft: Draft, skip_rows: set[int]) -> None:
    """The scheme's phrases in the applicant's own text: never in the
    announcement or help text a form reproduces, nor in its list of areas.
    An area named by its label is a statement and outweighs topical phrases
    elsewhere (the statement's own cell or line may name more areas in the
    applicant's words: "Oppfølging av innvandrere, og bruk av ordinært
    arbeidsliv"); without one, topical phrases count in the description only."""
    own = _blank_printed_lists(ctx.without_rows(ctx.applicant_text, skip_rows), ctx.scheme)
    explicit = _first_hits(_label_phrases(ctx.scheme).find(own))
    if explicit:
        stated = {id(ctx.index.span_at(h.start)) for h in explicit.values()}
        for hit in _area_phrases(ctx.scheme).find(own):
            if id(ctx.index.span_at(hit.start)) in stated:
                explicit.setdefault(hit.key, hit)
        _set_areas(draft, {a: ctx.hit_evidence(h) for a, h in explicit.items()})
        return
    prose = ctx.description_prose(own, draft.get("project.title"))
    topical = _first_hits(_area_phrases(ctx.scheme).find(prose))
    _set_areas(draft, {a: ctx.hit_evidence(h) for a, h in topical.items()})


def _label_phrases(scheme: Scheme):
    return phrase_set(tuple((a.id, (a.label_nb, a.label_nn)) for a in scheme.priority_areas))


def _first_hits(hits: list[PhraseHit]) -> dict[str, PhraseHit]:
    found: dict[str, PhraseHit] = {}
    for hit in hits:
        found.setdefault(hit.key, hit)
    return found


def extract_priority_areas(ctx: Context, draft: Draft) -> None:
    """Ticked boxes; else the marks beside a printed list of the areas;
    else, the list left aside, the applicant's prose."""
    if _from_boxes(ctx, draft):
        return
    options = _option_list(ctx)
    if options and options.marked:
        _set_areas(draft, options.marked)
        return
    _from_prose(ctx, draft, set(options.rows) if options else set())


@dataclass(frozen=True)
class _AnswerWords:
    """The wordings of ``schemas/vocabulary/answers.toml``, compiled once."""

    yes: Wordings
    no: Wordings
    wish: Wordings
    negation: Wordings
    topics: dict[str, Wordings]


@lru_cache(maxsize=1)
def _words_of_answers() -> _AnswerWords:
    entry = vocabulary.Entry("answers")
    return _AnswerWords(
        entry.table("answer_yes").wordings(), entry.table("answer_no").wordings(),
        entry.table("wish").wordings(), entry.table("negation").wordings(),
        {"interest.network": entry.table("topic_network").wordings(),
         "interest.process_evaluation": entry.table("topic_process_evaluation").wordings()},
    )


_MARKS = frozenset("x✓✔☒☑■")
"""What an office writes in a "Ja" or "Nei" column to choose it."""


def _names_both_options(text: str) -> bool:
    """A printed option list ("Ja Nei", "Ja / Nei") names both answers."""
    options = {option_answer(word) for word in re.split(r"[\s/]+", text)}
    return True in options and False in options


def _answer(text: str) -> bool | None:
    """Yes or no, when the text gives one answer: "Ja", or the one ticked
    option of "☒ Ja ☐ Nei"; "Ja Nei" (both printed, neither marked) is none."""
    boxes = find_glyph_boxes(text)
    if boxes:
        ticked = [box for box in boxes if box.checked]
        return _answer(ticked[0].label) if len(ticked) == 1 and ticked[0].label else None
    folded = fold(text).strip(" .:")
    if _names_both_options(folded):
        return None
    words = _words_of_answers()
    if words.yes.match(folded):
        return True
    if words.no.match(folded):
        return False
    return None


def _has_yes_no_boxes(row: Row) -> bool:
    return answer_options(find_glyph_boxes(row.text))


def _choice(row: Row) -> tuple[bool, Span] | None:
    """The one option chosen in a row of yes/no boxes, or by a mark in the
    table's "Ja" or "Nei" column."""
    boxes = find_glyph_boxes(row.text)
    if boxes and answer_options(boxes):
        ticked = [b for b in boxes if b.checked]
        if len(ticked) != 1:
            return None
        cell = next((c for c in row.cells if ticked[0].label and ticked[0].label in c.text), row.cells[0])
        return bool(option_answer(ticked[0].label)), cell
    if not row.header:
        return None
    chosen = [(option_answer(head), cell) for head, cell in zip(row.header, row.cells)
              if option_answer(head) is not None and fold(cell.text).strip() in _MARKS]
    return (bool(chosen[0][0]), chosen[0][1]) if len(chosen) == 1 else None


def _question_of(ctx: Context, i: int) -> str:
    """The question a row of yes/no boxes answers: the text before the boxes
    on the same row (a column or a line), else the row just above."""
    row = ctx.rows[i]
    asked = line_question(row.text)
    if asked:
        return asked
    first = row.filled()[0].text if row.filled() else ""
    if row.header or (first and not find_glyph_boxes(first) and option_answer(first) is None):
        return first
    return ctx.rows[i - 1].text if i > 0 else ""


def _interest_from_rows(ctx: Context, topic: Wordings) -> tuple[bool, Evidence] | None:
    """The choice on the question's own row; the evidence is the ticked form
    box when the reader found it there, else the row's text."""
    for i, row in enumerate(ctx.rows):
        choice = _choice(row)
        if choice is None or not topic.search(fold(_question_of(ctx, i))):
            continue
        answer, cell = choice
        for box in ctx.checkboxes():
            if (box.checked and box.page == row.page and option_answer(box.label) is answer
                    and topic.search(fold(box.group or ""))
                    and (box.bbox is None or cell.bbox is None or same_row(box.bbox, cell.bbox))):
                return answer, field_evidence(box)
        return answer, span_evidence(cell, "checkbox", text=row.text)
    return None


def _interest_from_boxes(ctx: Context, topic: Wordings) -> tuple[bool, FormField] | None:
    """Form boxes by their question. A Word box has no position to tie it to
    its paragraph, and a Word reader's question may be the paragraph above;
    when the text shows its rows of yes/no boxes, the rows have decided."""
    negation = _words_of_answers().negation
    rows_read = any(_has_yes_no_boxes(row) for row in ctx.rows)
    for box in ctx.checkboxes():
        if rows_read and box.bbox is None and option_answer(box.label) is not None:
            continue
        label, group = fold(box.label or ""), fold(box.group or ctx.question_for(box) or "")
        if topic.search(group) and box.checked:
            answer = _answer(box.label or box.value or "")
            if answer is not None:
                return answer, box
        if topic.search(label) and not _answer(label):
            if box.kind == "radio" and box.value:
                answer = _answer(box.value)
                if answer is not None:
                    return answer, box
            return bool(box.checked) and not negation.search(label), box
    return None


def _is_option_list(ctx: Context, pair: Pair) -> bool:
    """A label pair whose value is the first of the printed options ("Ja"
    beside "Nei" in the next cell): the options, not an answer."""
    if pair.row is None or option_answer(pair.value.text) is None:
        return False
    return sum(option_answer(c.text) is not None for c in ctx.rows[pair.row].cells) >= 2


def extract_interest(ctx: Context, draft: Draft) -> None:
    """Each interest question from, best first: a row of yes/no boxes or a
    "Ja"/"Nei" column beside the question, a form box, a written answer
    beside its label, a wish stated in the prose."""
    for path, topic in _words_of_answers().topics.items():
        from_row = _interest_from_rows(ctx, topic)
        if from_row:
            draft.set(path, from_row[0], from_row[1])
            continue
        from_box = _interest_from_boxes(ctx, topic)
        if from_box:
            draft.set(path, from_box[0], field_evidence(from_box[1]))
            continue
        key = path.split(".")[1]
        for pair in ctx.values(key):
            answer = _answer(pair.value.text)
            if answer is not None and not _is_option_list(ctx, pair):
                draft.set(path, answer, span_evidence(pair.value, pair.method, 0.9))
                break
        else:
            _interest_from_prose(ctx, draft, path, topic)


_CLAUSE_SPLIT = re.compile(r",\s*(?:og|men)\s+|;\s*|\s+men\s+")


def _interest_from_prose(ctx: Context, draft: Draft, path: str, topic: Wordings) -> None:
    """A stated wish ("Vi ønskjer å delta i nettverk"), read clause by
    clause so "ønskjer å delta i nettverk, og ønskjer ikkje prosessevaluering"
    answers both; a form's question ("Interessert i nettverk?") is no answer."""
    words = _words_of_answers()
    for sentence in re.finditer(r"[^.!?]+[.!?]?", ctx.text):
        body = fold(sentence.group(0)).replace("\n", " ")
        if body.rstrip().endswith("?") or ctx.checkboxes() and re.search(r"\[|☐|☒", body):
            continue
        if not (topic.search(body) and words.wish.search(body)) or _names_both_options(body):
            continue
        clause = next(c for c in _CLAUSE_SPLIT.split(body) if topic.search(c))
        draft.set(path, not words.negation.search(clause),
                  ctx.evidence_at(sentence.start(), sentence.end(), "nlp", 0.7))
        return


@dataclass
class ExclusionHit:
    code: str
    evidence: Evidence


def find_exclusions(ctx: Context) -> list[ExclusionHit]:
    """Phrases of the announcement's "not granted" list in the applicant's
    own text (the form's copy of the list is not). Capacity counts only when
    the text offers no development language against it."""
    found: list[ExclusionHit] = []
    for key, exclusion in ctx.scheme.exclusions.items():
        hits = phrase_set(((key, tuple(exclusion.phrases)),)).find(ctx.applicant_text)
        if not hits:
            continue
        if exclusion.counter_phrases and phrase_set(((key, tuple(exclusion.counter_phrases)),)).find(ctx.text):
            continue
        found.append(ExclusionHit(ctx.scheme.exclusion_code(key), ctx.hit_evidence(hits[0])))
    return found
