"""One sentence that answers both interest questions (``extract.interest``,
``answers.toml`` [clause_denied], [negation_idiom], [governed_bridge]).

- A refusal covers a second topic named after it with "heller ikke" and no
  verb of its own ("ønskjer ikkje å vere med i nettverk, og heller ikkje i
  ekstern prosessevaluering"; corpus 71 read the evaluation as unknown), and
  so does a decline ("har ikke behov for nettverk, og heller ikke for …").
- A bare denial after a comma or "og" parts the clause, so it leaves the
  wish before it a yes ("ønsker å delta i nettverk, ikke i
  prosessevaluering" read both as no).
- "ikke minst" / "ikke bare" deny nothing.
- "verken … eller", "korkje … eller", "ikke … eller" refuse both (these held
  before; kept so the new clause parting does not break them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_interest_prose_attitudes import _answers


@pytest.mark.parametrize("sentence", [
    "Vi ønsker ikke å delta i nettverk, og heller ikke i ekstern prosessevaluering.",
    "Kontoret ønskjer ikkje å vere med i klyngesamarbeid, og heller ikkje i følgjeevaluering.",
    "Vi ønsker ikke å være med i nettverk, og ikke heller i prosessevaluering.",
    "Vi har ikke behov for nettverk, og heller ikke for ekstern prosessevaluering.",
    "Vi har ikkje kapasitet til å delta i nettverk, og heller ikkje til følgjeevaluering.",
])
def test_one_refusal_covers_the_second_topic(tmp_path: Path, sentence: str) -> None:
    assert _answers(tmp_path, sentence) == (False, False)


@pytest.mark.parametrize("sentence", [
    "Vi ønsker verken å delta i nettverk eller i ekstern prosessevaluering.",
    "Nav Voss ønskjer korkje å vere med i nettverk eller i ekstern prosessevaluering.",
    "Vi ønskjer ikkje å delta i nettverk eller i følgjeevaluering.",
    "Når det gjelder nettverk og ekstern prosessevaluering, ønsker vi ingen av delene.",
])
def test_a_refusal_of_both_in_one_clause_stays_a_no(tmp_path: Path, sentence: str) -> None:
    assert _answers(tmp_path, sentence) == (False, False)


@pytest.mark.parametrize("sentence, expected", [
    ("Vi ønsker å delta i nettverk, ikke i prosessevaluering.", (True, False)),
    ("Vi ønsker å delta i nettverk og ikke i ekstern prosessevaluering.", (True, False)),
    ("Vi ønskjer å vere med i følgjeevaluering og ikkje i nettverk.", (False, True)),
    ("Vi har ikke behov for ekstern prosessevaluering, men gjerne nettverk.", (True, False)),
])
def test_a_wish_and_a_refusal_in_one_sentence_part(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert _answers(tmp_path, sentence) == expected


@pytest.mark.parametrize("sentence", [
    "Vi ønsker å delta i nettverk og ikke minst i ekstern prosessevaluering.",
    "Vi ønsker ikke bare nettverk, men også ekstern prosessevaluering.",
    "Vi ønskjer å vere med i nettverk og ikkje minst i følgjeevaluering.",
])
def test_a_negation_that_denies_nothing_is_no_refusal(tmp_path: Path, sentence: str) -> None:
    assert _answers(tmp_path, sentence) == (True, True)


def test_a_denial_that_names_no_topic_answers_nothing(tmp_path: Path) -> None:
    sentence = "Vi ønsker å delta i nettverk, ikke minst for å lære av andre kontor."
    assert _answers(tmp_path, sentence) == (True, None)
