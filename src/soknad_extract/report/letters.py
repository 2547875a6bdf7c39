"""Draft letters to Nav offices whose applications the county cannot forward yet.

One short Word letter per application with at least one error, written to
the office and its contact person: what the office must fix (errors) and
what it should also look at (warnings it can act on), each in the words of
the catalogue's ``[letter_finding]`` section — never the clerk's
instructions from the findings. Exclusions, low confidence and the like
are the clerk's judgement and stay out. Unreadable files and documents that
are not applications get no letter: the clerk sees them in the report.
The letter is in Nynorsk when the application is, else Bokmål (English
with ``--lang en``); county, clerk, date and reply deadline come from
``LetterSettings``.

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

from soknad_extract.messages import letter_text, t
from soknad_extract.own_output import OWN_OUTPUT_CATEGORY
from soknad_extract.record import Code, Finding, Record
from soknad_extract.report import ooxml, values
from soknad_extract.report.letter_settings import LetterSettings

_ASCII_FOLD = str.maketrans({"æ": "ae", "Æ": "Ae", "ø": "o", "Ø": "O", "å": "a", "Å": "A"})
_UNSAFE = re.compile(r"[^A-Za-z0-9]+")
_NAME_LIMIT = 80
_NO_LETTER = frozenset({Code.DOCUMENT_UNREADABLE, Code.NOT_AN_APPLICATION})


def wants_letter(record: Record) -> bool:
    """An application the office must correct: it has errors, and it was read as an application."""
    return bool(record.errors()) and not any(f.code in _NO_LETTER for f in record.findings)


def letter_lang(record: Record, lang: str) -> str:
    """English when asked for; otherwise the application's own written standard."""
    if lang == "en":
        return "en"
    return "nn" if record.language == "nn" else "nb"


def write_letters(records: list[Record], out_dir: Path, *, lang: str = "nb",
                  settings: LetterSettings = LetterSettings()) -> list[Path]:
    """Write a draft letter for each record that wants one; return their paths in record order.

    ``out_dir`` is created when missing. Existing letters of the same name are
    overwritten (a re-run replaces its own drafts).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    taken: set[str] = set()
    for record in records:
        if not wants_letter(record):
            continue
        path = out_dir / _unique(letter_file_name(record), taken)
        path.write_bytes(render_letter(record, lang=lang, settings=settings))
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


def _asks(findings: list[Finding], lang: str) -> list[str]:
    """The letter's text for each finding the office can act on, each once."""
    return list(dict.fromkeys(text for f in findings if (text := letter_text(f.code.value, lang))))


def _addressee(record: Record, lang: str) -> list[str]:
    lines = [f"{t('letter_to', lang)}: {record.office.name or t('letter_office_placeholder', lang)}"]
    contact = record.contact
    if contact.name:
        lines.append(t("letter_attention", lang, name=contact.name))
    lines += [part for part in (contact.email, contact.phone) if part]
    return lines


def render_letter(record: Record, *, lang: str = "nb", settings: LetterSettings = LetterSettings()) -> bytes:
    """The letter for one record as .docx bytes."""
    lang = letter_lang(record, lang)
    document = Document()
    _set_properties(document, record, lang)
    document.add_paragraph(values.long_date(settings.date.isoformat(), lang) if settings.date
                           else t("letter_date_placeholder", lang))
    for line in _addressee(record, lang):
        document.add_paragraph(line)
    document.add_heading(t("letter_heading", lang), level=1)
    regarding = document.add_paragraph()
    regarding.add_run(f"{t('letter_regarding', lang)}: ").bold = True
    regarding.add_run(_reference(record, lang))
    document.add_paragraph(t("letter_intro", lang))
    for text in _asks(record.errors(), lang):
        document.add_paragraph(text, style="List Bullet")
    warnings = _asks(record.warnings(), lang)
    if warnings:
        document.add_paragraph(t("letter_warnings", lang))
        for text in warnings:
            document.add_paragraph(text, style="List Bullet")
    if settings.reply_by:
        document.add_paragraph(t("letter_request_by", lang, date=values.long_date(settings.reply_by.isoformat(), lang)))
    else:
        document.add_paragraph(t("letter_request", lang))
    document.add_paragraph(t("letter_closing", lang))
    document.add_paragraph(settings.clerk or t("letter_clerk_placeholder", lang))
    document.add_paragraph(settings.clerk_title or t("letter_clerk_title_placeholder", lang))
    document.add_paragraph(t("letter_sender", lang, county=settings.county or t("letter_county_placeholder", lang)))
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
    props.language = {"en": "en", "nn": "nn-NO"}.get(lang, "nb-NO")
    props.created = ooxml.FIXED_TIME
    props.modified = ooxml.FIXED_TIME
    props.revision = 1
