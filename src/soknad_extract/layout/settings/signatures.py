"""Signature thresholds (pt, ratios): signature blocks and telling ink from a logo, extract/signatures/."""

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
PARTY_COLUMN_REACH = 135.0
"""pt. How far under a party's column heading ("For Nav-kontoret") its signer's
ink, name and title may stand: place and date, room to sign, name, title."""
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
INK_MAX_LINE_INK = 0.45
"""ratio of the picture's pixels that are inked, at most, when all of the ink
is thin dark lines (see INK_LINE_MAX_SOLID_SHARE): a short signature, a few
letters written at ordinary size, inks 35-45 % of its tight box once its
1-1.5 pt strokes are drawn 2-3 px wide at the reader's 100 dpi. Denser
line work is hatching or a barcode."""
INK_LINE_MAX_SOLID_SHARE = 0.1
"""ratio of inked pixels in solid areas (see INK_MAX_SOLID_SHARE) at most for
the ink to be pen lines, so that INK_MAX_LINE_INK applies: only where strokes
cross does a pen leave a spot that wide, while a filled logo or a photo as
dense has half or more of its ink in solid areas."""
INK_LINE_MIN_DARK_SHARE = 0.5
"""ratio of inked pixels that are dark, at least, for INK_MAX_LINE_INK to
apply: a pen's line has a dark core; a light photo's texture has none."""
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
