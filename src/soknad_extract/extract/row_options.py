"""The option an unlabelled box on a line of options stands for.

A form prints a question's options on one line, each with its box
("Nytt prosjekt ☒   Videreføring ☐", or "☒ Nytt prosjekt   ☐ Videreføring");
a scan's box finder may see the boxes without telling which words each
belongs to. The line's order tells: where the line opens with a box, each
box's option follows it; where it opens with words, each option comes
before its box. Read so only when words and boxes alternate strictly, one
run of words per box, so no box takes another's option.
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
    words = [(w.bbox[0], w.text) for line in page.lines for w in line.words
             if w.bbox and w.text.strip() and on_one_line(w.bbox, box.bbox)
             and not any(_inside(w.bbox, b.bbox) for b in boxes)]
    items = sorted([(x, "word", text) for x, text in words] + [(b.bbox[0], "box", b) for b in boxes],
                   key=lambda item: item[0])
    runs: list[object] = []
    for _, kind, thing in items:
        if kind == "box":
            runs.append(thing)
        elif runs and isinstance(runs[-1], list):
            runs[-1].append(thing)
        else:
            runs.append([thing])
    texts = [r for r in runs if isinstance(r, list)]
    adjacent_boxes = any(not isinstance(a, list) and not isinstance(b, list) for a, b in zip(runs, runs[1:]))
    if len(texts) != len(boxes) or len(boxes) < 2 or adjacent_boxes:
        return None
    index = next((i for i, r in enumerate(runs) if r is box), None)
    if index is None:  # a box the page's own fields do not hold
        return None
    option = runs[index + 1] if isinstance(runs[0], FormField) else runs[index - 1]
    return " ".join(option)


def _inside(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    """A word read from the box's own mark ("X" inside it)."""
    return a[0] >= b[0] - 1 and a[2] <= b[2] + 1
