"""The walker's form fields: where a legacy form field (``w:fldChar`` begin …
separate … end) or a content control (``w:sdt``) sits in the story, what it
shows and what it answers, as ``FieldSpan`` s of the paragraphs it fills.

``fields`` interprets one control's XML; this module follows the fields open
around the walker's position, because a legacy field's code and result are
runs among the paragraph's other runs: while a field's code is read, the
walker writes no text, and everything it writes in a result is the field's
value too. The walker stays the one reader of runs and paragraphs
(``FieldHost``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from lxml import etree

from .fields import TICKED, UNTICKED, control_info, is_placeholder, legacy_field
from .model import FieldSpan, Para
from .xml import FF_DATA, SDT_CONTENT, w


class FieldHost(Protocol):
    """What the field reader needs from the walker it reads for."""

    paras: list[Para]
    fields: list[FieldSpan]

    @property
    def current_para(self) -> Para | None: ...

    def emit(self, text: str) -> None: ...

    def inline(self, container: etree._Element) -> None: ...


@dataclass
class _Frame:
    """An open complex field (``w:fldChar`` begin … end)."""

    ff_data: etree._Element | None
    para: Para | None
    start: int
    instruction: str = ""
    in_result: bool = False
    result: str = ""


class FieldSpanReader:
    """Reads legacy form fields and content controls into spans on behalf of
    a walker, which reads the runs inside them."""

    def __init__(self, walker: FieldHost) -> None:
        self._walker = walker
        self._frames: list[_Frame] = []

    # -- legacy form fields -------------------------------------------
    def hides_text(self) -> bool:
        """True while a field's code (not its result) is being read."""
        return any(not f.in_result for f in self._frames)

    def shown(self, text: str) -> None:
        """Text the walker wrote: part of every open field's result."""
        for frame in self._frames:
            frame.result += text

    def instruction(self, text: str) -> None:
        if self._frames and not self._frames[-1].in_result:
            self._frames[-1].instruction += text

    def field_char(self, el: etree._Element) -> None:
        kind = el.get(w("fldCharType"))
        para = self._walker.current_para
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
                _truncate(para, frame.start)
            self._walker.emit(info.shown or "")
            value = None
        elif info.kind == "dropdown" and value is None and para is not None:
            if same:
                frame.start = len(para.text)
            self._walker.emit(info.shown or "")
            value = info.shown or None
        end = len(frame.para.text) if same else frame.start
        span = FieldSpan(
            info.kind, "legacy_field", frame.para, info.name, info.hints, value, info.checked, frame.start, end
        )
        frame.para.spans.append(span)
        self._walker.fields.append(span)

    # -- content controls ----------------------------------------------
    def inline_control(self, sdt: etree._Element) -> None:
        content = sdt.find(SDT_CONTENT)
        para = self._walker.current_para
        if para is None or content is None:
            return
        start = len(para.text)
        self._walker.inline(content)
        info = control_info(sdt)
        if info is None:
            return
        shown = para.text[start:]
        value: str | None = shown.strip()
        if info.kind == "checkbox":
            _truncate(para, start)
            self._walker.emit(TICKED if info.checked else UNTICKED)
            value = None
        elif info.showing_placeholder or is_placeholder(shown):
            _truncate(para, start)
            value = None
        elif not value and info.full_date:
            value = info.full_date[:10]
        span = FieldSpan(info.kind, "content_control", para, info.name, info.hints, value or None, info.checked)
        span.start, span.end = start, len(para.text)
        para.spans.append(span)
        self._walker.fields.append(span)

    def block_control(self, sdt: etree._Element, walk: Callable[[etree._Element], None]) -> None:
        """A content control around paragraphs, table rows or cells;
        ``walk`` reads its content at that level."""
        content = sdt.find(SDT_CONTENT)
        if content is None:
            return
        first = len(self._walker.paras)
        walk(content)
        info = control_info(sdt)
        paras = self._walker.paras[first:]
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
        self._walker.fields.append(span)


def _truncate(para: Para, length: int) -> None:
    """Cut the tail a control just wrote (a placeholder prompt, or a
    check box glyph about to be normalised)."""
    para.text = para.text[:length]
    para.spans = [s for s in para.spans if s.start < length]
