"""Which question a Word form field answers.

A control's machine name ("Tekst3", "txtNavn") rarely says what it asks, so
labels come from where a person would look: the author's alias, the text
before the field in its paragraph, the paragraph above it in the same cell,
the cell to its left (or above it), and finally the previous paragraph.
Check boxes read their label the way ``layout.glyphs`` reads typed boxes
("Nettverk? ☐ Ja ☒ Nei": label "Ja", question "Nettverk"), so that a
Word check box and a typed ☒ agree.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .model import CellBox, FieldSpan, Para
from .run_style import line_style
from ...layout.field_hints import is_field_hint
from ...layout.glyphs import TICKED_GLYPHS, UNTICKED_GLYPHS, GlyphBox, find_glyph_boxes

_STRIP = " \t\n:;,|*_–—-\u2002\u2003\u00a0"
_GLYPHS = str.maketrans("", "", TICKED_GLYPHS + UNTICKED_GLYPHS)
_GENERIC_NAME = re.compile(
    r"(?i)(text|tekst|tekstfelt|check|checkbox|avkrysning|avkrysningsboks|avmerkingsboks|dropdown|"
    r"combo|kombinasjonsboks|rullegardin|control|kontroll|field|felt)\s*\d*"
)


def reads_like_words(name: str) -> bool:
    """True for an author's name that a clerk can read ("Prosjektnavn",
    "Navn på Nav-kontor"), false for ids ("Text1", "txtNavn", "cb_01",
    "orgnr", GUIDs)."""
    name = name.strip()
    if not 2 <= len(name) <= 120 or not re.search(r"[^\W\d_]", name):
        return False
    if _GENERIC_NAME.fullmatch(name) or "_" in name or re.search(r"[{}<>=#\\/]", name):
        return False
    if " " not in name and (
        re.search(r"\d", name) or re.search(r"[a-zæøå][A-ZÆØÅ]", name) or name == name.lower()
    ):
        return False  # one token in lower case, camelCase or with digits is an id ("epost", "txtNavn")
    return True


def clean_label(text: str | None) -> str | None:
    """The last tab- or line-separated piece of ``text``, without box glyphs,
    trailing colons or padding ("Kontaktperson:\\t" → "Kontaktperson")."""
    if not text:
        return None
    pieces = [p for p in re.split(r"[\t\n]+", text.translate(_GLYPHS)) if p.strip(_STRIP)]
    if not pieces:
        return None
    return " ".join(pieces[-1].split()).strip(_STRIP) or None


def _reads_as_hint(text: str) -> bool:
    """The cell's text is the form's guidance or a unit ("Oppgi kontorets
    navn", "(9 siffer)", "kr"), not a question."""
    return is_field_hint(text.strip(_STRIP + "()"))


def _first(candidates: Iterable[Callable[[], str | None]]) -> str | None:
    for candidate in candidates:
        found = clean_label(candidate())
        if found:
            return found
    return None


class Labeller:
    """Label lookups over one story's paragraphs (body, or one header)."""

    def __init__(self, paras: list[Para]) -> None:
        self._paras = paras
        self._index = {para: i for i, para in enumerate(paras)}
        self._boxes: dict[Para, list[GlyphBox]] = {}
        self._static: dict[Para, str] = {}

    def boxes(self, para: Para) -> list[GlyphBox]:
        if para not in self._boxes:
            self._boxes[para] = find_glyph_boxes(para.text)
        return self._boxes[para]

    def static_text(self, para: Para) -> str:
        """The paragraph's text without the answers in it."""
        if para not in self._static:
            text = "" if para.answer else para.text
            for span in sorted(para.spans, key=lambda s: s.start, reverse=True):
                text = text[: span.start] + text[span.end:]
            self._static[para] = text.strip()
        return self._static[para]

    def _is_option(self, para: Para) -> bool:
        return bool(self.boxes(para)) or any(s.kind == "checkbox" for s in para.spans)

    def _cell_text(self, cell: CellBox | None) -> str:
        """Label text of a cell: its paragraphs that are neither answers nor
        check-box options."""
        if cell is None:
            return ""
        return "\n".join(self.static_text(p) for p in cell.paras if not self._is_option(p) and self.static_text(p))

    def _beside(self, cell: CellBox | None, step: int) -> str | None:
        """Nearest cell with label text to the left (-1) or right (+1)."""
        if cell is None:
            return None
        row = cell.segment.grid[cell.row]
        c = cell.col - 1 if step < 0 else cell.col + cell.col_span
        while 0 <= c < len(row):
            other = row[c]
            if other is not None and other is not cell:
                text = self._cell_text(other)
                if text:
                    return text
                c = other.col - 1 if step < 0 else other.col + other.col_span
            else:
                c += step
        return None

    def _row_label(self, cell: CellBox | None) -> str | None:
        """The label of a control in a table row: the nearest label cell to
        its left, passing over the cells that read as a hint. A form row may
        print guidance or a unit between its label and the answer
        ("Nav-kontor | Skriv kontorets navn | [control]", "Lønn | kr |
        [control]"); anything else nearer the control is its label, whatever
        stands further left (a group caption "Prosjekt | Prosjektleder |
        [control]", a typed answer "Prosjektnavn | Jobbveien | Oppstart |
        [control]", an item number "3 | Prosjektnavn")."""
        if cell is None:
            return None
        row = cell.segment.grid[cell.row]
        run: list[CellBox] = []
        c = cell.col - 1
        while c >= 0:
            other = row[c] if c < len(row) else None
            if other is None or other is cell:
                c -= 1
                continue
            if self._cell_text(other):
                run.append(other)
            elif other.text():
                break  # an answer cell: the run to its right is this control's own
            c = other.col - 1
        italic = [self._italic(other) for other in run]
        for other, slanted in zip(run, italic):
            text = self._cell_text(other)
            hint = _reads_as_hint(text) or (slanted and not all(italic))
            if not hint and re.search(r"[^\W\d_]", text):
                return text
        return self._beside(cell, -1)

    def _italic(self, cell: CellBox) -> bool:
        """All of the cell's label text is set in italics, the look of a
        form's help text."""
        paras = [p for p in cell.paras if not self._is_option(p) and self.static_text(p)]
        return bool(paras) and all(line_style(p.text, p.runs).italic for p in paras)

    def _above(self, cell: CellBox | None) -> str | None:
        if cell is None or cell.row == 0:
            return None
        row = cell.segment.grid[cell.row - 1]
        other = row[cell.col] if cell.col < len(row) else None
        return self._cell_text(other) if other is not None and other is not cell else None

    def _previous_in_cell(self, para: Para) -> str | None:
        if para.cell is None:
            return None
        before = para.cell.paras[: para.cell.paras.index(para)] if para in para.cell.paras else []
        for other in reversed(before):
            if not self._is_option(other) and self.static_text(other):
                return self.static_text(other)
        return None

    def _previous(self, para: Para, *, strict: bool = False) -> str | None:
        """Text of the nearest earlier paragraph that is neither an answer nor
        an option. ``strict``: only when it is outside tables or in the same
        cell (a question is not in some other table's cell)."""
        for other in reversed(self._paras[: self._index.get(para, 0)]):
            if not self._is_option(other) and self.static_text(other):
                if strict and other.cell is not None and other.cell is not para.cell:
                    return None
                return self.static_text(other)
        return None

    def _before(self, span: FieldSpan) -> str | None:
        if not span.inline:
            return None
        start = max((s.end for s in span.para.spans if s is not span and s.end <= span.start), default=0)
        return span.para.text[start: span.start]

    def _context(self, para: Para) -> list[Callable[[], str | None]]:
        return [
            lambda: self._previous_in_cell(para),
            lambda: self._beside(para.cell, -1),
            lambda: self._above(para.cell),
            lambda: self._previous(para),
        ]

    def text_label(self, span: FieldSpan) -> str | None:
        """Label of a text, date or dropdown field."""
        hints = [lambda h=h: h for h in span.hints if reads_like_words(h)]
        context = self._context(span.para)
        context[1] = lambda: self._row_label(span.para.cell)
        before = [lambda: self._before(span)]
        if span.method == "content_control":
            order = hints + before + context
        else:
            order = before + context[:2] + hints + context[2:]
        return _first(order)

    def box_for(self, span: FieldSpan) -> GlyphBox | None:
        """The check-box glyph a check-box field wrote into its paragraph."""
        boxes = self.boxes(span.para)
        if not span.inline:
            return boxes[0] if boxes else None
        return next((b for b in boxes if b.start < span.end and b.end > span.start), None)

    def checkbox_label(
        self, para: Para, box: GlyphBox | None, hints: tuple[str, ...] = (), own_text: str | None = None
    ) -> tuple[str | None, str | None]:
        """(label, question) of a check box in ``para``: its own words (the
        text beside its glyph, the alias, or the paragraph a block-level box
        wraps) first, then the cells and paragraphs around it. The words a
        reader sees beside the box come before the alias: an author may give
        every box of a list one alias ("Omr"), never one text."""
        question = clean_label(box.question) if box is not None else None
        own = _first(
            [lambda: box.label if box else None]
            + [lambda h=h: h for h in hints if reads_like_words(h)]
            + [lambda: own_text]
        )
        context = self._context(para)
        if own:
            label: str | None = own
            if question is None:
                question = _first(context[:3])
        else:
            label = _first(context[:2] + [lambda: self._beside(para.cell, +1)] + context[2:])
        if question is None:
            question = clean_label(self._question_before(para))
        return label, question

    def _question_before(self, para: Para) -> str | None:
        """What a list of options answers: the paragraph before them, or for
        options in a table what stands above their rows."""
        if para.cell is None:
            return self._previous(para, strict=True)
        return self._question_above(para.cell)

    def _question_above(self, cell: CellBox) -> str | None:
        """The nearest row above ``cell`` that is not an option row; else the
        text before the table (in the cell around it, for a nested table)."""
        segment = cell.segment
        for r in range(cell.row - 1, -1, -1):
            cells = list(dict.fromkeys(c for c in segment.grid[r] if c is not None))
            if any(self._is_option(p) for c in cells for p in c.paras):
                continue
            text = " ".join(t for t in (self._cell_text(c) for c in cells) if t)
            if text:
                return text
        first = next((c.paras[0] for c in segment.cells if c.paras), None)
        if first is None:
            return None
        parent = segment.parent
        if parent is None:
            return self._previous(first, strict=True)
        before = parent.paras[: parent.paras.index(first)] if first in parent.paras else []
        for other in reversed(before):
            if other.cell is parent and not self._is_option(other) and self.static_text(other):
                return self.static_text(other)
        return self._question_above(parent)
