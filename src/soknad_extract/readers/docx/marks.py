"""Ticks and crosses across the paragraphs of one option list in a Word file.

A form that answers every option with a mark, a tick for the chosen ones and
a cross for the others, often sets one option a paragraph or a table row
("✘ Bruk av ordinært arbeidsliv" / "✔ Oppfølging av barnefamilier …").
``layout.glyphs`` reads a paragraph on its own, where a lone cross is a
tick; the options of one list are the paragraphs that each hold one box and
answer the same question, and there a cross beside a tick means "no"
(``crosses_as_no``), as the PDF reader judges a run of option lines.
"""

from __future__ import annotations

from ...layout import FormField
from ...layout.glyphs import crosses_as_no

OptionMark = tuple[FormField, str] | None
"""A one-box paragraph's field and its glyph; None for a paragraph that
breaks a list (several boxes, or a question of its own on the line)."""


def settle_option_lists(marks: list[OptionMark]) -> None:
    """Untick the crosses of each option list in ``marks`` (in reading order)
    that also holds a tick: a run of one-box paragraphs with one question."""
    run: list[tuple[FormField, str]] = []
    for entry in [*marks, None]:
        if entry is not None and run and entry[0].group == run[0][0].group:
            run.append(entry)
            continue
        for (field, _mark), no in zip(run, crosses_as_no([mark for _field, mark in run])):
            if no:
                field.checked = False
        run = [entry] if entry is not None and entry[0].group is not None else []
