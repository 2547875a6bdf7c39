"""Walk a WordprocessingML story (body, header or footer) in document order.

python-docx's ``paragraph.text`` skips run-level content controls and legacy field results, so a
filled-in form reads as if it were empty (python-docx #155, docling #3923). This walker reads the XML
itself: paragraphs, tables (via ``tables``), content controls at every level, ``w:customXml``/smart
tags/hyperlinks, tracked insertions (kept) and deletions (dropped), struck-through text (dropped,
``_struck``), imported chunks (``altchunk``), text boxes, complex fields (codes skipped, results
kept), pictures and embedded Excel worksheets (read as tables, see ``embedded``), form fields and
controls as spans (``field_spans``), frames beside their anchor (``frames``). Pages are counted by ``pages``.

Text rules: ``w:t`` as written, ``w:tab`` → tab, ``w:br``/``w:cr`` → "\\n" inside the paragraph's
one Line, ``w:noBreakHyphen`` → "-", Wingdings check box symbols → ☒/☐, other symbol-font characters
dropped. A check-box control always shows as ☒/☐ (by its state), whatever glyph its author chose,
and a legacy check box or dropdown writes what Word draws for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Callable

from lxml import etree

from .altchunk import chunk_body
from .embedded import is_excel, worksheet_rows
from .field_spans import FieldSpanReader
from .fields import is_wingdings, sym_glyph, wingdings_glyph
from .frames import beside_anchor
from .images import PictureRef, drawing_pictures, iter_chosen, vml_pictures
from .model import CellBox, FieldSpan, Para, Picture, Region, Segment
from .pages import PageCounter
from .run_style import RunStyles
from .styles import StyleMap
from .tables import TableReader
from .xml import (
    ALT_CHUNK, ALTERNATE_CONTENT, BDO, BR, CR, CUSTOM_XML, DIR, DRAWING, FLD_CHAR, FLD_SIMPLE, HYPERLINK,
    INS, INSTR_TEXT, LAST_RENDERED_PAGE_BREAK, MATH_T, MOVE_TO, NO_BREAK_HYPHEN, O_NS, OBJECT, OMATH, OMATH_PARA, P,
    PICT, PPR, PTAB, R, R_NS, RPR, SDT, SECT_PR, SMART_TAG, SYM, T, TAB, TBL, TXBX_CONTENT, child,
    choose, flag, val, w,
)

Resolver = Callable[[str | None], tuple[bytes | None, str | None]]
"""Relationship id → (the related part's bytes, its file name)."""

OLE_OBJECT = f"{{{O_NS}}}OLEObject"
EMBEDDED_SHEET_STYLE = "embedded_excel"

_PARA_WRAPPERS = {HYPERLINK, SMART_TAG, CUSTOM_XML, INS, MOVE_TO, FLD_SIMPLE, DIR, BDO}


class Walker:
    """Reads one story into paragraphs, table segments and form fields.
    ``paged`` is False for headers and footers, whose breaks do not move the
    body's pages."""

    def __init__(
        self,
        *,
        region: Region,
        styles: StyleMap,
        related: Resolver,
        runs: RunStyles | None = None,
        sections: list[etree._Element] | None = None,
        paged: bool = True,
    ) -> None:
        self.region = region
        self.styles = styles
        self.runs = runs or RunStyles(None)
        self.related = related
        self.pages = PageCounter(sections or [], paged=paged)
        self.paras: list[Para] = []
        self.fields: list[FieldSpan] = []
        self.segments: list[Segment] = []
        self.cells: list[CellBox] = []
        """The table cells around the current position, outermost first."""
        self.row_pages: list[int] = []
        """The page of each table row around the current position."""
        self.consumed: set[etree._Element] = set()
        """Page-break elements already counted ahead of their turn."""
        self._tables = TableReader(self)
        self._stack: list[Para] = []
        self._after: list[list[Callable[[], None]]] = []
        """Per open paragraph: what to read once it ends (its text boxes and
        embedded worksheets, which become paragraphs and tables of their own)."""
        self._field_spans = FieldSpanReader(self)
        self._chunks: set[str | None] = set()
        """Relationship ids of the chunks already imported (``altchunk``)."""

    def walk(self, story: etree._Element) -> None:
        self.blocks(story)

    # -- what the table reader reports and asks (``TableHost``) ----------
    @property
    def current_cell(self) -> CellBox | None:
        return self.cells[-1] if self.cells else None

    @property
    def row_page(self) -> int:
        """The page of the innermost table row, or the current page."""
        return self.row_pages[-1] if self.row_pages else self.pages.page

    def add_segment(self, segment: Segment) -> None:
        self.segments.append(segment)

    def consume(self, element: etree._Element) -> None:
        self.consumed.add(element)

    @contextmanager
    def in_row(self, page: int) -> Iterator[None]:
        self.row_pages.append(page)
        try:
            yield
        finally:
            self.row_pages.pop()

    @contextmanager
    def in_cell(self, box: CellBox) -> Iterator[None]:
        self.cells.append(box)
        try:
            yield
        finally:
            self.cells.pop()

    # -- text ----------------------------------------------------------
    def emit(self, text: str) -> None:
        if not text or not self._stack or self._field_spans.hides_text():
            return
        para = self._stack[-1]
        para.text += text
        self._field_spans.shown(text)
        if text.strip():
            self._saw_content()

    def _saw_content(self) -> None:
        self.pages.saw_content()
        if self._stack and self._stack[-1].page is None and not self.cells:
            self._stack[-1].page = self.pages.page

    # -- blocks --------------------------------------------------------
    def blocks(self, container: etree._Element) -> None:
        for el in container:
            tag = el.tag
            if tag == P:
                self._paragraph(el)
            elif tag == TBL:
                self._tables.table(el)
            elif tag == SDT:
                self.block_control(el, self.blocks)
            elif tag == CUSTOM_XML:
                self.blocks(el)
            elif tag == ALTERNATE_CONTENT:
                branch = choose(el)
                if branch is not None:
                    self.blocks(branch)
            elif tag == ALT_CHUNK and (rel_id := el.get(f"{{{R_NS}}}id")) not in self._chunks:
                self._chunks.add(rel_id)  # a part imported again and again is a hostile file's loop
                chunk = chunk_body(*self.related(rel_id))
                if chunk is not None:
                    self.blocks(chunk)

    def _paragraph(self, p: etree._Element) -> None:
        ppr = p.find(PPR)
        style_id = val(ppr, w("pStyle"))
        para = Para(self.region, self.styles.name(style_id), base=self.runs.paragraph(style_id),
                    beside_next=beside_anchor(ppr))
        if not self.cells:  # Word ignores page-break-before inside tables
            breaks = flag(ppr, w("pageBreakBefore"))
            if breaks or (breaks is None and self.styles.page_break_before(style_id)):
                self.pages.soft_break()
        self._stack.append(para)
        self._after.append([])
        self.inline(p)
        self._stack.pop()
        after = self._after.pop()
        self.add(para)
        for action in after:
            action()
        if ppr is not None and ppr.find(SECT_PR) is not None:
            self.pages.end_section()

    def add(self, para: Para) -> None:
        """A finished paragraph joins the story and the cells around it."""
        if self.cells:
            para.cell = self.cells[-1]
            para.page = self.row_page
        elif para.page is None:
            para.page = self.pages.page
        self.paras.append(para)
        for cell in self.cells:
            cell.paras.append(para)

    # -- paragraph content -------------------------------------------
    def inline(self, container: etree._Element) -> None:
        for el in container:
            tag = el.tag
            if tag == R:
                self._styled_run(el)
            elif tag in _PARA_WRAPPERS or tag == P:
                self.inline(el)  # a paragraph nested in one (some generators do it) reads as its runs
            elif tag == SDT:
                self._field_spans.inline_control(el)
            elif tag == ALTERNATE_CONTENT:
                branch = choose(el)
                if branch is not None:
                    self.inline(branch)
            elif tag in (OMATH, OMATH_PARA):
                self.emit("".join(t.text or "" for t in el.iter(MATH_T)))

    def _styled_run(self, run: etree._Element) -> None:
        """A run, remembering how its text looks (for help text by style)."""
        para = self._stack[-1] if self._stack else None
        start = len(para.text) if para is not None else 0
        self._run(run, _symbol_font(run), _struck(run))
        if para is not None and len(para.text) > start:
            para.runs.append((start, len(para.text), self.runs.run(para.base, run)))

    def _run(self, run: etree._Element, wingdings: bool, struck: bool = False) -> None:
        for el in run:
            tag = el.tag
            if tag == T and not struck:
                text = el.text or ""
                self.emit("".join(wingdings_glyph(ord(c)) for c in text) if wingdings else text)
            elif tag in (TAB, PTAB):
                self.emit("\t")
            elif tag == BR:
                if el.get(w("type")) != "page":
                    self.emit("\n")
                elif el not in self.consumed:
                    self.pages.hard_break()
            elif tag == CR:
                self.emit("\n")
            elif tag == NO_BREAK_HYPHEN:
                self.emit("-")
            elif tag == SYM:
                self.emit(sym_glyph(el))
            elif tag == LAST_RENDERED_PAGE_BREAK:
                if el not in self.consumed:
                    self.pages.soft_break()
            elif tag == INSTR_TEXT:
                self._field_spans.instruction(el.text or "")
            elif tag == FLD_CHAR:
                self._field_spans.field_char(el)
            elif tag == DRAWING:
                self._pictures(el, drawing_pictures(el))
            elif tag in (PICT, OBJECT):
                self._pictures(el, vml_pictures(el))
                self._worksheets(el)
            elif tag == ALTERNATE_CONTENT:
                branch = choose(el)
                if branch is not None:
                    self._run(branch, wingdings, struck)

    def _pictures(self, el: etree._Element, refs: list[PictureRef]) -> None:
        """Pictures join the paragraph; text boxes are read after it."""
        if not self._stack:
            return
        for ref in refs:
            data, file_name = self.related(ref.rel_id)
            self._stack[-1].pictures.append(Picture(data, ref.name or file_name, ref.display_size))
            self._saw_content()
        for box in iter_chosen(el, (TXBX_CONTENT,)):
            self._after[-1].append(lambda box=box: self.blocks(box))

    def _worksheets(self, el: etree._Element) -> None:
        """Embedded Excel worksheets become a table after the paragraph."""
        if not self._stack:
            return
        for ole in iter_chosen(el, (OLE_OBJECT,)):
            if not is_excel(ole.get("ProgID")):
                continue
            data, _ = self.related(ole.get(f"{{{R_NS}}}id"))
            rows = worksheet_rows(data) if data else []
            if rows:
                self._saw_content()
                self._after[-1].append(lambda rows=rows: self._tables.from_rows(rows, EMBEDDED_SHEET_STYLE))

    # -- form fields (``FieldSpanReader``) --------------------------------
    @property
    def current_para(self) -> Para | None:
        return self._stack[-1] if self._stack else None

    def block_control(self, sdt: etree._Element, walk: Callable[[etree._Element], None]) -> None:
        """A content control around paragraphs, table rows or cells;
        ``walk`` reads its content at that level."""
        self._field_spans.block_control(sdt, walk)

def _symbol_font(run: etree._Element) -> bool:
    fonts = child(run.find(RPR), w("rFonts"))
    if fonts is None:
        return False
    return any(is_wingdings(fonts.get(w(attr))) for attr in ("ascii", "hAnsi", "cs", "eastAsia"))


def _struck(run: etree._Element) -> bool:
    """The run's text is struck through (``w:strike``, ``w:dstrike``): what
    the office deleted by hand, as a form's "stryk det som ikke passer" asks
    (an option, an amount beside the kept one). Like a tracked deletion it is
    no part of the answer, so its text is not read; its breaks, fields and
    pictures still are."""
    rpr = run.find(RPR)
    return bool(flag(rpr, w("strike")) or flag(rpr, w("dstrike")))
