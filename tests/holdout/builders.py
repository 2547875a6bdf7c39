"""Builders for the hold-out applications, written at test time into tmp_path.

The hold-out set plays "a new user with documents we have never seen": its
layouts and wordings are invented here, independently of the sample
generator, so that the extractors are measured on text they were not tuned
on. Each builder takes plain content (label/value pairs, paragraphs, budget
lines, a signature block) and writes one .docx or .pdf; no binaries are
committed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from docx import Document as WordDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.builders.fonts import reportlab_fonts

PAGE_W, PAGE_H = A4


@dataclass(frozen=True)
class Signer:
    """One typed signature: the name under the line and the title under it."""

    name: str
    title: str


@dataclass(frozen=True)
class SignatureBlock:
    """The signers side by side, as offices type them: an optional label or
    closing ("Underskrift", "Med vennleg helsing"), the place/date line (may
    be empty when the letterhead carries it), then lines, names and titles."""

    place_date: str
    signers: tuple[Signer, ...] = field(default_factory=tuple)
    label: str | None = None


# ---------------------------------------------------------------- Word


def _word_signatures(doc, block: SignatureBlock | None) -> None:
    """A borderless two-column table: lines, typed names, titles."""
    if block is None:
        return
    if block.label:
        doc.add_paragraph(block.label)
    if block.place_date:
        doc.add_paragraph(block.place_date)
    table = doc.add_table(rows=3, cols=len(block.signers))
    for i, signer in enumerate(block.signers):
        table.cell(0, i).text = "_" * 28
        table.cell(1, i).text = signer.name
        table.cell(2, i).text = signer.title


def _word_heading(doc, lines: list[str]) -> None:
    for i, line in enumerate(lines):
        paragraph = doc.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = True
        run.font.size = Pt(14 if i == 0 else 11)


def _word_paragraphs(doc, paragraphs: list[str]) -> None:
    for text in paragraphs:
        if text.startswith("## "):
            run = doc.add_paragraph().add_run(text[3:])
            run.bold = True
        else:
            doc.add_paragraph(text)


def docx_table_form(path: Path, heading: list[str], rows: list[tuple[str, str]],
                    after: list[str] = (), signature: SignatureBlock | None = None,
                    before: list[str] = ()) -> Path:
    """The form as a two-column grid table (label | value), prose after it."""
    doc = WordDocument()
    _word_heading(doc, heading)
    _word_paragraphs(doc, list(before))
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for label, value in rows:
        cells = table.add_row().cells
        cells[0].text = label
        cells[1].text = value
    doc.add_paragraph()
    _word_paragraphs(doc, list(after))
    _word_signatures(doc, signature)
    doc.save(path)
    return path


def docx_label_above(path: Path, heading: list[str], pairs: list[tuple[str, str]],
                     after: list[str] = (), signature: SignatureBlock | None = None) -> Path:
    """The form as bold label paragraphs, each with its answer in the next paragraph."""
    doc = WordDocument()
    _word_heading(doc, heading)
    for label, value in pairs:
        run = doc.add_paragraph().add_run(label)
        run.bold = True
        for line in value.split("\n"):
            doc.add_paragraph(line)
    _word_paragraphs(doc, list(after))
    _word_signatures(doc, signature)
    doc.save(path)
    return path


def docx_letter(path: Path, letterhead: list[str], paragraphs: list[str],
                budget: list[tuple[str, str]] | None = None, after: list[str] = (),
                signature: SignatureBlock | None = None) -> Path:
    """A free-form letter: letterhead right-aligned, prose, an optional budget table."""
    doc = WordDocument()
    for line in letterhead:
        doc.add_paragraph(line).alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _word_paragraphs(doc, paragraphs)
    if budget:
        table = doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, amount in budget:
            cells = table.add_row().cells
            cells[0].text = label
            cells[1].text = amount
            cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        doc.add_paragraph()
    _word_paragraphs(doc, list(after))
    _word_signatures(doc, signature)
    doc.save(path)
    return path


# ---------------------------------------------------------------- PDF


def _styles(font: str, bold: str) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13, spaceAfter=5)
    head = ParagraphStyle("head", fontName=bold, fontSize=14, leading=18, spaceAfter=8)
    sub = ParagraphStyle("sub", fontName=bold, fontSize=10.5, leading=14, spaceBefore=6, spaceAfter=3)
    return body, head, sub


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _flow(paragraphs: list[str], body: ParagraphStyle, sub: ParagraphStyle) -> list:
    out = []
    for text in paragraphs:
        if text.startswith("## "):
            out.append(Paragraph(_escape(text[3:]), sub))
        else:
            out.append(Paragraph(_escape(text), body))
    return out


def _pdf_signature_flow(block: SignatureBlock | None, font: str) -> list:
    """Lines, names and titles in a borderless table, like a typed block."""
    if block is None:
        return []
    body = ParagraphStyle("sig", fontName=font, fontSize=10, leading=13)
    n = len(block.signers)
    data = [["_" * 30] * n, [s.name for s in block.signers], [s.title for s in block.signers]]
    table = Table(data, colWidths=[230] * n)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 10),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    head = [Paragraph(_escape(text), body) for text in (block.label, block.place_date) if text]
    return [Spacer(1, 14), *head, Spacer(1, 24), table]


def _build(path: Path, story: list) -> Path:
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60,
                      topMargin=60, bottomMargin=60).build(story)
    return path


def pdf_lines(path: Path, heading: list[str], lines: list[str],
              signature: SignatureBlock | None = None) -> Path:
    """A form typed as "Label: value" lines and prose paragraphs ("## " = subheading)."""
    font, bold = reportlab_fonts()
    body, head, sub = _styles(font, bold)
    story = [Paragraph(_escape(heading[0]), head)] + _flow(heading[1:], sub, sub)
    story += _flow(lines, body, sub)
    story += _pdf_signature_flow(signature, font)
    return _build(path, story)


def pdf_two_column(path: Path, heading: list[str], pairs: list[tuple[str, str]],
                   after: list[str] = (), signature: SignatureBlock | None = None,
                   value_x: float = 300) -> Path:
    """Labels at the left margin, values far to the right (no rules, no colon),
    drawn directly on the canvas; prose and signatures follow below."""
    font, bold = reportlab_fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    y = PAGE_H - 70
    c.setFont(bold, 14)
    for line in heading:
        c.drawString(60, y, line)
        y -= 20
        c.setFont(bold, 11)
    y -= 10
    for label, value in pairs:
        c.setFont(font, 10)
        c.drawString(60, y, label)
        for i, part in enumerate(value.split("\n")):
            c.drawString(value_x, y - 13 * i, part)
        y -= 13 * max(1, len(value.split("\n"))) + 8
    body = ParagraphStyle("body", fontName=font, fontSize=10, leading=13)
    sub = ParagraphStyle("sub", fontName=bold, fontSize=10.5, leading=14)
    y -= 10
    for text in after:
        para = Paragraph(_escape(text[3:] if text.startswith("## ") else text),
                         sub if text.startswith("## ") else body)
        _, h = para.wrap(PAGE_W - 120, y)
        if y - h < 60:
            c.showPage()
            y = PAGE_H - 70
        para.drawOn(c, 60, y - h)
        y -= h + 7
    if signature is not None:
        if y < 160:
            c.showPage()
            y = PAGE_H - 70
        c.setFont(font, 10)
        for text in (signature.label, signature.place_date):
            if text:
                c.drawString(60, y - 10, text)
                y -= 16
        y -= 44
        for i, signer in enumerate(signature.signers):
            x = 60 + 250 * i
            c.line(x, y, x + 190, y)
            c.drawString(x, y - 14, signer.name)
            c.drawString(x, y - 27, signer.title)
    c.save()
    return path


def pdf_letter(path: Path, letterhead: list[str], paragraphs: list[str],
               budget_lines: list[str] = (), after: list[str] = (),
               signature: SignatureBlock | None = None, font_name: str | None = None) -> Path:
    """A letter with a budget typed as dotted lines ("Lønn ... ........ kr 488 000,-")."""
    font, bold = reportlab_fonts()
    if font_name:
        font, bold = font_name, font_name + "-Bold"
    body, head, sub = _styles(font, bold)
    right = ParagraphStyle("right", parent=body, alignment=2)
    story = [Paragraph(_escape(line), right) for line in letterhead] + [Spacer(1, 12)]
    story += _flow(paragraphs, body, sub)
    mono = ParagraphStyle("mono", parent=body, fontName=font, spaceAfter=1)
    story += [Paragraph(_escape(line), mono) for line in budget_lines]
    story += [Spacer(1, 8)] + _flow(list(after), body, sub)
    story += _pdf_signature_flow(signature, font)
    return _build(path, story)


def pdf_ruled_budget(path: Path, heading: list[str], paragraphs: list[str],
                     table_rows: list[list[str]], after: list[str] = (),
                     signature: SignatureBlock | None = None) -> Path:
    """Prose with a budget table drawn by reportlab's Table with a full grid."""
    font, bold = reportlab_fonts()
    body, head, sub = _styles(font, bold)
    story = [Paragraph(_escape(heading[0]), head)] + _flow(heading[1:], sub, sub)
    story += _flow(paragraphs, body, sub)
    widths = [250, 80, 110] if len(table_rows[0]) == 3 else [300, 140]
    table = Table(table_rows, colWidths=widths)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
        ("FONT", (0, 0), (-1, -1), font, 10),
        ("FONT", (0, 0), (-1, 0), bold, 10),
        ("FONT", (0, -1), (-1, -1), bold, 10),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dddddd")),
    ]))
    story += [Spacer(1, 6), table, Spacer(1, 10)]
    story += _flow(list(after), body, sub)
    story += _pdf_signature_flow(signature, font)
    return _build(path, story)
