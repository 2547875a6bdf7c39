"""What the Word walker finds, before it becomes the layout model.

The walker needs more than ``layout`` holds while it works: which cell a
paragraph sits in, where in a paragraph a form field starts and ends, which
cell covers a merged grid position. These records keep that until labels
are resolved and the document is assembled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ...layout import FieldKind, FieldMethod
from .run_style import RunStyle

Region = Literal["body", "header", "footer"]


@dataclass(eq=False)
class Picture:
    data: bytes | None
    name: str | None
    display_size: tuple[float, float] | None


@dataclass(eq=False)
class Para:
    """One paragraph. ``text`` grows while the walker reads its runs."""

    region: Region
    style: str | None
    cell: CellBox | None = None
    text: str = ""
    page: int | None = None
    spans: list[FieldSpan] = field(default_factory=list)
    """Form fields that sit inside this paragraph's text."""
    pictures: list[Picture] = field(default_factory=list)
    answer: bool = False
    """The whole paragraph is the content of a block-level content control,
    so none of it is label text."""
    base: RunStyle = field(default_factory=RunStyle)
    """How a run looks by the paragraph's style (italics, colour, size)."""
    runs: list[tuple[int, int, RunStyle]] = field(default_factory=list)
    """Where in ``text`` each run's characters went, and how they look."""
    beside_next: bool = False
    """A frame set on the line of the paragraph after it (``frames``)."""


@dataclass(eq=False)
class Segment:
    """A table, or the part of one that lies on one page (a table that
    crosses a page break becomes one segment per page, as in a PDF)."""

    page: int
    index: int
    """Index among the tables that start on this page."""
    grid: list[list[CellBox | None]] = field(default_factory=list)
    """Rows of grid positions; a merged position holds the cell covering it."""
    cells: list[CellBox] = field(default_factory=list)
    parent: CellBox | None = None
    """The cell a nested table sits in."""


@dataclass(eq=False)
class CellBox:
    segment: Segment
    row: int
    col: int
    """Grid column of the cell's left edge."""
    col_span: int = 1
    row_span: int = 1
    paras: list[Para] = field(default_factory=list)
    """Every paragraph inside, nested tables included, in reading order."""

    def text(self) -> str:
        return "\n".join(p.text.strip() for p in self.paras if p.text.strip())

    def key(self) -> tuple[int, int, int]:
        return (self.segment.index, self.row, self.col)


@dataclass(eq=False)
class FieldSpan:
    """A form control found in the XML. Inline controls cover
    ``para.text[start:end]``; block, row and cell controls cover whole
    paragraphs and point at the first one with ``start == end == 0``."""

    kind: FieldKind
    method: FieldMethod
    para: Para
    name: str | None
    hints: tuple[str, ...]
    value: str | None = None
    checked: bool | None = None
    start: int = 0
    end: int = 0
    inline: bool = True
