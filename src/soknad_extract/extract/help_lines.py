"""Help text told by typography and position: styled apart, under a question.

A form sets its help under the question, in italics, grey or smaller type
("Skriv et kort navn …", a grey example answer), and the applicant's answer
follows in the page's body style. Style alone is no proof: an office may
write its answers in italics. So a help-styled line (``layout.typography``)
is help only where the structure says so too:

- it sits directly under a question (a line ending in ":" or "?", a
  numbered or bold heading, a known label), in the same column or cell, and
  an answer in body style follows directly under it; a line styled like
  the question above it, or opening with a label of its own ("Godkjent av:
  …"), is the next question and proves nothing; or
- it ends a label cell (the question on its first line) whose answer stands
  in a cell to its right, or in the table's next row under it (a one-column
  county form: question row, answer row), in body style.

A styled line that itself asks is a question, not help: some forms set all
their labels small and grey above the answers. Unless its words instruct
("Ved vidareføring: kva år?", "Skriv …", ``FormText.instruction_openers``):
a form's hint may ask the applicant for a detail, in its own style, under the question.

A help-styled line alone in an answer cell stays an answer: only its words
can make it the form's (``FormText.spans``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from soknad_extract.extract.labels import classify_label
from soknad_extract.layout import Line
from soknad_extract.layout.settings import HELP_UNDER_LINE_HEIGHTS, MAX_LABEL_CHARS
from soknad_extract.layout.typography import PageTypography
from soknad_extract.norwegian import find_dates, fold
from soknad_extract.vocabulary import Wordings

_NUMBERED = re.compile(r"^\s*(?:del\s+)?\d+(?:\.\d+)*[.)]?\s+[^\W\d_]", re.IGNORECASE)
"""A numbered question or heading ("3.2 Beskrivelse av tiltaket"), not a
number that is an answer ("94 34 71 67")."""
_EMPHASIS = frozenset(("bold", "heading"))
_LOOKBACK = 12
"""Lines of the same cell looked back over for the one above (a row of
segments beside it may come between in reading order)."""


def asks(line: Line) -> bool:
    """The line reads as a question or a label: it ends in ":" or "?", is a
    numbered, bold or heading line, or names a field the record knows. A
    line that opens with a date or a count ("1. april 2020", "2 stillinger")
    is an answer, though its number reads like an item's."""
    text = line.text.strip()
    if not text:
        return False
    if text.endswith((":", "?")) or (_NUMBERED.match(text) and not _counted(text)):
        return True
    if line.style in _EMPHASIS or (line.style or "").startswith("Heading"):
        return True
    return classify_label(text) is not None and not _sentence_tail(text)


def _sentence_tail(text: str) -> bool:
    """The wrapped end of a sentence ("ingen håndskrevne signaturer."): it
    opens in lower case and ends with a full stop, prose, though a label's
    word stands in it."""
    return text[:1].islower() and text.endswith(".")


_COUNT = re.compile(r"^\s*\d+(?:[.,]\d+)?\.?\s+[a-zæøå]")
"""A number before a word in lower case: a count ("2 stillinger", "1,5
årsverk") or a day of a month ("1. april"), where a form's item starts
its question with a capital."""


def _counted(text: str) -> bool:
    """The line opens with a count or a date, so it answers."""
    found = find_dates(text)
    return bool(_COUNT.match(text)) or (bool(found) and found[0].start == 0)


def help_lines(lines: Sequence[Line], typography: PageTypography, instructions: Wordings | None = None) -> set[int]:
    """Indices of ``lines`` (one page, reading order) that are the form's
    help text by their style and their place under a question; a styled
    line that asks is help only when it opens with ``instructions``
    (``FormText.instruction_openers``)."""
    styled = [typography.help_styled(line) for line in lines]
    if not any(styled):
        return set()
    above, below = _stacking(lines)
    found: set[int] = set()
    for first in range(len(lines)):
        if not styled[first] or (first in above and styled[above[first]]):
            continue  # not the top of a run of styled lines
        run = [first]
        while run[-1] in below and styled[below[run[-1]]]:
            run.append(below[run[-1]])
        if _is_help(lines, styled, run, above.get(first), below.get(run[-1]), instructions):
            found.update(run)
    return found


def _stacking(lines: Sequence[Line]) -> tuple[dict[int, int], dict[int, int]]:
    """For each line, the line directly above it and below it: the nearest
    in reading order in the same table cell (or outside tables) and the same
    column, close enough to be the next line down (``_together``). Reading
    order interleaves a table row's cells and a page's columns, so the line
    before in the list is often beside, not above."""
    above: dict[int, int] = {}
    below: dict[int, int] = {}
    seen: dict[object, list[int]] = {}
    for k, line in enumerate(lines):
        earlier = seen.setdefault(line.table_cell, [])
        for j in reversed(earlier[-_LOOKBACK:]):
            if _column(lines[j], line):
                if _together(lines[j], line) and j not in below:
                    above[k], below[j] = j, k
                break
        earlier.append(k)
    return above, below


def _is_help(lines: Sequence[Line], styled: list[bool], run: list[int], top: int | None,
             bottom: int | None, instructions: Wordings | None) -> bool:
    if top is None or not asks(lines[top]):
        return False
    question = lines[top]
    if bottom is None:
        return _label_cell(lines, styled, question)  # under the cell's label, everything is help
    if any(asks(lines[k]) and not _instructs(lines[k], instructions) for k in run):
        return False  # a form that sets its labels small and grey ("TILTAKETS NAVN"): the styled line asks
    answer = lines[bottom]
    return not asks(answer) and not _labelled(answer) and not _styled_alike(question, answer)


def _instructs(line: Line, instructions: Wordings | None) -> bool:
    return instructions is not None and bool(instructions.match(fold(line.text).strip()))


def _labelled(line: Line) -> bool:
    """The line opens with a label of its own ("Godkjent av: …"): a question
    and its answer, so the styled line above it answers nothing of it (it
    may be a statement of the document, such as an approval note)."""
    label, colon, rest = line.text.partition(":")
    return bool(colon) and bool(rest.strip()) and 0 < len(label.strip()) <= MAX_LABEL_CHARS


def _styled_alike(question: Line, answer: Line) -> bool:
    """The line under the help is set like the question above it: it is the
    next question, and the styled line between was an answer."""
    return question.style in _EMPHASIS and answer.style == question.style


def _label_cell(lines: Sequence[Line], styled: list[bool], question: Line) -> bool:
    """The help ends a label cell whose answer stands in body style in a cell
    to its right on the same table row, or in the cell under it in the next
    row when that cell asks nothing (it is no next question)."""
    cell = question.table_cell
    if cell is None:
        return False
    table, row, col = cell
    return any(
        line.table_cell is not None and not styled[k] and line.text.strip()
        and (line.table_cell[:2] == (table, row) and line.table_cell[2] > col
             or line.table_cell == (table, row + 1, col) and not asks(line))
        for k, line in enumerate(lines)
    )


def _column(upper: Line, lower: Line) -> bool:
    """The two lines share a column: they overlap across, or have no geometry."""
    if upper.bbox is None or lower.bbox is None:
        return upper.bbox is None and lower.bbox is None
    return min(upper.bbox[2], lower.bbox[2]) > max(upper.bbox[0], lower.bbox[0])


def _together(upper: Line, lower: Line) -> bool:
    """``lower`` sits directly under ``upper``: the same table cell (or both
    outside tables) and, where the page has geometry, the next line down in
    the same column."""
    if upper.table_cell != lower.table_cell:
        return False
    if upper.bbox is None or lower.bbox is None:
        return upper.bbox is None and lower.bbox is None
    ux0, utop, ux1, ubottom = upper.bbox
    lx0, ltop, lx1, lbottom = lower.bbox
    height = max(ubottom - utop, lbottom - ltop, 1.0)
    below = ubottom - 0.3 * height <= ltop <= ubottom + HELP_UNDER_LINE_HEIGHTS * height
    return below and min(ux1, lx1) > max(ux0, lx0)
