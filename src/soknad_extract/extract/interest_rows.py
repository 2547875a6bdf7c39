"""The interest questions answered in rows of yes/no boxes: typed boxes on
the question's line ("Nettverk ☒ Ja ☐ Nei"), a line that asks both
questions, each option on its own line under the question, or a mark in a
table's "Ja"/"Nei" column. Split from ``extract.interest``, which reads
these first and the form boxes, written answers and prose after them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from soknad_extract.extract.context import Context, field_evidence, span_evidence
from soknad_extract.layout import settings
from soknad_extract.layout.glyphs import GlyphBox, find_glyph_boxes
from soknad_extract.layout.questions import answer_options, line_question, option_answer, same_row
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import fold
from soknad_extract.record import Evidence
from soknad_extract.vocabulary import Wordings

_MARKS = frozenset("x✓✔☒☑■")
"""What an office writes in a "Ja" or "Nei" column to choose it."""

_BARE_MARKS = "✓✔✗✘"
"""Ticks typed beside an option rather than boxes drawn before it."""


_HABIT_MARKS = frozenset(_BARE_MARKS + "xX")
"""Marks whose side of both options shows the document's habit ("X Ja Nei")."""


def x_between_options(text: str) -> bool | None:
    """The option after a typed "X" standing between the two options, single
    spaces both sides ("Ja X Nei" gives False): the line alone cannot tell
    whether it closes the one or opens the other; None for any other text."""
    words = text.split()
    if len(words) != 3 or words[1] not in ("x", "X"):
        return None
    options = option_answer(words[0]), option_answer(words[2])
    return options[1] if set(options) == {True, False} else None


def answer_by_habit(rows: list[Row], text: str) -> bool | None:
    """A mark between the options ("Ja ✓ Nei", "Ja X Nei") read by the
    document's habit of marking before or after (``marks_follow``): after the
    chosen one, it closes the option before it; before, it opens the next."""
    after = mark_between_options(text)
    after = x_between_options(text) if after is None else after
    follows = marks_follow(rows) if after is not None else None
    return None if follows is None else (not after if follows else after)


def has_yes_no_boxes(row: Row) -> bool:
    return bool(_yes_no_boxes(row.text))


@lru_cache(maxsize=1024)
def _yes_no_boxes(text: str) -> tuple[GlyphBox, ...]:
    """The boxes typed in a row when they are a yes/no choice ("☐ Ja ☒ Nei"),
    else none; read once per row text, since every topic asks every row."""
    boxes = find_glyph_boxes(_mended_brackets(text))
    return tuple(boxes) if answer_options(boxes) else ()


_LOST_BRACKET = re.compile(r"(?<!\w)(?P<word>\w*?)(?P<bar>[l|I1])\s?\](?=\s|$)")
"""An empty bracket box whose "[" OCR read as a stroke ("l", "|", "I",
"1"), glued to the option before it or standing alone: "[X] Jal ] Nei"."""


def _mended_brackets(text: str) -> str:
    """The line with the bracket boxes OCR broke after its first whole box
    made whole again ("[X] Jal ] Nei" reads "[X] Ja [ ] Nei"); a word that
    is itself an option or no option before the stroke stays."""
    boxes = find_glyph_boxes(text) if "]" in text else []
    if not boxes:
        return text

    def mend(m: re.Match[str]) -> str:
        word = m["word"]
        if not word:
            return "[ ]"
        if option_answer(word) is not None and option_answer(word + m["bar"]) is None:
            return f"{word} [ ]"
        return m[0]

    return text[:boxes[0].end] + _LOST_BRACKET.sub(mend, text[boxes[0].end:])


def mark_between_options(text: str) -> bool | None:
    """The option after the lone tick of a line that stands between the two
    options ("Ja ✓ Nei" gives False), typed after the one it chooses or
    before it: the line alone cannot tell which. None for any other line."""
    boxes = find_glyph_boxes(text)
    if len(boxes) != 1 or text[boxes[0].start] not in _BARE_MARKS:
        return None
    before, after = text[:boxes[0].start].split(), text[boxes[0].end:].split()
    if not before or len(after) != 1 or before[-1].endswith(":") or len(before) > 1 and len(before[-2]) == 1:
        return None  # the other option carries a mark of its own ("Ja ✓  Nei –", "– Ja ✓ Nei", "Ja: ✓ Nei:")
    if {option_answer(before[-1]), option_answer(after[0])} == {True, False}:
        return option_answer(after[0])
    return None


def marks_follow(rows: list[Row]) -> bool | None:
    """Whether this document types a tick after the option it chooses: True
    when a line ends with both options and then the tick ("Ja Nei ✓"), False
    when one opens with the tick before both ("✓ Ja Nei"), None when no line
    shows it or lines disagree."""
    seen = {follows for row in rows for cell in row.filled() if (follows := _mark_side(cell.text)) is not None}
    return seen.pop() if len(seen) == 1 else None


@lru_cache(maxsize=1024)
def _mark_side(text: str) -> bool | None:
    words = text.split()
    for at, word in enumerate(words):
        if word in _HABIT_MARKS and at >= 2 and at == len(words) - 1:
            pair = words[at - 2:at]
        elif word in _HABIT_MARKS and at == 0 and len(words) >= 3:
            pair = words[1:3]
        else:
            continue
        if {option_answer(w) for w in pair} == {True, False}:
            return at > 0
    return None


def _choice(row: Row, follows: bool | None) -> tuple[bool, Span] | None:
    """The one option chosen in a row of yes/no boxes, or by a mark in the
    table's "Ja" or "Nei" column. A tick between the options chooses by
    the document's habit (``follows``), and nothing when it has none."""
    boxes = _yes_no_boxes(row.text)
    if boxes:
        ticked = [b for b in boxes if b.checked]
        if len(ticked) != 1:
            return None
        cell = next((c for c in row.cells if ticked[0].label and ticked[0].label in c.text), row.cells[0])
        after = next((m for c in row.filled() if (m := mark_between_options(c.text)) is not None), None)
        if after is not None:
            return None if follows is None else (not after if follows else after, cell)
        return bool(option_answer(ticked[0].label)), cell
    if not row.header:
        return None
    chosen = [(option_answer(head), cell) for head, cell in zip(row.header, row.cells)
              if option_answer(head) is not None and fold(cell.text).strip() in _MARKS]
    return (bool(chosen[0][0]), chosen[0][1]) if len(chosen) == 1 else None


def _question_of(ctx: Context, i: int) -> str:
    """The question a row of yes/no boxes answers: the text before the boxes
    on the same row (a column or a line), else the row just above the list
    of options it belongs to (each option on a line of its own). A first
    cell that is itself an option of the row's marks ("– Ja" beside "✔ Nei")
    is no question."""
    row = ctx.rows[i]
    asked = line_question(row.text)
    if asked:
        return asked
    first = row.filled()[0].text if row.filled() else ""
    boxes = _yes_no_boxes(row.text)
    if row.header or (first and not find_glyph_boxes(first) and option_answer(first) is None
                      and (not boxes or boxes[0].start >= len(first))):
        return first
    start, _end = _option_list(ctx.rows, i)
    return ctx.rows[start - 1].text if start > 0 else ""


def _asks(ctx: Context, i: int, topic: Wordings) -> bool:
    """Row ``i``'s boxes answer a question about ``topic``: its question
    names it, or names it only with its tail on the next row
    (``question_tail``)."""
    question = _question_of(ctx, i)
    if topic.search(fold(question)):
        return True
    tail = question_tail(ctx.rows, i)
    if tail is None or question.strip() != ctx.rows[i].filled()[0].text.strip():
        return False
    return bool(topic.search(fold(f"{question} {tail}")))


def question_tail(rows: list[Row], i: int) -> str | None:
    """The rest of a question whose first line opens row ``i`` and wraps
    onto the next row, in a question column too narrow for it ("Ønsker
    kontoret ekstern | ☒ Ja ☐ Nei" over "prosessevaluering?"), as a Word
    table exported to PDF sets it, its row broken over a page break too:
    the next row holds the tail alone (no answer, no boxes), ending in "?"
    or ":", in the head's column, while the head ends in neither. A tail
    that is itself an option ("Nei?") or has options stacked under it asks
    on its own."""
    head, nxt = rows[i].filled(), rows[i + 1].filled() if i + 1 < len(rows) else []
    if len(head) < 2 or len(nxt) != 1 or head[0].bbox is None or nxt[0].bbox is None:
        return None
    text = nxt[0].text.strip()
    if (head[0].text.rstrip().endswith(("?", ":")) or not text.endswith(("?", ":")) or find_glyph_boxes(text)
            or option_answer(text.rstrip("?:")) is not None
            or abs(nxt[0].bbox[0] - head[0].bbox[0]) > settings.PDF_COLUMN_ALIGN_PT):
        return None
    if i + 2 < len(rows) and _lone_option(rows[i + 2]):
        return None
    return text


def _lone_option(row: Row) -> bool:
    """A row that is one yes/no option and nothing else ("☐ Nei"): a line
    of a list of options stacked under their question."""
    boxes = _yes_no_boxes(row.text)
    return len(boxes) == 1 and not row.text[:boxes[0].start].strip()


def _option_list(rows: list[Row], i: int) -> tuple[int, int]:
    """The rows [start, end) of the stacked options row ``i`` is one of
    (the row alone when it is no lone option)."""
    if not _lone_option(rows[i]):
        return i, i + 1
    start, end = i, i + 1
    while start > 0 and _lone_option(rows[start - 1]):
        start -= 1
    while end < len(rows) and _lone_option(rows[end]):
        end += 1
    return start, end


def _one_ticked_option(rows: list[Row], i: int) -> bool:
    """Stacked options answer only when exactly one of them is ticked; a
    row of boxes was checked for that by ``_choice``."""
    start, end = _option_list(rows, i)
    return end - start < 2 or sum(b.checked for r in rows[start:end] for b in _yes_no_boxes(r.text)) == 1


def interest_from_rows(ctx: Context, topic: Wordings) -> tuple[bool, Evidence] | None:
    """The choice on the question's own row; the evidence is the ticked form
    box when the reader found it there, else the row's text."""
    follows = marks_follow(ctx.rows)
    for i, row in enumerate(ctx.rows):
        shared = _shared_line_choice(row, topic)
        if shared is not None:
            return shared[0], span_evidence(shared[1], "checkbox")
        choice = _choice(row, follows)
        if choice is None or not _one_ticked_option(ctx.rows, i) or not _asks(ctx, i, topic):
            continue
        answer, cell = choice
        for box in ctx.checkboxes():
            if (box.checked and box.page == row.page and option_answer(box.label) is answer
                    and topic.search(fold(box.group or ""))
                    and (box.bbox is None or cell.bbox is None or same_row(box.bbox, cell.bbox))):
                return answer, field_evidence(box)
        return answer, span_evidence(cell, "checkbox", text=row.text)
    return None


def _shared_line_choice(row: Row, topic: Wordings) -> tuple[bool, Span] | None:
    """The answer to ``topic`` on a line that asks both interest questions,
    each with its own boxes ("Nettverk: ☒ Ja ☐ Nei   Prosessevaluering: ☐ Ja
    ☒ Nei"): the line's one question and its two ticks would mislead the
    single-question reading, so each question takes the boxes after it. The
    line may stand as one cell or as a cell per question; a cell that holds
    its question over its boxes ("Ekstern prosessevaluering" / "✗ Ja ☐ Nei")
    asks it without ":" or "?"."""
    for question, options in _questions_on_line(row.text):
        ticked = [answer for checked, answer in options if checked]
        if topic.search(fold(question)) and len(ticked) == 1:
            asked = question.strip(" \t:?")
            return ticked[0], next((c for c in row.cells if asked and asked in c.text), row.cells[0])
    boxed = [c for c in row.filled() if _yes_no_boxes(c.text)]
    for cell in boxed if len(boxed) > 1 else ():
        chosen = [b for b in _yes_no_boxes(cell.text) if b.checked]
        if len(chosen) == 1 and topic.search(fold(line_question(cell.text) or "")):
            return bool(option_answer(chosen[0].label)), cell
    return None


@lru_cache(maxsize=1024)
def _questions_on_line(text: str) -> tuple[tuple[str, tuple[tuple[bool, bool], ...]], ...]:
    """Each question of a line of typed yes/no boxes with its options
    (checked, yes), when the line asks more than one: a box's label is the
    option word after it, and words after that ending in ":" or "?" ask the
    next question. Empty when the line asks one question, or its options
    are not each a "Ja" and a "Nei" after their boxes. Memoised per text:
    each topic asks every row."""
    boxes = find_glyph_boxes(text)
    questions: list[tuple[str, list[tuple[bool, bool]]]] = []
    question, options = text[:boxes[0].start] if boxes else "", []
    for i, box in enumerate(boxes):
        words = text[box.end:boxes[i + 1].start if i + 1 < len(boxes) else len(text)].split()
        answer = option_answer(words[0]) if words else None
        if answer is None:
            return ()
        options.append((box.checked, answer))
        rest = " ".join(words[1:])
        if i + 1 < len(boxes) and rest.rstrip().endswith((":", "?")):
            questions.append((question, options))
            question, options = rest, []
    questions.append((question, options))
    if len(questions) < 2 or any(sorted({a for _c, a in opts}) != [False, True] for _q, opts in questions):
        return ()
    return tuple((question, tuple(opts)) for question, opts in questions)


def answer_beside_wrapped_question(ctx: Context, topic: Wordings) -> tuple[bool, Evidence] | None:
    """A lone "Ja" or "Nei" beside the first line of a question that wraps
    onto the next row ("Ønsker NAV-kontoret å delta | Ja" over
    "nettverk/klyngesamarbeid?"): forms without ruled cells, whose question
    column is too narrow for the question, and scans of them, where each
    line is a row of its own. The next row must be the question's tail
    alone (no answer of its own, ending in "?" or ":"), and only the two
    lines together name the topic. A head that is itself an option ("Ja" |
    "Nei" over the next question) is a row of printed options, not a question."""
    for i, row in enumerate(ctx.rows[:-1]):
        cells = row.filled()
        tail = ctx.rows[i + 1].filled()
        if len(cells) != 2 or len(tail) != 1 or tail[0].page != cells[0].page:
            continue
        answer = option_answer(cells[1].text.strip(" ."))
        head, rest = cells[0].text.strip(), tail[0].text.strip()
        if (answer is None or head.endswith(("?", ":")) or not rest.endswith(("?", ":"))
                or option_answer(head) is not None or option_answer(rest.rstrip("?:")) is not None):
            continue
        if topic.search(fold(f"{head} {rest}")) and not topic.search(fold(head)):
            return answer, span_evidence(cells[1], cells[1].method, 0.8, text=f"{head} {rest}")
    return None


def question_answered_beside(ctx: Context, span: Span) -> bool:
    """``span`` is a question with its "Ja" or "Nei" in the next cell of its
    row ("Ønskjer kontoret å vere med i | Nei"): read as the answer under a
    heading that names the topic ("6 Nettverk og evaluering"), its wish
    word would pass for a yes, where the cell beside it answers. A span that
    holds an option itself ("X Ja" | "Nei", a marked option beside the
    other) is the answer."""
    row = ctx.row_of_cell.get(id(span))
    cells = row.filled() if row is not None else []
    after = cells[next((k for k, c in enumerate(cells) if c is span), len(cells)) + 1:]
    return (len(after) == 1 and option_answer(after[0].text.strip(" .")) is not None
            and all(option_answer(word) is None for word in re.split(r"[\s/,.:]+", span.text)))
