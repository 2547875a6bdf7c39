"""Position shares in prose (closing12's open classes): posts named one by
one ("ei stilling på 80 % og ei stilling på 40 %") add up; a span of sizes
("mellom 40 % og 80 %") is no position's size at all. Wordings other than
the corpora's."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.norwegian import find_percents, states_range
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _values(*paragraphs: str, tables=()) -> dict:
    return extract(word_doc(*paragraphs, tables=tables), S2020).draft.values


def test_posts_named_one_by_one_add_up():
    assert [h.value for h in find_percents("ei stilling på 80 % og ei stilling på 40 %")] == [120.0]
    assert [h.value for h in find_percents("éin 60 % stilling som miljøterapeut og éin 40 % stilling")] == [100.0]
    assert [h.value for h in find_percents("en stilling på 50 %, en stilling på 50 % og en stilling på 100 %")] \
        == [200.0]
    assert [h.value for h in find_percents("éi heil stilling som miljøarbeidar og ei halv stilling")] == [150.0]
    assert [h.value for h in find_percents("en 60 % stilling og en halv stilling som veileder")] == [110.0]


def test_a_span_of_sizes_is_no_share():
    assert find_percents("Stillinga vert på mellom 40 % og 80 % alt etter tilskotet.") == []
    assert find_percents("mellom 40 og 80 prosent") == []
    assert find_percents("40–80 %") == []
    assert states_range("ein stillingsressurs på mellom 40 og 80 %")
    assert [h.value for h in find_percents("stillinga aukar frå 50 til 100 %")] == [100.0]


def test_prose_with_two_posts_gives_their_sum():
    got = _values("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
                  "Nav Sunndal søkjer om midlar til ei stilling på 80 % som jobbspesialist og ei stilling på 40 % "
                  "som koordinator, til saman kr 700 000.")
    assert got["positions_percent_total"] == 120.0


def test_a_labelled_span_of_sizes_gives_no_share():
    got = _values("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
                  tables=[[["Stillingsprosent", "mellom 40 % og 80 %"], ["Løn og sosiale kostnader", "480 000"],
                           ["Sum", "480 000"]]])
    assert got.get("positions_percent_total") is None
    got = _values("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020",
                  tables=[[["Stillingsressurs", "Stillinga blir mellom 40 % og 80 % alt etter tilskotet"],
                           ["Løn og sosiale kostnader", "480 000"], ["Sum", "480 000"]]])
    assert got.get("positions_percent_total") is None
