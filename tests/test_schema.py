"""The published JSON Schema must be the one the models generate, and must
keep every field and code of the contract (shared/spec/record.md)."""

import json
from pathlib import Path

import jsonschema
import pytest

from soknad_extract.record import Code, Record, Source, json_schema, severity_of

ROOT = Path(__file__).resolve().parents[1]
SCHEMA_FILE = ROOT / "schemas" / "application.schema.json"


def test_schema_file_matches_models():
    on_disk = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert on_disk == json_schema(), "run: soknad-extract schema > schemas/application.schema.json"


def test_contract_fields_present():
    props = json_schema()["properties"]
    for name in ("schema_version", "source", "language", "scheme", "office", "contact", "project", "positions",
                 "positions_percent_total", "amounts", "priority_areas", "interest", "signatures", "findings",
                 "complete", "evidence"):
        assert name in props
    defs = json_schema()["$defs"]
    assert set(defs["Amounts"]["properties"]) >= {"positions", "competence", "other", "total", "own_funding"}
    assert set(defs["Signature"]["properties"]) == {"role", "name", "title", "date", "kind", "page"}
    assert set(defs["Evidence"]["properties"]) == {"page", "bbox", "text", "method", "confidence"}


CONTRACT_ERRORS = {
    "DOCUMENT_UNREADABLE", "NOT_AN_APPLICATION", "OFFICE_MISSING", "APPLICANT_NOT_NAV_OFFICE", "TITLE_MISSING",
    "POSITION_PERCENT_MISSING", "AMOUNT_MISSING", "SIGNATURE_NAV_LEADER_MISSING", "SIGNATURE_MUNICIPALITY_MISSING",
    "AMOUNT_OVER_CAP", "COMPETENCE_OVER_CAP", "AMOUNT_SUM_MISMATCH", "ORG_NUMBER_INVALID", "CONTACT_MISSING",
    "DIGITAL_SIGNATURE_INVALID",
}
CONTRACT_WARNINGS = {
    "ORG_NUMBER_MISSING", "PRIORITY_AREA_MISSING", "SIGNED_AFTER_DEADLINE", "SIGNATURE_UNVERIFIED",
    "NON_POSITION_COSTS", "CONTINUATION_LIMIT", "EXCLUDED_CAPACITY_ONLY", "EXCLUDED_EXISTING_METHOD",
    "EXCLUDED_0_24_PROGRAM", "START_DATE_MISSING", "LOW_CONFIDENCE",
}


@pytest.mark.parametrize("code", sorted(CONTRACT_ERRORS | CONTRACT_WARNINGS | {"SCHEME_ASSUMED"}))
def test_every_contract_code_has_its_severity(code):
    expected = "error" if code in CONTRACT_ERRORS else "warning" if code in CONTRACT_WARNINGS else "info"
    assert severity_of(Code(code)) == expected


def test_minimal_record_validates_against_schema():
    record = Record(source=Source(path="x.pdf", format="pdf"))
    jsonschema.validate(record.model_dump(mode="json"), json_schema())


def test_schema_rejects_bad_values():
    record = Record(source=Source(path="x.pdf", format="pdf")).model_dump(mode="json")
    record["office"]["org_number"] = "974 760 673"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(record, json_schema())
