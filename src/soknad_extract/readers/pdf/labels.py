"""Which printed text a form field or check box answers, by position.

Field names in real forms are often meaningless ("Text1", "Check Box3"),
and flattened or typed check boxes have no name at all, so the label comes
from the page: the text left of a field on its row or right above it; for a
check box the text right of it (its option, "Ja") and the question on its
row to the left or on the nearest line above ("Interessert i nettverk?").
"""

from __future__ import annotations

import re

from ...layout import BBox, FormField, Line, Word
from ...layout.glyphs import find_glyph_boxes
from ...layout.questions import QuestionFinder, same_row
from ...layout.settings import PDF_LABEL_ABOVE_REACH_LINES


_GENERIC_NAME = re.compile(
    r"^(text|tekst|text ?field|textbox|check ?box|checkbox|avkrysning(sboks)?|kryss|felt|"
    r"field|fill|dropdown|combo ?box|list ?box|radio( ?button)?|option|group|gruppe|"
    r"button|knapp|undefined|untitled|page|side|form|subform|topmostsubform)"
    r"[\s_.#-]*\d*$",
    re.IGNORECASE,
)


def meaningful(text: str | None) -> bool:
    """A name or tooltip a person wrote ("Kontaktperson"), not one a form
    tool generated ("Text1", "Check Box3", "topmostSubform[0].Page1[0].Felt2[0]")."""
    if not text or not text.strip():
        return False
    text = text.strip()
    if " " not in text and "." in text:
        text = text.rsplit(".", 1)[-1] or text
    last = re.sub(r"\[\d+\]", "", text).strip()
    if sum(ch.isalpha() for ch in last) < 2:
        return False
    return not _GENERIC_NAME.match(last)


def _clean(text: str) -> str | None:
    text = " ".join(text.split()).strip(" \t:;,|_.")
    return text or None


class PageLabels(QuestionFinder):
    """Positional look-ups over one page's printed lines (not the value
    lines the reader adds for form fields): field labels and check box
    options here, the question a box answers in ``QuestionFinder``."""

    def above(self, box: BBox) -> Line | None:
        """The nearest line right above ``box`` that overlaps it horizontally
        or starts near its left edge."""
        best: Line | None = None
        for line in self.lines:
            lb = line.bbox
            assert lb is not None
            height = max(lb[3] - lb[1], 4.0)
            if lb[3] > box[1] + 2 or box[1] - lb[3] > PDF_LABEL_ABOVE_REACH_LINES * height:
                continue
            overlaps = min(lb[2], box[2]) - max(lb[0], box[0]) > 0
            if not (overlaps or abs(lb[0] - box[0]) < 20):
                continue
            if best is None or lb[3] > best.bbox[3]:  # type: ignore[index]
                best = line
        return best

    def field_label(self, box: BBox) -> str | None:
        """Label of a text field: text left on its row, else right above.
        A label stacked in two lines beside a tall field ("Navn" over
        "(blokkbokstaver)") is read as one."""
        left = self.left_of(box)
        if left is None:
            above = self.above(box)
            return _clean(above.text) if above else None
        x0 = left.bbox[0]  # type: ignore[index]
        stacked = [
            line
            for line in self.lines
            if abs(line.bbox[0] - x0) <= 3  # type: ignore[index]
            and line.bbox[2] <= box[0] + 2  # type: ignore[index]
            and same_row(line.bbox, box)  # type: ignore[arg-type]
        ]
        stacked.sort(key=lambda l: l.bbox[1])  # type: ignore[index]
        return _clean(" ".join(line.text for line in stacked))

    def _row_words(self, box: BBox) -> list[tuple[Word, Line]]:
        return [
            (word, line)
            for line in self.lines
            if same_row(line.bbox, box)  # type: ignore[arg-type]
            for word in line.words
            if word.bbox is not None
        ]

    def words_right_of(self, box: BBox, stop_x: float | None = None) -> tuple[str | None, list[Line]]:
        """The option text right of a check box on its row, up to the next
        box (``stop_x``) or a wide gap; with the lines it came from."""
        candidates = [
            (w, l)
            for w, l in self._row_words(box)
            if w.bbox[0] >= box[2] - 1 and (stop_x is None or w.bbox[0] < stop_x - 1)  # type: ignore[index]
        ]
        candidates.sort(key=lambda wl: wl[0].bbox[0])  # type: ignore[index]
        taken: list[tuple[Word, Line]] = []
        edge = box[2]
        for word, line in candidates:
            wb = word.bbox
            assert wb is not None
            if wb[0] - edge > self._reach(box, wb, bool(taken)):
                break
            taken.append((word, line))
            edge = wb[2]
        return self._joined(taken)

    def words_left_of(self, box: BBox, stop_x: float | None = None) -> tuple[str | None, list[Line]]:
        """The option text left of a box ("Ja ☐"), back to the previous box
        (``stop_x``), a wide gap or a word ending in ":" or "?" (the question)."""
        candidates = [
            (w, l)
            for w, l in self._row_words(box)
            if w.bbox[2] <= box[0] + 1 and (stop_x is None or w.bbox[0] > stop_x + 1)  # type: ignore[index]
        ]
        candidates.sort(key=lambda wl: -wl[0].bbox[2])  # type: ignore[index]
        taken: list[tuple[Word, Line]] = []
        edge = box[0]
        for word, line in candidates:
            wb = word.bbox
            assert wb is not None
            if edge - wb[2] > self._reach(box, wb, bool(taken)) or word.text.endswith((":", "?")):
                break
            taken.append((word, line))
            edge = wb[0]
        return self._joined(list(reversed(taken)))

    @staticmethod
    def _reach(box: BBox, word: BBox, started: bool) -> float:
        """Widest gap inside an option text: before its first word three box
        sizes, between words one and a half word heights."""
        height = word[3] - word[1]
        return 1.5 * height if started else 3 * max(box[3] - box[1], height)

    @staticmethod
    def _joined(taken: list[tuple[Word, Line]]) -> tuple[str | None, list[Line]]:
        text = _clean(" ".join(w.text for w, _ in taken))
        lines: list[Line] = []
        for _, line in taken:
            if all(line is not other for other in lines):
                lines.append(line)
        return text, lines

    def option_label(self, box: BBox, boxes: list[BBox]) -> str | None:
        """A check box's option text. Options follow their boxes ("☐ Ja
        ☐ Nei", up to the next box) unless nothing follows the row's last
        box, in which case each option precedes its box ("Ja ☐ Nei ☐"). The
        lines it came from are marked so that no box takes an option as its
        question."""
        row = sorted({o for o in boxes if same_row(o, box)} | {box}, key=lambda b: b[0])
        at = row.index(box)
        follow = self.words_right_of(row[-1])[0] is not None
        if follow:
            text, lines = self.words_right_of(box, row[at + 1][0] if at + 1 < len(row) else None)
        else:
            text, lines = self.words_left_of(box, row[at - 1][2] if at > 0 else None)
        for line in lines:
            self.mark_box_line(line)
        return text

    def tab_options(self, fields: list[FormField]) -> None:
        """Options set at a tab, for check boxes left without one. Serves
        forms laid out as a label column and an answer column, with the
        boxes in the label column and each option at the answer column's
        tab ("[ x ]            Bruk av ordinært arbeidsliv"): the gap is
        wider than ``option_label`` reaches. Taken only for a column of two
        or more such boxes whose options all start at one x, a list of
        options, never for a lone box beside text of another column."""
        found: list[tuple[FormField, Line]] = []
        for f in fields:
            if f.kind == "checkbox" and not f.label and f.bbox is not None:
                line = self._tab_option(f.bbox)
                if line is not None:
                    found.append((f, line))
        for f, line in found:
            if any(other is not f and abs(other.bbox[0] - f.bbox[0]) <= 3  # type: ignore[index]
                   and abs(o_line.bbox[0] - line.bbox[0]) <= 3  # type: ignore[index]
                   for other, o_line in found):
                f.label = _clean(line.text)
                self.mark_box_line(line)

    def _tab_option(self, box: BBox) -> Line | None:
        """The nearest line right of a box that opens its row and has no
        text of its own line after it; not a line of boxes itself."""
        row = [line for line in self.lines if same_row(line.bbox, box)]  # type: ignore[arg-type]
        for line in row:
            lb = line.bbox
            assert lb is not None
            if lb[2] <= box[0] + 1:
                return None
            if lb[0] < box[2] - 1 and any(w.bbox and w.bbox[0] >= box[2] - 1 for w in line.words):
                return None
        right = [line for line in row if line.bbox[0] >= box[2] - 1]  # type: ignore[index]
        if not right:
            return None
        option = min(right, key=lambda line: line.bbox[0])  # type: ignore[index]
        return None if find_glyph_boxes(option.text) else option

    def extend_labels(self, fields: list[FormField], boxes: list[BBox]) -> None:
        """Option texts that wrap onto the next line ("Oppfølging av
        barnefamilier, ungdom" / "og innvandrere") get their second line,
        which is then no longer taken for the next box's question."""
        for f in fields:
            box = f.bbox
            if f.kind not in ("checkbox", "radio") or not f.label or box is None:
                continue
            if any(o[0] >= box[2] - 1 and o != box and same_row(o, box) for o in boxes):
                continue
            found = self._label_line(box)
            if found is None:
                continue
            line, start = found
            raw = " ".join(w.text for w in line.words if w.bbox and w.bbox[0] >= start - 0.5)
            if _clean(raw) != f.label:
                continue
            below = self._continuation(line, start, boxes)
            if below is not None:
                f.label = _clean(f"{raw} {below.text}")
                self.mark_box_line(below)

    def _label_line(self, box: BBox) -> tuple[Line, float] | None:
        """The line holding a box's option text, and where that text starts."""
        best: Line | None = None
        for line in self.lines:
            lb = line.bbox
            assert lb is not None
            if lb[2] > box[2] and lb[0] >= box[0] - 1 and same_row(lb, box):
                if best is None or lb[0] < best.bbox[0]:  # type: ignore[index]
                    best = line
        if best is None:
            return None
        starts = [w.bbox[0] for w in best.words if w.bbox and w.bbox[0] >= box[2] - 1]
        return (best, starts[0]) if starts else None

    def _continuation(self, line: Line, text_x: float, boxes: list[BBox]) -> Line | None:
        lb = line.bbox
        assert lb is not None
        height = lb[3] - lb[1]
        best: Line | None = None
        for other in self.lines:
            ob = other.bbox
            assert ob is not None
            gap = ob[1] - lb[3]
            if other is line or not -1 <= gap <= 0.45 * height or other.table_cell != line.table_cell:
                continue
            aligned = abs(ob[0] - text_x) <= 3 or abs(ob[0] - lb[0]) <= 3 or self._wrapped(line, other)
            if not aligned or id(other) in self.box_lines:
                continue
            if other.text.rstrip().endswith((":", "?")) or find_glyph_boxes(other.text):
                continue
            if any(same_row(b, ob) and b[2] <= ob[0] + 1 and ob[0] - b[2] < 40 for b in boxes):
                continue
            if best is None or ob[1] < best.bbox[1]:  # type: ignore[index]
                best = other
        return best

    def _wrapped(self, line: Line, below: Line) -> bool:
        """``below`` carries on ``line`` in running text (a browser's
        inline check boxes): it starts at the left edge of ``line``'s row,
        and its first word would not have fitted after ``line`` before the
        right edge of the page's text."""
        lb, ob = line.bbox, below.bbox
        assert lb is not None and ob is not None
        row_start = min(l.bbox[0] for l in self.lines if same_row(l.bbox, lb))  # type: ignore[index, arg-type]
        first = next((w.bbox for w in below.words if w.bbox is not None), None)
        if abs(ob[0] - row_start) > 3 or first is None:
            return False
        right_edge = max(l.bbox[2] for l in self.lines)  # type: ignore[index]
        space = 0.3 * (lb[3] - lb[1])
        return lb[2] + space + (first[2] - first[0]) > right_edge

    def assign_questions(self, fields: list[FormField], boxes: list[BBox]) -> None:
        """Set ``group`` on check boxes and radio buttons that lack one, from
        the question left of their row's first box or on the line above.
        Call after every box's option label is known."""
        for f in fields:
            if f.kind not in ("checkbox", "radio") or f.group is not None or f.bbox is None:
                continue
            row = sorted((b for b in boxes if same_row(b, f.bbox)), key=lambda b: b[0])
            f.group = self.question(f.bbox, row[0] if row else f.bbox)
            if f.group is None and f.kind == "radio" and meaningful(f.name):
                f.group = f.name
