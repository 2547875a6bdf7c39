"""A table cell's wrapped lines read back as the one text they are.

Class: a signature table laid out in narrow columns (a Word or LibreOffice
table printed to PDF: place and date, ink, name, title side by side, one
signer a row). A long name wraps onto a second line of its cell ("Svein
Olav" / "Folkestad"), and a title longer than the cell is broken inside the
word ("Kommunedirektø" / "r"). Read line by line, the signer is named by
half a name and the broken title names no role at all, so the row's
signature is lost. The PDF reader tells which cell each line stands in; two
lines of one cell, one straight under the other at the same left edge, are
joined where the join is unmistakable:

- a person's name and, under it, one or two capitalised words with no role
  or digit that make it a longer name (a surname wrapped);
- a line and, under it, one word broken off it that together, with no space,
  are a title the vocabulary knows while neither line alone is one;
- the same broken title with the rest of the cell after it, the
  municipality or office it is the title of ("Kommunedirektø" / "r
  Kviteseid", "Kommune-" / "direktør Tokke"): the broken word joined (its
  hyphen dropped where that makes the title), the rest after a space;
- a title and, under it, the last words of its sector in lower case
  ("Kommunalsjef helse og" / "velferd"): joined, the vocabulary reads one
  longer title that runs to the end of the joined text.
"""

from __future__ import annotations

from dataclasses import replace

from ...layout.fragments import Fragment, adjacent
from ...layout.geometry import union
from .wording import person_name, roles_in
from .wrapped import SAME_EDGE, whole_title

_NAME_TAIL_WORDS = 2
"""Words of a name's wrapped tail ("Folkestad", "Lie Hansen")."""


def join_wrapped_cells(frags: list[Fragment]) -> list[Fragment]:
    """``frags`` with each table cell's wrapped name or broken title joined
    into its first line's fragment."""
    joined: dict[int, Fragment] = {}
    gone: set[int] = set()
    for i, frag in enumerate(frags):
        if frag.table_cell is None or i in gone:
            continue
        j = next((k for k in range(i + 1, len(frags)) if frags[k].table_cell == frag.table_cell
                  and frags[k].page == frag.page), None)
        text = _joined_text(frag, frags[j]) if j is not None else None
        if j is not None and text is not None:
            joined[i] = replace(frag, text=text, box=union([frag.box, frags[j].box]))
            gone.add(j)
    if not joined:
        return frags
    return [joined.get(i, f) for i, f in enumerate(frags) if i not in gone]


def _joined_text(first: Fragment, line: Fragment) -> str | None:
    """The cell's text when ``line`` wraps ``first``, else None."""
    if (first.table_cell is None or line.table_cell != first.table_cell or first.page != line.page
            or not (first.real and line.real) or line.box[1] <= first.box[1]
            or abs(line.box[0] - first.box[0]) > SAME_EDGE or not adjacent(first, line)):
        return None
    top, tail = first.text.strip(), line.text.strip()
    if any(ch.isdigit() for ch in top + tail):
        return None
    if whole_title(top + tail) and not roles_in(top) and not roles_in(tail) and len(tail.split()) == 1:
        return top + tail
    broken = _broken_title(top, tail)
    if broken is not None:
        return broken
    if _title_runs_on(top, tail):
        return f"{top} {tail}"
    words = tail.split()
    if (len(words) <= _NAME_TAIL_WORDS and all(w[:1].isupper() for w in words) and not roles_in(tail)
            and person_name(top) == top and person_name(f"{top} {tail}") == f"{top} {tail}"):
        return f"{top} {tail}"
    return None


def _broken_title(top: str, tail: str) -> str | None:
    """The cell's text when the title's word breaks at the end of ``top``
    and ``tail`` holds its end, then at most a place's name; else None."""
    words = tail.split()
    if (len(top.split()) != 1 or not 1 <= len(words) <= 1 + _PLACE_WORDS or not words[0][:1].islower()
            or roles_in(top) or roles_in(tail)):
        return None
    stems = [top] + ([top[:-1]] if top.endswith("-") and top[-2:-1].isalpha() else [])
    return next((" ".join([stem + words[0]] + words[1:]) for stem in stems if whole_title(stem + words[0])), None)


_PLACE_WORDS = 3
"""A municipality's or office's name after a title ("Nord-Aurdal", "Nav Vest-Telemark")."""
_TITLE_TAIL_WORDS = 3
"""Words of a title's wrapped tail ("velferd", "helse og omsorg")."""


def _title_runs_on(top: str, tail: str) -> bool:
    """``tail`` ends the title ``top`` opens: ``top`` is one role's title
    from its first word, ``tail`` a few lower-case words with no role, and
    the two read as one title, longer than ``top``'s, that ends the text."""
    first, words = roles_in(top), tail.split()
    if len(first) != 1 or first[0][2] != 0 or not 1 <= len(words) <= _TITLE_TAIL_WORDS:
        return False
    if not all(w[:1].islower() for w in words) or roles_in(tail):
        return False
    whole = roles_in(f"{top} {tail}")
    return len(whole) == 1 and whole[0][3] >= len(f"{top} {tail}") and whole[0][3] > first[0][3]
