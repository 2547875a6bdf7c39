"""Small drawing helpers for building application documents at test time:
a reportlab page writer with a moving cursor, and python-docx → PDF."""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

from PIL import Image, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

MARGIN = 56


def org_number(base8: str) -> str:
    """A MOD11-valid organisation number from eight digits."""
    weights = (3, 2, 7, 6, 5, 4, 3, 2)
    rest = sum(int(d) * w for d, w in zip(base8, weights)) % 11
    check = 0 if rest == 0 else 11 - rest
    assert check != 10, base8
    return base8 + str(check)


class Writer:
    """A reportlab canvas that writes downwards and breaks pages itself."""

    def __init__(self, path: Path) -> None:
        self.canvas = Canvas(str(path), pagesize=A4)
        self.width, self.height = A4
        self.y = self.height - MARGIN

    def need(self, space: float) -> None:
        if self.y - space < MARGIN:
            self.canvas.showPage()
            self.y = self.height - MARGIN

    def text(self, text: str, size: float = 10.5, bold: bool = False, gap: float = 4, indent: float = 0) -> None:
        font = "Helvetica-Bold" if bold else "Helvetica"
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
            left = simpleSplit(label, "Helvetica-Bold", size, label_width - 8)
            right = simpleSplit(value, "Helvetica", size, x1 - x0 - label_width - 8)
            height = max(len(left), len(right)) * size * 1.3 + 8
            self.need(height)
            c = self.canvas
            c.setLineWidth(0.8)
            c.rect(x0, self.y - height, x1 - x0, height)
            c.line(x0 + label_width, self.y, x0 + label_width, self.y - height)
            for i, part in enumerate(left):
                c.setFont("Helvetica-Bold", size)
                c.drawString(x0 + 4, self.y - 4 - size - i * size * 1.3, part)
            for i, part in enumerate(right):
                c.setFont("Helvetica", size)
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
        c.setFont("Helvetica", size)
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
        c.setFont("Helvetica", 9.5)
        c.drawString(MARGIN, base - 12, caption)
        if name:
            c.drawString(MARGIN, base - 24, name)
        self.y = base - 34

    def save(self) -> None:
        self.canvas.save()


def scribble(path: Path, seed: int = 7) -> Path:
    """A handwritten-looking signature: a few looping ink strokes on a
    transparent background."""
    rng = random.Random(seed)
    image = Image.new("RGBA", (760, 210), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    x, y = 30.0, 120.0
    points = [(x, y)]
    for step in range(46):
        x += rng.uniform(9, 17)
        y = 110 + 60 * ((-1) ** step) * rng.uniform(0.3, 1.0) + rng.uniform(-12, 12)
        points.append((x, y))
    draw.line(points, fill=(20, 30, 90, 255), width=5, joint="curve")
    draw.line([(60, 170), (520, 150)], fill=(20, 30, 90, 255), width=4)
    image.save(path)
    return path


def docx_to_pdf(docx: Path, outdir: Path) -> Path:
    """Convert with LibreOffice in its own profile so parallel runs don't clash."""
    profile = outdir / "lo-profile"
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(outdir), str(docx)],
        check=True, capture_output=True, timeout=120,
    )
    pdf = outdir / (docx.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice did not convert {docx}"
    return pdf
