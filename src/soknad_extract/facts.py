"""What extraction learned beyond the record's values, as plain data for ``validate``.

Validation judges the record plus these facts and never the layout
``Document``: so a rule is tested with a hand-made record and a few facts,
and ``validate`` does not depend on how readers lay out a page. The pipeline
builds the facts from the document and the extraction (``pipeline.facts_of``).
"""

from __future__ import annotations

from dataclasses import dataclass

from soknad_extract.record import Code, Evidence, Finding, severity_of


@dataclass(frozen=True)
class ReaderFinding:
    """Something a reader could not do (an OCR failure, a broken file), with
    its finding code from the contract and the reader's own words."""

    code: str
    message_nb: str
    message_en: str
    page: int | None = None

    def finding(self, lang: str) -> Finding:
        """The finding as the record carries it, in the reader's own words."""
        code = Code(self.code)
        return Finding(code=code, severity=severity_of(code), field=None,
                       message=self.message_en if lang == "en" else self.message_nb,
                       evidence=Evidence(page=self.page, method="reader", confidence=1.0) if self.page else None)


@dataclass(frozen=True)
class SignatureProblem:
    """A digital signature in the file that does not verify or does not cover
    the file as it is now."""

    field_name: str | None = None
    signer_name: str | None = None
    error: str | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class Exclusion:
    """A phrase of the announcement's "not granted" list, with where it was read."""

    code: str
    evidence: Evidence


@dataclass(frozen=True)
class Question:
    """A question of the form (a label, a form field) that asks for one of
    the record's values, where it stands and whether anything was written
    beside or under it. An unanswered question on a page read with
    confidence is the positive evidence an error that the value is missing
    needs; a question on a page that could not be read is not."""

    field: str
    """The record path the question asks for ("project.title", "contact.name")."""
    page: int
    answered: bool
    text: str = ""
    bbox: tuple[float, float, float, float] | None = None
    confidence: float = 1.0
    """How sure the reading of the question itself is (OCR word confidence, 1.0 for text)."""
    ocr: bool = False
    """Read by OCR: an answer beside it that no rule could use may be one OCR misread."""


@dataclass(frozen=True)
class ExtractionFacts:
    """The facts rules need that the record's values do not hold."""

    reader_findings: tuple[ReaderFinding, ...] = ()
    applicant: str | None = None
    """What the document names as applicant when it is not a Nav office."""
    positions_subtotal: int | None = None
    """The budget's stated subtotal for positions, to check its lines against."""
    positions_social_costs: int = 0
    """Social costs the budget writes on lines of their own beside several
    positions' salary lines: the subtotal may hold them besides the lines."""
    budget_unit: int = 1
    """Kroner per written unit of the budget's amounts (1000 in a budget "i
    1000 kr"): each stated amount is rounded to it, so its sums may be off by
    rounding, not by a mistake."""
    budget_amounts: int = 0
    """How many stated amounts the budget's parts are made of (its lines
    with an amount), each of which may carry its own rounding."""
    other_totals: tuple[int, ...] = ()
    """Other totals the text states in the same words as the one read (two
    sentences each giving "Samlet søknadsbeløp", of different amounts): no
    words tell which is the amount applied for, so its sum is not judged."""
    project_year: int | None = None
    """Which year of the same project the application is for (1 = new)."""
    start_unfixed: Evidence | None = None
    """Where the start is written without a year no date of the document
    fixes ("Oppstart 1. mars d.å." in a letter with no date): the start is
    given, only its year is unread."""
    exclusions: tuple[Exclusion, ...] = ()
    signature_problems: tuple[SignatureProblem, ...] = ()
    unsure_pages: tuple[int, ...] = ()
    """Pages of the application that could not be read with confidence (OCR
    failed on them, or left an unreadable region): what is not found may be there."""
    questions: tuple[Question, ...] = ()
    """The form's questions for required values, found in the application."""
    budget_picture_page: int | None = None
    """The page where the budget is a picture (pasted as an image, no text
    read): its amounts are not missing, only unread."""
    unclaimed_ink_pages: tuple[int, ...] = ()
    """Pages of the application read by OCR where ink that looks like a
    pen's (not a logo or a stamp) stands by no signature block that was
    read: on a photo or a poor scan, signatures whose names and titles OCR
    could not read. A signature not found is then no evidence that nobody
    signed."""
