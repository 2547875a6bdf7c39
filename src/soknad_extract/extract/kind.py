"""New project or continuation: a ticked box, a marked option, a labelled
answer, a note after the title, an option word beside its question, else
what the text says most."""

from __future__ import annotations

import re

from soknad_extract.extract.context import Context, Draft, field_evidence, span_evidence
from soknad_extract.extract.label_answers import labelled
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.marked_rows import marked_option
from soknad_extract.extract.project import split_title_answer
from soknad_extract.extract.project_words import kind_of_note, project_words
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.layout.questions import option_answer
from soknad_extract.norwegian import fold

_BRACKETED_NOTE = re.compile(r"\s*\([^()]*\)\s*$")
"""A note in brackets closing an answer ("Videreført (år 2 av 3)")."""


def _kind_of_label(label: str) -> str | None:
    """The kind a ticked option's label names."""
    words = project_words()
    if words.continuation.search(label) or words.continuation_answer.search(label):
        return "continuation"
    if words.new_answer.search(label):
        return "new"
    return None


def _marked_in_answer(text: str) -> str | None:
    """The kind an answer chooses with its own typed marks, one ticked
    option among printed ones ("X Nytt prosjekt   _ Vidareføring", "✔ Nytt
    prosjekt – Videreføring"): forms typed in a word processor put the
    options in the answer cell and mark the chosen one."""
    ticked = [b for b in find_glyph_boxes(text) if b.checked]
    return _kind_of_label(fold(ticked[0].label)) if len(ticked) == 1 and ticked[0].label else None


def _kind_from_boxes(ctx: Context) -> tuple[str, object] | None:
    """The kind a ticked box names, or the kind its question names when the
    box answers it yes ("Nytt prosjekt: ☒ ja ☐ vidareføring")."""
    words = project_words()
    for box in ctx.checkboxes():
        if not box.checked:
            continue
        label = fold(box.label or box.value or "")
        kind = _kind_of_label(label)
        if kind:
            return kind, box
        asked = fold(box.group or "")
        if asked and option_answer(label) is True:
            if words.continuation.search(asked):
                return "continuation", box
            if words.new.search(asked):
                return "new", box
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
    return answer_kind if kind_of_note(label_words[0]) else None


def _without_negated(text: str) -> str:
    """``text`` with each option a word takes back ("ikkje vidareføring")
    blanked, offsets kept."""
    return project_words().negated_kind.sub(lambda m: " " * len(m.group()), text)


def extract_kind(ctx: Context, draft: Draft) -> None:
    """The project's kind, ``new`` or ``continuation``, from the strongest evidence the document has."""
    from_box = _kind_from_boxes(ctx)
    if from_box:
        kind, box = from_box
        draft.set("project.kind", kind, field_evidence(box))
        return
    marked = marked_option(ctx, kind_of_note)
    if marked:
        kind, printed, mark = marked
        draft.set("project.kind", kind, span_evidence(mark, "checkbox", 0.85, text=f"{printed.text} {mark.text}"))
        return
    words = project_words()
    for pair in labelled(ctx, "kind"):
        marked_kind = _marked_in_answer(pair.value.text)
        if marked_kind:
            draft.set("project.kind", marked_kind, span_evidence(pair.value, pair.method, 0.9))
            return
        value = _without_negated(fold(pair.value.text))
        continues = words.continuation.search(value) or words.continuation_answer.search(value)
        if continues and not words.new.search(value):
            draft.set("project.kind", "continuation", span_evidence(pair.value, pair.method, 0.9))
            return
        if words.new_answer.search(value) and not continues:
            draft.set("project.kind", "new", span_evidence(pair.value, pair.method, 0.9))
            return
    for pair in labelled(ctx, "title"):
        rest = split_title_answer(pair.value.text)[1]
        kind = kind_of_note(rest) if rest else None
        if kind:
            draft.set("project.kind", kind, span_evidence(pair.value, pair.method, 0.85))
            return
    for row in ctx.rows:
        cells = row.filled()
        kind = _option_answer(cells[0].text, cells[1].text) if len(cells) == 2 else None
        if kind:
            draft.set("project.kind", kind, span_evidence(cells[1], "table" if row.in_table else "label", 0.8))
            return
    text = _without_negated(ctx.text)
    continuation = list(words.continuation.finditer(text))
    new = list(words.new.finditer(text))
    if continuation and len(continuation) >= len(new):
        m = continuation[0]
        draft.set("project.kind", "continuation", ctx.evidence_at(m.start(), m.end(), "nlp", 0.7))
    elif new:
        m = new[0]
        draft.set("project.kind", "new", ctx.evidence_at(m.start(), m.end(), "nlp", 0.7))
