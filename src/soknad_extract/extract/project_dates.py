"""The project's start date: the labelled answer, else the date a start
word cues in a sentence or a table row. A start written without its year
("Oppstart 1. mars d.å.", "skal starte 1. april") takes the application's
year; where no year can be fixed, the start is still given (``Start.unfixed``):
the record leaves it null and the clerk is asked to read it, never told
it is missing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from soknad_extract.extract.context import Context, Draft, span_evidence
from soknad_extract.extract.label_answers import labelled
from soknad_extract.extract.pair_text import Pair
from soknad_extract.extract.project_words import project_words
from soknad_extract.extract.signatures.words import signature_words
from soknad_extract.layout.rows import Span
from soknad_extract.norwegian import find_dates, fold, parse_date
from soknad_extract.norwegian.dates import parse_scanned_date
from soknad_extract.norwegian.yearless import Yearless, find_short_dates, find_yearless
from soknad_extract.record import Evidence

_WINDOW = 60
"""Characters after a start word where its date may stand in a sentence."""
_YEAR_REACH = 8
"""Characters past a window a year may stand in that would make its last day and month a full date."""
_AUXILIARY_REACH = 16
"""Characters before a start word where a past auxiliary stands ("vart ", "hadde ")."""
_CLAUSE_REACH = 60
"""Characters either side of a start word where its clause's words stand."""
_HEAD_ROWS = 15
"""Rows at the document's head where a letter's dateline stands."""
_DATELINE_PLACE_WORDS = 3
"""Words of the place before a dateline's date ("Mo i Rana, 24. januar 2020")."""


@dataclass
class Start:
    """What the text says of the start: ``unfixed`` is the evidence of a
    start written without a year no date of the document fixes."""

    unfixed: Evidence | None = None


def extract_start(ctx: Context, draft: Draft) -> Start:
    """The labelled start date, else the first date a start word cues. A
    continuation tells when the project began ("Tiltaket ble startet opp 1.
    mars 2019") before when the year applied for starts ("Nytt driftsår
    starter 1. mars 2020"): a cued date in the scheme's year or later is
    preferred to one before it, which is the project's history; a day and
    month the application's year fixes ("1. mars i år") counts as a date,
    after every cued date written with its year (a letter names many days
    without one: "Oppstartsmøte … 5. mars")."""
    unfixed: list[Evidence] = []
    pairs = labelled(ctx, "start_date")
    for pair in pairs:
        value = _full_date(pair.value.text) or _scanned_date(pair.value)
        if value:
            draft.set("project.start_date", value.isoformat(), span_evidence(pair.value, pair.method, 0.9))
            return Start()
    for pair in pairs:
        under = _under_speck(ctx, pair)
        if under is not None:
            draft.set("project.start_date", under[0].isoformat(), span_evidence(under[1], under[1].method, 0.8))
            return Start()
    for pair in pairs:
        first = _yearless(pair.value.text)
        value = _with_year(ctx, first) if first is not None else None
        if value:
            draft.set("project.start_date", value.isoformat(), span_evidence(pair.value, pair.method, 0.85))
            return Start()
        if first is not None:
            unfixed.append(span_evidence(pair.value, pair.method, 0.85))
    cued: list[tuple[int, int, date]] = []
    fixed: list[tuple[int, int, date]] = []
    for start, window, reach, past in _cue_windows(ctx):
        found = _dates_in(window)
        if found:
            cued.append((start + found[0][0], start + found[0][1], found[0][2]))
            continue
        first = _yearless(window + reach)
        if first is None or first.start >= len(window):
            continue
        value = None if past else _with_year(ctx, first)
        if value is not None:
            fixed.append((start + first.start, start + first.end, value))
        else:
            evidence = ctx.evidence_at(start + first.start, start + first.end, "nlp", 0.7)
            unfixed.append(evidence.model_copy(update={"text": first.text}))
    year = ctx.scheme.year if ctx.scheme is not None else None
    cued += fixed
    if cued:
        start, end, value = next((c for c in cued if year is not None and c[2].year >= year), cued[0])
        draft.set("project.start_date", value.isoformat(), ctx.evidence_at(start, end, "nlp", 0.75))
        return Start()
    headed = _under_start_heading(ctx, year)
    if headed is not None:
        draft.set("project.start_date", headed[0].isoformat(), headed[1])
        return Start()
    return Start(unfixed=unfixed[0] if unfixed else None)


def _under_start_heading(ctx: Context, year: int | None) -> tuple[date, Evidence] | None:
    """The date in a form's box whose heading is a period's start word alone
    ("Prosjekt | Søknadstype | Frå" over "… | januar 2020"): a grid of boxes
    sets its labels in the row above their answers, and "Frå" heads when
    the project runs from. A date before the scheme's year is the
    project's history, not the start of the year applied for."""
    heading = project_words().start_heading
    for upper, lower in zip(ctx.rows, ctx.rows[1:]):
        if len(upper.cells) < 2 or len(upper.cells) != len(lower.cells) or upper.page != lower.page:
            continue
        for head, cell in zip(upper.cells, lower.cells):
            if not heading.fullmatch(head.text.strip()):
                continue
            found = _dates_in(cell.text)
            if len(found) == 1 and (year is None or found[0][2].year >= year):
                return found[0][2], span_evidence(cell, cell.method, 0.75)
    return None


_SPECK = 2
"""Characters, none a digit, of what a scan's speck beside a label reads as ("i", "'", ".")."""


def _under_speck(ctx: Context, pair: Pair) -> tuple[date, Span] | None:
    """The date under a scanned grid's label whose answer beside it is a
    speck ("Prosjektstart (dato) | i" over "01.03.2020"): a form that sets
    its labels over their answers, where the scan read a fleck of toner
    beside the label as a word. The date must be the one of the next row's
    cells under the label's column."""
    value = pair.value
    if value.method != "ocr" or pair.row is None or pair.row + 1 >= len(ctx.rows) \
            or len(value.text.strip()) > _SPECK or re.search(r"\d", value.text):
        return None
    row, below = ctx.rows[pair.row], ctx.rows[pair.row + 1]
    label = next((c for c in row.filled() if c.text.strip() == pair.label.strip()), None)
    if label is None or label.bbox is None or below.page != row.page:
        return None
    under = [c for c in below.filled() if c.bbox and c.bbox[0] < label.bbox[2] and c.bbox[2] > label.bbox[0]]
    found = [(cell, d) for cell in under for d in _dates_in(cell.text)]
    return (found[0][1][2], found[0][0]) if len(found) == 1 else None


def _scanned_date(value: Span) -> date | None:
    """An OCR'd answer that is a date one of whose dots the scan read as a
    comma ("01.08,2020"); a typed answer keeps what it says."""
    return parse_scanned_date(value.text) if value.method == "ocr" else None


def _full_date(text: str) -> date | None:
    found = _dates_in(text)
    return found[0][2] if found else parse_date(text)


def _dates_in(text: str) -> list[tuple[int, int, date]]:
    """The dates with their year in ``text``, with the short form "1/3-2020"
    that a start word or a date's label makes a date, in text order."""
    found = [(m.start, m.start + len(m.text), m.value) for m in find_dates(text)]
    return sorted(found + find_short_dates(text))


def _yearless(text: str) -> Yearless | None:
    found = find_yearless(text, project_words().this_year)
    return found[0] if found else None


def _cue_windows(ctx: Context) -> list[tuple[int, str, str, bool]]:
    """Where each start word's date may stand, as (offset, text, the text
    just past it, whether the word tells a start in the past: "Prosjektet
    startet 1. mars" in a continuation is last year's, which no year
    written fixes; so is one after a past auxiliary, "vart starta"): in a
    table row, the words after it in its cell or the row's other cells (a timetable sets the date before the activity:
    "1. april 2020 | Oppstart av prosjektet"), never the next row's; in
    prose, the rest of its sentence within reach."""
    text, words = ctx.text, project_words()
    windows = []
    for cue in words.start_cue.finditer(text):
        if not _project_start(text, cue.start(), cue.end()):
            continue
        past = words.past_start.fullmatch(fold(cue.group())) is not None \
            or words.past_auxiliary.search(text[max(0, cue.start() - _AUXILIARY_REACH): cue.start()]) is not None
        in_row = _row_windows(ctx, cue.start())
        if in_row is not None:
            windows.extend((start, window, "", past) for start, window in in_row)
            continue
        window = text[cue.start(): cue.end() + _WINDOW]
        sentence_end = re.search(r"(?<!\d)[.!?](?:\s|$)", window[cue.end() - cue.start():])
        if sentence_end:
            window = window[: cue.end() - cue.start() + sentence_end.start() + 1]
        end = cue.start() + len(window)
        windows.append((cue.start(), window, text[end: end + _YEAR_REACH], past))
    return windows


def _project_start(text: str, start: int, end: int) -> bool:
    """Whether a start word tells the project's start: not in a deadline's
    clause ("Søknadsperioden går ut 1. februar", "Søknadsfristen er …"),
    nor a person taking up a post ("Koordinatoren begynner i kommunen 1.
    april") unless the clause names the project; the words are
    ``project.toml``'s ``not_start``. Either date read as the start would
    tell the clerk a false start."""
    words = project_words()
    before = re.split(r"[.!?\n,;]", text[max(0, start - _CLAUSE_REACH): start])[-1]
    after = re.split(r"[.!?\n,;]", text[end: end + _CLAUSE_REACH])[0]
    clause = fold(before + text[start:end] + after)
    if words.deadline.search(clause):
        return False
    return not (words.person_after.search(fold(after).lstrip()) and not words.project_before.search(fold(before)))


def _row_windows(ctx: Context, start: int) -> list[tuple[int, str]] | None:
    """The cue's own cell after it, else the first other cell of its row,
    that holds a date (one with its year before one without), for a start
    word in a table cell or a row of several cells.
    None for a line of prose, whose sentence may wrap onto the next line,
    and for a row with no date in it: a label ("Oppstart:") whose answer a
    scan set on the line below reads as the start word does in an activity,
    so the text after it decides, as it does in prose."""
    spans = ctx.index.spans
    at = next(((s, e, span) for s, e, span in spans if s <= start < e), None)
    row = ctx.row_of_cell.get(id(at[2])) if at else None
    if at is None or row is None or (not row.in_table and len(row.filled()) < 2):
        return None
    own = (start, ctx.text[start:at[1]])
    cells = {id(cell) for cell in row.cells if cell is not at[2]}
    beside = [(s, span.text) for s, _, span in spans if id(span) in cells]
    for dated in (_dates_in, _yearless):
        found = [window for window in [own, *beside] if dated(window[1])]
        if found:
            return found[:1]
    return None


def _with_year(ctx: Context, found: Yearless) -> date | None:
    """The day and month in the application's year. "d.å."/"i år" is the
    year of the letter's date, else of the scheme the document names. A
    bare day and month is read in the letter's year when that day is not
    before the letter, else in the next year when the letter is for that
    year's scheme (written in the autumn before); without a letter's
    date, in the scheme's year when the document names it. None when
    nothing fixes the year."""
    letter = _letter_date(ctx)
    scheme_year = ctx.scheme.year if ctx.scheme is not None else None
    named = scheme_year is not None and _names_year(ctx.text, scheme_year)
    if letter is None:
        return found.on(scheme_year) if named and scheme_year is not None else None
    if found.this_year:
        return found.on(letter.year)
    day = found.on(letter.year)
    if day is not None and day >= letter:
        return day
    return found.on(letter.year + 1) if scheme_year == letter.year + 1 else None


def _names_year(text: str, year: int) -> bool:
    """The document names ``year`` (its title, a deadline, a date): the
    scheme was not assumed for want of a year."""
    return re.search(rf"(?<!\d){year}(?!\d)", text) is not None \
        or any(m.value.year == year for m in find_dates(text))


def _letter_date(ctx: Context) -> date | None:
    """The letter's date at its head: a line of a place and a date ("Stord,
    25. januar 2018") or the date under its label ("Vår dato: 30.01.2020",
    beside "Vår ref."); None when the head has none or several."""
    labels = signature_words().letter_date_labels
    dates = set()
    for row in ctx.rows[:_HEAD_ROWS]:
        for cell in row.filled():
            found = find_dates(cell.text)
            if not found:
                continue
            before = cell.text[:found[0].start].strip()
            if before.endswith(":") and fold(before[:-1]).strip() in labels:
                dates.add(found[0].value)
            elif before.endswith(",") and not cell.text[found[0].start + len(found[0].text):].strip(" .") \
                    and 1 <= len(before.rstrip(",").split()) <= _DATELINE_PLACE_WORDS and before[:1].isupper():
                dates.add(found[0].value)
    return dates.pop() if len(dates) == 1 else None
