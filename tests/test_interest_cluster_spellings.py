"""The network question in Nynorsk spelling: "klyngjesamarbeid" beside
Bokmål's "klyngesamarbeid" (``answers.toml`` [topic_network], ``labels.toml``
network), read in prose, as a label beside its answer and as a label with
another question's answer beside it."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import text_doc, text_page, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"


def _interest(doc) -> tuple[bool | None, bool | None]:
    values = extract(doc, S2020).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Vi er interesserte i klyngjesamarbeid og i ekstern prosessevaluering.", (True, True)),
    ("Kontoret ønskjer å vere med i eit klyngjesamarbeid.", (True, None)),
    ("Vi ønskjer ikkje å delta i klyngjesamarbeidet.", (False, None)),
])
def test_a_wish_about_klyngjesamarbeid_in_prose(sentence: str, expected: tuple) -> None:
    assert _interest(text_doc(text_page(1, HEAD, "Prosjekt: Jobbsjansen", sentence, "Budsjett"))) == expected


@pytest.mark.parametrize(("rows", "expected"), [
    ([["Deltaking i klyngjesamarbeid", "Ja"], ["Ekstern prosessevaluering", "Nei"]], (True, False)),
    ([["Klyngjesamarbeid", "Nei"], ["Følgjeevaluering", "Ja"]], (False, True)),
])
def test_klyngjesamarbeid_as_a_label(rows: list[list[str]], expected: tuple) -> None:
    assert _interest(word_doc(HEAD, tables=[[["Prosjektnamn", "Jobbsjansen"], *rows]])) == expected
