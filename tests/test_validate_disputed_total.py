"""Totals stated in the same words but of different amounts (two sentences
each giving the "samlet søknadsbeløp"): no words tell which is applied for,
so a sum its parts do not make is a request to check by hand
(LOW_CONFIDENCE), never AMOUNT_SUM_MISMATCH; a single total still is."""

from __future__ import annotations

from soknad_extract.facts import ExtractionFacts
from soknad_extract.record import Record, Source
from soknad_extract.schemes import SchemeChoice, get_scheme
from soknad_extract.validate import validate

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _findings(total: int, other_totals: tuple[int, ...]) -> dict[str, str]:
    record = Record(source=Source(path="x.docx", format="docx"), scheme=S2020.id, positions_percent_total=100,
                    amounts={"positions": 600_000, "competence": 10_000, "total": total})
    found = validate(record, ExtractionFacts(other_totals=other_totals), SchemeChoice(S2020, False, "test"), "nb")
    return {f.code.value: f.message for f in found if f.field == "amounts.total"}


def test_two_totals_in_the_same_words_ask_for_a_look_not_an_error():
    found = _findings(620_000, (610_000,))
    assert "AMOUNT_SUM_MISMATCH" not in found
    assert "620 000 og 610 000" in found["LOW_CONFIDENCE"]


def test_one_total_that_its_parts_do_not_make_is_still_an_error():
    assert "AMOUNT_SUM_MISMATCH" in _findings(620_000, ())
    assert "LOW_CONFIDENCE" not in _findings(610_000, (620_000,))


def test_a_total_above_its_parts_by_an_unread_competence_post_is_no_error():
    record = Record(source=Source(path="x.docx", format="docx"), scheme=S2020.id, positions_percent_total=100,
                    amounts={"positions": 600_000, "total": 608_000})
    found = validate(record, ExtractionFacts(), SchemeChoice(S2020, False, "test"), "nb")
    assert "AMOUNT_SUM_MISMATCH" not in {f.code.value for f in found}
    record = record.model_copy(update={"amounts": record.amounts.model_copy(update={"total": 660_000})})
    found = validate(record, ExtractionFacts(), SchemeChoice(S2020, False, "test"), "nb")
    assert "AMOUNT_SUM_MISMATCH" in {f.code.value for f in found}
