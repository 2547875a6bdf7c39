"""Field extraction: from the layout model to the record's values.

Each extractor reads a ``Context`` (the document's rows, label pairs, text
and form fields) and writes values with evidence into a ``Draft``; nothing
here knows which file format the words came from. The context holds the
application part of the file only (``part_view.application_view``): an e-mail or
cover letter in front and attachments behind give no fields and no
signatures, and no extractor needs to know they were there. Nor does it hold
the form's own instructions and announcement text (``form_text``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from soknad_extract.extract.applicant import Applicant, extract_applicant
from soknad_extract.extract.area_list import unread_marks
from soknad_extract.extract.areas import extract_priority_areas
from soknad_extract.extract.budget import Budget, extract_budget
from soknad_extract.extract.contact import extract_contact
from soknad_extract.extract.context import Context, Draft
from soknad_extract.extract.document import Verdict, detect_language, judge
from soknad_extract.extract.exclusions import ExclusionHit, find_exclusions
from soknad_extract.extract.form_text import without_form_text
from soknad_extract.extract.interest import extract_interest
from soknad_extract.extract.joined import with_joined_application
from soknad_extract.extract.legibility import unsure_pages
from soknad_extract.extract.part_view import application_view
from soknad_extract.extract.parts import Part, find_parts, kept_parts
from soknad_extract.extract.kind import extract_kind
from soknad_extract.extract.ocr_marks import restore_lost_marks
from soknad_extract.extract.unnamed_letter import with_unnamed_cover_letter
from soknad_extract.extract.project import extract_project, project_year
from soknad_extract.extract.questions import find_questions
from soknad_extract.extract.signatures import read_signatures
from soknad_extract.facts import Question
from soknad_extract.layout import Document
from soknad_extract.record import Evidence, Signature
from soknad_extract.schemes import Scheme

_FORM_KEYS = ("office", "title", "total", "percent", "contact_name", "org_number", "start_date")


@dataclass
class Extraction:
    draft: Draft
    applicant: Applicant
    budget: Budget
    signatures: list[tuple[Signature, Evidence]]
    exclusions: list[ExclusionHit] = field(default_factory=list)
    project_year: int | None = None
    start_unfixed: Evidence | None = None
    """A start written without a year no date of the document fixes ("1. mars d.å.")."""
    verdict: Verdict = Verdict(True)
    language: str | None = None
    unsure_pages: tuple[int, ...] = ()
    questions: tuple[Question, ...] = ()
    unclaimed_ink_pages: tuple[int, ...] = ()
    """Pages of the application read by OCR with a pen's ink that no
    signature block claims: signing may have happened where no name or
    title could be read."""


def _without_budget_sheets(doc: Document, parts: list[Part], scheme: Scheme) -> tuple[Context | None, bool]:
    """The application without the budget sheets attached behind it, when it
    has any; else without those on pages of their own behind it, when it has
    any, and then only a whole budget of its own decides (True)."""
    everything = len(kept_parts(parts))
    if len(kept_parts(parts, budget_sheets=False)) != everything:
        return Context(without_form_text(application_view(doc, parts, budget_sheets=False), scheme), scheme), False
    if len(kept_parts(parts, page_sheets=False)) != everything:
        return Context(without_form_text(application_view(doc, parts, page_sheets=False), scheme), scheme), True
    return None, False


def extract(doc: Document, scheme: Scheme) -> Extraction:
    parts = with_unnamed_cover_letter(doc, with_joined_application(doc, find_parts(doc)))
    view = application_view(doc, parts)
    ctx = Context(without_form_text(view, scheme), scheme)
    draft = Draft()
    applicant = extract_applicant(ctx, draft)
    extract_contact(ctx, draft)
    start = extract_project(ctx, draft)
    extract_kind(ctx, draft)
    own, whole_only = _without_budget_sheets(doc, parts, scheme)
    budget = extract_budget(ctx, draft, own, whole_only)
    extract_priority_areas(ctx, draft)
    extract_interest(ctx, draft)
    labelled = sum(1 for key in _FORM_KEYS if ctx.values(key))
    signed = read_signatures(ctx.doc)
    language = detect_language(ctx.text)
    restore_lost_marks(draft, doc, language)
    return Extraction(
        draft=draft,
        applicant=applicant,
        budget=budget,
        signatures=signed.signatures,
        exclusions=find_exclusions(ctx),
        project_year=project_year(ctx),
        start_unfixed=start.unfixed,
        verdict=judge(parts, view.lines(), labelled, scheme.family),
        language=language,
        unsure_pages=unsure_pages(view),
        questions=find_questions(ctx) + unread_marks(ctx, draft.get("priority_areas") or []),
        unclaimed_ink_pages=signed.unread_signer_pages(ctx.doc),
    )
