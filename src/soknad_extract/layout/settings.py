"""Every geometry and confidence threshold, by name, with its unit.

Units: ``pt`` are PDF points (1/72 inch) on the page's top-left origin;
``px300`` are pixels of a page rendered at 300 dpi; ``ratio`` is a fraction
from 0 to 1. A threshold that was a bare number in a reader or extractor lives
here, so tuning one never means hunting through modules.
"""

from __future__ import annotations

# --- Readers -----------------------------------------------------------------
# (reader thresholds: PDF text, tables, check boxes, Word, OCR)


# --- Extractors --------------------------------------------------------------
# (extractor thresholds: rows, label pairing, signatures, budget)

# Rows and label pairing (extract/rows.py)
ROW_TOLERANCE = 3.0
"""pt. Lines whose tops differ by no more than this stand on one row."""
MAX_LABEL_CHARS = 70
"""characters. Longer text is an answer or prose, never a label."""

# Word's stand-in geometry for signature fragments (extract/signatures/fragments.py)
WORD_COLUMN = 200.0
"""Word units. Table column c is the x band [WORD_COLUMN * c, + WORD_COLUMN_WIDTH]."""
WORD_COLUMN_WIDTH = 180.0
"""Word units. Width of one table column's band."""
WORD_LINE = 18.0
"""Word units. Height of one paragraph."""

# Signature blocks (extract/signatures/)
SIGNATURE_ROW_GAP = 60.0
"""pt (Word units for Word). Largest vertical gap between a block's label or
title and its name or date."""
SIGNATURE_SIDE_GAP = 260.0
"""pt (Word units for Word). Largest horizontal gap to a value on the same
row ("Navn: | Kari Nordmann")."""
ROLE_LABEL_LEAD = 30.0
"""pt. Without a signature label, a title opens the zone; the printed name
just above it (up to about two lines) belongs to it."""
SCRIBBLE_HEIGHT = 2.0
"""ratio of the page's usual line height. An OCR line this many times taller
is Tesseract reading a signature as letters ("idl Balu"), no name to report."""
DATE_REACH = 45.0
"""pt. How far above a signature label its place-and-date line may stand."""
INK_ROW_GAP = 90.0
"""pt. Ink is often drawn well above the printed name, over a signature line."""
ROW_OVERLAP = 0.3
"""ratio of the shorter block's height. Blocks whose vertical extents overlap
by this much stand side by side (two columns, two cells of a table row)."""

# Telling a handwritten signature from a logo (extract/signatures/ink.py)
INK_MIN_ASPECT = 1.25
"""ratio width/height. A signature is wider than tall."""
INK_MAX_ASPECT = 10.0
"""ratio width/height. Wider than this is a rule or a banner."""
INK_MIN_INK = 0.004
"""ratio of the picture's pixels that are inked, at least."""
INK_MAX_INK = 0.32
"""ratio of the picture's pixels that are inked, at most: more is a photo or a filled logo."""
INK_MIN_DARK_SHARE = 0.3
"""ratio of inked pixels that are dark (luminance < 0.47): a pen stroke has a
dark core; only its anti-aliased edge is lighter."""
INK_MIN_PEN_COLOUR_SHARE = 0.75
"""ratio of inked pixels in a pen colour: grey/black, or blue-dominant.
Logo reds, yellows and greens fail this."""
INK_MAX_SOLID_SHARE = 0.3
"""ratio of inked pixels that lie inside a solid area at least about 3 pt
across. A pen line is at most 1-2 pt wide, so almost none of a signature's
pixels do; filled logo shapes and heavy lettering do."""
INK_PIXELS_PER_POINT = 1.5
"""px per pt. Scale at which the solid-area test looks at the picture."""
INK_ASSUMED_WIDTH = 150.0
"""pt. Width a picture is taken to have when the reader knows no box (Word)."""
LETTERHEAD_SHARE = 0.16
"""ratio of the page height. Top part of page 1 where letterheads live."""
