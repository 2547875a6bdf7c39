"""A value read from a scan that no office would write (a position of 2 %,
a competence post of 5 kr, a cost larger than the whole amount applied for)
is a misread: validation asks the clerk to read it (LOW_CONFIDENCE) and
raises no error from it. The same value typed in a born-digital document is
judged as written."""

from __future__ import annotations

import shutil

import pytest

from soknad_extract.record import Evidence
from soknad_extract.vocabulary import VOCABULARY_ENV
from tests.test_validate import complete_record, run
from tests.test_vocabulary import SHIPPED

SCAN = Evidence(page=1, method="ocr", confidence=0.93)
TYPED = Evidence(page=1, method="acroform", confidence=1.0)


def _read(method: Evidence, *paths: str) -> dict[str, Evidence]:
    return {path: method for path in paths}


def test_a_scanned_position_of_two_percent_is_no_cap_breach():
    evidence = _read(SCAN, "positions_percent_total", "amounts.positions", "amounts.total")
    found = run(complete_record(positions_percent_total=2, evidence=evidence))
    assert "AMOUNT_OVER_CAP" not in found
    assert found["LOW_CONFIDENCE"].field == "positions_percent_total"
    assert found["LOW_CONFIDENCE"].severity == "warning"
    assert "2 %" in found["LOW_CONFIDENCE"].message


def test_a_typed_position_of_two_percent_is_judged_as_written():
    evidence = _read(TYPED, "positions_percent_total", "amounts.positions", "amounts.total")
    found = run(complete_record(positions_percent_total=2, evidence=evidence))
    assert "AMOUNT_OVER_CAP" in found
    assert "LOW_CONFIDENCE" not in found


@pytest.mark.parametrize("competence", [5, 1])
def test_a_scanned_amount_of_a_few_kroner_raises_no_sum_error(competence):
    evidence = _read(SCAN, "amounts.positions", "amounts.competence", "amounts.total")
    found = run(complete_record(amounts={"positions": 600000, "competence": competence, "total": 608000},
                                evidence=evidence))
    assert "AMOUNT_SUM_MISMATCH" not in found
    assert found["LOW_CONFIDENCE"].field == "amounts.competence"


def test_a_typed_amount_of_a_few_kroner_that_does_not_add_up_is_an_error():
    evidence = _read(TYPED, "amounts.positions", "amounts.competence", "amounts.total")
    found = run(complete_record(amounts={"positions": 600000, "competence": 5, "total": 608000},
                                evidence=evidence))
    assert "AMOUNT_SUM_MISMATCH" in found


def test_a_scanned_cost_larger_than_the_total_is_neither_a_cost_nor_a_sum_error():
    """A phone number on the contact's line read as a cost line."""
    evidence = _read(SCAN, "amounts.positions", "amounts.other", "amounts.total")
    found = run(complete_record(amounts={"positions": 450000, "other": 55123400, "total": 450000},
                                evidence=evidence))
    assert "NON_POSITION_COSTS" not in found
    assert "AMOUNT_SUM_MISMATCH" not in found
    assert found["LOW_CONFIDENCE"].field == "amounts.other"


def test_a_typed_cost_larger_than_the_total_is_reported():
    evidence = _read(TYPED, "amounts.positions", "amounts.other", "amounts.total")
    found = run(complete_record(amounts={"positions": 450000, "other": 550000, "total": 450000},
                                evidence=evidence))
    assert {"NON_POSITION_COSTS", "AMOUNT_SUM_MISMATCH"} <= set(found)


def test_a_scanned_competence_over_its_cap_but_plausible_is_still_an_error():
    evidence = _read(SCAN, "amounts.positions", "amounts.competence", "amounts.total")
    found = run(complete_record(amounts={"positions": 598000, "competence": 12000, "total": 610000},
                                evidence=evidence))
    assert "COMPETENCE_OVER_CAP" in found
    assert "LOW_CONFIDENCE" not in found


def test_the_bounds_are_data(tmp_path, monkeypatch):
    folder = tmp_path / "vocabulary"
    shutil.copytree(SHIPPED, folder)
    text = (folder / "plausible.toml").read_text(encoding="utf-8")
    (folder / "plausible.toml").write_text(text.replace("min = 5\n", "min = 1\n", 1), encoding="utf-8")
    monkeypatch.setenv(VOCABULARY_ENV, str(folder))
    evidence = _read(SCAN, "positions_percent_total", "amounts.positions", "amounts.total")
    found = run(complete_record(positions_percent_total=2, evidence=evidence))
    assert "AMOUNT_OVER_CAP" in found
