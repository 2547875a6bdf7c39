"""The form's own text is not the applicant's: one loader, one matcher.

The directorate's form repeats the announcement above its questions (the
purpose, "Det gis inntil 610 000 kroner per 100 % stilling", the exclusions,
the deadline, the county's adviser with a phone number) and gives help text
under them ("Fyll inn …", "Eksempel: «Vi vil implementere IPS som metode.»").
Read as answers, they become a wrong contact, an exclusion warning on every
form, or outvote a Nynorsk application's language.

``form_text(scheme)`` loads what the form prints: the wordings of
``schemas/vocabulary/form_text.toml`` (lines the form opens, help text) and
the scheme's ``announcement`` sentences (the year's own wording, in its
scheme file). ``FormText.spans`` finds all of it in a text. Extraction reads
the document without the lines that are wholly the form's
(``without_form_text``), and areas and exclusions read the text with every
form span blanked (``Context.applicant_text``), both from the same spans. Examples and unfilled templates inside a line ("Lønn
(eksempel: kr 400 000): kr 590 000") are taken out of the line itself
(``example_text``), so no extractor reads them as the office's answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from soknad_extract.extract.example_text import ExampleText, blanked, examples_out, load_examples
from soknad_extract.extract.help_lines import help_lines
from soknad_extract.layout import Document, Line, Page, Table
from soknad_extract.layout.typography import page_typography
from soknad_extract.norwegian import fold
from soknad_extract.schemes import Scheme
from soknad_extract.vocabulary import Entry, Wordings, vocabulary_dir, vocabulary_key

_SENTENCE_END = (".", "?", "!", ":")
_SENTENCE = re.compile(r"[^.!?\n]+(?:\n(?=[a-zæøå(])[^.!?\n]+)*[.!?]?")
"""A sentence; it goes on over a line break only when the next line starts
in lower case (a wrapped line), so a heading or a table cell ends it."""
_GRAM = 5
"""Words in a row that a sentence shares with the announcement's to be
its text: "Det gis ikke tilskudd til" is five."""
_ANNOUNCEMENT_SHARE = 0.6
"""Share of a sentence's words that must lie in such runs: the form's copy
of the list is nearly all announcement, while an office that states a fact
in the announcement's words ("Kommunen mottar programfinansiering gjennom
0-24-samarbeidet") adds as many words of its own."""


_WORD = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def _words(sentence: str) -> tuple[str, ...]:
    """Memoised: a page's sentences are judged again line by line."""
    return tuple(_WORD.findall(fold(sentence)))


def _grams(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + _GRAM]) for i in range(len(words) - _GRAM + 1)]


@dataclass(frozen=True)
class FormText:
    """What a form prints around its questions, compiled once per
    vocabulary folder and announcement."""

    line_openers: Wordings
    """A line that opens with one of these is the form's, and so are the
    lines its sentence wraps onto."""
    help_openers: Wordings
    """From one of these to the end of its line is the form's help text."""
    instruction_openers: Wordings
    """A help-styled line under a question that opens with one of these is
    the form's instruction though it asks ("Ved vidareføring: kva år?")."""
    announcement: frozenset[tuple[str, ...]]
    """The announcement's runs of ``_GRAM`` words."""
    examples: ExampleText
    """Examples and unfilled templates inside the lines (``example_text``)."""

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Where ``text`` (lines joined by "\\n") is the form's own: lines the
        form opens and their wrapped ends, help text to the end of its line,
        and sentences that repeat the announcement."""
        found = self._opened_lines(text)
        for opener in self.help_openers.finditer(text):
            end = text.find("\n", opener.start())
            found.append((opener.start(), len(text) if end < 0 else end))
        found += [m.span() for m in _SENTENCE.finditer(text) if self._repeats_announcement(m.group(0))]
        return found

    def _opened_lines(self, text: str) -> list[tuple[int, int]]:
        found: list[tuple[int, int]] = []
        offset = 0
        carrying = False
        for line in text.split("\n"):
            end = offset + len(line)
            first = line.lstrip()[:1]
            # Word's prompt keeps its brackets in a PDF ("[Klikk for å skrive inn tekst]")
            if self.line_openers.match(fold(line).strip().lstrip("[")) \
                    or (carrying and first.isalpha() and first.islower()):
                found.append((offset, end))
                carrying = not line.rstrip().endswith(_SENTENCE_END)
            else:
                carrying = False
            offset = end + 1
        return found

    def _repeats_announcement(self, sentence: str) -> bool:
        words = _words(sentence)
        covered: set[int] = set()
        for i, gram in enumerate(_grams(words)):
            if gram in self.announcement:
                covered.update(range(i, i + _GRAM))
        return bool(covered) and len(covered) >= _ANNOUNCEMENT_SHARE * len(words)


def form_text(scheme: Scheme) -> FormText:
    """The form text of ``scheme``'s announcement with the vocabulary in use."""
    return _load(vocabulary_dir(), tuple(scheme.announcement))


@lru_cache(maxsize=16)
def _load(folder: Path, announcement: tuple[str, ...]) -> FormText:
    entry = Entry("form_text", folder)
    return FormText(
        line_openers=entry.table("line_openers").wordings(),
        help_openers=entry.table("help_openers").wordings(re.IGNORECASE),
        instruction_openers=entry.table("instruction_openers").wordings(),
        announcement=frozenset(g for sentence in announcement for g in _grams(_words(sentence))),
        examples=load_examples(entry),
    )


@lru_cache(maxsize=4)
def _county(folder: str) -> Wordings:
    return Entry("form_text", Path(folder)).table("county").wordings()


def names_the_county(text: str) -> bool:
    """True when ``text`` names the county governor's office (the adviser's employer)."""
    return bool(_county(vocabulary_key()).search(fold(text)))


def without_form_text(doc: Document, scheme: Scheme) -> Document:
    """The document without the lines that are wholly the form's text, and
    without its help text told by typography and position (``help_lines``);
    the same document when it has none. Table cells are answers and stay,
    unless they are help by style and by position, or by style and words."""
    form = form_text(scheme)
    pages = [_page(page, form) for page in doc.pages]
    if all(new is old for new, old in zip(pages, doc.pages)):
        return doc
    return replace(doc, pages=pages)


def _page(page: Page, form: FormText) -> Page:
    """The page's lines as one text, a line a row (a table cell an empty
    row, which ends a wrapped sentence), judged by ``form.spans``."""
    rows = ["" if line.table_cell is not None else " ".join(line.text.split()) for line in page.lines]
    text = "\n".join(rows)
    left = blanked(text, form.spans(text))
    typography = page_typography(page)
    helps = help_lines(page.lines, typography, form.instruction_openers)
    kept: list[int] = []
    offset = 0
    for index, (line, row) in enumerate(zip(page.lines, rows)):
        wholly = bool(row.strip()) and not left[offset:offset + len(row)].strip()
        styled_help = line.table_cell is not None and typography.help_styled(line) and _wholly_form(form, line)
        if not wholly and index not in helps and not styled_help:
            kept.append(index)
        offset += len(row) + 1
    kept, rewritten = examples_out(page.lines, page.tables, kept, form.examples)
    fields = [replace(f, value=None) if f.value and _unfilled(form, f.value) else f for f in page.fields]
    if len(kept) == len(page.lines) and not rewritten:
        return page if fields == page.fields else replace(page, fields=fields)
    staying = set(kept)
    changes = [(line, None) for index, line in enumerate(page.lines) if index not in staying]
    changes += [(page.lines[index], new.text) for index, new in rewritten.items()]
    trimmed = page.keeping(kept)
    lines = [rewritten.get(index, line) for index, line in zip(kept, trimmed.lines)]
    return replace(trimmed, lines=lines, tables=_without_lines(page.tables, changes), fields=fields)


def _without_lines(tables: list[Table], changes: list[tuple[Line, str | None]]) -> list[Table]:
    """The tables with the text of lines of their cells taken out (new text
    None) or replaced by the new text: rows and text are read from the
    cells, not the lines."""
    by_cell: dict[tuple[int, int, int], list[tuple[str, str | None]]] = {}
    for line, new in changes:
        if line.table_cell is not None:
            by_cell.setdefault(line.table_cell, []).append((line.text.strip(), new))
    changed = list(tables)
    for (index, row, col), texts in by_cell.items():
        if index >= len(changed) or row >= len(changed[index].rows) or col >= len(changed[index].rows[row]):
            continue
        table = changed[index]
        cell = table.rows[row][col]
        parts = cell.text.split("\n")
        for text, new in texts:
            if text in parts:
                at = parts.index(text)
                parts[at:at + 1] = [] if new is None else [new]
        rows = [list(r) for r in table.rows]
        rows[row][col] = replace(cell, text="\n".join(parts))
        changed[index] = replace(table, rows=rows)
    return changed


def _unfilled(form: FormText, value: str) -> bool:
    """A form field's value is wholly the form's text or a template left
    unfilled ("[Skriv … her]" as the field's default): no answer."""
    text = " ".join(value.split())
    return bool(text) and not blanked(text, form.spans(text) + form.examples.spans(text)).strip()


def _wholly_form(form: FormText, line: Line) -> bool:
    """Every word of the line is the form's own text (``FormText.spans``)."""
    text = " ".join(line.text.split())
    return bool(text) and not blanked(text, form.spans(text)).strip()
