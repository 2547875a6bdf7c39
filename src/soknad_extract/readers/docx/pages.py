"""Page numbers for a format that has no pages.

Word stores no layout, so a paragraph's page is 1 + the page breaks before
it: hard breaks (``w:br w:type="page"``), section breaks that start a new
page (``w:type`` nextPage/oddPage/evenPage, or no type, which means
nextPage), ``w:pageBreakBefore``, and the ``w:lastRenderedPageBreak`` marks
Word writes where pages ended when it last saved. Word also writes a
rendered mark right after a hard break, and a paragraph that must start a
page is already at the top after one, so these "soft" breaks only count when
some content came after the previous break.
"""

from __future__ import annotations

from lxml import etree

from .xml import as_int, child, val, w

PageSize = tuple[float, float] | None
_NEW_PAGE_SECTIONS = {"nextPage", "oddPage", "evenPage"}


def section_size(sect_pr: etree._Element | None) -> PageSize:
    """Page size in points from ``w:pgSz`` (twentieths of a point)."""
    size = child(sect_pr, w("pgSz"))
    if size is None or not size.get(w("w")) or not size.get(w("h")):
        return None
    return as_int(size.get(w("w"))) / 20, as_int(size.get(w("h"))) / 20


class PageCounter:
    """The current page while a story is walked. With ``paged`` False
    (headers and footers) every break is ignored and all stays on page 1."""

    def __init__(self, sections: list[etree._Element], *, paged: bool) -> None:
        self.page = 1
        self.sizes: dict[int, PageSize] = {1: section_size(sections[0]) if sections else None}
        self._sections = sections
        self._section = 0
        self._paged = paged
        self._content_since_break = False

    def _next(self) -> None:
        self.page += 1
        self._content_since_break = False
        if self._section < len(self._sections):
            self.sizes.setdefault(self.page, section_size(self._sections[self._section]))

    def hard_break(self) -> None:
        if self._paged:
            self._next()

    def soft_break(self) -> None:
        if self._paged and self._content_since_break:
            self._next()

    def saw_content(self) -> None:
        self._content_since_break = True

    def end_section(self) -> None:
        """A paragraph's ``w:sectPr`` ended a section; the next section's
        own type says whether it starts on a new page."""
        self._section += 1
        if self._section >= len(self._sections):
            return
        kind = val(self._sections[self._section], w("type"))
        if kind is None or kind in _NEW_PAGE_SECTIONS:
            self.hard_break()
