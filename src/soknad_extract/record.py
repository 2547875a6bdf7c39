"""The record: the public output contract (shared/spec/record.md).

Field names, value formats and finding codes are stable; other systems store
and compare them. Add, never rename or drop. ``schemas/application.schema.json``
is generated from these models and a test keeps the two in step.
"""

from __future__ import annotations

from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1"

Severity = Literal["error", "warning", "info"]


class Code(str, Enum):
    """Finding codes. The severity of each is fixed by the contract."""

    DOCUMENT_UNREADABLE = "DOCUMENT_UNREADABLE"
    NOT_AN_APPLICATION = "NOT_AN_APPLICATION"
    OFFICE_MISSING = "OFFICE_MISSING"
    APPLICANT_NOT_NAV_OFFICE = "APPLICANT_NOT_NAV_OFFICE"
    TITLE_MISSING = "TITLE_MISSING"
    POSITION_PERCENT_MISSING = "POSITION_PERCENT_MISSING"
    AMOUNT_MISSING = "AMOUNT_MISSING"
    SIGNATURE_NAV_LEADER_MISSING = "SIGNATURE_NAV_LEADER_MISSING"
    SIGNATURE_MUNICIPALITY_MISSING = "SIGNATURE_MUNICIPALITY_MISSING"
    AMOUNT_OVER_CAP = "AMOUNT_OVER_CAP"
    COMPETENCE_OVER_CAP = "COMPETENCE_OVER_CAP"
    AMOUNT_SUM_MISMATCH = "AMOUNT_SUM_MISMATCH"
    ORG_NUMBER_INVALID = "ORG_NUMBER_INVALID"
    CONTACT_MISSING = "CONTACT_MISSING"
    DIGITAL_SIGNATURE_INVALID = "DIGITAL_SIGNATURE_INVALID"
    ORG_NUMBER_MISSING = "ORG_NUMBER_MISSING"
    PRIORITY_AREA_MISSING = "PRIORITY_AREA_MISSING"
    SIGNED_AFTER_DEADLINE = "SIGNED_AFTER_DEADLINE"
    SIGNATURE_UNVERIFIED = "SIGNATURE_UNVERIFIED"
    NON_POSITION_COSTS = "NON_POSITION_COSTS"
    CONTINUATION_LIMIT = "CONTINUATION_LIMIT"
    EXCLUDED_CAPACITY_ONLY = "EXCLUDED_CAPACITY_ONLY"
    EXCLUDED_EXISTING_METHOD = "EXCLUDED_EXISTING_METHOD"
    EXCLUDED_0_24_PROGRAM = "EXCLUDED_0_24_PROGRAM"
    START_DATE_MISSING = "START_DATE_MISSING"
    LOW_CONFIDENCE = "LOW_CONFIDENCE"
    SCHEME_ASSUMED = "SCHEME_ASSUMED"


_ERRORS = {
    Code.DOCUMENT_UNREADABLE, Code.NOT_AN_APPLICATION, Code.OFFICE_MISSING,
    Code.APPLICANT_NOT_NAV_OFFICE, Code.TITLE_MISSING, Code.POSITION_PERCENT_MISSING,
    Code.AMOUNT_MISSING, Code.SIGNATURE_NAV_LEADER_MISSING,
    Code.SIGNATURE_MUNICIPALITY_MISSING, Code.AMOUNT_OVER_CAP, Code.COMPETENCE_OVER_CAP,
    Code.AMOUNT_SUM_MISMATCH, Code.ORG_NUMBER_INVALID, Code.CONTACT_MISSING,
    Code.DIGITAL_SIGNATURE_INVALID,
}
_INFOS = {Code.SCHEME_ASSUMED}


def severity_of(code: Code) -> Severity:
    if code in _ERRORS:
        return "error"
    if code in _INFOS:
        return "info"
    return "warning"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Evidence(_Model):
    page: int | None = None
    bbox: list[float] | None = Field(default=None, min_length=4, max_length=4)
    text: str | None = None
    method: str
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class Source(_Model):
    path: str
    sha256: str | None = Field(default=None, pattern=r"^[0-9a-f]{64}$")
    format: Literal["pdf", "docx", "doc", "odt", "image"]
    pages: int | None = None
    ocr: bool = False


class Office(_Model):
    name: str | None = None
    municipality: str | None = None
    org_number: str | None = Field(default=None, pattern=r"^\d{9}$")


class Contact(_Model):
    name: str | None = None
    email: str | None = None
    phone: str | None = Field(default=None, pattern=r"^\d{8}$")


class Project(_Model):
    title: str | None = None
    kind: Literal["new", "continuation"] | None = None
    start_date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")


class Position(_Model):
    title: str | None = None
    percent: float
    amount: int | None = None


class Amounts(_Model):
    positions: int | None = None
    competence: int | None = None
    other: int | None = None
    total: int | None = None
    own_funding: int | None = None


class Interest(_Model):
    network: bool | None = None
    process_evaluation: bool | None = None


class Signature(_Model):
    role: Literal["nav_leader", "municipality"]
    name: str | None = None
    title: str | None = None
    date: str | None = Field(default=None, pattern=r"^\d{4}-\d{2}-\d{2}$")
    kind: Literal["handwritten", "digital", "electronic_approval", "typed"]
    page: int | None = None


class Finding(_Model):
    code: Code
    severity: Severity
    field: str | None = None
    message: str
    evidence: Evidence | None = None


class Record(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    language: Literal["nb", "nn"] | None = None
    scheme: str | None = None
    office: Office = Field(default_factory=Office)
    contact: Contact = Field(default_factory=Contact)
    project: Project = Field(default_factory=Project)
    positions: list[Position] = Field(default_factory=list)
    positions_percent_total: float | None = None
    amounts: Amounts = Field(default_factory=Amounts)
    priority_areas: list[str] = Field(default_factory=list)
    interest: Interest = Field(default_factory=Interest)
    signatures: list[Signature] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    complete: bool = False
    evidence: dict[str, Evidence] = Field(default_factory=dict)

    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


def json_schema() -> dict:
    """The JSON Schema other systems validate stored records against."""
    schema = Record.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://soknad-extract/schemas/application.schema.json"
    return schema
