"""A form that asks for the post again (a summary table behind the form)
has one post, not two: a repeated "Stilling" answer must not double the
share and with it the cap that hides an amount over it."""

from __future__ import annotations

from tests.test_budget_adv5 import positions, values
from tests.builders.layouts import word_doc


def test_a_post_asked_for_twice_is_one_post():
    doc = word_doc(tables=[
        [["Stilling", "Jobbspesialist 100 %"], ["Lønn og sosiale utgifter", "700 000"]],
        [["Oppsummering", ""], ["Stilling", "Jobbspesialist 100 %"], ["Omsøkt beløp", "700 000"]],
    ])
    got = values(doc)
    assert [(p[0], p[1]) for p in positions(got)] == [("Jobbspesialist", 100.0)]
    assert got["positions_percent_total"] == 100.0
