"""Printed options one a line inside one cell, chosen by a typed mark that
opens the line.

Word forms made without check boxes put a question's options in one table
cell, one a line, and let the office type a mark before the ones that apply
("X Bruk av ordinært arbeidsliv" / "Oppfølging av …" / "X Sikring av …";
also "x", "✓", "☒"). The cell's text runs the lines together, so the marks
are read from its own lines (``Span.lines``), a wrapped option's lines
joined again (those that go on in lower case).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from soknad_extract.extract.marked_rows import is_mark
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


def marked_lines(cell: Span, option_of: Callable[[str], T | None]) -> list[T] | None:
    """The options a cell marks, when every line of it prints one option
    (``option_of`` says which), two different ones at least, and at least
    one line opens with a mark; None otherwise (a line of anything else
    makes the cell the applicant's own words, for the other readers)."""
    marked: list[T] = []
    printed: set[T] = set()
    for option in _options(cell.lines):
        is_marked, rest = opening_mark(option)
        found = option_of(rest)
        if found is None:
            return None
        printed.add(found)
        if is_marked and found not in marked:
            marked.append(found)
    if len(printed) < 2 or not marked:
        return None
    return marked
