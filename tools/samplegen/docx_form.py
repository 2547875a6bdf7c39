"""Word form imitating the directorate's søknadsskjema, filled in as plain text.

Layouts: 'grid' (label | value tables), 'above' (label over value), 'mixed'
(alternating per section). Check boxes are typed glyphs; the signature block
is a two-cell table with ink images, typed names or "elektronisk godkjent".
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocumentObject
from docx.shared import Cm, RGBColor

from . import docx_common as dc
from . import facts, vocab
from .model import Layout, Signer, Truth

BLUE = RGBColor(0x1F, 0x3A, 0x68)
WIDTHS = ((5.0, 11.6), (6.2, 10.4), (4.2, 12.4))
FOOTERS = {"nb": "Søknadsskjema – tilskudd til utvikling av sosiale tjenester",
           "nn": "Søknadsskjema – tilskot til utvikling av sosiale tenester"}


def render(truth: Truth, path: Path) -> Layout:
    doc = dc.new_document(truth.style.font, truth.contact or "Nav", 10.5 if truth.lang == "nb" else 11)
    office = vocab.office_text(truth) if truth.office else None
    year = f" {truth.year}" if truth.year_visible else ""
    dc.header_footer(doc, f"{office} – søknad{year}" if office else None,
                     FOOTERS[truth.lang])
    if truth.style.logo and truth.municipality:
        dc.add_logo(doc, truth.stem, (truth.municipality, "kommune"))
    dc.bold_line(doc, vocab.form_title(truth), 15, BLUE)
    if line := vocab.deadline_line(truth):
        doc.add_paragraph(line)
    page, index, signer_page = 1, 0, 1
    for key in truth.style.order:
        if key == "interest" and not facts.has_interest_section(truth):
            continue
        if key in truth.style.breaks:
            dc.page_break(doc)
            page += 1
        index += 1
        dc.bold_line(doc, vocab.section(key, index, truth), 12, BLUE)
        above = truth.style.layout == "above" or (truth.style.layout == "mixed" and index % 2 == 0)
        if key == "signatures":
            signer_page = page
            _signatures(doc, truth)
        else:
            SECTIONS[key](doc, truth, above)
    dc.save(doc, path)
    return Layout(None, tuple(signer_page for _ in truth.signers))


def _rows(doc: DocumentObject, truth: Truth, rows: list[tuple[str, str]], above: bool) -> None:
    if above:
        for label, value in rows:
            dc.bold_line(doc, label)
            doc.add_paragraph(value)
        return
    widths = WIDTHS[vocab.variant(truth, "widths", len(WIDTHS))]
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        dc.cell_text(cells[0], label, bold=True)
        dc.cell_text(cells[1], value)
        for cell, width in zip(cells, widths):
            cell.width = Cm(width)


def _applicant(doc: DocumentObject, truth: Truth, above: bool) -> None:
    _rows(doc, truth, facts.applicant(truth), above)


def _project(doc: DocumentObject, truth: Truth, above: bool) -> None:
    rows = facts.project(truth)
    if truth.style.box in facts.GLYPHS and vocab.variant(truth, "kindboxes", 2):
        new, cont = vocab.KIND_WORDS[truth.lang]
        on, off = facts.GLYPHS[truth.style.box]
        year = f" ({truth.continuation_year}. driftsår)" if truth.continuation_year else ""
        rows[1] = (rows[1][0], f"{on if truth.kind == 'new' else off} {new}   "
                               f"{on if truth.kind == 'continuation' else off} {cont}{year}")
    _rows(doc, truth, rows, above)
    dc.bold_line(doc, vocab.pick("description", truth))
    for paragraph in truth.description:
        doc.add_paragraph(paragraph)


def _priority(doc: DocumentObject, truth: Truth, above: bool) -> None:
    doc.add_paragraph(vocab.pick("priority", truth))
    for text, checked in facts.priority(truth):
        doc.add_paragraph(facts.box_line(text, checked, truth.style.box))


def _budget(doc: DocumentObject, truth: Truth, above: bool) -> None:
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for cell, key in zip(table.rows[0].cells, ("col_post", "col_pct", "col_amount")):
        dc.cell_text(cell, vocab.pick(key, truth), bold=True)
    for line in facts.budget(truth):
        cells = table.add_row().cells
        for cell, text in zip(cells, (line.post, line.percent, line.amount)):
            dc.cell_text(cell, text, bold=line.bold)


def _interest(doc: DocumentObject, truth: Truth, above: bool) -> None:
    boxes = above or vocab.variant(truth, "yesno", 2) == 0
    _rows(doc, truth, [(q, facts.yes_no(a, truth, boxes)) for q, a in facts.interest(truth)], above)


def _signatures(doc: DocumentObject, truth: Truth) -> None:
    table = doc.add_table(rows=1, cols=len(truth.signers))
    table.style = "Table Grid"
    dc.keep_rows(table)
    all_approved = all(s.kind == "electronic_approval" for s in truth.signers)
    for cell, signer in zip(table.rows[0].cells, truth.signers):
        _signer_cell(cell, signer, truth, note=not all_approved)
    if all_approved:
        doc.add_paragraph(vocab.E_APPROVAL[truth.lang])


def _signer_cell(cell, signer: Signer, truth: Truth, note: bool) -> None:
    heading = vocab.SIGNER_HEADINGS[signer.role][truth.lang].format(nav=truth.style.nav)
    dc.cell_text(cell, heading, bold=True)
    cell.add_paragraph(f"{vocab.pick('date', truth)}: {facts.sign_date(truth, signer.date)}")
    if signer.kind == "handwritten":
        dc.add_ink(cell, f"{truth.stem}/{signer.role}", vocab.variant(truth, signer.role, 2) == 0,
                   3.5 + vocab.variant(truth, signer.role + "w", 3) * 0.6)
    elif signer.kind == "electronic_approval" and note:
        cell.add_paragraph(vocab.E_APPROVAL[truth.lang])
    else:
        cell.add_paragraph("_" * 28)
    cell.add_paragraph(f"{vocab.pick('name', truth)}: {signer.name or ''}")
    cell.add_paragraph(f"{vocab.pick('sig_title', truth)}: {signer.title or ''}")


SECTIONS = {"applicant": _applicant, "project": _project, "priority": _priority,
            "budget": _budget, "interest": _interest}
