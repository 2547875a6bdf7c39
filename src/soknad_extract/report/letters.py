"""Draft letters to Nav offices whose applications the county cannot forward yet.

One short Word letter per application with at least one error: what is
missing or must be corrected (the error findings' messages, which the
validator already wrote for a clerk to act on), what the office should also
look at (warnings), and placeholders for the date and the clerk's name. The
clerk edits and sends it; nothing here is final wording.

Letters are deterministic (fixed core properties and zip times) and carry a
marker so the batch never reads them back as applications.
"""

from __future__ import annotations

import io
import re
import unicodedata
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument

from soknad_extract.own_output import OWN_OUTPUT_CATEGORY
from soknad_extract.record import Record
from soknad_extract.report import ooxml, values
from soknad_extract.messages import t

_ASCII_FOLD = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "å": "a", "Å": "A"})
_UNSAFE = re.compile(r"[^A-Za-z0-9]+")
_NAME_LIMIT = 80


def write_letters(records: list[Record], out_dir: Path, *, lang: str = "nb") -> list[Path]:
    """Write a draft letter for each record with errors; return their paths in record order.

    ``out_dir`` is created when missing. Existing letters of the same name are
    overwritten (a re-run replaces its own drafts).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    taken: set[str] = set()
    for record in records:
        if not record.errors():
            continue
        path = out_dir / _unique(letter_file_name(record), taken)
        path.write_bytes(render_letter(record, lang=lang))
        written.append(path)
    return written


def letter_file_name(record: Record) -> str:
    """"Nav_Kongsvinger-soknad_2020.docx": office and file stem, safe characters only."""
    stem = Path(record.source.path).stem
    parts = [p for p in (_safe(record.office.name), _safe(stem)) if p]
    return "-".join(parts or ["soknad"]) + ".docx"


def _safe(text: str | None) -> str:
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", text.translate(_ASCII_FOLD))
    ascii_only = folded.encode("ascii", "ignore").decode()
    return _UNSAFE.sub("_", ascii_only).strip("_")[:_NAME_LIMIT]


def _unique(name: str, taken: set[str]) -> str:
    """``name``, or ``name-2``, ``name-3`` ... when two applications share office and stem."""
    stem, suffix = name[: -len(".docx")], ".docx"
    candidate, n = name, 1
    while candidate.casefold() in taken:
        n += 1
        candidate = f"{stem}-{n}{suffix}"
    taken.add(candidate.casefold())
    return candidate


def _reference(record: Record, lang: str) -> str:
    title = record.project.title
    parts = [t("letter_application", lang, title=title) if title
             else t("letter_application_untitled", lang)]
    if record.office.name:
        parts.append(t("letter_from_office", lang, office=record.office.name))
    parts.append(f"({t('letter_file', lang, file=values.file_name(record))}")
    signed = values.latest_signature_date(record)
    if signed:
        parts[-1] += f", {t('letter_signed', lang, date=values.long_date(signed, lang))}"
    parts[-1] += ")"
    return " ".join(parts)


def render_letter(record: Record, *, lang: str = "nb") -> bytes:
    """The letter for one record as .docx bytes."""
    document = Document()
    _set_properties(document, record, lang)
    document.add_paragraph(t("letter_date_placeholder", lang))
    document.add_paragraph(f"{t('letter_to', lang)}: "
                           f"{record.office.name or t('letter_office_placeholder', lang)}")
    document.add_heading(t("letter_heading", lang), level=1)
    regarding = document.add_paragraph()
    regarding.add_run(f"{t('letter_regarding', lang)}: ").bold = True
    regarding.add_run(_reference(record, lang))
    document.add_paragraph(t("letter_intro", lang))
    for finding in record.errors():
        document.add_paragraph(finding.message, style="List Bullet")
    warnings = record.warnings()
    if warnings:
        document.add_paragraph(t("letter_warnings", lang))
        for finding in warnings:
            document.add_paragraph(finding.message, style="List Bullet")
    document.add_paragraph(t("letter_request", lang))
    document.add_paragraph(t("letter_closing", lang))
    for key in ("letter_clerk_placeholder", "letter_clerk_title_placeholder",
                "letter_sender_placeholder"):
        document.add_paragraph(t(key, lang))
    out = io.BytesIO()
    document.save(out)
    return ooxml.normalize(out.getvalue())


def _set_properties(document: DocxDocument, record: Record, lang: str) -> None:
    props = document.core_properties
    props.author = "soknad-extract"
    props.last_modified_by = "soknad-extract"
    props.title = t("letter_heading", lang)
    props.subject = record.project.title or values.file_name(record)
    props.category = OWN_OUTPUT_CATEGORY
    props.language = "en" if lang == "en" else "nb-NO"
    props.created = ooxml.FIXED_TIME
    props.modified = ooxml.FIXED_TIME
    props.revision = 1
