"""Check boxes typed as characters: ☐ ☑ ☒ ■ □ ✓ "[X]" "(x)", and radio buttons ● ○.

Forms that were filled in a text editor, or exported from Word to PDF, carry
their check boxes as glyphs in the text rather than as form machinery. Both
the PDF and the Word reader turn them into ``FormField``s with this parser so
that the two formats agree on what counts as ticked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from soknad_extract.layout.hugged_marks import hugged_spans, marks_close_labels
from soknad_extract.layout.lone_mark import bare_options, lone_mark_label
from soknad_extract.layout.trailing_question import split_trailing_question

TICKED_GLYPHS = "☑☒✓✔✗✘■▣◼⊠⮽🗹🗷"
UNTICKED_GLYPHS = "☐□◻▢"
CHOSEN_RADIOS = "●◉"
EMPTY_RADIOS = "○◯"
"""A web form printed by a browser, or a form typed in a word processor, draws
its radio buttons as filled and empty circles ("● Nytt prosjekt ○
Videreføring"). A filled circle is also the commonest bullet, so the circles
are buttons only where a chosen and an empty one answer together
(``radio_lines``): a bulleted list has no empty circle beside its bullets."""

CHECK_MARKS = "✓✔☑🗹"
CROSS_MARKS = "✗✘☒🗷"
"""A form that answers every option with a mark, a tick for the chosen ones
and a cross for the others ("✔ Arbeidsliv" / "✘ Barnefamilier", "☑ Ja
☒ Nei"), uses the cross as "no". Alone, a cross is the commonest tick there
is ("☒ Ja ☐ Nei"), so it means "no" only beside a tick (``crosses_as_no``)."""


def crosses_as_no(marks: list[str]) -> list[bool]:
    """Which of the marks of one group of boxes (one question, one option
    list) are crosses read as "no": each cross, when a tick stands in the
    same group. Without a tick the crosses stay ticks."""
    ticks = any(mark.strip() in CHECK_MARKS for mark in marks if mark.strip())
    return [ticks and bool(mark.strip()) and mark.strip() in CROSS_MARKS for mark in marks]


_BOX = re.compile(
    rf"(?P<glyph>[{TICKED_GLYPHS}{UNTICKED_GLYPHS}])"
    rf"|(?P<radio>[{CHOSEN_RADIOS}{EMPTY_RADIOS}])"
    r"|(?P<bracket>[\[(]\s*(?P<mark>[xX✓✔*]?)\s*[\])])"
)


_MAY_MARK = re.compile(rf"[{TICKED_GLYPHS}{UNTICKED_GLYPHS}{CHOSEN_RADIOS}{EMPTY_RADIOS}\[(xX]")
"""A character every box or mark starts with (a glyph, a bracket, an "x"):
text without one holds no box, and most lines of a document have none."""


@dataclass(frozen=True)
class GlyphBox:
    checked: bool
    label: str
    start: int
    end: int
    question: str | None = None
    """Text before the boxes when it asks the question they answer
    ("Nettverk: ☐ Ja ☒ Nei" gives "Nettverk")."""


def _is_checked(match: re.Match[str]) -> bool:
    glyph = match.group("glyph") or match.group("radio")
    if glyph:
        return glyph in TICKED_GLYPHS or glyph in CHOSEN_RADIOS
    return bool(match.group("mark"))


_SPECKS = " \t.,'`·"
"""What a scan's noise leaves before a line's first box: OCR reads a speck
of dust or toner at the margin as a full stop or a quote (".[X] Overganger")."""


def _is_box(match: re.Match[str], text: str, radios: bool) -> bool:
    """A bracket is a box only when it stands apart ("[X] Ja"), or opens its
    line after nothing but a scan's specks (".[X] Ja"), not inside prose
    such as "(se vedlegg)" or a reference "[1]"; a circle only on a line of
    radio buttons (``radios``)."""
    if match.group("radio"):
        return radios
    if match.group("glyph"):
        return True
    before = text[match.start() - 1] if match.start() > 0 else " "
    return before in " \t:;,|" or not text[: match.start()].strip(_SPECKS)


_QUESTION_END = re.compile(r"[:?]")
_RADIO = re.compile(rf"[{CHOSEN_RADIOS}{EMPTY_RADIOS}]")
_OPENING_RADIO = re.compile(rf"\s*[{CHOSEN_RADIOS}{EMPTY_RADIOS}]")


RADIO_ALIGN_PT = 2.0
"""How far apart (points) the circles of one option list may start on a
page. In plain text the indentation must be the same (a tab is a level of
indentation, eight characters): "\t○ a1" under "● A" is a sub-item."""


def _both_radios(text: str) -> bool:
    return any(c in text for c in CHOSEN_RADIOS) and any(c in text for c in EMPTY_RADIOS)


def radio_lines(lines: list[tuple[str, float]], align: float = RADIO_ALIGN_PT) -> set[int]:
    """The indices of the lines (text, left edge) whose circles are radio
    buttons: a line holding a chosen and an empty one ("Nettverk: ● Ja ○
    Nei"), or a line in a run of lines that each open with a circle at the
    same left edge where the run holds both kinds (an option list, one
    option a line: "● Arbeidsliv" / "○ Barnefamilier" / "● Overganger").
    Serves web forms printed to PDF and typed forms; a bulleted list (only
    filled circles) or a list with indented sub-items stays text: the
    circles of one run start within ``align`` of each other."""
    chosen = {i for i, (text, _) in enumerate(lines) if _both_radios(text)}
    start = 0
    while start < len(lines):
        end = start
        if _OPENING_RADIO.match(lines[start][0]):
            while (end + 1 < len(lines) and _OPENING_RADIO.match(lines[end + 1][0])
                   and abs(lines[end + 1][1] - lines[start][1]) <= align):
                end += 1
            if end > start and _both_radios("".join(text for text, _ in lines[start:end + 1])):
                chosen.update(range(start, end + 1))
        start = end + 1
    return chosen


def find_glyph_boxes(text: str, radios: bool | None = None) -> list[GlyphBox]:
    """Every typed check box in ``text`` with its label, line by line: a cell
    or paragraph may hold several questions, one a line ("Nettverk: ☒ Ja ☐
    Nei" over "Evaluering: ☐ Ja ☒ Nei"), and a label never runs across a line
    break. Boxes that open their line answer the question asked on a line
    above them ("Nettverk?" over "☐ Ja ☒ Nei"); with no ":" or "?" above,
    the line right above the first boxes, which a form cell stacks over
    them as its label ("Ekstern prosessevaluering" over "✗ Ja ☐ Nei"). Only
    the last option's label, wrapped whole onto the next line, runs across one
    (``with_wrapped_label``). Circles are radio buttons on the lines
    ``radio_lines`` picks, or on every line when the caller, who sees the
    lines around ``text``, says so (``radios``)."""
    if _MAY_MARK.search(text) is None:
        return []
    boxes: list[GlyphBox] = []
    question: str | None = None
    label_above: str | None = None
    offset = 0
    lines = text.split("\n")
    on_radios = (radio_lines([(line, _indent(line)) for line in lines], align=0.0)
                 if radios is None and _RADIO.search(text) else set())
    for index, line in enumerate(lines):
        found = _line_boxes(line, offset, question or label_above, bool(radios) or index in on_radios)
        if found:
            boxes.extend(with_wrapped_label(found, lines[index + 1: index + 2]))
            question = found[-1].question
        else:
            question = _question(line) or question
            label_above = None if boxes else line.strip(" \t:;,|?") or None
        offset += len(line) + 1
    groups: dict[str | None, list[int]] = {}
    for i, box in enumerate(boxes):
        groups.setdefault(box.question, []).append(i)
    for members in groups.values():
        for i, no in zip(members, crosses_as_no([text[boxes[i].start:boxes[i].end] for i in members])):
            if no:
                boxes[i] = replace(boxes[i], checked=False)
    return boxes


def _indent(line: str) -> int:
    """The line's indentation in characters, a tab counting as eight."""
    expanded = line.expandtabs(8)
    return len(expanded) - len(expanded.lstrip())


def with_wrapped_label(found: list[GlyphBox], after: list[str]) -> list[GlyphBox]:
    """A line's boxes, the last one labelled with the next line when the line
    ends with it while every other box has its label after it
    (``_wrapped_last_label``) and the next line is plain words: no box, no
    question."""
    last = found[-1]
    if len(found) < 2 or last.label or not all(b.label for b in found[:-1]) or not after:
        return found
    wrapped = after[0].strip(" \t;,|")
    if not wrapped or find_glyph_boxes(wrapped) or _QUESTION_END.search(wrapped):
        return found
    return [*found[:-1], GlyphBox(last.checked, wrapped, last.start, last.end, last.question)]


def _question_end(prefix: str) -> int:
    """Where the question in ``prefix`` ends: after its last ":" or "?" (0 when none)."""
    return max((m.end() for m in _QUESTION_END.finditer(prefix)), default=0)


def _question(prefix: str) -> str | None:
    """The text up to the last ":" or "?" of ``prefix``, the question boxes after it answer."""
    return prefix[:_question_end(prefix)].strip(" \t:;,|?") or None


_MARK_AFTER_COLON = (
    rf"\s*:[ \t]*(?P<mark>[{TICKED_GLYPHS}{UNTICKED_GLYPHS}]|[\[(]\s*[xX✓✔*]?\s*[\])]|[xX](?!\w)|[–—-](?!\S)"
    rf"|(?=[ \t]{{2,}}\S)|\s*$)"
)
_LABEL_CHAR = rf"[^:?\n{TICKED_GLYPHS}{UNTICKED_GLYPHS}\[\]()]"
_MARKED_LABEL = re.compile(rf"\s*(?P<label>[^\W\d_]{_LABEL_CHAR}*?){_MARK_AFTER_COLON}")
"""One option with its mark written after its colon: "Nytt prosjekt: ✓", "Videreføring: –",
"Bruk av ordinært arbeidsliv: X", or nothing, before a wide gap or the line's end
("Nytt prosjekt:     Videreføring: X"). The colon
ties the mark to the words before it; a line without it ("Type søknad: ☒ Nytt tiltak ☐
Videreføring") has its labels after the boxes."""
_MARKED_NEXT = re.compile(rf"\s*(?P<label>[^\W\d_](?:(?![ \t]{{2}}){_LABEL_CHAR})*?){_MARK_AFTER_COLON}")
"""An option after the line's first: its label never spans a wide gap, which parts it from
the answer before it ("Kontaktperson:  Kari Moen   Telefon: X" is no option list)."""


_SPACED_LABEL = re.compile(
    rf"\s*(?P<label>[^\W\d_][^:?\n{TICKED_GLYPHS}{UNTICKED_GLYPHS}\[\]()]*?)[ \t]+"
    rf"(?P<mark>[{TICKED_GLYPHS}{UNTICKED_GLYPHS}]|[–—](?=[ \t]{{2,}}|\s*$))"
)
"""The same without the colon ("Nytt prosjekt ✓   Videreføring –"): read so only on a line
with no colon where some option carries a dash, the writer's mark for "not this one", so
that every option has its own mark and none is left for a box before it.
A dash marks only before a wide gap or the line's end: one inside a label ("barnefamilier –
ungdom") has single spaces around it."""


def _marks_after_labels(text: str, offset: int, above: str | None) -> list[GlyphBox] | None:
    """The boxes of a line made only of options each followed by a colon and
    its mark ("Nytt prosjekt: ✓     Videreføring: –", "Bruk av ordinært arbeidsliv: X")
    or each by a tick or a dash ("Ja ✓   Nei –"), after the question they answer
    when it ends in "?" ("Nettverk?  Ja: X   Nei:").

    Serves forms typed in a word processor where the office writes a tick, an
    "X" or a dash AFTER each printed option instead of ticking a box before
    it: the mark belongs to the label before it, never to the option that
    follows (which has its own dash or nothing). None when the line is not
    made only of such options (a question before boxes, "Nettverk: ☒ Ja ☐
    Nei", reads the usual way) or marks none of them with a tick or an "X"."""
    asked = text.rfind("?")
    at = asked + 1
    question = text[:asked].strip(" \t:;,|") or above if asked >= 0 else above
    boxes: list[GlyphBox] = []
    spaced = ":" not in text[at:] and bool(re.search(r"\s[–—](?:[ \t]{2,}|\s*$)", text[at:]))
    while at < len(text.rstrip()):
        marked = _MARKED_LABEL if at == asked + 1 else _MARKED_NEXT
        match = (_SPACED_LABEL if spaced else marked).match(text, at)
        if match is None or match.end() == at:
            return None
        mark, start = match.group("mark").strip(), match.start("mark")
        box = _BOX.fullmatch(mark)
        if box is not None or mark in ("x", "X"):
            boxes.append(GlyphBox(box is None or _is_checked(box), match.group("label").strip(" \t:;,|"),
                                  offset + start, offset + start + len(mark), question))
        at = match.end()
    return boxes or None


_PASSED_MARKS = "_–—o-"
_MARK_BEFORE = re.compile(
    rf"(?:^|(?<=[\s:]))(?P<mark>[{TICKED_GLYPHS}{UNTICKED_GLYPHS}xX{_PASSED_MARKS}])[ \t]+(?=[A-ZÆØÅ])"
)
"""A mark standing alone before a capitalised option: a tick or an "X" for the chosen one,
a box, "_", a dash or an "o" for the others."""


def _marks_before_labels(text: str, offset: int, above: str | None) -> list[GlyphBox] | None:
    """The boxes of a line whose options each open with a typed mark, the
    chosen one with a tick or an "X", the others with "_", a dash or an "o"
    ("X Nytt prosjekt   _ Vidareføring", "✔ Nytt prosjekt – Videreføring",
    "Nettverk: X Ja _ Nei"), after the question they answer when it ends in
    ":" or "?".

    Serves forms typed in a word processor with no box glyphs, where the
    office types its mark before the printed option and a placeholder before
    the others. Only a line made wholly of such options counts, two at least,
    one chosen and one passed over, every option capitalised (a dash inside
    an option, "barnefamilier – ungdom", runs on in lower case); None
    otherwise, and the line reads the usual way. A line whose glyphs already
    mark the passed-over options (an empty box, a cross beside a tick: "✔ Ja
    ✘ Nei – Vi ønsker …") has no placeholders: its dash parts off words."""
    matches = list(_MARK_BEFORE.finditer(text))
    glyphs = [m.group("mark") for m in matches if m.group("mark") in TICKED_GLYPHS + UNTICKED_GLYPHS]
    if any(g in UNTICKED_GLYPHS for g in glyphs) or any(crosses_as_no(glyphs)):
        matches = [m for m in matches if m.group("mark") not in _PASSED_MARKS]
    if len(matches) == 1:
        return _lone_x(text, matches[0], offset, above)
    if len(matches) < 2:
        return None
    marks = [m.group("mark") for m in matches]
    if not any(mark in _PASSED_MARKS for mark in marks) and not any(mark in "xX" for mark in marks):
        return None
    chosen = [mark in TICKED_GLYPHS or mark in "xX" for mark in marks]
    if not any(chosen) or all(chosen):
        return None
    prefix = text[: matches[0].start()]
    if prefix.strip() and not prefix.rstrip().endswith((":", "?")):
        return None
    ends = [m.start() for m in matches[1:]] + [len(text)]
    labels = [text[m.end(): end].strip(" \t;,|") for m, end in zip(matches, ends)]
    if not all(labels) or any(_QUESTION_END.search(label) for label in labels):
        return None
    question = _question(prefix) or above
    return [GlyphBox(is_chosen, label, offset + m.start(), offset + m.end(), question)
            for m, is_chosen, label in zip(matches, chosen, labels)]


def _lone_x(text: str, match: re.Match[str], offset: int, above: str | None) -> list[GlyphBox] | None:
    """The box of a line whose only mark is a typed "X" before the chosen one
    of bare options ("X Ja  Nei", "Type: X Nytt prosjekt   Videreføring",
    ``lone_mark.bare_options``); a glyph's line reads the usual way."""
    prefix = text[: match.start()]
    if match.group("mark") not in "xX" or (prefix.strip() and not prefix.rstrip().endswith((":", "?"))):
        return None
    options = bare_options(text[match.end():])
    if options is None:
        return None
    return [GlyphBox(True, options[0], offset + match.start(), offset + match.end(), _question(prefix) or above)]


def _wrapped_last_label(text: str, matches: list[re.Match[str]], question_end: int) -> bool:
    """Boxes whose labels follow them although the line ends with a box: the
    first box opens the answer right after the question (or the line), so it
    closes no label of its own, and words stand between the boxes ("Satsing:
    ☒ Arbeidsliv ☒ Barnefamilier ☐" over "Overganger"). A word processor
    wrapped the last option's label onto the next line; reading each box as
    closing the words before it would tick the option before each mark."""
    if len(matches) < 2 or text[question_end: matches[0].start()].strip(" \t:;,|?"):
        return False
    return all(text[a.end(): b.start()].strip(" \t:;,|") for a, b in zip(matches, matches[1:]))


def _line_boxes(text: str, offset: int, above: str | None, radios: bool = False) -> list[GlyphBox]:
    """The boxes of one line. Labels follow the boxes ("☒ Ja ☐ Nei") unless
    nothing follows the last box, in which case each box closes its label
    ("Ny ( ) Videreføring (X)") unless the last label wrapped to the next line
    (``_wrapped_last_label``), or unless every option on the line is
    followed by its mark ("Nytt prosjekt: ✓  Videreføring: –"). Text ending
    in ":" or "?" before the first box is the question they answer; with no
    text before it, ``above`` is."""
    if _MAY_MARK.search(text) is None:
        return []
    marked = _marks_after_labels(text, offset, above)
    if marked is None:
        marked = _marks_before_labels(text, offset, above)
    if marked is not None:
        return marked
    matches = [m for m in _BOX.finditer(text) if _is_box(m, text, radios)]
    if not matches:
        return []
    prefix = text[: matches[0].start()]
    question_end = _question_end(prefix)
    spans = hugged_spans(text, matches) or [m.span() for m in matches]  # "arbeidsliv (☒)": hugged_marks
    labels_follow = ((bool(text[spans[-1][1]:].strip(" \t:;,|")) or _wrapped_last_label(text, matches, question_end))
                     and not (spans[0] != matches[0].span() and marks_close_labels(text, spans, question_end)))
    question = (prefix[:question_end].strip(" \t:;,|?") or None) if prefix.strip() else above
    boxes: list[GlyphBox] = []
    for i, match in enumerate(matches):
        asked = None
        if labels_follow and len(matches) == 1:
            label = lone_mark_label(prefix[question_end:], text[match.end():])
        elif labels_follow:
            label = text[spans[i][1]:spans[i + 1][0] if i + 1 < len(matches) else len(text)]
            if i + 1 < len(matches):
                label, asked = _next_question(label)
        else:
            label = text[spans[i - 1][1] if i > 0 else question_end: spans[i][0]]
        boxes.append(GlyphBox(_is_checked(match), label.strip(" \t:;,|"), offset + match.start(),
                              offset + match.end(), question))
        question = asked or question
    trailing = split_trailing_question([b.label for b in boxes]) if labels_follow and not prefix.strip() else None
    if trailing is not None:
        boxes = [replace(b, question=trailing[1]) for b in boxes]
        boxes[-1] = replace(boxes[-1], label=trailing[0])
    return boxes


_WIDE_GAP = re.compile(r"\t|[ ]{2,}")
_CAPITALISED = re.compile(r"\s(?=[A-ZÆØÅ])")


def _next_question(label: str) -> tuple[str, str | None]:
    """An option's label that runs on into the next question on the line
    ("☒ Ja Ekstern prosessevaluering: ☐ Ja"): the words ending in ":" or "?"
    ask the question the boxes after them answer. The option ends at a wide
    gap, else before the first capitalised word after its first word, as a
    question opens; without either the label stays whole. Serves forms that
    set two questions, each with its boxes, on one line."""
    stripped = label.strip()
    if not stripped.endswith((":", "?")):
        return label, None
    gap = _WIDE_GAP.search(stripped)
    first = stripped.split(maxsplit=1)[0]
    capital = _CAPITALISED.search(stripped, len(first))
    cut = gap or capital
    if cut is None:
        return label, None
    question = stripped[cut.end():].strip(" \t:;,|?")
    return (stripped[:cut.start()], question) if question else (label, None)
