"""Priority areas and the announcement's exclusions.

Where a form has check boxes for the priority areas, the ticked boxes count
(an unticked box is not evidence); where none is ticked, or there are none,
the applicant's prose decides, through the scheme's phrases in Bokmål and
Nynorsk, with the form's printed list of the areas left aside.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from soknad_extract.extract.area_answers import answered_areas, conceded_areas
from soknad_extract.extract.area_list import (
    BLOCK, SENTENCE, OptionList, blank_call_quotes, blank_printed_lists, cell_area, name_words, option_list)
from soknad_extract.extract.area_pointers import pointed_areas
from soknad_extract.extract.area_words import (
    area_words, as_ocr_reads, background, clauses, context_kind, core_phrases, defined_by_other_area, governed_means,
    names_area, not_negated, stated_by_verb, target_group_clauses, within)
from soknad_extract.extract.context import Context, Draft, field_evidence, span_evidence
from soknad_extract.extract.marked_lines import marked_lines
from soknad_extract.extract.pair_text import clean_label
from soknad_extract.layout import FormField
from soknad_extract.layout.questions import option_answer
from soknad_extract.nlp import PhraseHit, PhraseSet, phrase_set
from soknad_extract.norwegian import fold, normalize_space
from soknad_extract.record import Evidence
from soknad_extract.schemes import Scheme


def _area_phrases(scheme: Scheme, ocr: bool = False):
    return phrase_set(tuple((a.id, as_ocr_reads(a.phrases + [a.label_nb, a.label_nn], ocr))
                            for a in scheme.priority_areas))


_WRAP = re.compile(r"\n(?=[a-zæøå(])")
"""A line break inside a paragraph (the next line goes on in lower case):
a phrase wrapped there ("hos ordinære" over "arbeidsgivere") is whole."""


def _find_areas(ctx: Context, phrases: Callable[..., PhraseSet], text: str) -> list[PhraseHit]:
    """The area phrases in ``text``, across the line breaks inside a
    paragraph; on lines read by text recognition also as it misreads å, ø
    and æ (the area words only, never names), so that a scanned or outlined
    "Sikring av sårbare overganger" read as "sarbare" still names its area.
    A negation takes back a list of any of the areas' phrases, whichever
    of them ``phrases`` looks for."""
    text = _WRAP.sub(" ", text)
    hits = phrases(ctx.scheme).find(text)
    if ctx.doc.ocr:
        misread = [hit for hit in phrases(ctx.scheme, True).find(text) if _read_by_ocr(ctx, hit.start)]
        hits = sorted(hits + misread, key=lambda h: (h.start, h.end, h.key))
    return not_negated(text, hits, _area_phrases(ctx.scheme).find(text) if phrases is not _area_phrases else ())


def _quotes_the_call(label: str) -> bool:
    """A label that states the announcement's areas ("Prioriterte områder
    for ordningen er:", vocabulary ``areas.call_quotes``) rather than asking
    which the project serves: the list under it is a quotation. A label
    naming the project or the office as their owner ("Prosjektets
    prioriterte områder i utlysningen er:") asks for the project's own."""
    words = area_words()
    text = fold(clean_label(label))
    return words.call_quote.search(text) is not None and words.own.search(text) is None


def _topical_areas(ctx: Context, text: str) -> list[PhraseHit]:
    """The area phrases in ``text`` less those inside a result the project
    counts ("flere overgang til arbeid", vocabulary ``areas.outcomes``):
    the outcome every Nav project measures, not the area of vulnerable
    transitions. Serves letters and descriptions that name their area and
    then the result they expect from it. A target group a relative clause
    defines by another area ("unge voksne som løslates fra fengsel") is
    whom that area serves (``defined_by_other_area``)."""
    outcomes = [(hit.start, hit.end) for hit in area_words().outcomes.find(text)]
    hits = [hit for hit in _find_areas(ctx, _area_phrases, text)
            if not any(start <= hit.start and hit.end <= end for start, end in outcomes)]
    defined = defined_by_other_area(text, hits, ctx.scheme)
    return [hit for hit in hits if hit not in defined]


def _read_by_ocr(ctx: Context, offset: int) -> bool:
    span = ctx.index.span_at(offset)
    return span is not None and span.method == "ocr"


def _option_text(box: FormField, scheme: Scheme) -> str | None:
    """The text that names the option a box stands for: its label (and a
    radio button's value); else, where the box has no text of its own or
    only a "Ja", the question it answers when that is an area's printed
    name and little else (``cell_area``): a grid that prints each area in
    one cell and its box, or its "Ja"/"Nei" boxes, in the next ("Bruk av
    ordinært arbeidsliv | ☒"). A "Nei" box chooses nothing."""
    label = " ".join(t for t in (box.label, box.value if box.kind == "radio" else None) if t)
    if label and option_answer(label) is None:
        return label
    if box.group and option_answer(label) is not False and cell_area(box.group, scheme):
        return box.group
    return None


def _box_area(box: FormField, scheme: Scheme) -> str | None:
    """The priority area a check box stands for, by its option's text
    (``_option_text``): the scheme's phrases, or most of the words of the
    area's printed name."""
    label = _option_text(box, scheme)
    if not label:
        return None
    hits = _area_phrases(scheme).find(label)
    if hits:
        return hits[0].key
    words = name_words(label)
    for area in scheme.priority_areas:
        for name in (area.label_nb, area.label_nn):
            expected = name_words(name)
            if expected and len(words & expected) / len(expected) >= 0.6:
                return area.id
    return None


def _area_boxes(ctx: Context) -> list[tuple[FormField, str]]:
    boxes = [(b, _box_area(b, ctx.scheme)) for b in ctx.checkboxes()]
    return [(b, a) for b, a in boxes if a]


def _from_boxes(area_boxes: list[tuple[FormField, str]], draft: Draft) -> bool:
    """Areas from ticked boxes; False when no area box is ticked, so that
    the applicant's own words decide: "addresses none of the priority
    areas" is about the application, and a description that works for an
    area addresses it whether or not a box was ticked (on a scan, a tick
    may also be lost)."""
    ticked: dict[str, FormField] = {}
    for box, area in area_boxes:
        if box.checked and area not in ticked:
            ticked[area] = box
    if not ticked:
        return False
    _set_areas(draft, {a: field_evidence(b) for a, b in ticked.items()})
    return True


def _box_rows(ctx: Context, area_boxes: list[tuple[FormField, str]]) -> set[int]:
    """Rows that print an area box's label: the form's list of the areas,
    never the applicant's words about them."""
    labels = [fold(text) for b, _ in area_boxes if (text := _option_text(b, ctx.scheme)) and text.strip()]
    return {i for i, row in enumerate(ctx.rows) if any(label in fold(row.text) for label in labels)}


def _set_areas(draft: Draft, found: dict[str, Evidence]) -> None:
    """Ids sorted, as the contract's stored records compare them."""
    ids = sorted(found)
    draft.values["priority_areas"] = ids
    for i, area in enumerate(ids):
        draft.evidence[f"priority_areas[{i}]"] = found[area]


def _from_prose(ctx: Context, draft: Draft, skip_rows: set[int]) -> None:
    """The scheme's phrases in the applicant's own text: never in the
    announcement or help text a form reproduces, nor in its list of areas.
    An area named by its label, or in the answer to the priority-area
    question ("Målgruppe og prioritert område" over "Prosjektet retter seg
    mot oppfølging av barnefamilier og innvandrere"), is a statement and
    outweighs topical phrases elsewhere (a "jobbspesialist" among the
    staff); the statement's own cell or line may name more areas in the
    applicant's words ("Oppfølging av innvandrere, og bruk av ordinært
    arbeidsliv"), a target group or a means only in its own clause
    (``area_words``): "Målgruppa er ungdom" beside "Prosjektet byggjer på
    bruk av ordinært arbeidsliv" describes whom that area's project serves.
    The statement is the answer's cell or line and the paragraph its line
    wraps in (a PDF breaks an answer into lines where a Word file keeps it
    whole), or else the sentence that names the area by its label, over
    the line breaks of its paragraph: the letter's other sentences say
    where the project leads ("fram til ordinært arbeid" before "Vi har
    valgt prioritert område sikring av sårbare overganger"), unless they
    state another area by the verb of its name ("skal også følge opp
    foreldre i familier med barn", ``stated_by_verb``). Without one,
    topical phrases count in the description only (``_described``)."""
    own = blank_call_quotes(blank_printed_lists(ctx.without_rows(ctx.applicant_text, skip_rows), ctx.scheme))
    named = sorted(_find_areas(ctx, _label_phrases, own) + pointed_areas(ctx.scheme, ctx.text, own),
                   key=lambda h: (h.start, h.end, h.key))
    explicit = _first_hits(named)
    answered = _answered(ctx, own, named)
    for hit in answered:
        explicit.setdefault(hit.key, hit)
    if explicit:
        answers = {id(ctx.index.span_at(h.start)) for h in answered}
        stated = [m.span() for m in SENTENCE.finditer(own) if any(m.start() <= h.start < m.end() for h in named)] \
            + [m.span() for m in BLOCK.finditer(own) if any(m.start() <= h.start < m.end() for h in answered)]
        own_clauses = clauses(own, explicit.values())
        topical = _topical_areas(ctx, own)
        for hit in topical:
            if (id(ctx.index.span_at(hit.start)) in answers or any(a <= hit.start < b for a, b in stated)) \
                    and (names_area(hit) or within(hit, own_clauses)):
                explicit.setdefault(hit.key, hit)
        for hit in stated_by_verb(own, topical, ctx.scheme) + governed_means(own, topical, ctx.scheme):
            explicit.setdefault(hit.key, hit)
        _set_areas(draft, {a: ctx.hit_evidence(h) for a, h in explicit.items()})
        return
    prose = ctx.description_prose(own, draft.get("project.title"))
    topical = _first_hits(_described(ctx, prose))
    _set_areas(draft, {a: ctx.hit_evidence(h) for a, h in topical.items()})


def _answered(ctx: Context, own: str, named: list[PhraseHit]) -> list[PhraseHit]:
    """The area phrases in an answer to the priority-area question, a
    means ("ut i arbeid", "arbeidsgivere") only where nothing else in the
    answer names an area ("Praksis hos lokale arbeidsgivere", "Ungdom som
    fell ut av skulen, og overgangen til arbeid"): beside one it says how
    ("Oppfølging av barnefamiliar: … frå introduksjonsprogrammet og ut i
    arbeid") and counts only in its clause, as anywhere in a statement. A
    target group in the answer ("Oppfølging av ungdom 16–25 år …, og
    overgangen fra skole til arbeid") is whom the project follows up: its
    area."""
    answers = {normalize_space(p.value.text) for p in ctx.values("priority_area") if not _quotes_the_call(p.label)}
    if not answers:
        return []
    hits = [(hit, span) for hit in _topical_areas(ctx, own)
            if (span := ctx.index.span_at(hit.start)) is not None and normalize_space(span.text) in answers]
    stating = {id(ctx.index.span_at(h.start)) for h in named} | {id(span) for hit, span in hits if names_area(hit)}
    return [hit for hit, span in hits if context_kind(hit) != "means" or id(span) not in stating]


def _described(ctx: Context, prose: str) -> list[PhraseHit]:
    """The areas a description works for. Where it states one in the
    announcement's words ("skal sikre disse sårbare overgangene"), the
    phrases that name an area count, and target groups and means only in
    the stating clause or one that states the target group ("Mange unge
    voksne faller ut" before it is the background). Else a target group
    the office only counts among the people it meets ("samtidig som mange
    unge voksne står utenfor", ``background``) chooses nothing where other
    phrases remain (a phrase that names an area there, "Mange familiar med
    barn har låg inntekt", says what the project is about); of these, where a phrase names an area, target groups
    count with it but means do not ("samarbeide med lokale arbeidsgivere"
    in a refugee project); else every phrase, so that a letter about
    "praksis og arbeid hos lokale arbeidsgivere" still names its area. A
    means the project's verb governs ("bruke lokale arbeidsgjevarar",
    ``governed_means``) counts as a phrase that names its area."""
    hits = _topical_areas(ctx, prose)
    stated = _find_areas(ctx, core_phrases, prose)
    used = governed_means(prose, hits, ctx.scheme)
    if stated:
        stated_clauses = clauses(prose, stated) + target_group_clauses(prose, hits)
        return sorted(stated + [h for h in hits if names_area(h) or h in used or within(h, stated_clauses)],
                      key=lambda h: (h.start, h.end, h.key))
    hits = [h for h in hits if context_kind(h) != "target_groups" or not background(prose, h)] or hits
    if any(names_area(h) for h in hits):
        return [h for h in hits if context_kind(h) != "means" or h in used]
    return hits


_AREA_NUMBERS = re.compile(
    r"(?:(?:omr[aå]de|nr|nummer|punkt|pkt)\.?\s*)?\d{1,2}[.)]?(?:\s*(?:,|og|\+|&|/|and)\s*\d{1,2}[.)]?)*\.?")
"""An answer that names the areas by their numbers only: "1 og 3", "nr. 2",
"1, 3", "område 1 + 3"."""


def _from_numbers(ctx: Context, draft: Draft) -> bool:
    """The areas an answer to a priority-area label names by number, counted
    in the announcement's order (the scheme file lists its areas in that
    order). A number the announcement has no area for makes the answer
    unreadable as numbers, and the prose decides instead."""
    areas = ctx.scheme.priority_areas
    for pair in ctx.values("priority_area"):
        text = fold(pair.value.text).strip()
        if not _AREA_NUMBERS.fullmatch(text):
            continue
        numbers = [int(n) for n in re.findall(r"\d+", text)]
        if not all(1 <= n <= len(areas) for n in numbers):
            continue
        evidence = span_evidence(pair.value, pair.method, 0.9)
        _set_areas(draft, {areas[n - 1].id: evidence for n in sorted(set(numbers))})
        return True
    return False


def _add_conceded(ctx: Context, draft: Draft) -> None:
    """The marked areas and those the text argues for though unmarked (``conceded_areas``)."""
    chosen = draft.get("priority_areas") or []
    conceded = conceded_areas(ctx, chosen)
    if conceded:
        found = {area: draft.evidence[f"priority_areas[{i}]"] for i, area in enumerate(chosen)}
        _set_areas(draft, found | conceded)


def _label_phrases(scheme: Scheme, ocr: bool = False):
    return phrase_set(tuple((a.id, as_ocr_reads([a.label_nb, a.label_nn], ocr)) for a in scheme.priority_areas))


def _first_hits(hits: list[PhraseHit]) -> dict[str, PhraseHit]:
    found: dict[str, PhraseHit] = {}
    for hit in hits:
        found.setdefault(hit.key, hit)
    return found


def _from_marked_lines(ctx: Context, draft: Draft) -> bool:
    """The areas a cell lists one a line, those whose line opens with a
    typed mark ("X Bruk av ordinært arbeidsliv" over an unmarked "Oppfølging
    av …") or closes with a yes ("Sikring av sårbare overganger: Ja" over
    "…: Nei"): word forms without check boxes (``marked_lines``). Every
    line answered no is an answer too: none of the areas."""
    for row in ctx.rows:
        for cell in row.filled():
            if len(cell.lines) < 2:
                continue
            areas = marked_lines(cell, lambda line: cell_area(line, ctx.scheme))
            if areas is not None:
                evidence = span_evidence(cell, cell.method, 0.9)
                _set_areas(draft, {area: evidence for area in areas})
                return True
    return False


LIST_ITEM_MAX_WORDS = 12
"""Words of a list item at most; a longer line is prose."""


def _from_listed_answer(ctx: Context, draft: Draft, options: OptionList) -> bool:
    """The areas a form with no boxes lists as its answer to the
    priority-area label, one a line ("Prioriterte områder:" over "Sikring
    av sårbare overganger" and "Bruk av ordinært arbeidsliv"): the applicant
    wrote down the areas chosen. Only a list that starts on the label's own
    row or the row below it, and names fewer areas than the announcement has:
    a list of all of them is the form's or the announcement's copy of the
    options (blank boxes, an introduction quoting the call), no choice. A
    list item in or right after the list that names an area in other words
    (a reworded option, "Sikre sårbare overganger, f.eks. …") means the
    list is the options, not the answer: the prose decides, as it does
    under a label that quotes the call ("… for ordningen er:")."""
    areas = set(options.rows.values())
    first, last = min(options.rows), max(options.rows)
    if len(areas) >= len(ctx.scheme.priority_areas):
        return False
    for i in range(first, min(last + 2, len(ctx.rows))):
        text = " ".join(c.text for c in ctx.rows[i].filled())
        if i not in options.rows and _is_list_item(text) and _find_areas(ctx, _area_phrases, text):
            return False
    labels = [pair.label for pair in ctx.values("priority_area")
              if pair.row in (first - 1, first) and pair.value.text.strip()]
    if not labels or any(_quotes_the_call(label) for label in labels):
        return False
    found: dict[str, Evidence] = {}
    for i, area in sorted(options.rows.items()):
        cells = ctx.rows[i].filled()
        cell = next((c for c in cells if cell_area(c.text, ctx.scheme) == area), cells[0])
        found.setdefault(area, span_evidence(cell, cell.method, 0.85))
    _set_areas(draft, found)
    return True


def _is_list_item(text: str) -> bool:
    """A short line that ends no sentence: a list's item, not its description."""
    text = text.strip()
    return bool(text) and not text.endswith((".", "!", "?")) and len(text.split()) <= LIST_ITEM_MAX_WORDS


def extract_priority_areas(ctx: Context, draft: Draft) -> None:
    """Ticked boxes, or the marks beside a printed list of the areas, with
    an unmarked area the text concedes and argues for; else the marks
    opening the lines of a cell that lists them; else the yes or no written
    after each area's name in the text (``area_answers``); else an answer
    naming the areas by their numbers in the announcement; else some of the
    areas listed as the answer to the areas' label; else, the list and the
    boxes' labels left aside, the applicant's prose."""
    area_boxes = _area_boxes(ctx)
    if _from_boxes(area_boxes, draft):
        _add_conceded(ctx, draft)
        return
    options = option_list(ctx)
    if options and options.marked:
        _set_areas(draft, options.marked)
        _add_conceded(ctx, draft)
        return
    if _from_marked_lines(ctx, draft):
        return
    answered = answered_areas(ctx)
    if answered is not None:
        _set_areas(draft, dict.fromkeys(answered[0], answered[1]))
        return
    if _from_numbers(ctx, draft):
        return
    if not area_boxes and options and _from_listed_answer(ctx, draft, options):
        return
    _from_prose(ctx, draft, (set(options.rows) if options else set()) | _box_rows(ctx, area_boxes))
