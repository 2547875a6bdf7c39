"""Printed options one a line inside one cell, chosen by a typed mark that
opens the line.

Word forms made without check boxes put a question's options in one table
cell, one a line, and let the office type a mark before the ones that apply
("X Bruk av ordinært arbeidsliv" / "Oppfølging av …" / "X Sikring av …";
also "x", "✓", "☒"), or answer each line after it ("Bruk av ordinært
arbeidsliv: Nei" / "Oppfølging av …: Ja", "… x" over "…:" left blank).
The cell's text runs the lines together, so the marks are read from its
own lines (``Span.lines``), a wrapped option's lines joined again (those
that go on in lower case).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from soknad_extract.extract.interest_answers import written_answer
from soknad_extract.extract.marked_rows import is_mark
from soknad_extract.extract.pair_text import split_label
from soknad_extract.layout.rows import Span

T = TypeVar("T")


def _options(lines: tuple[str, ...]) -> list[str]:
    """The cell's options: its lines, a line that goes on in lower case
    joined to the one before (an option wrapped in a narrow cell)."""
    options: list[str] = []
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if options and line[0].islower():
            options[-1] = f"{options[-1]} {line}"
        else:
            options.append(line)
    return options


def opening_mark(option: str) -> tuple[bool, str]:
    """Whether the option opens with a typed mark of its own ("X", "✓"), and
    the option without it."""
    head, _, rest = option.partition(" ")
    if rest.strip() and is_mark(head):
        return True, rest.strip()
    return False, option


def closing_answer(option: str) -> tuple[bool | None, str]:
    """The answer the option closes with after a colon, a leader or a space
    ("Bruk av ordinært arbeidsliv: Nei", "… . . . x", "… Ja"): True for a
    mark or a yes, False for a no, None for none (also a colon left blank);
    and the option without it."""
    head, separator, tail = split_label(option)
    if not separator:
        head, _, tail = option.rpartition(" ")
    tail = tail.strip(" .")
    if not head.strip() or not tail:
        return None, option
    if is_mark(tail):
        return True, head.strip()
    return (False, head.strip()) if written_answer(tail) is False else (None, option)


def marked_lines(cell: Span, option_of: Callable[[str], T | None]) -> list[T] | None:
    """The options a cell marks, when its lines print one option each
    (``option_of`` says which), two different ones at least, after the
    question's own lines at most ("Prioriterte område", "Svar ja eller nei
    for kvart område."); and at least one option is marked, or every one
    is answered no (an empty list: the office chose none). None otherwise
    (a line of anything else among the options makes the cell the
    applicant's own words, for the other readers)."""
    marked: list[T] = []
    printed: set[T] = set()
    answered_no = 0
    for option in _options(cell.lines):
        is_marked, rest = opening_mark(option)
        found = option_of(rest)
        if not is_marked:
            closing, head = closing_answer(option)
            if closing is not None and option_of(head) is not None:
                is_marked, found = closing, option_of(head)
                answered_no += not closing
        if found is None:
            if printed:
                return None
            continue
        printed.add(found)
        if is_marked and found not in marked:
            marked.append(found)
    if len(printed) < 2 or not (marked or answered_no == len(printed)):
        return None
    return marked
