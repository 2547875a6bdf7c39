"""The public library entry: one file in, one validated record out.

read → layout → extract → validate. Nothing here raises for a bad file:
the record carries a DOCUMENT_UNREADABLE finding instead, so a batch never
stops on one broken application.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from soknad_extract.extract import Extraction, extract
from soknad_extract.extract.signatures import signature_problems
from soknad_extract.facts import Exclusion, ExtractionFacts, ReaderFinding, SignatureProblem
from soknad_extract.layout import Document
from soknad_extract.messages import Lang, message, t
from soknad_extract.readers import SUPPORTED_SUFFIXES, read_document
from soknad_extract.readers.errors import UnreadableDocument
from soknad_extract.record import Code, Finding, Record, Source, severity_of
from soknad_extract.schemes import SchemeChoice, choose_scheme
from soknad_extract.sources import source_of, unreadable_record
from soknad_extract.validate import validate
from soknad_extract.vocabulary import one_folder

__all__ = ["read_application", "SUPPORTED_SUFFIXES"]

log = logging.getLogger(__name__)


def _unreadable(source: Source, detail: str, lang: Lang) -> Record:
    return unreadable_record(source, message("DOCUMENT_UNREADABLE", lang, detail=detail))


def _nested(values: dict[str, Any]) -> dict[str, Any]:
    """Draft paths ("office.name") into the record's nested shape."""
    out: dict[str, Any] = {}
    for path, value in values.items():
        head, _, tail = path.partition(".")
        if tail:
            out.setdefault(head, {})[tail] = value
        else:
            out[head] = value
    return out


def _not_an_application(source: Source, doc: Document, extraction: Extraction, lang: Lang) -> Record:
    """A memo or report is not checked against any scheme: its record says
    only what it is, and what it looks like instead, so no field of it is
    mistaken for an application's. The reader's warnings stay: an
    application damaged past reading (a repaired xref, missing objects) must
    not pass for a memo without a word."""
    verdict = extraction.verdict
    text = (t("not_an_application_kind", lang, kind=t(f"kind_{verdict.looks_like}", lang))
            if verdict.looks_like else message("NOT_AN_APPLICATION", lang))
    finding = Finding(code=Code.NOT_AN_APPLICATION, severity=severity_of(Code.NOT_AN_APPLICATION), field=None,
                      message=text, evidence=verdict.evidence())
    warnings = [note.finding(lang) for note in _reader_findings(doc) if note.code == Code.LOW_CONFIDENCE.value]
    return Record(source=source.model_copy(update={"ocr": doc.ocr}), language=extraction.language,
                  findings=[finding, *warnings], complete=False)


def _reader_findings(doc: Document) -> tuple[ReaderFinding, ...]:
    return tuple(ReaderFinding(n.code, n.message_nb, n.message_en, n.page) for n in doc.notes)


def facts_of(doc: Document, extraction: Extraction) -> ExtractionFacts:
    """What validation needs to know of the document and the extraction,
    beyond the record's values."""
    subtotals = [line.amount for line in extraction.budget.of("positions_subtotal") if line.amount is not None]
    return ExtractionFacts(
        reader_findings=_reader_findings(doc),
        applicant=extraction.applicant.text,
        positions_subtotal=subtotals[0] if subtotals else None,
        positions_social_costs=extraction.budget.social_costs,
        budget_unit=extraction.budget.unit,
        budget_amounts=extraction.budget.stated_amounts(),
        other_totals=extraction.budget.other_totals,
        project_year=extraction.project_year,
        start_unfixed=extraction.start_unfixed,
        exclusions=tuple(Exclusion(hit.code, hit.evidence) for hit in extraction.exclusions),
        signature_problems=tuple(
            SignatureProblem(field_name=s.field_name, signer_name=s.signer_name, error=s.error, page=s.page,
                             bbox=tuple(s.bbox) if s.bbox else None)
            for s in signature_problems(doc)),
        unsure_pages=extraction.unsure_pages,
        questions=extraction.questions,
        budget_picture_page=extraction.budget.picture_page,
        unclaimed_ink_pages=extraction.unclaimed_ink_pages,
    )


def build_record(source: Source, doc: Document, extraction: Extraction, choice: SchemeChoice,
                 lang: Lang) -> Record:
    if not extraction.verdict.application and not any(n.code == Code.DOCUMENT_UNREADABLE.value for n in doc.notes):
        return _not_an_application(source, doc, extraction, lang)
    values = _nested(extraction.draft.values)
    evidence = dict(extraction.draft.evidence)
    signatures = []
    for i, (signature, sig_evidence) in enumerate(extraction.signatures):
        signatures.append(signature)
        evidence[f"signatures[{i}]"] = sig_evidence
    record = Record(
        source=source.model_copy(update={"ocr": doc.ocr}),
        language=extraction.language,
        scheme=choice.scheme.id,
        signatures=signatures,
        evidence=dict(sorted(evidence.items())),
        **values,
    )
    record.findings = validate(record, facts_of(doc, extraction), choice, lang)
    record.complete = not record.errors()
    return record


def read_application(path: str | Path, *, scheme: str | None = None, lang: Lang = "nb") -> Record:
    """Read one application file into a validated record. ``scheme`` forces
    an announcement id; otherwise it is chosen from the document. Raises
    ``SchemeError`` only for an unknown ``scheme`` id (a usage error), and
    ``MemoryError`` when the process runs out of memory."""
    given = str(path)
    file = Path(path)
    if scheme is not None:
        choose_scheme("", scheme)
    source = source_of(file, given)
    if file.is_dir():
        return _unreadable(source, t("is_a_folder", lang, path=given), lang)
    try:
        with one_folder():
            doc = read_document(file)
            source = source.model_copy(update={"pages": doc.page_count, "format": doc.format})
            choice = choose_scheme(doc.text(), scheme)
            return build_record(source, doc, extract(doc, choice.scheme), choice, lang)
    except MemoryError:
        raise  # not the file's fault: the batch names the memory limit it crossed
    except UnreadableDocument as exc:
        return _unreadable(source, exc.message_en if lang == "en" else exc.message_nb, lang)
    except Exception as exc:  # a bug must not stop a batch; the clerk still gets a record to chase
        log.exception("failed on %s", given)
        return _unreadable(source, t("unexpected_error", lang, error=type(exc).__name__), lang)
