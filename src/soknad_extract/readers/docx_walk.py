"""Walk a WordprocessingML story (body, header or footer) in document order.

python-docx's ``paragraph.text`` skips run-level content controls and
legacy field results, so a filled-in form reads as if it were empty
(python-docx #155, docling #3923). This walker reads the XML itself:
paragraphs, tables (nested, merged), content controls at every level,
``w:customXml``/smart tags/hyperlinks, tracked insertions (kept) and
deletions (dropped), text boxes, complex fields (codes skipped, results
kept) and pictures.

Text rules: ``w:t`` as written, ``w:tab`` → tab, ``w:br``/``w:cr`` → "\\n"
inside the paragraph's one Line, ``w:noBreakHyphen`` → "-", Wingdings check
box symbols → ☒/☐, other symbol-font characters dropped.

Pages: Word stores no layout, so the page is 1 + the page breaks before a
paragraph: hard breaks (``w:br w:type="page"``), section breaks that start a
new page, ``w:pageBreakBefore`` and the ``w:lastRenderedPageBreak`` marks
Word writes on save. Word writes a rendered mark right after a hard break
too, so a soft mark (rendered, page-break-before) only counts when some
content came after the previous break. A table row lies wholly on the page
where it starts; a table that crosses pages is split into one table per page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from lxml import etree

from .docx_fields import (
    TICKED,
    UNTICKED,
    control_info,
    is_placeholder,
    is_wingdings,
    legacy_field,
    sym_glyph,
    wingdings_glyph,
)
from .docx_images import PictureRef, drawing_pictures, iter_chosen, vml_pictures
from .docx_model import CellBox, FieldSpan, Para, Picture, Region, Segment
from .docx_xml import (
    ALTERNATE_CONTENT,
    BDO,
    BR,
    CR,
    CUSTOM_XML,
    DEL,
    DIR,
    DRAWING,
    FF_DATA,
    FLD_CHAR,
    FLD_SIMPLE,
    HYPERLINK,
    INS,
    INSTR_TEXT,
    LAST_RENDERED_PAGE_BREAK,
    MATH_T,
    MOVE_TO,
    NO_BREAK_HYPHEN,
    OBJECT,
    OMATH,
    OMATH_PARA,
    P,
    PICT,
    PPR,
    PTAB,
    R,
    RPR,
    SDT,
    SDT_CONTENT,
    SECT_PR,
    SMART_TAG,
    SYM,
    T,
    TAB,
    TBL,
    TC,
    TCPR,
    TR,
    TRPR,
    TXBX_CONTENT,
    StyleMap,
    as_int,
    child,
    choose,
    flag,
    val,
    w,
)

PictureResolver = Callable[[PictureRef], Picture]
PageSize = tuple[float, float] | None

_PARA_WRAPPERS = {HYPERLINK, SMART_TAG, CUSTOM_XML, INS, MOVE_TO, FLD_SIMPLE, DIR, BDO}
_NEW_PAGE_SECTIONS = {"nextPage", "oddPage", "evenPage"}


@dataclass
class _Frame:
    """An open complex field (``w:fldChar`` begin … end)."""

    ff_data: etree._Element | None
    para: Para | None
    start: int
    instruction: str = ""
    in_result: bool = False
    result: str = ""


@dataclass
class _TableState:
    width: int
    segment: Segment | None = None
    merges: dict[int, CellBox] = field(default_factory=dict)
    """Grid column → the cell a ``w:vMerge`` continuation below joins."""


def section_size(sect_pr: etree._Element | None) -> PageSize:
    """Page size in points from ``w:pgSz`` (twentieths of a point)."""
    size = child(sect_pr, w("pgSz"))
    if size is None or not size.get(w("w")) or not size.get(w("h")):
        return None
    return as_int(size.get(w("w"))) / 20, as_int(size.get(w("h"))) / 20


class Walker:
    """Reads one story. ``paged`` is False for headers and footers, whose
    breaks do not move the body's pages."""

    def __init__(
        self,
        *,
        region: Region,
        styles: StyleMap,
        pictures: PictureResolver,
        sections: list[etree._Element] | None = None,
        paged: bool = True,
    ) -> None:
        self.region = region
        self.styles = styles
        self.resolve_picture = pictures
        self.sections = sections or []
        self.paged = paged
        self.paras: list[Para] = []
        self.fields: list[FieldSpan] = []
        self.segments: list[Segment] = []
        self.page = 1
        self.page_sizes: dict[int, PageSize] = {1: section_size(self.sections[0]) if self.sections else None}
        self._section = 0
        self._content_since_break = False
        self._consumed: set[etree._Element] = set()
        self._stack: list[Para] = []
        self._deferred: list[list[etree._Element]] = []
        self._cells: list[CellBox] = []
        self._row_pages: list[int] = []
        self._frames: list[_Frame] = []
        self._tables_on_page: dict[int, int] = {}

    # -- pages ---------------------------------------------------------
    def _new_page(self) -> None:
        self.page += 1
        self._content_since_break = False
        if self._section < len(self.sections):
            self.page_sizes.setdefault(self.page, section_size(self.sections[self._section]))

    def _hard_break(self) -> None:
        if self.paged:
            self._new_page()

    def _soft_break(self) -> None:
        if self.paged and self._content_since_break:
            self._new_page()

    def _saw_content(self) -> None:
        self._content_since_break = True
        if self._stack and self._stack[-1].page is None and not self._cells:
            self._stack[-1].page = self.page

    def _end_section(self) -> None:
        self._section += 1
        following = self.sections[self._section] if self._section < len(self.sections) else None
        kind = val(following, w("type")) if following is not None else None
        if following is not None and (kind is None or kind in _NEW_PAGE_SECTIONS):
            self._hard_break()

    # -- text ----------------------------------------------------------
    def _emit(self, text: str) -> None:
        if not text or not self._stack or any(not f.in_result for f in self._frames):
            return
        self._stack[-1].text += text
        for frame in self._frames:
            frame.result += text
        if text.strip():
            self._saw_content()

    # -- blocks --------------------------------------------------------
    def walk(self, story: etree._Element) -> None:
        self._blocks(story)

    def _blocks(self, container: etree._Element) -> None:
        for el in container:
            tag = el.tag
            if tag == P:
                self._paragraph(el)
            elif tag == TBL:
                self._table(el)
            elif tag == SDT:
                self._block_control(el, self._blocks)
            elif tag == CUSTOM_XML:
                self._blocks(el)
            elif tag == ALTERNATE_CONTENT:
                branch = choose(el)
                if branch is not None:
                    self._blocks(branch)

    def _paragraph(self, p: etree._Element) -> None:
        ppr = p.find(PPR)
        style_id = val(ppr, w("pStyle"))
        para = Para(len(self.paras), self.region, self.styles.name(style_id))
        if self._cells:
            para.cell = self._cells[-1]
        else:
            breaks = flag(ppr, w("pageBreakBefore"))
            if breaks or (breaks is None and self.styles.page_break_before(style_id)):
                self._soft_break()
        self._stack.append(para)
        self._deferred.append([])
        self._inline(p)
        self._stack.pop()
        text_boxes = self._deferred.pop()
        if self._cells:
            para.page = self._row_pages[-1] if self._row_pages else self.page
        elif para.page is None:
            para.page = self.page
        self.paras.append(para)
        for cell in self._cells:
            cell.paras.append(para)
        for box in text_boxes:
            self._blocks(box)
        if ppr is not None and ppr.find(SECT_PR) is not None and self.paged:
            self._end_section()

    # -- paragraph content -------------------------------------------
    def _inline(self, container: etree._Element) -> None:
        for el in container:
            tag = el.tag
            if tag == R:
                self._run(el, _symbol_font(el))
            elif tag in _PARA_WRAPPERS:
                self._inline(el)
            elif tag == SDT:
                self._inline_control(el)
            elif tag == ALTERNATE_CONTENT:
                branch = choose(el)
                if branch is not None:
                    self._inline(branch)
            elif tag in (OMATH, OMATH_PARA):
                self._emit("".join(t.text or "" for t in el.iter(MATH_T)))

    def _run(self, run: etree._Element, wingdings: bool) -> None:
        for el in run:
            tag = el.tag
            if tag == T:
                text = el.text or ""
                self._emit("".join(wingdings_glyph(ord(c)) for c in text) if wingdings else text)
            elif tag in (TAB, PTAB):
                self._emit("\t")
            elif tag == BR:
                if el.get(w("type")) == "page":
                    if el not in self._consumed:
                        self._hard_break()
                else:
                    self._emit("\n")
            elif tag == CR:
                self._emit("\n")
            elif tag == NO_BREAK_HYPHEN:
                self._emit("-")
            elif tag == SYM:
                glyph = sym_glyph(el)
                self._emit(glyph)
            elif tag == LAST_RENDERED_PAGE_BREAK:
                if el not in self._consumed:
                    self._soft_break()
            elif tag == INSTR_TEXT:
                if self._frames and not self._frames[-1].in_result:
                    self._frames[-1].instruction += el.text or ""
            elif tag == FLD_CHAR:
                self._field_char(el)
            elif tag == DRAWING:
                self._pictures(el, drawing_pictures(el))
            elif tag in (PICT, OBJECT):
                self._pictures(el, vml_pictures(el))
            elif tag == ALTERNATE_CONTENT:
                branch = choose(el)
                if branch is not None:
                    self._run(branch, wingdings)

    def _pictures(self, el: etree._Element, refs: list[PictureRef]) -> None:
        if not self._stack:
            return
        for ref in refs:
            self._stack[-1].pictures.append(self.resolve_picture(ref))
            self._saw_content()
        self._deferred[-1].extend(iter_chosen(el, (TXBX_CONTENT,)))

    # -- legacy form fields -------------------------------------------
    def _field_char(self, el: etree._Element) -> None:
        kind = el.get(w("fldCharType"))
        para = self._stack[-1] if self._stack else None
        if kind == "begin":
            self._frames.append(_Frame(el.find(FF_DATA), para, len(para.text) if para else 0))
        elif kind == "separate" and self._frames:
            frame = self._frames[-1]
            frame.in_result = True
            if para is not None and para is frame.para:
                frame.start = len(para.text)
        elif kind == "end" and self._frames:
            self._end_field(self._frames.pop(), para)

    def _end_field(self, frame: _Frame, para: Para | None) -> None:
        info = legacy_field(frame.ff_data, frame.instruction)
        if info is None or frame.para is None:
            return
        same = para is frame.para
        value = frame.result.strip() or None
        if info.kind == "checkbox" and para is not None:
            # Word draws the box itself; write it so the line reads as shown.
            if same:
                self._truncate(para, frame.start)
            self._emit(info.shown or "")
            value = None
        elif info.kind == "dropdown" and value is None and para is not None:
            if same:
                frame.start = len(para.text)
            self._emit(info.shown or "")
            value = info.shown or None
        end = len(frame.para.text) if same else frame.start
        span = FieldSpan(
            info.kind, "legacy_field", frame.para, info.name, info.hints, value, info.checked, frame.start, end
        )
        frame.para.spans.append(span)
        self.fields.append(span)

    # -- content controls ----------------------------------------------
    def _inline_control(self, sdt: etree._Element) -> None:
        content = sdt.find(SDT_CONTENT)
        para = self._stack[-1] if self._stack else None
        if para is None or content is None:
            return
        start = len(para.text)
        self._inline(content)
        info = control_info(sdt)
        if info is None:
            return
        shown = para.text[start:]
        value: str | None = shown.strip()
        if info.kind == "checkbox":
            self._truncate(para, start)
            self._emit(TICKED if info.checked else UNTICKED)
            value = None
        elif info.showing_placeholder or is_placeholder(shown):
            self._truncate(para, start)
            value = None
        elif not value and info.full_date:
            value = info.full_date[:10]
        span = FieldSpan(info.kind, "content_control", para, info.name, info.hints, value or None, info.checked)
        span.start, span.end = start, len(para.text)
        para.spans.append(span)
        self.fields.append(span)

    @staticmethod
    def _truncate(para: Para, length: int) -> None:
        """Cut the tail the control just wrote (a placeholder prompt, or a
        check box glyph about to be normalised)."""
        para.text = para.text[:length]
        para.spans = [s for s in para.spans if s.start < length]

    def _block_control(self, sdt: etree._Element, walk: Callable[[etree._Element], None]) -> None:
        """A content control around paragraphs, table rows or cells."""
        content = sdt.find(SDT_CONTENT)
        if content is None:
            return
        first = len(self.paras)
        walk(content)
        info = control_info(sdt)
        paras = self.paras[first:]
        if info is None or not paras:
            return
        text = "\n".join(p.text.strip() for p in paras if p.text.strip())
        value: str | None = text
        if info.kind == "checkbox":
            value = None
        elif info.showing_placeholder or is_placeholder(text):
            for p in paras:
                p.text, p.spans = "", []
            value = None
        elif not text and info.full_date:
            value = info.full_date[:10]
        if info.kind != "checkbox":  # a wrapped check box's text is its label
            for p in paras:
                p.answer = True
        span = FieldSpan(
            info.kind, "content_control", paras[0], info.name, info.hints, value or None, info.checked, inline=False
        )
        self.fields.append(span)

    # -- tables ----------------------------------------------------------
    def _table(self, tbl: etree._Element) -> None:
        width = len(tbl.findall(f"{w('tblGrid')}/{w('gridCol')}"))
        self._table_items(tbl, _TableState(width))

    def _table_items(self, container: etree._Element, state: _TableState) -> None:
        for el in container:
            if el.tag == TR:
                self._row(el, state)
            elif el.tag == SDT:
                self._block_control(el, lambda content: self._table_items(content, state))
            elif el.tag == CUSTOM_XML:
                self._table_items(el, state)

    def _leading_breaks(self, row: etree._Element) -> None:
        """Apply the page breaks that come before a row's first content, so
        the whole row lands on the page where its content starts."""
        for el in row.iter(T, BR, LAST_RENDERED_PAGE_BREAK, DRAWING, PICT, SYM):
            if el.tag == T:
                if (el.text or "").strip():
                    return
            elif el.tag == BR:
                if el.get(w("type")) == "page":
                    self._consumed.add(el)
                    self._hard_break()
            elif el.tag == LAST_RENDERED_PAGE_BREAK:
                self._consumed.add(el)
                self._soft_break()
            else:
                return

    def _row(self, tr: etree._Element, state: _TableState) -> None:
        trpr = tr.find(TRPR)
        if trpr is not None and trpr.find(DEL) is not None:
            return
        self._leading_breaks(tr)
        segment = state.segment
        if segment is None or segment.page != self.page:
            index = self._tables_on_page.get(self.page, 0)
            self._tables_on_page[self.page] = index + 1
            segment = state.segment = Segment(self.page, index)
            state.merges.clear()
            self.segments.append(segment)
        segment.grid.append([None] * state.width)
        self._row_pages.append(segment.page)
        column = as_int(val(trpr, w("gridBefore")))
        self._row_cells(tr, segment, column, state)
        self._row_pages.pop()

    def _row_cells(self, container: etree._Element, segment: Segment, column: int, state: _TableState) -> int:
        for el in container:
            if el.tag == TC:
                column = self._cell(el, segment, column, state)
            elif el.tag == SDT:
                start = column

                def walk(content: etree._Element) -> None:
                    nonlocal column
                    column = self._row_cells(content, segment, start, state)

                self._block_control(el, walk)
            elif el.tag == CUSTOM_XML:
                column = self._row_cells(el, segment, column, state)
        return column

    def _cell(self, tc: etree._Element, segment: Segment, column: int, state: _TableState) -> int:
        tcpr = tc.find(TCPR)
        span = max(1, as_int(val(tcpr, w("gridSpan")), 1))
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
        cells = segment.grid[row]
        while len(cells) < column + span:
            cells.append(None)
        for c in range(column, column + span):
            cells[c] = box
        self._cells.append(box)
        self._blocks(tc)
        self._cells.pop()
        return column + span


def _symbol_font(run: etree._Element) -> bool:
    fonts = child(run.find(RPR), w("rFonts"))
    if fonts is None:
        return False
    return any(is_wingdings(fonts.get(w(attr))) for attr in ("ascii", "hAnsi", "cs", "eastAsia"))
