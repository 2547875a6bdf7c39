"""reportlab helpers shared by the PDF renderers: fonts, styles, flowables.

Documents are built with ``invariant=1`` so no timestamp or random id enters
the file. Signature pages are recorded while drawing (PageMark) and the page
count is read back from the finished file.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Flowable, Image, SimpleDocTemplate

from . import ink

FONT_DIRS = {"DejaVu": "/usr/share/fonts/truetype/dejavu", "Liberation": "/usr/share/fonts/truetype/liberation2"}
TTF_FAMILIES = {
    "DejaVuSans": ("DejaVu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVuSerif": ("DejaVu", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaVuSansCondensed": ("DejaVu", "DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "LiberationSans": ("Liberation", "LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"),
    "LiberationSerif": ("Liberation", "LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
}
STANDARD_BOLD = {"Helvetica": "Helvetica-Bold", "Times-Roman": "Times-Bold", "Courier": "Courier-Bold"}
GLYPH_FONT = "DejaVuSans"


def font(name: str) -> tuple[str, str]:
    """Regular and bold font names, registering TrueType fonts on first use."""
    if name in STANDARD_BOLD:
        return name, STANDARD_BOLD[name]
    folder, regular, bold = TTF_FAMILIES[name]
    if name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(name, f"{FONT_DIRS[folder]}/{regular}"))
        pdfmetrics.registerFont(TTFont(f"{name}-Bold", f"{FONT_DIRS[folder]}/{bold}"))
        pdfmetrics.registerFontFamily(name, normal=name, bold=f"{name}-Bold", italic=name, boldItalic=f"{name}-Bold")
    return name, f"{name}-Bold"


def styles(name: str, size: float = 10) -> dict[str, ParagraphStyle]:
    regular, bold = font(name)
    font(GLYPH_FONT)
    return {
        "body": ParagraphStyle("body", fontName=regular, fontSize=size, leading=size * 1.35, spaceAfter=5),
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=size - 0.5, leading=(size - 0.5) * 1.25),
        "label": ParagraphStyle("label", fontName=bold, fontSize=size - 1, leading=(size - 1) * 1.3),
        "h1": ParagraphStyle("h1", fontName=bold, fontSize=size + 5, leading=(size + 5) * 1.25, spaceAfter=6,
                             textColor=colors.HexColor("#1f3a68")),
        "h2": ParagraphStyle("h2", fontName=bold, fontSize=size + 1.5, leading=(size + 1.5) * 1.3, spaceBefore=8,
                             spaceAfter=4, textColor=colors.HexColor("#1f3a68")),
    }


class PageMark(Flowable):
    """Zero-size marker that records the page it lands on."""

    def __init__(self, sink: list[int]) -> None:
        super().__init__()
        self.sink = sink
        self.width = self.height = 0

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.sink.append(self.canv.getPageNumber())


class Box(Flowable):
    """A drawn check box: 'xlines' (X of two lines), 'check' (✓ path), 'filled' (inner square)."""

    def __init__(self, checked: bool, kind: str, size: float = 9) -> None:
        super().__init__()
        self.checked, self.kind, self.size = checked, kind, size
        self.width = self.height = size

    def wrap(self, aw: float, ah: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        draw_box(self.canv, 0, 0, self.size, self.checked, self.kind)


def draw_box(canv, x: float, y: float, s: float, checked: bool, kind: str) -> None:
    canv.saveState()
    canv.setLineWidth(0.7)
    canv.rect(x, y, s, s)
    if checked:
        canv.setLineWidth(1.1)
        if kind == "xlines":
            canv.line(x + 1.5, y + 1.5, x + s - 1.5, y + s - 1.5)
            canv.line(x + 1.5, y + s - 1.5, x + s - 1.5, y + 1.5)
        elif kind == "check":
            path = canv.beginPath()
            path.moveTo(x + s * 0.18, y + s * 0.5)
            path.lineTo(x + s * 0.42, y + s * 0.2)
            path.lineTo(x + s * 0.85, y + s * 0.85)
            canv.drawPath(path, stroke=1, fill=0)
        else:
            canv.rect(x + s * 0.22, y + s * 0.22, s * 0.56, s * 0.56, stroke=0, fill=1)
    canv.restoreState()


def picture(png: bytes, width: float) -> Image:
    """A PNG as a flowable, keeping aspect ratio and alpha."""
    w, h = ink.size(png)
    return Image(io.BytesIO(png), width=width, height=width * h / w, mask="auto")


def build(path: Path, story: list, author: str, decorate: Callable | None = None,
          margins: tuple[float, float] = (2.2 * cm, 2.0 * cm)) -> int:
    """Build an A4 PDF without timestamps; return its page count."""
    doc = SimpleDocTemplate(str(path), pagesize=A4, invariant=1, author=author, title="", creator="",
                            leftMargin=margins[0], rightMargin=margins[0], topMargin=margins[1],
                            bottomMargin=margins[1])
    if decorate:
        doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    else:
        doc.build(story)
    return page_count(path)


def page_count(path: Path) -> int:
    return len(PdfReader(str(path)).pages)
