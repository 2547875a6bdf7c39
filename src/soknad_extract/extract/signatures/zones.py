"""Signature zones: where on the pages signing happens.

Only fragments inside a *signature zone* (from a signature label, closing or
bare line to sign on, to the end of its page) are read as names and titles,
so that "Leder av Nav-kontoret: Kari Nordmann" in the applicant section is
never taken for a signature. Without any of those, titles that stand as
lines ("Nav-leder") open the zone a little above themselves.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ...layout import Document, settings
from ...layout.fragments import Fragment, adjacent
from ...layout.geometry import x_overlap
from ...norwegian import normalize_space
from .answers import answers_to_other_questions
from .approver import approver_first, says_approved, statement_runs_on
from .formcolumn import captioned_form_column
from .headover import heading_over_line, heading_words
from .headrow import headings_beside
from .typedsign import typed_signing_lines
from .overstatement import signers_over_statement
from .wording import (full_dates, in_sentence, is_approval, is_bare_line, is_opener, is_place_date_label,
                      is_signing_line, is_stop, labelled_signer, labelled_title, list_label, person_name,
                      roles_in, signing_dates, typed_signed, undated_list_label)
from .placedate import place_and_date
from .words import signature_words
from .pagebreak import ink_ends_page, signer_opening_page


@dataclass
class Zones:
    """Fragments read as part of signature blocks, and how the zone began."""

    members: list[Fragment]
    role_only: bool
    approval: list[Fragment]
    """The fragments that state an electronic approval, the statement in its
    usual words ("Dokumentet er elektronisk godkjent …") before the lines
    that each approve one approver ("Kari Moe, Nav-leiar – godkjent …"):
    the first is the statement a signer's evidence quotes."""
    scribbles: list[Fragment] = field(default_factory=list)
    """OCR "text" that is handwriting: marks, not words."""
    signing_lines: list[tuple[Fragment, list[Fragment]]] = field(default_factory=list)
    """Lines to sign on with the signer's caption read above each: the line
    is that signer's, and so is the ink on it."""


def signature_zones(doc: Document, frags: list[Fragment]) -> Zones:
    """Fragments from each signature label to the end of its page (and the
    top of the next page when the label ends a page); cut at "Kopi til",
    "Vedlegg", "Saksbehandler". Without any label, role titles that stand as
    labels ("Nav-leder", "Rådmann") open zones, starting just above them;
    blocks found so must carry a mark or stand as printed signers to count.
    With labels elsewhere, a typed signing line with its title ("Sign.: Kari
    Moe" over "Nav-leder", ``typedsign``) opens a zone just above it too.
    The answers to a form's questions that are not about signing
    (``answers``) are never read."""
    others = answers_to_other_questions(frags)
    frags = [f for f in frags if f.order not in others]
    following = _next_lines(frags)
    runs_on = {id(f) for f in frags if _approver_runs_on(f, following.get(id(f)))
               or statement_runs_on(f, following.get(id(f)))}
    approval = sorted((f for f in frags if says_approved(f) or id(f) in runs_on),
                      key=lambda f: not is_approval(f))
    openers = [f for f in frags if is_opener(f) or approver_first(f.text) or id(f) in runs_on
               or _label_runs_on(f, following.get(id(f)))]
    role_only = not openers
    openers = [f for f in frags if _role_label(f)] if role_only else openers + typed_signing_lines(frags)
    page_height = {p.number: p.height for p in doc.pages}
    by_page: dict[int, list[Fragment]] = {}
    for f in frags:
        by_page.setdefault(f.page, []).append(f)
    members: dict[int, Fragment] = {}
    signing_lines: list[tuple[Fragment, list[Fragment]]] = []
    for opener in openers:
        page_frags = by_page[opener.page]
        caption = _caption_above(opener, page_frags)
        if caption:
            signing_lines.append((opener, caption))
        lead = role_only or typed_signed(opener.text)  # a typed signer's title and date may stand just above
        for f in (_below(opener, page_frags, lead) + _date_just_above(opener, page_frags, lead) + caption
                  + _signer_just_above(opener, page_frags) + captioned_form_column(opener, page_frags)):
            members[f.order] = f
        if _ends_page(opener, page_frags, page_height.get(opener.page)) or ink_ends_page(
                opener, doc.page(opener.page), page_frags):
            nxt = by_page.get(opener.page + 1, [])
            height = page_height.get(opener.page + 1)
            limit = height * 0.4 if height else None
            top_part = [f for f in nxt if (f.box[1] < limit if limit else nxt.index(f) < 12)]
            for f in top_part:
                members[f.order] = f
        else:
            for f in signer_opening_page([m for m in members.values() if m.page == opener.page],
                                         by_page.get(opener.page + 1, []), _caption_line, _role_label,
                                         lambda f: person_name(f.text, ocr=f.ocr) == f.text):
                members[f.order] = f
    for statement in approval:
        for f in signers_over_statement(statement, by_page[statement.page]):
            members[f.order] = f
    for f in _rest_of_cells(list(members.values()), openers, frags) + _signers_over(members, by_page):
        members[f.order] = f
    ordered = _cut_at_stops(sorted(members.values(), key=lambda f: f.order), openers)
    scribbles = _handwriting_read_as_text(ordered, frags)
    return Zones(members=[f for f in ordered if f not in scribbles], role_only=role_only,
                 approval=approval, scribbles=scribbles, signing_lines=signing_lines)


def _label_runs_on(frag: Fragment, nxt: Fragment | None) -> bool:
    """An approval sentence whose list label the line break cuts
    ("Søknaden er elektronisk godkjent" / "av Nav-leder Kari Moe …") opens
    the zone as the whole label would; ``nxt`` is the line below it."""
    if nxt is None or not in_sentence(frag.text) or list_label(undated_list_label(frag.text)) is not None:
        return False
    return list_label(undated_list_label(f"{frag.text} {nxt.text}")) is not None


def _approver_runs_on(frag: Fragment, nxt: Fragment | None) -> bool:
    """An approval sentence naming its approver as the subject that the line
    break cuts ("… Kommunedirektør Kari Moe har godkjent" / "søknaden
    elektronisk 24.01.2020."): its first line opens the zone and states the
    approval, as the whole sentence on one line would; ``nxt`` is the line below it."""
    if nxt is None:
        return False
    joined = f"{frag.text} {nxt.text}"
    return (_may_state_approval(joined) and not approver_first(frag.text) and not approver_first(nxt.text)
            and approver_first(joined) is not None)


def _may_state_approval(text: str) -> bool:
    """Whether ``approver_first`` could find anything in ``text``: each of its
    readings opens with a match of the approver's verb phrase or of the
    approval after a labelled name. Most joined lines hold neither, and
    without this test each was new to ``approver_first``'s memo and ran its
    title, name and label tests (about 1,300 texts for 46 Word files)."""
    text = normalize_space(text)
    words = signature_words()
    return words.approver_first.search(text) is not None or words.approved_after_name.search(text) is not None


def _next_lines(frags: list[Fragment]) -> dict[int, Fragment]:
    """Each fragment's line below (by ``id``): the fragment read next on its
    page, when it stands on the line just below in the same column. One pass
    over the fragments in reading order, instead of a search per fragment."""
    ordered = sorted(frags, key=lambda f: (f.page, f.order))
    return {id(f): g for f, g in zip(ordered, ordered[1:]) if g.page == f.page and adjacent(f, g)}


def _handwriting_read_as_text(members: list[Fragment], frags: list[Fragment]) -> list[Fragment]:
    heights: dict[int, list[float]] = {}
    for g in frags:
        if g.ocr and g.real:
            heights.setdefault(g.page, []).append(g.box[3] - g.box[1])
    usual = {page: sorted(hs)[len(hs) // 2] for page, hs in heights.items()}
    return [f for f in members
            if f.ocr and f.real and f.box[3] - f.box[1] > settings.SCRIBBLE_HEIGHT * usual[f.page]
            and not (roles_in(f.text) or full_dates(f.text))]


def _rest_of_cells(members: list[Fragment], openers: list[Fragment], frags: list[Fragment]) -> list[Fragment]:
    """A signer's table cell is read whole: when the zone takes part of a
    short cell ("Nav-leder" / "Hilde Moe" above the line to sign on), the
    rest of it (the date under the name) is the same signer's; and so is
    the short cell just above a signature label's cell, in its column (the
    title, name and date over "Underskrift: ____")."""
    cells: dict[tuple[int, tuple[int, int, int]], list[Fragment]] = {}
    for f in frags:
        if f.table_cell is not None:
            cells.setdefault((f.page, f.table_cell), []).append(f)
    wanted = {(f.page, f.table_cell) for f in members if f.table_cell is not None}
    wanted |= {(f.page, (f.table_cell[0], f.table_cell[1] - 1, f.table_cell[2]))
               for f in openers if f.table_cell is not None and f.table_cell[1] > 0}
    wanted |= {caption for key in wanted if (caption := _caption_over_pen_row(key, cells)) is not None}
    return [f for key in wanted if len(cells.get(key, ())) <= _SHORT_CELL for f in cells.get(key, ())]


def _caption_over_pen_row(key: tuple[int, tuple[int, int, int]],
                          cells: dict[tuple[int, tuple[int, int, int]], list[Fragment]]
                          ) -> tuple[int, tuple[int, int, int]] | None:
    """A signature table that gives the pen a row of its own: the role
    caption on top, an empty row for the ink, then the printed name and the
    place and date ("Nav-leiar" / (ink) / "Oddvar Rise" / "Stad/dato: …").
    Above a signer's cell, across empty rows only, the cell of role captions
    in its column is the same signer's; any text between ends the search,
    so a form's answer rows above stay out. A row of places and dates on
    top ("Ørsta, 29.01.2020" / (ink) / "Kari Moe" / "Nav-leiar") is the
    signer's the same way: the date each signed, over the pen."""
    page, (table, row, col) = key
    for above in range(row - 1, max(row - 1 - _PEN_ROWS, 0) - 1, -1):
        cell = [f for f in cells.get((page, (table, above, col)), ()) if f.text.strip()]
        if not cell:
            continue
        if above < row - 1 and (all(_role_label(f) and ":" not in f.text for f in cell)
                                or all(signing_dates(f) and len(f.text.split()) <= _PLACE_DATE_WORDS for f in cell)):
            return page, (table, above, col)
        return None
    return None


_PEN_ROWS = 2
"""Empty rows a signature table may leave for the pen between caption and name."""
_PLACE_DATE_WORDS = 6
"""A place and a date ("Ørsta, 29. januar 2020"), not a sentence that names a date."""


_SHORT_CELL = 6
"""Lines in a table cell that holds one signer (title, name, date, place)."""


def _role_label(frag: Fragment) -> bool:
    """A line that is a role's title, alone or after the signer's name
    ("Kommunedirektør", "Kari Moe, Nav-leder"): the title may carry the
    office's name when the name stands before it ("Tor Moe, Leiar Nav
    Vinje"), which makes the line longer than a title alone would be."""
    roles = roles_in(frag.text)
    if len({r[0] for r in roles}) != 1:
        return False
    if len(frag.text.split()) <= TITLE_LINE_WORDS:
        return True
    name, comma, title = (p.strip() for p in frag.text.partition(","))
    return (bool(comma) and person_name(name) == name and 1 <= len(title.split()) <= _TITLE_WORDS
            and roles[0][2] == frag.text.index(title))


_TITLE_WORDS = 5
"""A title and its office's name ("Leder for Nav Nord-Aurdal")."""
TITLE_LINE_WORDS = 5
"""A role's title line, perhaps with the signer's name ("Kari Moe, Nav-leder")."""


def _below(opener: Fragment, page_frags: list[Fragment], lead: bool = False) -> list[Fragment]:
    if opener.real:
        top = opener.box[1] - (settings.ROLE_LABEL_LEAD if lead else 2.0)
        return [f for f in page_frags if f.box[1] >= top]
    first = opener.order - (2 if lead else 0)
    return [f for f in page_frags if f.order >= first or f.box[1] >= opener.box[1]]


def _date_just_above(opener: Fragment, page_frags: list[Fragment], title: bool = False) -> list[Fragment]:
    """"Voss, 31. januar 2020" on the line or two above "Med vennleg helsing"
    or above the lines to sign on; above a title that opens the zone, over
    the names too ("Hamar, 27.01.2020" / "Kari Nordmann" / "Nav-leder"),
    and then only a short place-and-date line, not prose."""
    reach, lines = (2 * settings.DATE_REACH, 4) if title else (settings.DATE_REACH, 2)
    if opener.real:
        near = [f for f in page_frags if opener.box[1] - reach <= f.box[1] < opener.box[1] - 2.0]
        if title:
            lead = opener.box[1] - reach - settings.ROLE_LABEL_LEAD
            near += [f for f in page_frags if lead <= f.box[1] < opener.box[1] - reach and place_and_date(f)]
        if is_bare_line(opener):
            near += [f for f in _nearest_above(opener, page_frags)[:1] if len(f.text.split()) <= 6]
    else:
        near = [f for f in page_frags if opener.order - lines <= f.order < opener.order]
    return [f for f in near if signing_dates(f) and (not title or len(f.text.split()) <= 6)]


def _signer_just_above(opener: Fragment, page_frags: list[Fragment]) -> list[Fragment]:
    """The signer labelled with a role ("Nav-leiar: Kari Moen") on the line just above "Stad og dato: …": forms
    that ask for the name under the ink and then the place and date; or the role heading its column there
    (``_column_heading``). Only that one line, and only over a place and date label, so that an applicant's
    "Leder av Nav-kontoret: Kari Moen" further up stays out; over a bare line, over its place and date
    ("Nav-leiar" / "Bø, 31.01.2020" / ink / "___": a Word signing table as PDF; in Word the blank lines
    left for the pen stand between). The role headings beside a heading so taken, on its row, head the
    columns beside it (``headrow``): a column filled in where its label was opens nothing of its own."""
    if is_bare_line(opener):  # the place and date may stand over blank lines left for the pen (Word)
        above = _nearest_above(opener, page_frags)
        dated = [d for d in [g for g in above if g.text.strip()][:1] if place_and_date(d)]
        heads = [f for d in dated for f in _nearest_above(d, page_frags)[:1] if _column_heading(f)]
        heads = heads or heading_over_line(opener, above, page_frags, _column_heading)  # signer under the line
    elif is_place_date_label(opener):
        heads = [f for f in _nearest_above(opener, page_frags)[:1] if labelled_signer(f) or _column_heading(f)]
    else:
        return []
    return heads + headings_beside([f for f in heads if _column_heading(f)], page_frags, _column_heading)


def _column_heading(frag: Fragment) -> bool:
    """A role's title alone ("Nav-leder", "Rådmann") on the line just above
    "Sted og dato: …": a form's signing column headed by its signer's role,
    with the ink and the name under the place and date. A sector title
    counts as one word however many it takes ("Kommunalsjef helse og
    omsorg"), as it heads the column as any title does."""
    return _role_label(frag) and ":" not in frag.text and heading_words(frag.text) <= _HEADING_WORDS


_HEADING_WORDS = 3
"""A role heading over a signing column ("Leder Nav Hammerfest")."""


def _caption_above(line: Fragment, page_frags: list[Fragment]) -> list[Fragment]:
    """The signer's caption over a line to sign on: title, name and place and
    date stacked just above "Underskrift: ______" in its column (or table
    column), nearest first. Read while each line is one of those and the run
    holds a title; a question, an answer or prose above ends it, so that
    the applicant section above a form's signing lines stays out."""
    if not is_signing_line(line):
        return []
    run: list[Fragment] = []
    for f in _nearest_above(line, page_frags)[:_CAPTION_LINES]:
        if is_signing_line(f) or not _caption_line(f):
            break
        run.append(f)
    return run if any(roles_in(f.text) for f in run) else []


_CAPTION_LINES = 4
"""Lines of a signer's caption over the line to sign on: title, name, place and date, and one spare."""


def _signers_over(members: dict[int, Fragment], by_page: dict[int, list[Fragment]]) -> list[Fragment]:
    """A printed signer, the name over the title ("Frode Lie" / "Nav-leder"),
    stacked right over the zone's top line in its column: stacked blocks
    whose first signer stands under no label ("For Nav X" / ink / name /
    title / place and date, then "For X kommune" / "Underskrift: ____").
    Only a name over a role's title, and only through caption lines."""
    found: list[Fragment] = []
    for member in members.values():
        run: list[Fragment] = []
        for f in _nearest_above(member, by_page[member.page])[:_CAPTION_LINES]:
            if f.order in members or is_signing_line(f) or not _caption_line(f):
                break
            run.append(f)
        for title, name in zip(run, run[1:]):
            if _role_label(title) and ":" not in title.text and person_name(name.text, ocr=name.ocr) == name.text:
                found += run[:run.index(name) + 1]
                break
    return found


def _caption_line(frag: Fragment) -> bool:
    """A title, a name or a place and date; a label with its answer
    ("Leder av Nav-kontoret: Kari Moen") is a form question, unless it
    labels a name, a title or the date."""
    if len(frag.text.split()) > 6:
        return False
    if person_name(frag.text, ocr=frag.ocr) or signing_dates(frag) or labelled_title(frag.text):
        return True
    return _role_label(frag) and ":" not in frag.text


def _nearest_above(line: Fragment, page_frags: list[Fragment]) -> list[Fragment]:
    """The fragments over ``line`` in its column, nearest first: in its
    table column (rows above, or its own cell's earlier lines); else by
    position, up to a gap wider than room to sign or a blank line; else
    (Word paragraphs, no boxes) the paragraphs just before it."""
    if line.table_cell is not None:
        table, row, col = line.table_cell
        same = [f for f in page_frags if f.table_cell and f.table_cell[0] == table and f.table_cell[2] == col
                and (f.table_cell[1] < row or (f.table_cell[1] == row and f.order < line.order))]
        return sorted(same, key=lambda f: (f.table_cell[1], f.order), reverse=True)
    if line.real:
        column = sorted((f for f in page_frags if f.table_cell is None and f.box[3] <= line.box[1] + 1.0
                         and x_overlap(f.box, line.box) > 0),
                        key=lambda f: f.box[3], reverse=True)
        out, top = [], line.box[1]
        for f in column:
            # Room to sign may stand between the caption and its line.
            reach = settings.SIGNATURE_ROW_GAP if not out else 2.5 * max(f.box[3] - f.box[1], 1.0)
            if top - f.box[3] > reach:
                break
            out.append(f)
            top = f.box[1]
        return out
    before = sorted((f for f in page_frags if f.order < line.order), key=lambda f: f.order, reverse=True)
    out = []
    for f in before:
        if f.table_cell is not None or f.order != line.order - 1 - len(out):
            break
        out.append(f)
    return out


def _ends_page(opener: Fragment, page_frags: list[Fragment], height: float | None) -> bool:
    if opener.real and height:
        return opener.box[1] > height * 0.7
    later = [f for f in page_frags if f.order > opener.order]
    return len(later) < 8


def _cut_at_stops(ordered: list[Fragment], openers: list[Fragment]) -> list[Fragment]:
    """Drop what follows a stop on its page, up to the next opener: the
    applicant table's "Kontaktperson" ends the zone a cover letter's closing
    ran into, not the application's own signatures further down."""
    kept: list[Fragment] = []
    stopped_at: dict[int, float] = {}
    opener_orders = {f.order for f in openers}
    for f in ordered:
        if f.order in opener_orders:
            stopped_at.pop(f.page, None)
        if f.page in stopped_at and f.box[1] >= stopped_at[f.page]:
            continue
        if is_stop(f):
            stopped_at[f.page] = f.box[1]
            continue
        kept.append(f)
    return kept
