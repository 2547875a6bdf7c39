"""Which question a check box answers: one derived view of the layout.

The PDF reader asks it while it builds a page's form fields, the extractors
ask it for a box the reader left without a question; both must get the same
answer, so the search lives here once. Two sources, best first:

- the box's own line: a row of boxes whose options are answer words
  ("Interesse for nettverk ☒ Ja ☐ Nei") answers the text before the first
  box, with or without ":" or "?" (a line with only "Ja"/"Nei" options has
  nothing else to ask);
- position: the text left of the row's first box (or, when that line ends
  in the first box's option, the words before the option), else the nearest
  line above that is not itself a box option (``QuestionFinder.question``).

The answer words come from ``schemas/vocabulary/answers.toml``.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from soknad_extract import vocabulary
from soknad_extract.layout.glyphs import GlyphBox, find_glyph_boxes
from soknad_extract.layout.model import BBox, Line
from soknad_extract.layout.settings import PDF_LABEL_LEFT_REACH_PT, PDF_QUESTION_REACH_PT
from soknad_extract.norwegian import fold


@lru_cache(maxsize=1)
def _option_words() -> tuple[frozenset[str], frozenset[str]]:
    answers = vocabulary.Entry("answers")
    return answers.table("option_yes").words(), answers.table("option_no").words()


def option_answer(label: str | None) -> bool | None:
    """True for a "Ja" option, False for "Nei", None for any other text."""
    if not label:
        return None
    yes, no = _option_words()
    folded = fold(label).strip(" .:;,")
    if folded in yes:
        return True
    if folded in no:
        return False
    return None


def answer_options(boxes: Iterable[GlyphBox]) -> bool:
    """The boxes are a yes/no choice: every option is an answer word."""
    found = list(boxes)
    return bool(found) and all(option_answer(b.label) is not None for b in found)


def _clean(text: str) -> str | None:
    text = " ".join(text.split()).strip(" \t:;,|_.?")
    return text or None


def line_question(text: str) -> str | None:
    """The question a line of typed boxes answers: the text before the first
    box when it ends in ":" or "?", or whenever the options are answer words."""
    boxes = find_glyph_boxes(text)
    if not boxes:
        return None
    if boxes[0].question:
        return boxes[0].question
    if not answer_options(boxes):
        return None
    return _clean(text[: boxes[0].start])


def same_row(a: BBox, b: BBox) -> bool:
    """The boxes share a row: they overlap vertically by at least 40 % of
    the smaller height, or the smaller one's centre lies inside the other."""
    # min() and max() written out: a page's labels ask this ~40,000 times a batch.
    a_top, a_bottom, b_top, b_bottom = a[1], a[3], b[1], b[3]
    a_height, b_height = a_bottom - a_top, b_bottom - b_top
    overlap = (b_bottom if b_bottom < a_bottom else a_bottom) - (b_top if b_top > a_top else a_top)
    if overlap > 0 and overlap >= 0.4 * (b_height if b_height < a_height else a_height):
        return True
    if a_height <= b_height:
        return b_top <= (a_top + a_bottom) / 2 <= b_bottom
    return a_top <= (b_top + b_bottom) / 2 <= a_bottom


class QuestionFinder:
    """Positional look-ups over one page's printed lines. Lines that hold
    check boxes or their options are marked; a question is never taken from
    them, except a line's own text before its yes/no boxes."""

    def __init__(self, lines: Iterable[Line]) -> None:
        self.lines = [line for line in lines if line.bbox is not None]
        self.box_lines: set[int] = set()

    def mark_box_line(self, line: Line) -> None:
        self.box_lines.add(id(line))

    def left_of(self, box: BBox, skip_boxes: bool = False) -> Line | None:
        """The nearest line ending left of ``box`` on its row."""
        best: Line | None = None
        for line in self.lines:
            lb = line.bbox
            assert lb is not None
            if lb[2] > box[0] + 2 or box[0] - lb[2] > PDF_LABEL_LEFT_REACH_PT or not same_row(lb, box):
                continue
            if skip_boxes and id(line) in self.box_lines:
                continue
            if best is None or lb[2] > best.bbox[2]:  # type: ignore[index]
                best = line
        return best

    def own_line(self, box: BBox) -> Line | None:
        """The printed line the box itself stands in (a typed box)."""
        for line in self.lines:
            lb = line.bbox
            assert lb is not None
            if lb[0] <= box[0] + 1 and lb[2] >= box[2] - 1 and same_row(lb, box):
                return line
        return None

    def _block_text(self, line: Line) -> str:
        """A question wrapped over several lines, read whole: the lines of
        its table cell, or the lines stacked on it at the same left edge."""
        if line.table_cell is not None:
            block = [l for l in self.lines if l.table_cell == line.table_cell and id(l) not in self.box_lines]
        else:
            block = [line]
            for step in (-1, 1):
                edge = line
                while True:
                    nxt = self._stacked(edge, step)
                    if nxt is None:
                        break
                    block.append(nxt)
                    edge = nxt
        block.sort(key=lambda l: l.bbox[1])  # type: ignore[index]
        return " ".join(l.text for l in block)

    def _stacked(self, line: Line, step: int) -> Line | None:
        """The line right above (step -1) or below (+1) at the same left edge."""
        lb = line.bbox
        assert lb is not None
        height = lb[3] - lb[1]
        for other in self.lines:
            ob = other.bbox
            assert ob is not None
            gap = (lb[1] - ob[3]) if step < 0 else (ob[1] - lb[3])
            if other is line or abs(ob[0] - lb[0]) > 3 or not -1 <= gap <= 0.45 * height:
                continue
            if id(other) in self.box_lines or other.table_cell is not None:
                continue
            if step < 0 and other.text.rstrip().endswith((":", "?", ".")):
                continue
            if step > 0 and line.text.rstrip().endswith((":", "?", ".")):
                continue
            return other
        return None

    def _question_before_option(self, first_on_row: BBox) -> str | None:
        """The question printed on one line with the first box's option,
        each option before its box ("Nettverk/klyngesamarbeid: Ja ☐ Nei ☐"
        with form-field boxes): the line is marked as a box option, but the
        words before its closing "Ja"/"Nei" are the question."""
        line = self.left_of(first_on_row)
        if line is None or id(line) not in self.box_lines:
            return None
        words = line.text.split()
        if len(words) < 2 or option_answer(words[-1]) is None or option_answer(words[-2]) is not None:
            return None
        return _clean(" ".join(words[:-1]))

    def question(self, box: BBox, first_on_row: BBox) -> str | None:
        """The question a check box answers: its own line's text before yes/no
        boxes; else text left of the row's first box; else the nearest line
        above that is not itself a box option, when it ends in ":" or "?" or
        stands right above the list of boxes this box belongs to (gaps are
        measured from the list's first box)."""
        own = self.own_line(box)
        if own is not None:
            asked = line_question(own.text)
            if asked:
                return asked
        left = self.left_of(first_on_row, skip_boxes=True)
        if left is not None:
            return _clean(self._block_text(left).rstrip().rstrip("?"))
        asked = self._question_before_option(first_on_row)
        if asked:
            return asked
        reference = box[1]
        for line in sorted(self.lines, key=lambda l: -l.bbox[3]):  # type: ignore[index]
            lb = line.bbox
            assert lb is not None
            if lb[3] > box[1] + 1 or same_row(lb, box):
                continue
            height = lb[3] - lb[1]
            gap = reference - lb[3]
            if box[1] - lb[3] > PDF_QUESTION_REACH_PT:
                return None
            if lb[0] > first_on_row[2] + 40 or lb[2] < first_on_row[0] - 150:
                continue
            if id(line) in self.box_lines:
                if gap < 2 * height:
                    reference = min(reference, lb[1])
                continue
            text = line.text.rstrip()
            if text.endswith((":", "?")) or gap < 1.5 * height:
                return _clean(text.rstrip("?"))
            return None
        return None
