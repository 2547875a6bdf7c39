"""A contact's name asked for in parts: "Fornavn" / "Etternavn", a web form's
"Fornamn" / "Mellomnamn" / "Etternamn", one field each.

The parts are the contact's where they stand under a contact heading ("2
Kontaktperson") or their label names the contact ("Kontaktpersonens
fornavn"); elsewhere (a signer's block, the applicant's leader) they are
someone else's. The name is the parts joined in order, first, middle, last,
whatever order the form asks them in. The part words are ``labels.toml``
[first_name], [middle_name] and [last_name].
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.context import Context
from soknad_extract.extract.form_text import names_the_county
from soknad_extract.extract.label_answers import labelled
from soknad_extract.extract.labels import classify_label, without_bracket_note
from soknad_extract.extract.pair_text import Pair, clean_label
from soknad_extract.layout.rows import Span
from soknad_extract.norwegian import fold, normalize_space
from soknad_extract.norwegian.letters import LOWER, UPPER
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_dir

PARTS = ("first_name", "middle_name", "last_name")
_PART_ROWS = 8
"""Rows from the first part to the last: one block of fields."""
_WORD = rf"(?:[{UPPER}][{LOWER}]+|[{UPPER}]{{2,}})(?:-[{UPPER}][{LOWER}]+|-[{UPPER}]{{2,}})?"
_PART_VALUE = re.compile(rf"{_WORD}(?:\s+(?:{_WORD}|van|von|de|der|den)){{0,2}}")
"""One part's answer: one to three capitalised words ("Anne Marie", "van der Berg")."""


@lru_cache(maxsize=4)
def _part_words(folder: Path) -> tuple[tuple[str, Wordings], ...]:
    fields = Entry("labels", folder).tables("field")
    return tuple((field.text("key"), field.wordings()) for field in fields if field.text("key") in PARTS)


def part_of(label: str) -> str | None:
    """Which part of a name the label asks for, or None: a label that names
    two parts or joins words with "og" ("Fornavn og etternavn", "For- og
    etternavn") asks for the whole name."""
    text = fold(without_bracket_note(clean_label(label)))
    if " og " in f" {text} ":
        return None
    found = [key for key, wordings in _part_words(vocabulary_dir()) if wordings.search(text)]
    return found[0] if len(found) == 1 else None


def _for_the_contact(ctx: Context, pair: Pair) -> bool:
    if names_the_county(pair.label) or names_the_county(pair.value.text):
        return False
    return (pair.row is not None and pair.row in ctx.contact_rows) or classify_label(pair.label) == "contact_name"


def name_in_parts(ctx: Context) -> tuple[str, Span] | None:
    """The contact's name joined from its parts, with a span over them; None
    without both a first and a last name for the contact, each a name's
    words, within one block of rows."""
    found: dict[str, Pair] = {}
    for key in (*PARTS, "contact_name"):
        for pair in labelled(ctx, key):
            part = part_of(pair.label)
            value = normalize_space(pair.value.text)
            if part is None or part in found or not _PART_VALUE.fullmatch(value) or not _for_the_contact(ctx, pair):
                continue
            found[part] = pair
    if "first_name" not in found or "last_name" not in found:
        return None
    pairs = [found[part] for part in PARTS if part in found]
    rows = [pair.row for pair in pairs if pair.row is not None]
    if rows and max(rows) - min(rows) > _PART_ROWS:
        return None
    name = " ".join(normalize_space(pair.value.text) for pair in pairs)
    return name, _joined_span(name, [pair.value for pair in pairs])


def _joined_span(text: str, spans: list[Span]) -> Span:
    """One span for the parts: their box where they share a page."""
    first = spans[0]
    boxes = [s.bbox for s in spans if s.bbox is not None and s.page == first.page]
    bbox = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes),
            max(b[3] for b in boxes)) if len(boxes) == len(spans) else first.bbox
    return Span(text, first.page, bbox, min(s.confidence for s in spans), first.method)
