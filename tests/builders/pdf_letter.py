"""Letters typeset straight to PDF with reportlab (an office's own letter
template saved as PDF), with DejaVu fonts so Norwegian letters survive."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import ListFlowable, ListItem, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from tests.builders.fonts import reportlab_fonts


class Letter:
    """Collects flowables; ``save`` writes the PDF."""

    def __init__(self) -> None:
        regular, bold = reportlab_fonts()
        self.body = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14, spaceAfter=6)
        self.bold = ParagraphStyle("bold", parent=self.body, fontName=bold)
        self.h1 = ParagraphStyle("h1", parent=self.body, fontName=bold, fontSize=15, leading=19, spaceAfter=10)
        self.h2 = ParagraphStyle("h2", parent=self.body, fontName=bold, fontSize=12, leading=16, spaceBefore=6)
        self.small = ParagraphStyle("small", parent=self.body, fontSize=9, leading=11, spaceAfter=0)
        self.story: list = []

    def p(self, text: str) -> None:
        self.story.append(Paragraph(text, self.body))

    def b(self, text: str) -> None:
        self.story.append(Paragraph(text, self.bold))

    def h1_(self, text: str) -> None:
        self.story.append(Paragraph(text, self.h1))

    def h2_(self, text: str) -> None:
        self.story.append(Paragraph(text, self.h2))

    def lines(self, rows: Sequence[str], style: ParagraphStyle | None = None) -> None:
        for row in rows:
            self.story.append(Paragraph(row, style or self.small))
        self.story.append(Spacer(1, 8))

    def gap(self, height: float = 10) -> None:
        self.story.append(Spacer(1, height))

    def bullets(self, items: Sequence[str]) -> None:
        self.story.append(ListFlowable([ListItem(Paragraph(i, self.body), leftIndent=12) for i in items],
                                       bulletType="bullet", start="•", leftIndent=14))

    def table(self, rows: Sequence[Sequence[str]], widths: Sequence[float], header: bool = True) -> None:
        """Cells are paragraphs, so long texts wrap inside their column as in a real form."""
        cell = ParagraphStyle("cell", parent=self.body, fontSize=9.5, leading=12, spaceAfter=0)
        head = ParagraphStyle("head", parent=cell, fontName=self.bold.fontName)
        data = [[Paragraph(text, head if header and r == 0 else cell) for text in row] for r, row in enumerate(rows)]
        table = Table(data, colWidths=[w * cm for w in widths])
        style = [("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        if header:
            style += [("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE4EE"))]
        table.setStyle(TableStyle(style))
        self.story.append(table)
        self.story.append(Spacer(1, 8))

    def signatures(self, left: Sequence[str], right: Sequence[str]) -> None:
        regular, _ = reportlab_fonts()
        table = Table([[a, b] for a, b in zip(left, right)], colWidths=[8 * cm, 8 * cm])
        table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), regular), ("FONTSIZE", (0, 0), (-1, -1), 10.5)]))
        self.story.append(table)

    def save(self, path: Path) -> Path:
        SimpleDocTemplate(str(path), pagesize=A4, leftMargin=2.3 * cm, rightMargin=2.3 * cm,
                          topMargin=2 * cm, bottomMargin=2 * cm, title="", author="").build(self.story)
        return path
