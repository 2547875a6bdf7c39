"""A reportlab page writer with a moving cursor: text that wraps, ruled
label/value grids, printed check boxes and signature lines, in Helvetica's
metrics with an embedded font, so the page looks the same on any machine."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from tests.builders.fonts import helvetica_metric_fonts

MARGIN = 56


class Writer:
    """A reportlab canvas that writes downwards and breaks pages itself."""

    def __init__(self, path: Path) -> None:
        self.regular, self.bold = helvetica_metric_fonts()
        self.canvas = Canvas(str(path), pagesize=A4)
        self.width, self.height = A4
        self.y = self.height - MARGIN

    def need(self, space: float) -> None:
        if self.y - space < MARGIN:
            self.canvas.showPage()
            self.y = self.height - MARGIN

    def text(self, text: str, size: float = 10.5, bold: bool = False, gap: float = 4, indent: float = 0) -> None:
        font = self.bold if bold else self.regular
        lines = simpleSplit(text, font, size, self.width - 2 * MARGIN - indent)
        for line in lines:
            self.need(size * 1.35)
            self.canvas.setFont(font, size)
            self.canvas.drawString(MARGIN + indent, self.y - size, line)
            self.y -= size * 1.35
        self.y -= gap

    def table(self, rows: list[tuple[str, str]], label_width: float = 190, size: float = 10) -> None:
        """Two-column label/value grid with ruled cells."""
        x0, x1 = MARGIN, self.width - MARGIN
        for label, value in rows:
            left = simpleSplit(label, self.bold, size, label_width - 8)
            right = simpleSplit(value, self.regular, size, x1 - x0 - label_width - 8)
            height = max(len(left), len(right)) * size * 1.3 + 8
            self.need(height)
            c = self.canvas
            c.setLineWidth(0.8)
            c.rect(x0, self.y - height, x1 - x0, height)
            c.line(x0 + label_width, self.y, x0 + label_width, self.y - height)
            for i, part in enumerate(left):
                c.setFont(self.bold, size)
                c.drawString(x0 + 4, self.y - 4 - size - i * size * 1.3, part)
            for i, part in enumerate(right):
                c.setFont(self.regular, size)
                c.drawString(x0 + label_width + 4, self.y - 4 - size - i * size * 1.3, part)
            self.y -= height
        self.y -= 10

    def checkbox(self, label: str, ticked: bool, size: float = 10.5, indent: float = 0) -> None:
        """A printed square, crossed with an X when ticked."""
        self.need(size * 1.8)
        c = self.canvas
        box = size + 1
        x, top = MARGIN + indent, self.y
        c.setLineWidth(1)
        c.rect(x, top - box, box, box)
        if ticked:
            c.setLineWidth(1.6)
            c.line(x + 2, top - 2, x + box - 2, top - box + 2)
            c.line(x + 2, top - box + 2, x + box - 2, top - 2)
        c.setFont(self.regular, size)
        c.drawString(x + box + 8, top - box + 2, label)
        self.y -= size * 1.9

    def signature_line(self, caption: str, scribble: Path | None = None, name: str = "") -> None:
        self.need(70)
        c = self.canvas
        base = self.y - 45
        c.setLineWidth(0.7)
        c.line(MARGIN, base, MARGIN + 230, base)
        if scribble is not None:
            c.drawImage(str(scribble), MARGIN + 10, base - 8, width=190, height=52, mask="auto")
        c.setFont(self.regular, 9.5)
        c.drawString(MARGIN, base - 12, caption)
        if name:
            c.drawString(MARGIN, base - 24, name)
        self.y = base - 34

    def save(self) -> None:
        self.canvas.save()
