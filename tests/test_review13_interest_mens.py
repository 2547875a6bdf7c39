"""A contrast word without "men" parts an interest sentence's clauses too:
"mens"/"medan" opens the clause that answers the other topic, so its
negation does not turn the first clause's wish into a no (review13 probe:
"Vi ønsker å delta i nettverk, mens prosessevaluering er ikke aktuelt" read
the network as declined; the clause after it still declines the evaluation)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_interest_prose_attitudes import _answers


@pytest.mark.parametrize("sentence, expected", [
    ("Vi ønsker å delta i nettverk, mens prosessevaluering er ikke aktuelt for oss.", (True, False)),
    ("Vi ønsker å delta i nettverk mens ekstern prosessevaluering ikke er aktuelt.", (True, False)),
    ("Vi ønskjer å vere med i nettverk, medan prosessevaluering ikkje er aktuelt no.", (True, False)),
])
def test_a_contrast_clause_keeps_its_negation_to_itself(tmp_path: Path, sentence: str, expected: tuple) -> None:
    assert _answers(tmp_path, sentence) == expected
