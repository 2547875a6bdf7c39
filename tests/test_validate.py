"""Validation rules: each finding code from its rule, on records built by
hand, so a rule is tested apart from extraction."""

from __future__ import annotations

import pytest

from soknad_extract.facts import Exclusion, ExtractionFacts, Question, ReaderFinding, SignatureProblem
from soknad_extract.record import Evidence, Record, Signature, Source
from soknad_extract.schemes import SchemeChoice, get_scheme
from soknad_extract.validate_sums import SUM_ROUNDING_UNITS, rounding_tolerance
from soknad_extract.validate import ABSENCE_CONFIDENCE, validate

S2020 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2020"), False, "test")
S2018 = SchemeChoice(get_scheme("nav-sosiale-tjenester-2018"), False, "test")


def complete_record(**changes) -> Record:
    data = {
        "source": Source(path="x.pdf", format="pdf"),
        "scheme": "nav-sosiale-tjenester-2020",
        "office": {"name": "Nav Kongsvinger", "municipality": "Kongsvinger", "org_number": "974760673"},
        "contact": {"name": "Kari Nordmann", "email": "kari@nav.no", "phone": "61234567"},
        "project": {"title": "Eie først", "kind": "new", "start_date": "2020-08-01"},
        "positions": [{"title": "Koordinator", "percent": 100, "amount": 610000}],
        "positions_percent_total": 100,
        "amounts": {"positions": 610000, "competence": 10000, "total": 620000},
        "priority_areas": ["ordinaert-arbeidsliv"],
        "signatures": [
            Signature(role="nav_leader", name="Ola", kind="handwritten", date="2020-01-20"),
            Signature(role="municipality", name="Per", kind="handwritten", date="2020-01-21"),
        ],
    }
    for key, value in changes.items():
        head, _, tail = key.partition("__")
        if tail:
            data[head] = {**data[head], tail: value}
        else:
            data[key] = value
    return Record(**data)


def run(record: Record, choice=S2020, lang="nb", **facts) -> dict[str, object]:
    findings = validate(record, ExtractionFacts(**facts), choice, lang)
    return {f.code.value: f for f in findings}


def test_complete_application_has_no_findings():
    assert run(complete_record()) == {}


@pytest.mark.parametrize("changes, code", [
    ({"office__name": None}, "OFFICE_MISSING"),
    ({"project__title": None}, "TITLE_MISSING"),
    ({"positions_percent_total": None}, "POSITION_PERCENT_MISSING"),
    ({"amounts__total": None}, "AMOUNT_MISSING"),
    ({"project__start_date": None}, "START_DATE_MISSING"),
    ({"office__org_number": None}, "ORG_NUMBER_MISSING"),
    ({"office__org_number": "974760674"}, "ORG_NUMBER_INVALID"),
    ({"contact__name": None}, "CONTACT_MISSING"),
    ({"contact__email": None, "contact__phone": None}, "CONTACT_MISSING"),
    ({"priority_areas": []}, "PRIORITY_AREA_MISSING"),
    ({"amounts__positions": 700000, "amounts__total": 710000}, "AMOUNT_OVER_CAP"),
    ({"amounts__competence": 25000, "amounts__total": 635000}, "COMPETENCE_OVER_CAP"),
    ({"amounts__total": 630000}, "AMOUNT_SUM_MISMATCH"),
    ({"amounts__other": 40000, "amounts__total": 660000}, "NON_POSITION_COSTS"),
    ({"signatures": []}, "SIGNATURE_NAV_LEADER_MISSING"),
    ({"signatures": []}, "SIGNATURE_MUNICIPALITY_MISSING"),
])
def test_each_rule_raises_its_code(changes, code):
    assert code in run(complete_record(**changes))


def test_cap_scales_with_the_percentage():
    assert "AMOUNT_OVER_CAP" not in run(complete_record(
        positions_percent_total=150, amounts__positions=915000, amounts__total=925000))
    assert "AMOUNT_OVER_CAP" in run(complete_record(
        positions_percent_total=50, amounts__positions=310000, amounts__total=320000))


def test_cap_uses_the_total_when_no_positions_amount_is_given():
    found = run(complete_record(amounts__positions=None, amounts__competence=None, amounts__total=700000))
    assert "AMOUNT_OVER_CAP" in found
    assert "700 000" in found["AMOUNT_OVER_CAP"].message


def test_a_total_within_both_caps_is_not_over_when_its_posts_are_unknown():
    """610 000 for a full position and up to 10 000 for competence: a total
    of 620 000 with neither post found may be exactly that."""
    record = complete_record(amounts__positions=None, amounts__competence=None, amounts__total=620000)
    assert "AMOUNT_OVER_CAP" not in run(record)
    record = complete_record(amounts__positions=None, amounts__competence=None, amounts__total=620001)
    assert "AMOUNT_OVER_CAP" in run(record)
    record = complete_record(amounts__positions=None, amounts__competence=0, amounts__total=620000)
    assert "AMOUNT_OVER_CAP" in run(record)  # competence found: nothing of the total is unseen


def test_2018_has_no_caps():
    record = complete_record(amounts__positions=900000, amounts__competence=50000, amounts__total=950000)
    assert not {"AMOUNT_OVER_CAP", "COMPETENCE_OVER_CAP"} & set(run(record, S2018))


def test_total_including_own_funding_is_not_a_mismatch():
    record = complete_record(amounts__own_funding=100000, amounts__total=720000)
    assert "AMOUNT_SUM_MISMATCH" not in run(record)


def test_computed_total_is_not_checked_against_itself():
    record = complete_record(amounts__total=999999, evidence={
        "amounts.total": Evidence(method="sum", confidence=0.8)})
    assert "AMOUNT_SUM_MISMATCH" not in run(record)


def test_typed_and_late_signatures():
    record = complete_record(signatures=[
        Signature(role="nav_leader", name="Ola", kind="typed", date="2020-01-20"),
        Signature(role="municipality", name="Per", kind="handwritten", date="2020-02-03"),
    ])
    found = run(record)
    assert found["SIGNATURE_UNVERIFIED"].severity == "warning"
    assert "03.02.2020" in found["SIGNED_AFTER_DEADLINE"].message
    assert "SIGNATURE_NAV_LEADER_MISSING" not in found


def test_a_typed_copy_of_a_role_signed_in_ink_is_not_unverified():
    """The form sent unsigned and then signed: the role is anchored by the
    ink, its typed copy asks nothing of the office."""
    record = complete_record(signatures=[
        Signature(role="municipality", name="Per", kind="typed", date="2020-01-21"),
        Signature(role="nav_leader", name="Ola", kind="handwritten", date="2020-01-20"),
        Signature(role="municipality", name="Per", kind="handwritten", date="2020-01-21"),
    ])
    assert "SIGNATURE_UNVERIFIED" not in run(record)


@pytest.mark.parametrize("method, late", [("ocr", False), ("text", True)])
def test_a_scanned_signing_date_years_after_the_deadline_is_a_misread_not_a_late_signature(method, late):
    """OCR reads "29.01.2020" as "29.01.2029" now and then: years after the
    deadline, a scanned date asks to be checked by hand; a typed one stands."""
    record = complete_record(
        signatures=[Signature(role="nav_leader", name="Ola", kind="handwritten", date="2020-01-20"),
                    Signature(role="municipality", name="Per", kind="handwritten", date="2029-01-29")],
        evidence={"signatures[1]": Evidence(page=2, method=method, confidence=0.75, text="Molde, 29.01.2029")})
    found = run(record)
    assert ("SIGNED_AFTER_DEADLINE" in found) is late
    assert ("LOW_CONFIDENCE" in found) is not late
    if not late:
        assert "29.01.2029" in found["LOW_CONFIDENCE"].message


def test_non_nav_applicant():
    record = complete_record(office__name=None)
    found = run(record, applicant="Kongsvinger kommune, helse og omsorg")
    assert "APPLICANT_NOT_NAV_OFFICE" in found and "OFFICE_MISSING" not in found
    assert "Kongsvinger kommune" in found["APPLICANT_NOT_NAV_OFFICE"].message


def test_continuation_beyond_three_years_and_exclusions():
    hit = Exclusion("EXCLUDED_CAPACITY_ONLY", Evidence(page=1, method="nlp", text="økt kapasitet"))
    found = run(complete_record(), project_year=4, exclusions=(hit,))
    assert "CONTINUATION_LIMIT" in found and "EXCLUDED_CAPACITY_ONLY" in found
    assert found["EXCLUDED_CAPACITY_ONLY"].evidence.text == "økt kapasitet"


def test_tampered_digital_signature():
    problem = SignatureProblem(field_name="Sig1", signer_name="Kari Nordmann", page=2)
    found = run(complete_record(), signature_problems=(problem,))
    assert found["DIGITAL_SIGNATURE_INVALID"].evidence.page == 2
    assert "«Kari Nordmann»" in found["DIGITAL_SIGNATURE_INVALID"].message


def test_reader_notes_become_findings_and_unreadable_stops():
    note = ReaderFinding("DOCUMENT_UNREADABLE", "Installer Tesseract", "Install Tesseract")
    found = run(complete_record(), reader_findings=(note,))
    assert set(found) == {"DOCUMENT_UNREADABLE"}
    assert found["DOCUMENT_UNREADABLE"].message == "Installer Tesseract"


def test_low_confidence_ocr_value():
    record = complete_record(evidence={"amounts.total": Evidence(page=1, method="ocr", confidence=0.41)})
    assert "41 %" in run(record)["LOW_CONFIDENCE"].message


def test_scheme_assumed_is_info():
    found = run(complete_record(), SchemeChoice(S2020.scheme, True, "no year"))
    assert found["SCHEME_ASSUMED"].severity == "info"


def test_english_messages():
    found = run(complete_record(project__title=None), lang="en")
    assert found["TITLE_MISSING"].message == "The project has no name or title."


def test_scanned_amounts_that_do_not_add_up_ask_for_a_look():
    shaky = Evidence(page=1, method="ocr", confidence=0.72)
    record = complete_record(amounts__total=680000, evidence={"amounts.total": shaky, "amounts.positions": shaky})
    found = run(record)
    assert "LOW_CONFIDENCE" in found and "AMOUNT_SUM_MISMATCH" not in found
    sure = Evidence(page=1, method="ocr", confidence=0.96)
    record = complete_record(amounts__total=680000, evidence={"amounts.total": sure, "amounts.positions": sure})
    assert "AMOUNT_SUM_MISMATCH" in run(record)


def test_positions_subtotal_that_its_lines_do_not_add_up_to():
    record = complete_record(positions=[{"title": "A", "percent": 50, "amount": 300000},
                                        {"title": "B", "percent": 50, "amount": 300000}])
    found = run(record, positions_subtotal=610000)
    assert "610 000" in found["AMOUNT_SUM_MISMATCH"].message
    assert "AMOUNT_SUM_MISMATCH" not in run(record, positions_subtotal=600000)


def test_validation_needs_no_layout_document():
    """Rules see the record and the facts only: validate imports neither the
    layout model nor the extractors."""
    import soknad_extract.validate as module

    source = open(module.__file__, encoding="utf-8").read()
    assert "soknad_extract.layout" not in source and "soknad_extract.extract" not in source


def _all(record: Record, lang="nb", **facts) -> list:
    return validate(record, ExtractionFacts(**facts), S2020, lang)


def test_a_missing_value_on_a_document_read_whole_is_an_error():
    found = run(complete_record(signatures=[], positions_percent_total=None))
    assert {"SIGNATURE_NAV_LEADER_MISSING", "SIGNATURE_MUNICIPALITY_MISSING", "POSITION_PERCENT_MISSING"} <= set(found)


def test_what_is_not_found_beside_an_unread_page_is_checked_by_hand():
    findings = _all(complete_record(signatures=[], contact__name=None), unsure_pages=(2,))
    assert {f.code.value for f in findings} == {"LOW_CONFIDENCE"}
    assert {f.field for f in findings} == {"signatures", "contact.name"}
    assert all("side 2" in f.message and f.evidence.page == 2 and f.evidence.confidence == 0.0 for f in findings)
    english = _all(complete_record(signatures=[]), lang="en", unsure_pages=(1, 3))
    assert "pages 1 and 3" in english[0].message and "Nav leader" in english[0].message


def test_budget_judgements_wait_for_a_legible_budget_page():
    evidence = {"amounts.other": Evidence(page=1, method="ocr", confidence=0.9),
                "amounts.total": Evidence(page=1, method="ocr", confidence=0.95)}
    record = complete_record(amounts__other=50000, evidence=evidence)
    assert "NON_POSITION_COSTS" in run(record)
    findings = _all(record, unsure_pages=(1,))
    assert [f.code.value for f in findings] == ["LOW_CONFIDENCE"]
    assert "Budsjettet står på side 1" in findings[0].message
    assert "NON_POSITION_COSTS" in run(record, unsure_pages=(2,))


def test_a_budget_pasted_as_a_picture_asks_for_a_look_instead_of_missing_amounts():
    record = complete_record(positions=[], positions_percent_total=None,
                             amounts={"positions": None, "competence": None, "total": None})
    assert {"AMOUNT_MISSING", "POSITION_PERCENT_MISSING"} <= set(run(record))
    findings = _all(record, budget_picture_page=2)
    assert {f.code.value for f in findings} == {"LOW_CONFIDENCE"}
    assert "side 2" in findings[0].message and "bilde" in findings[0].message


def test_an_unanswered_question_on_a_legible_page_is_missing_even_beside_an_unread_page():
    questions = (Question("project.title", 1, False, "Prosjektets tittel", (50.0, 100.0, 200.0, 112.0), 0.93),)
    findings = {f.code.value: f for f in _all(complete_record(project__title=None, contact__name=None),
                                             unsure_pages=(3,), questions=questions)}
    title = findings["TITLE_MISSING"]
    assert (title.evidence.page, title.evidence.method, title.evidence.confidence) == (1, "question", 0.93)
    assert "CONTACT_MISSING" not in findings
    assert findings["LOW_CONFIDENCE"].field == "contact.name" and "side 3" in findings["LOW_CONFIDENCE"].message


def test_an_unanswered_question_on_an_unread_page_is_checked_by_hand_naming_that_page():
    questions = (Question("project.start_date", 2, False, "Oppstartsdato"),)
    for lang, words in (("nb", ("side 2", "«Oppstartsdato»")), ("en", ("page 2", "«Oppstartsdato»"))):
        findings = _all(complete_record(project__start_date=None), lang=lang, unsure_pages=(2, 4),
                        questions=questions)
        assert [(f.code.value, f.field) for f in findings] == [("LOW_CONFIDENCE", "project.start_date")]
        assert all(w in findings[0].message for w in words) and findings[0].evidence.page == 2


def test_an_answered_question_is_no_evidence_of_absence():
    questions = (Question("positions_percent_total", 1, True, "Stillingsprosent"),)
    findings = _all(complete_record(positions_percent_total=None), unsure_pages=(2,), questions=questions)
    assert [f.code.value for f in findings] == ["LOW_CONFIDENCE"] and "side 2" in findings[0].message


def test_every_missing_finding_carries_its_confidence():
    findings = _all(complete_record(office__org_number=None, project__start_date=None))
    assert {f.code.value for f in findings} == {"ORG_NUMBER_MISSING", "START_DATE_MISSING"}
    assert all(f.evidence.method == "absence" and f.evidence.confidence == ABSENCE_CONFIDENCE for f in findings)


def test_a_budget_in_thousands_may_be_off_by_rounding_but_not_by_more():
    """Parts 575 + 10 + 34 (thousands) against a stated 620: each written
    amount rounds to a thousand, so up to half a thousand each (four amounts
    with the total: 2 000 kr) is rounding; beyond it the parts do not add up."""
    facts = {"budget_unit": 1000, "budget_amounts": 3}
    tolerance = rounding_tolerance(ExtractionFacts(**facts), 3)
    assert tolerance == SUM_ROUNDING_UNITS * 1000 * 4 == 2000
    parts = {"amounts__positions": 575000, "amounts__competence": 10000, "amounts__other": 34000}
    inside = complete_record(**parts, amounts__total=619000 + int(tolerance))
    outside = complete_record(**parts, amounts__total=619000 + int(tolerance) + 1000)
    assert "AMOUNT_SUM_MISMATCH" not in run(inside, **facts)
    assert "AMOUNT_SUM_MISMATCH" in run(outside, **facts)
    assert "AMOUNT_SUM_MISMATCH" in run(inside)


def test_whole_kroner_lines_may_differ_from_their_sum_by_their_rounding_only():
    """Salary and social costs written in whole kroner (the exact figures have
    øre): a krone off per two lines is rounding, ten kroner is a mistake."""
    facts = {"budget_amounts": 3}
    assert rounding_tolerance(ExtractionFacts(**facts), 2) == 2.0
    lines = [{"title": "A", "percent": 50, "amount": 305001}, {"title": "B", "percent": 50, "amount": 305000}]
    assert "AMOUNT_SUM_MISMATCH" not in run(complete_record(positions=lines), positions_subtotal=610000, **facts)
    assert "AMOUNT_SUM_MISMATCH" not in run(complete_record(amounts__total=620002), **facts)
    assert "AMOUNT_SUM_MISMATCH" in run(complete_record(amounts__total=620003), **facts)
    assert "AMOUNT_SUM_MISMATCH" in run(complete_record(positions=lines), positions_subtotal=610010, **facts)


def test_one_answered_question_of_two_for_a_value_shows_nothing_absent():
    questions = (Question("amounts.total", 1, False, "Sum stillingar"), Question("amounts.total", 1, True, "Søknadssum"))
    findings = _all(complete_record(amounts__total=None), unsure_pages=(2,), questions=questions)
    assert [f.code.value for f in findings] == ["LOW_CONFIDENCE"] and "side 2" in findings[0].message


def test_an_answer_ocr_could_not_read_is_checked_by_hand_not_missing():
    scanned = (Question("project.start_date", 1, True, "Oppstart", ocr=True),)
    findings = _all(complete_record(project__start_date=None), questions=scanned)
    assert [(f.code.value, f.field) for f in findings] == [("LOW_CONFIDENCE", "project.start_date")]
    assert "«Oppstart»" in findings[0].message and "side 1" in findings[0].message
    printed = (Question("project.start_date", 1, True, "Oppstart"),)
    assert "START_DATE_MISSING" in run(complete_record(project__start_date=None), questions=printed)


def test_other_costs_read_as_a_guess_are_checked_by_hand_not_warned_about():
    guess = Evidence(page=1, method="ocr", confidence=0.11, text="Sr: 885000")
    findings = _all(complete_record(amounts__other=50000, amounts__total=670000,
                                    evidence={"amounts.other": guess}))
    assert [f.code.value for f in findings] == ["LOW_CONFIDENCE"]
    assert "Budsjettet står på side 1" in findings[0].message
    read = Evidence(page=1, method="ocr", confidence=0.85, text="Kontorleie: 50000")
    assert "NON_POSITION_COSTS" in run(complete_record(amounts__other=50000, amounts__total=670000,
                                                       evidence={"amounts.other": read}))
