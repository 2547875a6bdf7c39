"""Reader thresholds for PDF pages and pictures (pt, 0–255 grey levels): readers/pdf/, Word pictures."""

# Pictures (PDF images and Word pictures), in 0–255 grey levels
INK_GREY_LEVEL = 128
"""A pixel darker than this (about 50 % grey) counts as ink."""
PDF_IMAGE_GREY_SPREAD = 8
"""A PDF image whose colour channels never differ by more than this is grey."""

# PDF check boxes (pt): readers/pdf/checkboxes.py
PDF_CHECKBOX_MIN_PT = 5.5
"""Smallest side of a drawn check box, in points."""
PDF_CHECKBOX_MAX_PT = 20.0
"""Largest side of a drawn check box, in points."""
PDF_CHECKBOX_ASPECT_MAX = 1.25
"""Widest width-to-height ratio (either way) of a drawn check box: it is
near square; a wider frame is an input field."""
PDF_CHECKBOX_INTERIOR_MARGIN_RATIO = 0.2
"""A stroke must reach this far (share of the box's side) inside a drawn
box to be a mark; closer to the sides it is the outline itself."""
PDF_CHECKBOX_MARK_MAX_RATIO = 2.5
"""A mark in a box is at most this many box sides long; a longer stroke
through it is a rule or an underline."""
PDF_CHECKBOX_ROUND_CORNER_RATIO = 0.12
"""A closed path with no point within this share of its side from a corner
of its bounding box is round (a radio button); a rounded square has points
there."""
PDF_DRAWN_CHECKBOX_CONFIDENCE = 0.9
"""Drawn boxes are recognised from geometry; slightly less certain than a
form field's recorded state."""

# PDF images (pt): readers/pdf/images.py
PDF_IMAGE_MIN_PT = 8.0
"""Images smaller than this (points) on either side are decoration."""

# PDF tables (pt): readers/pdf/tables.py
PDF_TABLE_EDGE_TOLERANCE_PT = 1.5
"""Cell edges closer than this (points) are the same grid line."""
PDF_BOX_ROW_CELL_MAX_PT = 20.0
"""A "table" whose every cell is at most this big is a row of boxes."""
PDF_COLUMN_ALIGN_PT = 6.0
"""Segments whose left or right edges are this close (points) share a column."""

# PDF text (multiples of the font size): readers/pdf/text.py
PDF_SPLIT_GAP_FONT_SIZES = 1.5
"""A gap wider than this many font sizes starts a new segment on a row."""
PDF_SPLIT_GAP_AFTER_COLON_FONT_SIZES = 0.8
"""After a word ending in ":" a smaller gap suffices: that is a label."""
PDF_COLUMN_MIN_ROWS = 4
"""Rows whose words begin at one x after such a gap that make it the start of
a column of answers (labels aligned right beside them): the smaller gap splits there too."""
PDF_HEADING_RATIO = 1.25
"""Lines this much larger than the document's median font size are headings."""

# PDF field labels: readers/pdf/labels.py
PDF_LABEL_LEFT_REACH_PT = 450.0
"""How far left of a field (points) a label may stand."""
PDF_LABEL_ABOVE_REACH_LINES = 2.2
"""How many line heights above a field its label may stand."""
PDF_QUESTION_REACH_PT = 160.0
"""How far above a check box (points) its question may stand."""

# PDF field captions over or under the boxes: readers/pdf/captions.py
PDF_CAPTION_GAP_HEIGHTS = 0.8
"""A gap between words wider than this many word heights parts two captions
printed on one line (boxes side by side); a word space is about a third."""
PDF_CAPTION_EDGE_GAP_HEIGHTS = 0.5
PDF_CAPTION_EDGE_PT = 3.0
"""A gap of half a word height (a word space and more) parts captions too
where the next word starts this close (points) to a box's left edge."""
PDF_CAPTION_ALIGN_PT = 6.0
"""How far left of its box (points) a caption over or under it may start."""
PDF_CAPTION_MIN_INSIDE = 0.5
"""The share (ratio) of a caption's width that stands over its box: a line
across the row of boxes (a heading) is no box's caption."""

# PDF watermarks: readers/pdf/watermarks.py
PDF_WATERMARK_MIN_DEGREES = 15.0
"""Text set at least this many degrees off the page's axes (and off the
quarter turns) runs diagonally: a stamp across the page, not a line."""
PDF_WATERMARK_SIZE_RATIO = 2.0
"""Diagonal characters at least this many times the page's median character
size are a watermark ("KOPI", "UTKAST"); smaller diagonal text (a slanted
column heading) is kept."""
