"""``signatures.answers._label_left_of`` with the row test written out finds
the fragment the rule written with min(), max() and a list found: random
pages of fragments (equal, touching, degenerate, NaN and infinite boxes)."""

from __future__ import annotations

import random

from soknad_extract.extract.signatures.answers import _label_left_of
from soknad_extract.layout.fragments import Fragment


def _rule(frag: Fragment, page: list[Fragment]) -> Fragment | None:
    def same_row(a: Fragment, b: Fragment) -> bool:
        height = max(min(a.box[3] - a.box[1], b.box[3] - b.box[1]), 1.0)
        return abs((a.box[1] + a.box[3]) - (b.box[1] + b.box[3])) / 2 <= 0.5 * height

    left = [g for g in page if g is not frag and g.box[2] <= frag.box[0] + 1.0 and same_row(g, frag)]
    return max(left, key=lambda g: g.box[2], default=None)


def test_label_left_of_is_the_rule() -> None:
    rng = random.Random(15)
    odd = [float("nan"), float("inf"), 0.0, 0.5, 1.0]
    found = 0
    for _ in range(400):
        page = []
        for order in range(rng.randint(1, 25)):
            x0 = rng.choice([0.0, 50.0, 100.0, 101.0, rng.uniform(0, 400)])
            top = rng.choice([100.0, 100.4, 103.0, 110.0, rng.uniform(90, 130)])
            box = (x0, top, x0 + rng.choice([0.0, 49.0, 50.0, 51.0, rng.uniform(0, 120)]),
                   top + rng.choice([0.0, 0.5, 10.0, 12.0, rng.uniform(0, 20)]))
            if rng.random() < 0.03:
                box = tuple(rng.choice(odd) if rng.random() < 0.5 else v for v in box)
            page.append(Fragment(f"t{order}", 1, box, True, order))
        for frag in page:
            expected = _rule(frag, page)
            assert _label_left_of(frag, page) is expected, (frag, page)
            found += expected is not None
    assert found > 500
