"""New project or continuation: a ticked box, a marked option, a labelled
answer (an option word, or a yes or no to a question naming one kind), a
note after the title, an option word beside its question, else what the
text says most: a "new" in the project's history ("I 2019 fikk vi tilskudd
til et nytt prosjekt") where the text also says continuation, and a
continuation planned for a later year than the round's ("kan videreføres i
2021"), left aside. Continuing the work in ordinary operation after the
project ("videreføres i ordinær drift etter prosjektperioden") is a plan
nearly every application states, never a continuation."""

from __future__ import annotations

import re

from soknad_extract.extract.circled_options import unringed_option
from soknad_extract.extract.context import Context, Draft, field_evidence, span_evidence
from soknad_extract.extract.interest_answers import written_answer
from soknad_extract.extract.label_answers import labelled
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.marked_rows import marked_option
from soknad_extract.extract.pair_text import clean_label, split_label
from soknad_extract.extract.project import split_title_answer
from soknad_extract.extract.project_words import kind_alone, kind_of_note, project_words
from soknad_extract.extract.row_options import row_option
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.layout.questions import option_answer
from soknad_extract.norwegian import fold

_LEADING_NUMBER = re.compile(r"^[\W\d_]*")
"""An item's number before its question ("3.2 ", "c) ")."""
_QUOTED_NAME = re.compile(r"\s*[«\"“„‘'][^«»\"“”„\n]{2,140}[»\"“”’']\s*")
"""An answer that is a quoted name and nothing more: a name, never an option
("Søknad om videreføring – «Nye muligheter»" read as a label and its answer)."""
_BRACKETED_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
"""A note in brackets closing an answer ("Videreført (år 2 av 3)")."""


_UNTOLD = "untold"
"""A ticked option's label that names both kinds ("Ny Videreføring": a mark
the reader could not part from the option beside it): the form answered,
but the mark may stand for either, so the kind stays unread rather than
guessed from the words around it."""


def _kind_of_label(label: str) -> str | None:
    """The kind a ticked option's label names, ``_UNTOLD`` when it names both."""
    words = project_words()
    label = _without_negated(label)
    continues = bool(words.continuation.search(label) or words.continuation_answer.search(label))
    new = bool(words.new_answer.search(label))
    if continues and new:
        return _UNTOLD
    return "continuation" if continues else "new" if new else None


def _marked_in_answer(text: str) -> str | None:
    """The kind an answer chooses with its own typed marks, one ticked
    option among printed ones ("X Nytt prosjekt   _ Vidareføring", "✔ Nytt
    prosjekt – Videreføring"): forms typed in a word processor put the
    options in the answer cell and mark the chosen one."""
    ticked = [b for b in find_glyph_boxes(text) if b.checked]
    return _kind_of_label(fold(ticked[0].label)) if len(ticked) == 1 and ticked[0].label else None


def _kind_from_boxes(ctx: Context) -> tuple[str, object] | None:
    """The kind a ticked box names, or the kind a yes or no to its question
    says ("Nytt prosjekt: ☒ ja ☐ vidareføring", "Er dette ei vidareføring?
    ☐ Ja ☒ Nei")."""
    for box in ctx.checkboxes():
        if not box.checked:
            continue
        label = fold(box.label or box.value or row_option(ctx.doc, box) or "")
        kind = _kind_of_label(label)
        if kind:
            return kind, box
        answered = kind_of_yes_no(box.group or "", option_answer(label))
        if answered:
            return answered, box
    return None


_MARK_AS_LETTER = re.compile(r"^\s*[xX✓✔](?=\s+[^\W\d_])")
"""A scan's mark read as a letter before the option it covers ("X Nytt prosjekt")."""


def _mark_over_box(ctx: Context) -> tuple[str, object] | None:
    """The kind a scanned paper form marks with a cross the box finder lost:
    the cross covers the box, OCR reads it as an "X" before the option ("X
    Nytt prosjekt"), and the reader takes that line for the question of the
    other option's box below it, found empty ("☐ Videreføring, år nr.").
    The marked line names one kind, the empty box the other."""
    for box in ctx.checkboxes():
        mark = _MARK_AS_LETTER.match(box.group or "")
        if box.checked or mark is None:
            continue
        marked, empty = _kind_of_label(fold(box.group[mark.end():])), _kind_of_label(fold(box.label or ""))
        if {marked, empty} == {"new", "continuation"}:
            return marked, box
    return None


def _option_answer(label: str, answer: str) -> str | None:
    """The kind when a label that opens with one of the options ("Nytt /
    videreføring", its slash or the rest unreadable on a scan) is answered by
    an option word alone ("Nytt", "Videreføring"), perhaps with a note in
    brackets ("Videreført (år 2 av 3)")."""
    option = _BRACKETED_NOTE.sub("", answer)
    answer_kind = kind_of_note(option) if len(option.split()) == 1 else None
    label_words = fold(label).split()
    if answer_kind is None or len(label_words) < 2 or classify_label(label) not in (None, "kind"):
        return None
    if kind_alone(label):
        return None  # "Nytt prosjekt | Videreføring": two options side by side, their boxes unread
    return answer_kind if kind_of_note(label_words[0]) else None


_ANSWER_TAIL = re.compile(r"\s*(?:[,(–—]|\s-\s).*$", re.S)
"""What follows an option in its answer: a year or a note ("Vidareføring –
2. år", "Nytt (oppstart mai)")."""


def _generic_label_answer(label: str, answer: str) -> str | None:
    """The kind under a generic label ("Status | Nytt", "Gjeld: Vidareføring,
    år 2", vocabulary ``project.kind_generic_label``) when the answer is one
    option and nothing more: a word ("Nytt", "Ny", "Videreført") or a whole
    wording ("Nytt prosjekt"). Any other answer ("Ny stilling", "Under
    planlegging") says nothing of the kind."""
    words = project_words()
    if not words.kind_generic_label.compiled.fullmatch(fold(clean_label(label))):
        return None
    option = fold(_ANSWER_TAIL.sub("", answer)).strip(" .:")
    if len(option.split()) == 1 or words.new.fullmatch(option) \
            or words.continuation.fullmatch(option):
        return kind_of_note(option)
    return None


def _without_negated(text: str) -> str:
    """``text`` with each option a word takes back ("ikkje vidareføring")
    and each plan to go on in ordinary operation after the project
    ("videreføres i ordinær drift", vocabulary ``project.after_project``)
    blanked, offsets kept."""
    def blank(m: re.Match[str]) -> str:
        return re.sub(r"\S", " ", m.group())
    return project_words().after_project.compiled.sub(blank, project_words().negated_kind.sub(blank, text))


def _without_title(text: str, title: str | None) -> str:
    """``text`` with the project's own name blanked, offsets kept: words
    inside a title ("«Ny start»", "Nye muligheter", "Nytt liv") say nothing
    of the kind, and a kind label's answer that is the title ("Søknad om
    videreføring – «Ny sjanse»") answers nothing. A title that is an option
    alone ("Nytt prosjekt") is kept: then it was the kind, misread as the title."""
    if not title or kind_alone(title):
        return text
    name = r"\s+".join(re.escape(word) for word in title.split())
    return re.sub(rf"(?<!\w){name}(?!\w)", lambda m: re.sub(r"\S", " ", m.group()), text, flags=re.I)


def _kind_asked(question: str) -> str | None:
    """The one kind a yes/no question names ("Er dette en videreføring?",
    "Er dette eit nytt prosjekt?", "Har prosjektet fått tilskudd tidligere?");
    None when it names both or neither, or names one only as the condition
    of another question ("Hvis videreføring: er rapporten levert?",
    vocabulary ``project.kind_condition``), whose yes or no is about the
    report, not the kind."""
    words = project_words()
    asked = _without_negated(fold(question))
    if project_words().kind_condition.search(_LEADING_NUMBER.sub("", asked)):
        return None
    grant_before = project_words().continuation_question.search(asked.rstrip(" ?:."))
    continues = bool(words.continuation.search(asked) or grant_before)
    if continues != bool(words.new.search(asked)):
        return "continuation" if continues else "new"
    return None


def kind_of_yes_no(question: str, answer: bool | None) -> str | None:
    """The kind a yes or no to a question about one kind says: a yes the
    kind it names; a no to "Er dette en videreføring?" a new project, a
    no to "Er dette et nytt prosjekt?" a continuation. A no counts only
    after a question mark: beside a bare option ("Nytt prosjekt ☒ Nei") it
    may be the box of another line."""
    asked = _kind_asked(question) if answer is not None else None
    if asked is None or answer:
        return asked
    if not question.rstrip(" :").endswith("?"):
        return None
    return "new" if asked == "continuation" else "continuation"


_CLAUSE_END = re.compile(r"[.!?;:,](?=\s|$)|\n(?![a-zæøå(])")
"""Where a clause ends: punctuation, or a line that does not go on in lower case."""
_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")


def _clause(text: str, match: re.Match[str]) -> str:
    start = max((m.end() for m in _CLAUSE_END.finditer(text[:match.end()]) if m.end() <= match.start()), default=0)
    end = next((m.start() for m in _CLAUSE_END.finditer(text, match.end())), len(text))
    return text[start:end]


def _clause_years(text: str, match: re.Match[str], year: int | None) -> tuple[bool, bool]:
    """Whether the match's clause names a year before the round's, and
    whether it names only later ones ("kan videreføres i 2021", never
    "videreføring 2020–2021")."""
    years = {int(y) for y in _YEAR.findall(_clause(text, match))} if year is not None else set()
    return any(y < year for y in years), bool(years) and min(years) > year


def _history(text: str, match: re.Match[str], year: int | None) -> bool:
    """A "new" in a clause about the project's past ("I 2019 fikk vi
    tilskudd til et nytt prosjekt", vocabulary ``project.kind_history``)."""
    return _clause_years(text, match, year)[0] or project_words().kind_history.search(_clause(text, match)) is not None


Matches = list[re.Match[str]]


def _without_alternatives(text: str, continuation: Matches, new: Matches) -> tuple[Matches, Matches]:
    """Both kinds' matches less those of a clause that offers the two as
    alternatives ("Er dette et nytt tiltak eller en videreføring av et tiltak
    som har fått tilskudd før?"): such a clause is the question, and its
    "nytt" or "videreføring" says nothing of the answer."""
    alternative = project_words().kind_alternative
    clauses = {m.span(): _clause(text, m) for m in (*continuation, *new)}
    offered: set[int] = set()
    for c in continuation:
        for n in new:
            low, high = sorted((c, n), key=lambda m: m.start())
            if clauses[c.span()] == clauses[n.span()] and alternative.search(text[low.end():high.start()]):
                offered.update((c.start(), n.start()))
    return ([m for m in continuation if m.start() not in offered], [m for m in new if m.start() not in offered])


def extract_kind(ctx: Context, draft: Draft) -> None:
    """The project's kind, ``new`` or ``continuation``, from the strongest evidence the document has."""
    from_box = _kind_from_boxes(ctx) or _mark_over_box(ctx)
    if from_box:
        kind, box = from_box
        if kind == _UNTOLD:
            return
        draft.set("project.kind", kind, field_evidence(box))
        return
    marked = marked_option(ctx, kind_of_note)
    if marked:
        kind, printed, mark = marked
        draft.set("project.kind", kind, span_evidence(mark, "checkbox", 0.85, text=f"{printed.text} {mark.text}"))
        return
    words = project_words()
    title = draft.get("project.title")
    for pair in labelled(ctx, "kind"):
        if unringed_option(ctx, pair.value, kind_alone):
            return  # a printed option a scan read alone where the options are circled: the ring decides
        marked_kind = _marked_in_answer(pair.value.text)
        if marked_kind == _UNTOLD:
            return
        if marked_kind:
            draft.set("project.kind", marked_kind, span_evidence(pair.value, pair.method, 0.9))
            return
        if _QUOTED_NAME.fullmatch(pair.value.text):
            continue
        value = _without_negated(fold(_without_title(pair.value.text, title)))
        continues = words.continuation.search(value) or words.continuation_answer.search(value)
        if continues and not words.new.search(value):
            draft.set("project.kind", "continuation", span_evidence(pair.value, pair.method, 0.9))
            return
        if words.new_answer.search(value) and not continues:
            draft.set("project.kind", "new", span_evidence(pair.value, pair.method, 0.9))
            return
        answered = kind_of_yes_no(pair.label, written_answer(pair.value.text))
        if answered:
            draft.set("project.kind", answered, span_evidence(pair.value, pair.method, 0.9))
            return
    for pair in labelled(ctx, "title"):
        rest = split_title_answer(pair.value.text)[1]
        kind = kind_alone(pair.value.text) or (kind_of_note(rest) if rest else None)
        if kind:
            draft.set("project.kind", kind, span_evidence(pair.value, pair.method, 0.85))
            return
    for row in ctx.rows:
        cells = row.filled()
        if len(cells) >= 2:
            label, answer, cell = cells[0].text, cells[1].text, cells[1]
        elif len(cells) == 1 and split_label(cells[0].text)[1]:
            (label, _, answer), cell = split_label(cells[0].text), cells[0]
        else:
            continue
        kind = _option_answer(label, answer) if len(cells) == 2 else None
        kind = kind or _generic_label_answer(label, answer)
        if kind:
            draft.set("project.kind", kind, span_evidence(cell, "table" if row.in_table else "label", 0.8))
            return
    text = _without_negated(_without_title(ctx.text, title))
    year = ctx.scheme.year if ctx.scheme is not None else None
    continuation = [m for m in words.continuation.finditer(text) if not _clause_years(text, m, year)[1]]
    new = list(words.new.finditer(text))
    continuation, new = _without_alternatives(text, continuation, new)
    if continuation:
        new = [m for m in new if not _history(text, m, year)]
    if len(continuation) > len(new):
        m = continuation[0]
        draft.set("project.kind", "continuation", ctx.evidence_at(m.start(), m.end(), "nlp", 0.7))
    elif len(new) > len(continuation):
        m = new[0]
        draft.set("project.kind", "new", ctx.evidence_at(m.start(), m.end(), "nlp", 0.7))
