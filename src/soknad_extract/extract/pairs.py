"""Label→value pairs, from the rows of a document and from its form fields.

A label and its answer stand side by side, on one line ("Label: value"),
one above the other, or in form machinery; the rows view
(``layout.rows``) gives every layout the same shape, and this module finds
the pairs in it, so field extractors never care which one a document used.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from soknad_extract.extract.column_wrap import wrapped_in_column
from soknad_extract.extract.dash_labels import split_dash_label
from soknad_extract.extract.leaders import NUMBERING
from soknad_extract.extract.pair_shapes import (answered_beside, answered_in_column, answers_item, guidance_column,
                                                next_item, values_under, with_colon, wrapped_answer)
from soknad_extract.extract.pair_text import Pair, looks_like_label, split_label, sub_span
from soknad_extract.extract.run_on_labels import FREE_TEXT, run_on_pairs
from soknad_extract.extract.running_matter import next_row_across_break
from soknad_extract.layout import FormField
from soknad_extract.layout.hyphenation import continuations, joined
from soknad_extract.layout.rows import Row, Span
from soknad_extract.norwegian import normalize_space
from soknad_extract.norwegian.letters import LOWER, UPPER

_PERSON_NAME = re.compile(rf"^[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?\s+[{UPPER}][{LOWER}]+")
"""An answer that starts with a name ("Gro Anita Sletten Telefon: …") is no label."""


def field_pairs(fields: list[FormField]) -> Iterator[Pair]:
    for f in fields:
        if f.kind == "checkbox" or not f.value or not f.value.strip():
            continue
        label = f.label or f.name or ""
        span = Span(normalize_space(f.value), f.page, f.bbox, f.confidence, f.method)
        yield Pair(label, span, f.method)


def find_pairs(rows: list[Row], classify: Callable[[str], str | None]) -> list[Pair]:
    """Label→value pairs from rows. ``classify`` names the field a text is
    a label for (or None); it decides "label above value" and keeps prose
    sentences with a colon from becoming pairs."""
    def is_label(text: str) -> bool:
        return classify(text) is not None

    pairs: list[Pair] = []
    broken = _broken_labels(rows, is_label)
    for i, row in enumerate(rows):
        filled = row.filled()
        stacked = _stacked_pairs(rows, i, classify)
        if stacked:
            pairs.extend(stacked)
            continue
        if _is_header_row(rows, i, classify):
            pairs.extend(_header_row_pairs(rows, i, classify))
            continue
        for j, cell in enumerate(filled):
            if id(cell) in broken:
                if broken[id(cell)] is not None:
                    pairs.append(broken[id(cell)])
                continue
            head, sep, tail = split_label(cell.text)
            head = with_colon(head, sep, is_label)
            if sep and tail.strip() and looks_like_label(head) and is_label(head):
                run_on = run_on_pairs(cell, head, tail, is_label, i) if classify(head) not in FREE_TEXT else []
                if len(run_on) > 1:
                    pairs.extend(run_on)
                    continue
                value = sub_span(cell, tail)
                wrapped = wrapped_answer(rows, i, value, classify) if len(filled) == 1 else value
                value = wrapped if wrapped is not value else wrapped_in_column(rows, i, head, value, classify)
                pairs.append(Pair(head, value, cell.method, i))
                continue
            dashed = None if sep or len(filled) > 1 else split_dash_label(cell.text, classify)
            if dashed is not None:
                pairs.append(Pair(dashed[0], sub_span(cell, dashed[1]), cell.method, i))
                continue
            if not (looks_like_label(cell.text) and is_label(cell.text)):
                continue
            if j + 1 < len(filled):
                nxt = filled[j + 1]
                label_before_value = is_label(nxt.text) and j + 2 < len(filled)
                if not _is_label_cell(nxt.text, is_label) and not label_before_value:
                    if row.in_table and j + 3 == len(filled) and not is_label(filled[-1].text) \
                            and guidance_column(rows, i, nxt):
                        nxt = filled[-1]  # "Nav-kontor | Skriv kontorets navn | Nav Fjellby"
                    value = nxt if row.in_table or j + 2 < len(filled) else wrapped_answer(rows, i, nxt, classify)
                    if value is nxt and not row.in_table:
                        value = wrapped_in_column(rows, i, cell.text, nxt, classify, cell.bbox and cell.bbox[0])
                    pairs.append(Pair(cell.text, value, "table" if row.in_table else cell.method, i))
                    continue
            below = None if row.in_table and answered_beside(filled, j, is_label) else \
                _value_below(rows, i, row, cell, classify)
            if below is not None:
                pairs.append(Pair(cell.text, below, "table" if row.in_table else cell.method, i))
    return pairs


def _broken_labels(rows: list[Row], is_label: Callable[[str], bool]) -> dict[int, Pair | None]:
    """Labels broken at a hyphen at a line's end, their answer after the
    colon on the next line of the column ("Ønskjer ekstern prosess-" over
    "evaluering: nei"), as narrow columns set them (``layout.hyphenation``).
    Keyed by ``id`` of both lines: the broken line gives the pair (it is no
    label above that answer), the answer line none. Only where the whole label
    names a field and the answer line's own head does not. A label column
    too narrow for the label breaks it so beside its answer ("Prosjekt-" |
    "Ny flyt for flyktningfamiliar" over "namn"): the label's rest alone on
    its line, the answer the cell beside the broken line."""
    found: dict[int, Pair | None] = {}
    for broken, row, line in continuations(rows):
        head, sep, tail = split_label(line.text)
        if rows[row].filled() == [line] and not sep and (beside := _cell_beside(rows, row, broken)) is not None:
            label = next((text for text in joined(broken.text, head.strip())
                          if looks_like_label(text) and is_label(text)), None)
            if label is not None and not _is_label_cell(beside[1].text, is_label):
                found[id(broken)] = Pair(label, beside[1], broken.method, beside[0])
                found[id(line)] = None
        if not sep or not tail.strip() or is_label(head):
            continue
        label = next((text for text in joined(broken.text, head) if looks_like_label(text) and is_label(text)), None)
        if label is not None:
            found[id(broken)] = Pair(label, sub_span(line, tail), line.method, row)
            found[id(line)] = None
    return found


def _cell_beside(rows: list[Row], below: int, cell: Span) -> tuple[int, Span] | None:
    """The row holding ``cell`` (the first above ``below``) and the filled cell right of it there."""
    for i in range(below - 1, -1, -1):
        filled = rows[i].filled()
        at = next((k for k, other in enumerate(filled) if other is cell), None)
        if at is not None:
            return (i, filled[at + 1]) if at + 1 < len(filled) else None
    return None


def _stacked_pairs(rows: list[Row], i: int, classify: Callable[[str], str | None]) -> list[Pair]:
    """Table cells that hold their label on the first line and the answer on
    the lines under it ("Søker" over "Nav Hamar"), often two such cells a
    row. Read so only when every filled cell of the row is built that way or
    is a label left unanswered (else a cell with a label over its help is
    answered by the next cell), and the row below is no table row of plain
    answers (else the lines under each label are help, answered below); a
    heading after the table answers nothing."""
    row = rows[i]
    filled = row.filled()
    stacked = [cell for cell in filled if _stacked(cell, classify)]
    if not row.in_table or not stacked or not all(
            cell in stacked or not cell.lines and classify(cell.text) is not None for cell in filled):
        return []
    nxt = rows[i + 1] if i + 1 < len(rows) else None
    below = nxt.filled() if nxt is not None and nxt.page == row.page and nxt.in_table else []
    if below and not any(_stacked(cell, classify) or classify(cell.text) for cell in below) \
            and not all(next_item(cell.lines[0], below) for cell in stacked):
        return []
    answers = [_answer_lines(cell) for cell in stacked]
    return [Pair(cell.lines[0], sub_span(cell, " ".join(lines), lines), cell.method, i)
            for cell, lines in zip(stacked, answers)]


def _stacked(cell: Span, classify: Callable[[str], str | None]) -> bool:
    """The cell's first line is a label alone (no "Label: value") and the
    lines under it read like no other field's label (an answer may contain
    its own label's word: "Nytt eller videreføring" over "Videreføring")."""
    answer = _answer_lines(cell)
    if not answer:
        return False
    head, sep, tail = split_label(cell.lines[0])
    own = classify(head) if not (sep and tail.strip()) and looks_like_label(head) else None
    return own is not None and all(classify(text) in (None, own) for text in (answer[0], " ".join(answer)))


def _answer_lines(cell: Span) -> tuple[str, ...]:
    """The lines under a cell's first line, without the notes in brackets
    that go on the label ("Kontaktperson" over "(navn og telefon)")."""
    lines = list(cell.lines[1:])
    while lines and lines[0].startswith("(") and lines[0].endswith(")"):
        lines.pop(0)
    return tuple(lines)


def _led_line(text: str, classify: Callable[[str], str | None]) -> bool:
    """A label led by dots to its answer ("6. Status ...... Nytt tiltak"),
    numbered or known: the line of a label of its own, even one the
    vocabulary does not know, so never the answer to the label above it
    (left blank: "5. Tittel ........")."""
    head, sep, tail = split_label(text)
    return (bool(sep.strip(" :")) and bool(tail.strip())
            and (NUMBERING.match(head) is not None or classify(head) is not None))


def _is_header_row(rows: list[Row], i: int, classify: Callable[[str], str | None]) -> bool:
    """Every cell a short label (but a leading row heading), and the row
    below holds plain answers. Two
    cells may also be a label and an answer that happens to contain a label
    word ("Prosjektets navn | OPPSTART – tett oppfølging …"), so a pair of
    cells counts as a header only over a row of answers. An answer may read
    like a label of a field the row asks for ("Nytt eller videreføring" over
    "Videreføring, andre år"), never like another field's. A long second
    label ("Stillingar det blir søkt om, med stillingsprosent") heads its
    column when the row below answers each label in its own column."""
    filled = rows[i].filled()
    if len(filled) < 2 or any(not looks_like_label(c.text) or re.search(r"\d", c.text) for c in filled):
        return False  # the shape first: a row of answers is not asked what fields it names
    keys = {classify(c.text) for c in filled} - {None}
    labels = [c for c in filled if classify(c.text) is not None]
    unlabelled = [c for c in filled if c not in labels]
    odd = unlabelled[1:] or (unlabelled and unlabelled[0] is not filled[0])
    if len(labels) < 2 or (odd and not (len(unlabelled) < len(labels) and values_under(rows, i, classify))):
        return False  # only a leading row heading ("Prioritert område"), or a band over its values, names no field
    if len(filled) >= 3:
        return True
    below = rows[i + 1].filled() if i + 1 < len(rows) else []
    return (len(filled[1].text.split()) <= 4 and len(below) >= 2
            and all(classify(c.text) in keys | {None} for c in below)) or values_under(rows, i, classify)


def _header_row_pairs(rows: list[Row], i: int, classify: Callable[[str], str | None]) -> list[Pair]:
    """A row of labels with their answers in the row below, column by column
    ("Nav-kontor | Kommune | Org.nr." over "Nav Tønsberg | Tønsberg | …")."""
    row = rows[i]
    pairs = []
    for cell in row.filled():
        if classify(cell.text) is None:
            continue
        below = _value_below(rows, i, row, cell, classify)
        if below is not None:
            pairs.append(Pair(cell.text, below, "table" if row.in_table else cell.method, i))
    return pairs


def _is_label_cell(text: str, is_label: Callable[[str], bool]) -> bool:
    """A neighbouring cell is another label, not this label's answer, only
    when it is written as one ("Telefon:"); an answer may well contain a
    label word ("Kari Nordmann, tlf. 61 23 45 67")."""
    stripped = text.strip()
    return stripped.endswith(":") and is_label(stripped)


def _value_below(rows: list[Row], i: int, row: Row, cell: Span,
                 classify: Callable[[str], str | None]) -> Span | None:
    """The answer written under its label: the next row's cell in the same
    column (tables, PDF columns) or the next paragraph, past a page's running
    foot and the next page's running head when the label ends its page. An answer may read
    like a label of its own field ("Namn på Nav-kontoret" answered by
    "Nav-kontoret i Bømlo"), never like another field's, and never like a
    label that has its own answer (then ``cell`` was a section heading)."""
    j = next_row_across_break(rows, i)
    if j is None:
        return None
    below = rows[j]
    if below.page != row.page and not _labels_go_on(rows, j, classify):
        return None
    own = classify(cell.text)

    def is_other_label(text: str) -> bool:
        key = classify(text)
        return key is not None and key != own and looks_like_label(text)

    if answers_item(cell.text, rows, j, classify):
        return below.filled()[0]
    if _has_own_answer(rows, j, classify):
        return None
    candidates = below.filled()
    if row.in_table and below.in_table and len(row.cells) == len(below.cells):
        target = below.cells[row.cells.index(cell)]
        return target if target.text.strip() and not is_other_label(target.text) else None
    if cell.bbox is not None and len(row.filled()) > 1:
        candidates = [c for c in candidates if c.bbox and c.bbox[0] < cell.bbox[2] and c.bbox[2] > cell.bbox[0]]
    if candidates and not is_other_label(candidates[0].text) and not _led_line(candidates[0].text, classify) \
            and not answered_in_column(rows, i, cell, candidates[0], classify):
        return candidates[0]
    return None


def _labels_go_on(rows: list[Row], j: int, classify: Callable[[str], str | None]) -> bool:
    """Row ``j`` opens its page and the form's labels go on under it: then
    it is the answer to the label ending the page before. A page that opens
    with a section's heading and its prose answers no label left empty at
    the foot of the page before; it would be read as that field's value."""
    k = j + 1
    return k < len(rows) and rows[k].page == rows[j].page and any(
        classify(c.text) is not None for c in rows[k].filled())


def _has_own_answer(rows: list[Row], j: int, classify: Callable[[str], str | None]) -> bool:
    """Row j is a label answered in its own row or by a plain row below it."""
    row = rows[j]
    first = row.filled()[0].text if row.filled() else ""
    head, sep, tail = split_label(first)
    if sep and tail.strip() and classify(head) is not None and not _PERSON_NAME.match(head):
        return True
    if classify(first) is None:
        return False
    if len(row.filled()) > 1:
        return True
    nxt = rows[j + 1] if j + 1 < len(rows) else None
    return nxt is not None and nxt.page == row.page and bool(nxt.filled()) and classify(nxt.text) is None
