"""A letter that states the kind in a sentence with the project's name
between ("Prosjektet «Hjem til jobb» er nytt og starter 1. april"): the
neuter "nytt" agrees with "prosjektet", so the sentence says the project is
new. An adjective about something else ("en metode som er ny") and a negated
one ("er ikke nytt") say nothing of the kind."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _kind(*paragraphs: str) -> str | None:
    document = word_doc("Søknad om tilskudd til prosjekt", *paragraphs)
    return extract(document, S2020).draft.values.get("project.kind")


def test_a_named_project_stated_new_in_bokmaal_and_nynorsk() -> None:
    assert _kind("Nav Vestby søker om tilskudd. Prosjektet «Steg for steg» er nytt og starter 1. mars 2020.") == "new"
    assert _kind("Nav Luster søkjer om tilskot. Prosjektet «Vegen vidare i Luster» er\nnytt og tek til 1. juni 2020.") == "new"
    assert _kind("Tiltaket Arbeid først er nytt for kontoret og startar i april.") == "new"


def test_a_continuation_sentence_still_says_continuation() -> None:
    assert _kind("Dette er ei vidareføring av prosjektet «Vegen vidare» frå 2019.") == "continuation"


def test_other_sentences_with_new_say_nothing() -> None:
    assert _kind("Prosjektet prøver ut en arbeidsmåte som er ny for kontoret.") is None
    assert _kind("Prosjektet «Steg for steg» er ikke nytt for brukerne, men arbeidsformen er ukjent.") is None
