"""A second application in the same file: the form begins again.

An office that applies for two projects may send both applications in one
file, behind one cover letter ("Søknad 1 av 2", "Søknad 2 av 2"). Each is a
complete form; read as one, the record mixes the second project's amounts,
contact and signatures into the first, and the sums no longer agree. The
second application shows itself by repeating the first one's form: on a new
page, under an application heading, the same labels (and often the same
office, municipality and organisation number) come again in the same order.

A running head that a scanned form prints at the top of every page repeats
too, but mostly only a few lines, and on more pages than two; neither is a
second form. (A two-page application whose running head holds six of its
form's lines cannot be told from two one-page applications.) Nor is a copy
of the same application: the form unsigned and then signed, or typed and
then scanned after signing. A second application answers the form with
other values (its own project), and both were made the same way; a copy
repeats the first one's answers, or is a scan behind a typed original.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from soknad_extract.layout import Document
from soknad_extract.norwegian import fold

_WINDOW = 20
"""Lines from an application's start that hold its form's first labels."""
_MIN_REPEATED = 6
"""Lines of the first form's opening that a second form repeats: more than a
running head (title, office, page number) holds."""
_MIN_CHANGED_ANSWERS = 2
"""Lines of the first form's opening that the second one answers otherwise:
its own title, amounts, contact. A copy of the same application changes
none; signing it only adds lines or fills in a blank one."""


def _window(doc: Document, start: tuple[int, int], end: tuple[int, int]) -> list[str]:
    """The first non-empty lines (folded) from ``start``, before ``end``."""
    p, i = start
    found: list[str] = []
    for n, page in enumerate(doc.pages[p:], start=p):
        for j, line in enumerate(page.lines[i:], start=i):
            if (n, j) >= end:
                return found
            text = fold(line.text).strip()
            if text:
                found.append(text)
            if len(found) >= _WINDOW:
                return found
        i = 0
    return found


def _page_top(doc: Document, page: int) -> str | None:
    texts = [fold(line.text).strip() for line in doc.pages[page].lines if line.text.strip()]
    return texts[0] if texts else None


def form_begins_again(doc: Document, first: tuple[int, int], later: tuple[int, int]) -> bool:
    """Does the application heading at ``later`` (the top of a page) open a
    second form, one that repeats the opening of the form at ``first``?"""
    if later[0] <= first[0]:
        return False
    heading = _page_top(doc, later[0])
    if any(_page_top(doc, p) == heading for p in range(first[0] + 1, len(doc.pages)) if p != later[0]):
        return False  # a running head on every page
    if doc.pages[first[0]].ocr != doc.pages[later[0]].ocr:
        return False  # a scan behind a typed form: the signed copy of it
    opening = _window(doc, first, later)
    again = _window(doc, later, (len(doc.pages), 0))
    repeated = set(again) & set(opening)
    return len(repeated) >= _MIN_REPEATED and _changed_answers(opening, again) >= _MIN_CHANGED_ANSWERS


def _changed_answers(opening: list[str], again: list[str]) -> int:
    """Lines of ``opening`` that ``again`` puts another text in place of,
    where the old line was no blank to fill in ("Dato: ______" becoming
    "Dato: 24.01.2020", "Sted og dato:" with the place written after it)."""
    changed = 0
    for tag, i1, i2, j1, j2 in SequenceMatcher(a=opening, b=again, autojunk=False).get_opcodes():
        if tag != "replace":
            continue
        for old, new in zip(opening[i1:i2], again[j1:j2]):
            blank = old.rstrip("_. ")
            if any(c.isalnum() for c in blank) and not new.startswith(blank):
                changed += 1
    return changed
