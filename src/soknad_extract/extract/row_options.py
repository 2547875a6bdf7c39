"""The option an unlabelled box on a line of options stands for.

A form prints a question's options on one line, each with its box
("Nytt prosjekt ☒   Videreføring ☐", or "☒ Nytt prosjekt   ☐ Videreføring");
a scan's box finder may see the boxes without telling which words each
belongs to. The line's order tells: where the line opens with a box, each
box's option follows it; where it opens with words, each option comes
before its box. Read so only when words and boxes alternate strictly, one
run of words per box, so no box takes another's option.

A line with one box and the other options left bare ("☒ Ny      Videreføring",
"Nytt prosjekt ☒        Videreføring") gives the box the words close beside
it, parted from the bare option by a wide gap; where the gaps do not tell
which side it belongs to, nothing.
"""

from __future__ import annotations

from soknad_extract.layout import FormField
from soknad_extract.layout.geometry import on_one_line
from soknad_extract.layout.model import Document

def row_option(doc: Document, box: FormField) -> str | None:
    """The words of ``box``'s own option on its line of options, or None."""
    if box.bbox is None:
        return None
    page = doc.page(box.page)
    if page is None:
        return None
    boxes = [f for f in page.fields if f.kind in ("checkbox", "radio") and f.bbox and on_one_line(f.bbox, box.bbox)]
    placed = [(w.bbox[0], w.bbox[2], w.text) for line in page.lines for w in line.words
             if w.bbox and w.text.strip() and on_one_line(w.bbox, box.bbox)
             and not any(_inside(w.bbox, b.bbox) for b in boxes)]
    items = sorted([(x, "word", text) for x, _, text in placed] + [(b.bbox[0], "box", b) for b in boxes],
                   key=lambda item: item[0])
    runs: list[object] = []
    for _, kind, thing in items:
        if kind == "box":
            runs.append(thing)
        elif runs and isinstance(runs[-1], list):
            runs[-1].append(thing)
        else:
            runs.append([thing])
    if len(boxes) == 1:
        return _lone_box_option(placed, box)
    texts = [r for r in runs if isinstance(r, list)]
    adjacent_boxes = any(not isinstance(a, list) and not isinstance(b, list) for a, b in zip(runs, runs[1:]))
    if len(texts) != len(boxes) or len(boxes) < 2 or adjacent_boxes:
        return None
    index = next((i for i, r in enumerate(runs) if r is box), None)
    if index is None:  # a box the page's own fields do not hold
        return None
    option = runs[index + 1] if isinstance(runs[0], FormField) else runs[index - 1]
    return " ".join(option)


_WIDE_GAP = 1.5
"""A gap between words, in heights of the box, wider than a word space: it
parts two options of a line ("Ny      Videreføring")."""
_CLEARLY_NEARER = 3.0
"""How many times nearer the words on one side of a lone box must stand
than those on the other for the box to take them."""


def _lone_box_option(words: list[tuple[float, float, str]], box: FormField) -> str | None:
    """The option a line's only box stands against: the words close after
    it where they are followed by a bare option ("☒ Ny      Videreføring"),
    else the words close before it ("Nytt prosjekt ☒      Videreføring");
    None where no bare option stands beside or both sides stand alike near."""
    height = box.bbox[3] - box.bbox[1]
    phrases = _phrases(sorted(words), _WIDE_GAP * height)
    before = [p for p in phrases if p[1] <= box.bbox[0]]
    after = [p for p in phrases if p[0] >= box.bbox[2]]
    if len(before) + len(after) != len(phrases) or len(phrases) < 2:
        return None  # a word overlaps the box, or no option beside the box's own
    if before and before[-1][2].rstrip().endswith((":", "?")):
        before = []  # the question the box answers, not an option
    gap_before = box.bbox[0] - before[-1][1] if before else None
    gap_after = after[0][0] - box.bbox[2] if after else None
    if gap_after is not None and (gap_before is None or gap_before >= _CLEARLY_NEARER * max(gap_after, 0.1)):
        return after[0][2] if len(after) > 1 or before else None
    if gap_before is not None and (gap_after is None or gap_after >= _CLEARLY_NEARER * max(gap_before, 0.1)):
        return before[-1][2] if len(before) > 1 or after else None
    return None


def _phrases(words: list[tuple[float, float, str]], gap: float) -> list[tuple[float, float, str]]:
    """Words joined into phrases (left, right, text) where they stand closer than ``gap``."""
    phrases: list[tuple[float, float, str]] = []
    for x0, x1, text in words:
        if phrases and x0 - phrases[-1][1] < gap:
            left, _, joined = phrases[-1]
            phrases[-1] = (left, x1, f"{joined} {text}")
        else:
            phrases.append((x0, x1, text))
    return phrases


def _inside(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """A word read from the box's own mark ("X" inside it)."""
    return a[0] >= b[0] - 1 and a[2] <= b[2] + 1
