"""Shapes of a form row that decide where a label's answer stands, for the
pair finder (``extract.pairs``): told by typography and the order of cells,
and, for a guidance column, by the form's own guidance words."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from soknad_extract.layout import settings
from soknad_extract.layout.field_hints import is_field_hint
from soknad_extract.extract.pair_text import looks_like_label
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import fold, normalize_space
from soknad_extract.vocabulary import Entry, vocabulary_dir


def with_colon(head: str, sep: str, is_label: Callable[[str], bool]) -> str:
    """The label with its colon when only the colon makes it one: a numbered
    item in the bare word a section heading uses ("5. Prosjekt: Ung i jobb")
    is a label answered on its line, where "5. Prosjekt" alone heads a part
    of the form. Serves typed forms that number their items."""
    if sep.strip()[:1] == ":" and not is_label(head) and is_label(head + ":"):
        return head + ":"
    return head


def answered_beside(filled: list[Span], j: int, is_label: Callable[[str], bool]) -> bool:
    """The table row alternates label and answer cells and the label at
    ``j`` comes after such a pair ("Lønn | kr 600 000 | Kompetanse | (empty)"):
    its answer is the cell to its right, so one left empty answers nothing,
    and the cell under it answers the row below's own label ("Sum omsøkt |
    kr 600 000" when the reader drops the empty cells). Serves budget and
    contact tables laid out in four (or six) columns, two pairs a row."""
    return any(is_label(filled[k].text) and not is_label(filled[k + 1].text) for k in range(j - 1))


def guidance_column(rows: list[Row], i: int, cell: Span) -> bool:
    """``cell`` stands in a column of the form's guidance between labels and
    answers ("Nav-kontor | Skriv kontorets navn | Nav Fjellby"): another row
    of the same table leaves that column empty while a label stands left of
    it and an answer right of it ("Kommune | (empty) | Fjellby"), and every
    filled cell of the column reads as guidance (a field hint: an
    instruction, the answer's description or a unit), so the answers are
    in the last column and the cells between are hints. A column of answers beside a comment column ("Spørsmål | Svar
    | Utdyping") or of names in a people table ("Rolle | Navn | Telefon")
    with one row left empty is no guidance. Serves Word forms laid out as
    label / guidance / control."""
    row = rows[i]
    col = next((k for k, other in enumerate(row.cells) if other is cell), None)
    if col is None:
        return False
    def same_table(j: int) -> bool:
        other = rows[j]
        return other.in_table and other.page == row.page and len(other.cells) == len(row.cells)

    first, last = i, i
    while first > 0 and same_table(first - 1):
        first -= 1
    while last + 1 < len(rows) and same_table(last + 1):
        last += 1
    table = [[c.text.strip() for c in rows[j].cells] for j in range(first, last + 1)]
    if any(texts[col] and not is_field_hint(texts[col].strip(" ()")) for texts in table):
        return False
    return any(j + first != i and not texts[col] and any(texts[:col]) and any(texts[col + 1:])
               for j, texts in enumerate(table))


_ITEM_QUESTION = re.compile(r"^\s*\d{1,2}(?:\.\d{1,2})*[.)]?\s+[^\W\d_]")
"""A line opening with an item number and a word ("8 Stillingsressurs", "2.3 Kostnader")."""


def next_item(label: str, below: list[Span]) -> bool:
    """The row below is the form's next numbered question, not a row of
    answers: the label opens with an item number, and so does the first
    line of the row below's first cell ("8 Stillingsressurs" over "9
    Kostnader"), as county forms number one question a row."""
    first = below[0].lines[0] if below and below[0].lines else below[0].text if below else ""
    return bool(_ITEM_QUESTION.match(label)) and bool(_ITEM_QUESTION.match(first))


def answers_item(label: str, rows: list[Row], j: int, classify: Callable[[str], str | None]) -> bool:
    """Row ``j`` answers the numbered question ``label`` above it, though
    its words read like another field's label ("4 Prosjekttittel" over "Kvam
    kompetanseløft for unge" over "5 Nytt prosjekt …"): it is one line with
    no item number of its own, and the row after it opens the form's next
    numbered question. A form that numbers its questions numbers every one,
    so an unnumbered line between two of them is an answer, unless it asks
    (a colon or a question mark ends it), is another field's label with its
    own answer ("Kontaktperson: Kari Nordmann") or is that label alone, one
    word ("Søknadsbeløp"): then the question was left blank. Serves Word
    forms with numbered questions, saved as PDF."""
    if not _ITEM_QUESTION.match(label) or j + 1 >= len(rows):
        return False
    filled, following = rows[j].filled(), rows[j + 1].filled()
    text = filled[0].text.rstrip() if len(filled) == 1 else ""
    head, colon, tail = text.partition(":")
    if colon and tail.strip() and classify(head) is not None \
            or len(text.split()) == 1 and classify(text) not in (None, classify(label)):
        return False
    return (bool(text) and not text.endswith((":", "?")) and not _ITEM_QUESTION.match(text) and bool(following)
            and rows[j + 1].page == rows[j].page and bool(_ITEM_QUESTION.match(following[0].text)))


def values_under(rows: list[Row], i: int, classify: Callable[[str], str | None]) -> bool:
    """The row below row ``i`` fills every one of its columns with an answer,
    each under its header, none reading as another field's label ("Prosjekt
    | Status | Oppstart" over "Ungdomslosen | Vidareføring år 2 |
    01.01.2020"): row ``i`` is a header row, though some headers name no
    field the record knows ("Status"), and not a label with its answer
    beside it. Serves forms laid out as bands of headers over values."""
    if i + 1 >= len(rows) or rows[i + 1].page != rows[i].page:
        return False
    row, below = rows[i], rows[i + 1]
    heads, values = row.filled(), below.filled()
    if len(heads) != len(values):
        return False
    grid = row.in_table and below.in_table and len(row.cells) == len(below.cells)
    for head, value in zip(heads, values):
        if grid:
            under = _column_of(row, head) == _column_of(below, value)
        else:
            under = bool(head.bbox and value.bbox) and min(head.bbox[2], value.bbox[2]) > max(head.bbox[0],
                                                                                             value.bbox[0])
        if not under or classify(value.text) not in (None, classify(head.text)):
            return False
    return True


def _column_of(row: Row, cell: Span) -> int | None:
    return next((k for k, other in enumerate(row.cells) if other is cell), None)


def wrapped_answer(rows: list[Row], i: int, value: Span, classify: Callable[[str], str | None]) -> Span:
    """The answer on row i joined with the line it wrapped onto ("Tiltakets
    navn: Arbeidslivet som arena for" / "inkludering"). A printed line wraps
    inside its column: the next line starts where the answer's box starts,
    directly below, alone on its line and is no label of its own, and opens
    in lower case (a new answer or sentence starts with a capital) unless
    the answer ends on a word no answer ends on ("Flere finner jobb i" /
    "Moss": labels.toml [open_ending]), as a narrow column (a page in two
    columns) wraps a title before a place name. Word paragraphs and table
    cells keep their whole text already and have no such lines."""
    if value.bbox is None or i + 1 >= len(rows) or value.text.rstrip().endswith((".", "!", "?", ":")):
        return value
    below = rows[i + 1]
    cells = below.filled()
    if below.page != value.page or below.in_table or len(cells) != 1 or cells[0].bbox is None:
        return value
    line = cells[0]
    text = line.text.strip()
    height = value.bbox[3] - value.bbox[1]
    if (not (text[:1].islower() or _goes_on_capitalised(value.text, text)) or ":" in text
            or classify(text) is not None or abs(line.bbox[0] - value.bbox[0]) > settings.ROW_TOLERANCE
            or not 0 <= line.bbox[1] - value.bbox[3] <= height):
        return value
    box = (value.bbox[0], value.bbox[1], max(value.bbox[2], line.bbox[2]), line.bbox[3])
    return Span(normalize_space(f"{value.text} {text}"), value.page, box,
                min(value.confidence, line.confidence), value.method)


def _goes_on_capitalised(answer: str, line: str) -> bool:
    """A capitalised line carries on an answer that ends open, when it is a
    few words and no sentence of its own (a paragraph may follow the answer
    directly)."""
    words = fold(answer).split()
    return (line[:1].isupper() and len(words) >= 2 and words[-1] in _open_endings(vocabulary_dir())
            and len(line.split()) <= _MAX_CAPITALISED_TAIL_WORDS and not line.endswith((".", "!", "?")))


_MAX_CAPITALISED_TAIL_WORDS = 5


@lru_cache(maxsize=4)
def _open_endings(folder: Path) -> frozenset[str]:
    return frozenset(map(fold, Entry("labels", folder).table("open_ending").words()))


def answered_in_column(rows: list[Row], i: int, cell: Span, below: Span,
                       classify: Callable[[str], str | None]) -> bool:
    """``cell`` stands in a column of labels whose answers stand beside them
    in a column of their own ("Kontaktperson | Stian Bråten" over "E-post |
    stian@…"), and ``below`` starts in the label column, not the answer
    column: it is the next question, and this label's answer is the space
    beside it, left empty (a form's empty box). Told by a row next to the
    label that pairs a known label at the label's left edge with a plain
    answer right of the label. Serves forms with labels left of their boxes,
    a box left empty over a filled one. A label in a band of two or more
    headers whose row below answers every column (``values_under``) is answered there,
    whatever the next band's headers look like ("Oppstart | Stilling")."""
    if cell.bbox is None or below.bbox is None or abs(below.bbox[0] - cell.bbox[0]) > settings.LABEL_COLUMN_ALIGN_PT \
            or rows[i].in_table or re.search(r"\d", below.text) or not looks_like_label(below.text):
        return False
    if len(rows[i].filled()) >= 2 and values_under(rows, i, classify):
        return False  # "Prosjekttittel | Søknadstype" over "Arbeidslinja på bygda | Ny": a band of headers
    for k in (i - 1, i + 1, i + 2):
        if not 0 <= k < len(rows) or k == i or rows[k].page != rows[i].page or rows[k].in_table:
            continue
        filled = rows[k].filled()
        if len(filled) < 2 or filled[0].bbox is None or filled[1].bbox is None:
            continue
        label, answer = filled[0], filled[1]
        if abs(label.bbox[0] - cell.bbox[0]) <= settings.LABEL_COLUMN_ALIGN_PT \
                and answer.bbox[0] >= max(cell.bbox[2], below.bbox[2]) - 1 and classify(label.text) is not None \
                and classify(answer.text) is None:
            return True
    return False
