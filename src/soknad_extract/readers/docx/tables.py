"""Word tables for the walker: rows, cells, merged cells, nested tables,
row- and cell-level content controls, and tables that cross a page.

The grid follows Word's: ``w:gridBefore`` skips columns, ``w:gridSpan``
widens a cell, and a ``w:vMerge`` continuation joins the cell above it, so
that a column index means the same column in every row. A row lies wholly on
the page where its content starts (page breaks before its first text are
applied first); when a row starts on a new page the table continues as a new
table on that page, as it would in a PDF of the document.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Protocol

from lxml import etree

from ... import limits
from ...limits import Limits
from .model import CellBox, Para, Region, Segment
from .pages import PageCounter
from .xml import (
    BR, CUSTOM_XML, DEL, DRAWING, LAST_RENDERED_PAGE_BREAK, PICT, SDT, SYM, T, TC, TCPR, TR, TRPR,
    child, val, w,
)


class TableHost(Protocol):
    """What the table reader needs from the walker it reads for. The walker
    keeps its own state (paragraphs, segments, the cells and rows around the
    current position); the table reader hands it what it found and asks it
    to read the cells' content, through these calls only."""

    region: Region
    pages: PageCounter

    @property
    def current_cell(self) -> CellBox | None: ...

    @property
    def row_page(self) -> int: ...

    def blocks(self, container: etree._Element) -> None: ...

    def block_control(self, sdt: etree._Element, walk: Callable[[etree._Element], None]) -> None: ...

    def add(self, para: Para) -> None: ...

    def add_segment(self, segment: Segment) -> None: ...

    def consume(self, element: etree._Element) -> None: ...

    def in_row(self, page: int) -> AbstractContextManager[None]: ...

    def in_cell(self, box: CellBox) -> AbstractContextManager[None]: ...


@dataclass
class _TableState:
    width: int
    limits: Limits
    segment: Segment | None = None
    merges: dict[int, CellBox] = field(default_factory=dict)
    """Grid column → the cell a ``w:vMerge`` continuation below joins."""


class TableReader:
    """Reads ``w:tbl`` elements into segments on behalf of a walker, which
    reads the paragraphs inside the cells."""

    def __init__(self, walker: TableHost) -> None:
        self._walker = walker
        self._tables_on_page: dict[int, int] = {}
        self._limits = limits.active()

    def table(self, tbl: etree._Element) -> None:
        """One table. Spans and the grid are checked before any row is
        allocated: a ``gridSpan`` of 1e30 or a ``gridBefore`` of 1e9 is a
        ``LimitExceeded`` naming ``max_span``, never an overflow or a
        list of a billion cells."""
        width = len(tbl.findall(f"{w('tblGrid')}/{w('gridCol')}"))
        limits.check_span(width, self._limits, "tblGrid")
        self._items(tbl, _TableState(width, self._limits))

    def _items(self, container: etree._Element, state: _TableState) -> None:
        for el in container:
            if el.tag == TR:
                self._row(el, state)
            elif el.tag == SDT:
                self._walker.block_control(el, lambda content: self._items(content, state))
            elif el.tag == CUSTOM_XML:
                self._items(el, state)

    def from_rows(self, rows: list[list[str]], style: str) -> None:
        """A table from plain cell texts (an embedded worksheet), one
        paragraph per non-empty cell, on the current page."""
        page = self._walker.row_page
        segment = self._new_segment(page)
        with self._walker.in_row(page):
            for r, row in enumerate(rows):
                segment.grid.append([])
                for c, text in enumerate(row):
                    box = CellBox(segment, r, c)
                    segment.cells.append(box)
                    segment.grid[r].append(box)
                    if text:
                        with self._walker.in_cell(box):
                            self._walker.add(Para(self._walker.region, style, text=text))

    def _new_segment(self, page: int) -> Segment:
        index = self._tables_on_page.get(page, 0)
        self._tables_on_page[page] = index + 1
        segment = Segment(page, index, parent=self._walker.current_cell)
        self._walker.add_segment(segment)
        return segment

    def _leading_breaks(self, row: etree._Element) -> None:
        """Apply the page breaks before a row's first content now, and mark
        them so that the walker does not count them again."""
        pages = self._walker.pages
        for el in row.iter(T, BR, LAST_RENDERED_PAGE_BREAK, DRAWING, PICT, SYM):
            if el.tag == T:
                if (el.text or "").strip():
                    return
            elif el.tag == BR:
                if el.get(w("type")) == "page":
                    self._walker.consume(el)
                    pages.hard_break()
            elif el.tag == LAST_RENDERED_PAGE_BREAK:
                self._walker.consume(el)
                pages.soft_break()
            else:
                return

    def _row(self, tr: etree._Element, state: _TableState) -> None:
        trpr = tr.find(TRPR)
        if trpr is not None and trpr.find(DEL) is not None:
            return  # a row deleted with tracked changes on
        self._leading_breaks(tr)
        page = self._walker.pages.page
        segment = state.segment
        if segment is None or segment.page != page:
            segment = state.segment = self._new_segment(page)
            state.merges.clear()
        limits.check_grid(len(segment.grid) + 1, state.width, state.limits)
        segment.grid.append([None] * state.width)
        with self._walker.in_row(page):
            self._cells(tr, segment, _span(val(trpr, w("gridBefore")), state, "gridBefore", 0), state)

    def _cells(self, container: etree._Element, segment: Segment, column: int, state: _TableState) -> int:
        """Read the cells from grid ``column`` on; returns the column after them."""
        for el in container:
            if el.tag == TC:
                column = self._cell(el, segment, column, state)
            elif el.tag == SDT:
                start = column

                def walk(content: etree._Element, start: int = start) -> None:
                    nonlocal column
                    column = self._cells(content, segment, start, state)

                self._walker.block_control(el, walk)
            elif el.tag == CUSTOM_XML:
                column = self._cells(el, segment, column, state)
        return column

    def _cell(self, tc: etree._Element, segment: Segment, column: int, state: _TableState) -> int:
        tcpr = tc.find(TCPR)
        span = max(1, _span(val(tcpr, w("gridSpan")), state, "gridSpan", 1))
        merge = child(tcpr, w("vMerge"))
        row = len(segment.grid) - 1
        above = state.merges.get(column)
        if merge is not None and merge.get(w("val")) in (None, "continue") and above is not None:
            box = above
            box.row_span = row - box.row + 1
        else:
            box = CellBox(segment, row, column, col_span=span)
            segment.cells.append(box)
            if merge is not None:
                state.merges[column] = box
            else:
                state.merges.pop(column, None)
        limits.check_span(column + span, state.limits, "gridBefore + gridSpan")
        cells = segment.grid[row]
        cells.extend([None] * (column + span - len(cells)))
        for c in range(column, column + span):
            cells[c] = box
        with self._walker.in_cell(box):
            self._walker.blocks(tc)
        return column + span


def _span(value: str | None, state: _TableState, name: str, default: int) -> int:
    """A span attribute as written by any tool ("2", "2.0", "1e30", "nan"),
    refused past ``max_span``."""
    span = limits.bounded_int(value, state.limits.max_span, default)
    if span > state.limits.max_span:
        stated = float(value or 0)
        raise limits.LimitExceeded("max_span", stated if stated < 1e15 else None, state.limits.max_span, name)
    return span
