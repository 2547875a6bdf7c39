"""Free-form application letter as PDF (reportlab platypus), Bokmål or Nynorsk.

Same words as the Word letter (letter_text); the signature table is kept on
one page and a PageMark records which page that is.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle
from xml.sax.saxutils import escape

from . import ink, letter_text, vocab
from . import pdf_common as pc
from .model import Layout, Truth


def render(truth: Truth, path: Path) -> Layout:
    letter = letter_text.build(truth)
    st = pc.styles(truth.style.font, 10.5)
    story: list = []
    head: list = [Paragraph(f"<b>{escape(letter.letterhead[0])}</b>", st["body"])]
    head += [Paragraph(escape(line), st["cell"]) for line in letter.letterhead[1:]]
    if truth.style.logo and truth.municipality:
        logo = pc.picture(ink.logo_png(truth.stem, (truth.municipality, "kommune")), 2.4 * cm)
        story.append(Table([[logo, head]], colWidths=[3 * cm, 13 * cm], style=[("VALIGN", (0, 0), (-1, -1), "TOP")]))
    else:
        story += head
    story.append(Spacer(1, 0.6 * cm))
    story += [Paragraph(escape(line), st["cell"]) for line in letter.recipient]
    if letter.dateline:
        right = ParagraphStyle("right", parent=st["body"], alignment=TA_RIGHT)
        story.append(Paragraph(escape(letter.dateline), right))
    story.append(Spacer(1, 0.4 * cm))
    story.append(Paragraph(escape(letter.heading), st["h2"]))
    story += [Paragraph(escape(text), st["body"]) for text in letter.body]
    if "budget" in truth.style.breaks:
        story.append(PageBreak())
    if letter.budget:
        story.append(Paragraph(escape(letter_text.WORDS[truth.lang]["budget"]), st["body"]))
        story.append(_budget(truth, letter, st))
        story.append(Spacer(1, 0.3 * cm))
    story += [Paragraph(escape(text), st["body"]) for text in letter.after]
    if "signatures" in truth.style.breaks:
        story.append(PageBreak())
    pages: list[int] = []
    block = [pc.PageMark(pages), Paragraph(letter.regards, st["body"]), _signatures(truth, letter, st)]
    if letter.approval_note:
        block.append(Paragraph(escape(letter.approval_note), st["cell"]))
    story.append(KeepTogether(block))
    count = pc.build(path, story, letter.letterhead[0], _footer(truth, letter))
    return Layout(count, tuple(pages[0] for _ in truth.signers))


def _budget(truth: Truth, letter: letter_text.Letter, st) -> Table:
    head = [vocab.pick(k, truth) for k in ("col_post", "col_pct", "col_amount")]
    rows = [[Paragraph(f"<b>{escape(h)}</b>", st["cell"]) for h in head]]
    for line in letter.budget:
        cells = (line.post, line.percent, line.amount)
        rows.append([Paragraph(f"<b>{escape(c)}</b>" if line.bold else escape(c), st["cell"]) for c in cells])
    table = Table(rows, colWidths=[8 * cm, 3.2 * cm, 4 * cm])
    grid = vocab.variant(truth, "pdfgrid", 2) == 0
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey) if grid else ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e8edf3")),
        ("ALIGN", (2, 0), (2, -1), "RIGHT"),
    ]))
    return table


def _signatures(truth: Truth, letter: letter_text.Letter, st) -> Table:
    cells = []
    for signer in letter.signers:
        cell: list = []
        if signer.kind == "handwritten":
            cell.append(pc.picture(ink.signature_png(f"{truth.stem}/{signer.role}"), 4.2 * cm))
        elif signer.kind == "electronic_approval" and not letter.approval_note:
            cell.append(Paragraph(escape(vocab.E_APPROVAL[truth.lang]), st["cell"]))
        else:
            cell.append(Spacer(1, 1.0 * cm) if signer.kind else Paragraph("_" * 30, st["cell"]))
        cell += [Paragraph(escape(line), st["cell"]) for line in letter_text.signer_lines(signer, truth)]
        cells.append(cell)
    return Table([cells], colWidths=[8 * cm] * len(cells), style=[("VALIGN", (0, 0), (-1, -1), "BOTTOM")])


def _footer(truth: Truth, letter: letter_text.Letter):
    regular, _ = pc.font(truth.style.font)

    def draw(canv, doc) -> None:
        canv.saveState()
        canv.setFont(regular, 7.5)
        canv.drawString(2.2 * cm, 1.2 * cm, f"{letter.letterhead[0]} · {truth.style.county}")
        canv.drawRightString(18.8 * cm, 1.2 * cm, f"Side {doc.page}")
        canv.restoreState()
    return draw
