"""The fonts test documents are drawn with, always embedded or named exactly.

A font left to the machine (reportlab's Helvetica, drawn by pdfium with Arial
when Arial is installed and with its own built-in face otherwise; Word's
Calibri/Cambria, substituted by fontconfig with whatever is installed) makes a
scan's OCR, and so a test's outcome, depend on the machine's other fonts.

- DejaVu Sans, from the file the Makefile installs (fonts-dejavu-core):
  referenced by path for reportlab and by family name for LibreOffice.
- Arial MT as reportlab ships it (Type 1, in the reportlab package): for pages
  laid out in Helvetica, whose metrics it shares, so the layout stays the same.
"""

from __future__ import annotations

from pathlib import Path

import reportlab
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FAMILY = "DejaVu Sans"
"""The family name LibreOffice and fontconfig know the font by."""
DIRECTORY = Path("/usr/share/fonts/truetype/dejavu")
DEJAVU = DIRECTORY / "DejaVuSans.ttf"
DEJAVU_BOLD = DIRECTORY / "DejaVuSans-Bold.ttf"
REGULAR, BOLD = "DejaVuSans", "DejaVuSans-Bold"
"""The names the fonts are registered under in reportlab."""
REPORTLAB_FONTS = Path(reportlab.__file__).parent / "fonts"
SANS_FILES = {"ArialMT": "_a______", "Arial-BoldMT": "_ab_____"}
"""reportlab's own Arial MT, regular and bold: AFM metrics and PFB outlines."""


def reportlab_fonts() -> tuple[str, str]:
    """Register DejaVu Sans (regular and bold) with reportlab once and return
    their names; the fonts are embedded in every PDF that uses them."""
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, str(DEJAVU)))
        pdfmetrics.registerFont(TTFont(BOLD, str(DEJAVU_BOLD)))
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD


def helvetica_metric_fonts() -> tuple[str, str]:
    """Register reportlab's Arial MT (regular and bold) once and return their
    names: drawn like Helvetica, with the same widths, but embedded."""
    for name, stem in SANS_FILES.items():
        if name not in pdfmetrics.getRegisteredFontNames():
            face = pdfmetrics.EmbeddedType1Face(str(REPORTLAB_FONTS / f"{stem}.afm"),
                                                str(REPORTLAB_FONTS / f"{stem}.pfb"))
            pdfmetrics.registerTypeFace(face)
            pdfmetrics.registerFont(pdfmetrics.Font(name, face.name, "WinAnsiEncoding"))
    regular, bold = SANS_FILES
    return regular, bold
