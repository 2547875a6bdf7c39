"""Which lines of a page are styled as help text: italic, grey or small print.

A form sets its instructions and example answers apart from the answers by
typography: "Beskriv kort …" in italics under the question, an example title
in grey, a note in smaller type. Style alone proves nothing (an office may
write its whole answer in italics), so this module only says how a line is
styled *relative to its page*; ``extract.form_text`` combines it with the
line's position under a question.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from soknad_extract.layout.model import Line, Page
from soknad_extract.layout.settings import (
    HELP_BODY_STYLE_RATIO,
    HELP_GREY_MAX_LIGHTNESS,
    HELP_GREY_MAX_SATURATION,
    HELP_GREY_MIN_LIGHTNESS,
    HELP_SMALLER_SIZE_RATIO,
)


def is_grey(colour: tuple[float, float, float] | None) -> bool:
    """Light, unsaturated text: grey, neither black body text nor a colour."""
    if colour is None:
        return False
    lightness = sum(colour) / 3
    return (HELP_GREY_MIN_LIGHTNESS <= lightness <= HELP_GREY_MAX_LIGHTNESS
            and max(colour) - min(colour) <= HELP_GREY_MAX_SATURATION)


@dataclass(frozen=True)
class PageTypography:
    """The page's body style: its usual size and whether italics or grey
    are so common there that they mark nothing out."""

    body_size: float | None
    italic_is_body: bool
    grey_is_body: bool

    def help_styled(self, line: Line) -> bool:
        """The line is italic, grey or clearly smaller than the page's body
        text, where that is not the page's own body style."""
        if line.italic and not self.italic_is_body:
            return True
        if is_grey(line.colour) and not self.grey_is_body:
            return True
        return bool(line.size and self.body_size and line.size <= HELP_SMALLER_SIZE_RATIO * self.body_size)


def page_typography(page: Page) -> PageTypography:
    """The body style of ``page``: the median size of its lines, and which
    styles most of its lines share. Lines count one each, not by length: a
    form's help is wordy and its answers are short, so by length a page of
    instructions would make their grey italics the body style."""
    lines = [line for line in page.lines if line.text.strip() and not line.form_value]
    sizes = [line.size for line in lines if line.size]
    share = HELP_BODY_STYLE_RATIO * len(lines)
    return PageTypography(
        body_size=statistics.median(sizes) if sizes else None,
        italic_is_body=bool(lines) and sum(1 for line in lines if line.italic) >= share,
        grey_is_body=bool(lines) and sum(1 for line in lines if is_grey(line.colour)) >= share,
    )
