"""A post followed by a span of sizes ("en stilling på mellom 50 % og 100 %")
states no share: neither the span nor the post's count of one (100 %) is
the position's size. A post with a share of its own, or a span in another
sentence, is read as before."""

from __future__ import annotations

import pytest

from soknad_extract.norwegian.percent import find_percents


@pytest.mark.parametrize("text", [
    "Kontoret søker om ein stilling på mellom 40 % og 80 %, avhengig av tilskotet.",
    "Vi ønsker å opprette ei stilling på 60–100 prosent.",
    "Omfang: 1 stilling, 50 - 100 %",
    "en stilling: 20–60 %",
])
def test_a_post_with_a_span_states_no_share(text: str) -> None:
    assert [m.value for m in find_percents(text)] == []


@pytest.mark.parametrize("text, values", [
    ("Vi søker om en stilling på 80 %.", [80.0]),
    ("Vi søker om ei stilling. Arbeidstida blir 50–100 % etter behov.", [100.0]),
    ("Vi søker om 1 stilling", [100.0]),
])
def test_a_post_without_a_span_beside_it_keeps_its_share(text: str, values: list[float]) -> None:
    assert [m.value for m in find_percents(text)] == values
