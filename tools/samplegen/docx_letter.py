"""Free-form application letter in Word, Bokmål or Nynorsk.

Letterhead (optional logo), recipient, place and date, heading, prose with
the facts, a budget table, "Med vennleg helsing" and a borderless signature
table with ink, typed names, or the electronic-approval sentence.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from . import docx_common as dc
from . import letter_text, vocab
from .model import Layout, Truth


def render(truth: Truth, path: Path) -> Layout:
    letter = letter_text.build(truth)
    doc = dc.new_document(truth.style.font, truth.contact or "Nav", 10.5)
    if truth.style.logo and truth.municipality:
        dc.add_logo(doc, truth.stem, (truth.municipality, "kommune"))
    for i, line in enumerate(letter.letterhead):
        paragraph = doc.add_paragraph(line)
        paragraph.runs[0].bold = i == 0
        paragraph.paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    for line in letter.recipient:
        doc.add_paragraph(line).paragraph_format.space_after = Pt(0)
    if letter.dateline:
        doc.add_paragraph(letter.dateline).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    dc.bold_line(doc, letter.heading, 13)
    for text in letter.body:
        doc.add_paragraph(text)
    page = 1
    if "budget" in truth.style.breaks:
        dc.page_break(doc)
        page += 1
    if letter.budget:
        doc.add_paragraph(letter_text.WORDS[truth.lang]["budget"])
        table = doc.add_table(rows=1, cols=3)
        table.style = "Table Grid" if vocab.variant(truth, "grid", 2) else "Light List"
        for cell, key in zip(table.rows[0].cells, ("col_post", "col_pct", "col_amount")):
            dc.cell_text(cell, vocab.pick(key, truth), bold=True)
        for line in letter.budget:
            cells = table.add_row().cells
            for cell, text in zip(cells, (line.post, line.percent, line.amount)):
                dc.cell_text(cell, text, bold=line.bold)
    for text in letter.after:
        doc.add_paragraph(text)
    if "signatures" in truth.style.breaks:
        dc.page_break(doc)
        page += 1
    doc.add_paragraph(letter.regards).paragraph_format.keep_with_next = True
    table = doc.add_table(rows=1, cols=len(letter.signers))
    dc.keep_rows(table)
    for cell, signer in zip(table.rows[0].cells, letter.signers):
        if signer.kind == "handwritten":
            dc.add_ink(cell, f"{truth.stem}/{signer.role}", signer.role == "municipality", 4.2)
        elif signer.kind == "electronic_approval" and not letter.approval_note:
            cell.add_paragraph(vocab.E_APPROVAL[truth.lang])
        else:
            cell.add_paragraph("\n" if signer.kind else "______________________________")
        for line in letter_text.signer_lines(signer, truth):
            cell.add_paragraph(line).paragraph_format.space_after = Pt(0)
    if letter.approval_note:
        doc.add_paragraph(letter.approval_note)
    dc.header_footer(doc, None, f"{letter.letterhead[0]} · {truth.style.county}")
    dc.save(doc, path)
    return Layout(None, tuple(page for _ in truth.signers))
