"""``layout.questions.same_row`` with min() and max() written out answers as
the rule written with them, on random, touching, equal, degenerate and
upside-down boxes, integers and floats mixed."""

from __future__ import annotations

import itertools
import random

from soknad_extract.layout.questions import same_row


def _rule(a, b) -> bool:
    overlap = min(a[3], b[3]) - max(a[1], b[1])
    smaller = min(a[3] - a[1], b[3] - b[1])
    if overlap > 0 and overlap >= 0.4 * smaller:
        return True
    small, big = (a, b) if a[3] - a[1] <= b[3] - b[1] else (b, a)
    centre = (small[1] + small[3]) / 2
    return big[1] <= centre <= big[3]


def test_same_row_is_the_rule() -> None:
    rng = random.Random(15)
    values = [0, 1, 2, 3, 4, 5, 10, 2.5, 3.2, 4.0, 9.99, 10.01, -1, float("nan"), float("inf")]
    boxes = [(0, top, 10, bottom) for top, bottom in itertools.product(values, repeat=2)]
    boxes += [(0, t, 10, t + rng.uniform(-2, 14)) for t in (rng.uniform(0, 40) for _ in range(300))]
    for a in boxes:
        for b in rng.sample(boxes, 60) + boxes[:len(values) ** 2]:
            assert same_row(a, b) == _rule(a, b), (a, b)
