"""The directorate's form text is not the applicant's.

The form repeats the announcement above its questions (the purpose, "Det gis
inntil 610 000 kroner per 100 % stilling", the exclusions, the deadline, the
county's adviser with a phone number) and gives help text under them ("Fyll
inn …", "Eksempel: «Vi vil implementere IPS som metode.»"). Read as answers,
they become a wrong contact, an exclusion warning on every form, or outvote
a Nynorsk application's language. Extraction reads a view of the document
without these lines (``without_instructions``); the opening wordings are data
(``schemas/vocabulary/instructions.toml``).
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from soknad_extract.layout import Document, Line, Page
from soknad_extract.norwegian import fold
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_dir

_SENTENCE_END = (".", "?", "!", ":")


@lru_cache(maxsize=4)
def _openers(folder: Path) -> Wordings:
    return Entry("instructions", folder).table("openers").wordings()


@lru_cache(maxsize=4)
def _county(folder: Path) -> Wordings:
    return Entry("instructions", folder).table("county").wordings()


def names_the_county(text: str) -> bool:
    """True when ``text`` names the county governor's office (the adviser's employer)."""
    return bool(_county(vocabulary_dir()).search(fold(text)))


def is_instruction(text: str) -> bool:
    """True when the line opens with the form's own words."""
    return bool(_openers(vocabulary_dir()).match(fold(text).strip()))


def without_instructions(doc: Document) -> Document:
    """The document without the form's instruction lines; the same document
    when it has none."""
    pages = [_page(page) for page in doc.pages]
    if all(new is old for new, old in zip(pages, doc.pages)):
        return doc
    return replace(doc, pages=pages)


def _page(page: Page) -> Page:
    kept: list[Line] = []
    previous: Line | None = None
    for line in page.lines:
        dropped = line.table_cell is None and (is_instruction(line.text) or _carries_on(previous, line))
        if not dropped:
            kept.append(line)
        previous = line if dropped else None
    return page if len(kept) == len(page.lines) else replace(page, lines=kept)


def _carries_on(instruction: Line | None, line: Line) -> bool:
    """A wrapped line of an instruction's sentence: it follows a dropped line
    that did not end its sentence, and starts in lower case."""
    if instruction is None or instruction.text.rstrip().endswith(_SENTENCE_END):
        return False
    first = line.text.lstrip()[:1]
    return first.isalpha() and first.islower()
