"""Italics, colour and size of Word runs, with the style inheritance Word uses.

A form's help text is told apart by its look (``layout.typography``): Word
keeps that look in run properties (``w:i``, ``w:color``, ``w:sz``), set
directly on a run or inherited from its character style, its paragraph's
style (each along its ``w:basedOn`` chain) and the document defaults. This
module resolves them so a paragraph's line says how most of its text looks.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from lxml import etree

from .styles import StylePart
from .xml import RPR, child, flag, val, w

PLACEHOLDER_STYLE = "PlaceholderText"
"""Word's character style for a content control's prompt."""
PLACEHOLDER_GREY = (0x80 / 255, 0x80 / 255, 0x80 / 255)
"""Word's built-in colour for that style, when styles.xml does not define it."""
_RUN_STYLE_KINDS = ("paragraph", "character")


@dataclass(frozen=True)
class RunStyle:
    """Run properties; None where this level does not set them."""

    italic: bool | None = None
    colour: tuple[float, float, float] | None = None
    size: float | None = None
    """Points."""

    def over(self, base: RunStyle) -> RunStyle:
        """These properties where set, ``base``'s elsewhere."""
        return RunStyle(
            base.italic if self.italic is None else self.italic,
            base.colour if self.colour is None else self.colour,
            base.size if self.size is None else self.size,
        )


def _colour(value: str | None) -> tuple[float, float, float] | None:
    if not value or len(value) != 6:
        return None  # "auto" (black on white), or not a colour
    try:
        return (int(value[0:2], 16) / 255, int(value[2:4], 16) / 255, int(value[4:6], 16) / 255)
    except ValueError:
        return None


def run_properties(rpr: etree._Element | None) -> RunStyle:
    """The properties a ``w:rPr`` sets itself."""
    if rpr is None:
        return RunStyle()
    size = val(rpr, w("sz"))
    points: float | None = None
    if size is not None:
        try:
            points = float(size) / 2
        except ValueError:
            points = None
    return RunStyle(flag(rpr, w("i")), _colour(val(rpr, w("color"))), points)


class RunStyles:
    """Run properties of the document's paragraph and character styles,
    resolved along ``w:basedOn``, over the document defaults."""

    def __init__(self, part: StylePart | None) -> None:
        self._part = part
        self._resolved: dict[str, RunStyle] = {}
        self._default_paragraph = part.default_paragraph_id if part else None
        self.defaults = RunStyle()
        if part is not None:
            self.defaults = run_properties(child(child(part.root.find(w("docDefaults")), w("rPrDefault")), RPR))

    def _style(self, style_id: str) -> etree._Element | None:
        return self._part.style(style_id, _RUN_STYLE_KINDS) if self._part else None

    def _chain(self, style_id: str) -> RunStyle:
        """The style's own properties over those of the styles it is based on."""
        if style_id not in self._resolved:
            own = RunStyle()
            seen: set[str] = set()
            current: str | None = style_id
            while current and current not in seen:
                seen.add(current)
                style = self._style(current)
                if style is None:
                    break
                own = own.over(run_properties(style.find(RPR)))
                current = val(style, w("basedOn"))
            if style_id == PLACEHOLDER_STYLE and own.colour is None:
                own = replace(own, colour=PLACEHOLDER_GREY)
            self._resolved[style_id] = own
        return self._resolved[style_id]

    def paragraph(self, style_id: str | None) -> RunStyle:
        """What a run in a paragraph of this style looks like by default."""
        style_id = style_id or self._default_paragraph
        return self._chain(style_id).over(self.defaults) if style_id else self.defaults

    def run(self, base: RunStyle, run: etree._Element) -> RunStyle:
        """A run's look: its direct properties over its character style over
        its paragraph's ``base``."""
        rpr = run.find(RPR)
        character = val(rpr, w("rStyle"))
        styled = self._chain(character).over(base) if character else base
        return run_properties(rpr).over(styled)


def line_style(text: str, runs: list[tuple[int, int, RunStyle]]) -> RunStyle:
    """How most of a paragraph's visible text looks: italic when most of its
    letters are, and the colour and size of the most of them."""
    counts: dict[RunStyle, int] = {}
    italic = 0
    total = 0
    for start, end, style in runs:
        letters = len("".join(text[start:end].split()))  # split() drops what isspace() calls space
        if not letters:
            continue
        total += letters
        italic += letters if style.italic else 0
        key = RunStyle(None, style.colour, style.size)
        counts[key] = counts.get(key, 0) + letters
    if not total:
        return RunStyle()
    common = max(counts, key=counts.__getitem__)
    return RunStyle(italic * 2 > total, common.colour, common.size)
