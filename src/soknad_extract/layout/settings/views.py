"""Thresholds of the layout's derived views (help typography, rows, columns, Word's stand-in
geometry) and of label pairing over them: layout/, extract/pairs.py."""

# Help text by typography (ratio, RGB 0–1): layout/typography.py
HELP_SMALLER_SIZE_RATIO = 0.85
"""A line whose font size is at most this share of the page's body size is
small print (help text, a footnote), not an answer."""
HELP_GREY_MIN_LIGHTNESS = 0.35
"""Text at least this light (the mean of its RGB channels) is grey, not the
black or near-black (#333) of body text."""
HELP_GREY_MAX_LIGHTNESS = 0.9
"""Text lighter than this is white or nearly (on a dark band), not grey help."""
HELP_GREY_MAX_SATURATION = 0.15
"""Largest spread between RGB channels of grey: blue links and red marks are colour."""
HELP_BODY_STYLE_RATIO = 0.5
"""A style (italic, grey) shared by at least this share of a page's text is
the page's body style and marks nothing out."""
HELP_UNDER_LINE_HEIGHTS = 1.6
"""How far under a line (in line heights) the next one may start and still be
directly under it (help under its question, the answer under the help), not
a paragraph further down."""

# Rows and label pairing (layout/rows.py, extract/pairs.py)
LINE_OVERLAP = 0.5
"""ratio of the lower box's height. Boxes whose heights overlap by this much stand on one text
line (layout/geometry.on_one_line: a check box and its option's words, a service log's row)."""
ROW_TOLERANCE = 3.0
"""pt. Lines whose tops differ by no more than this stand on one row."""
ROW_SHARED_HEIGHT = 0.7
"""ratio of the shorter line's height. Lines whose tops differ more still stand
on one row when this much of the shorter one lies within the taller's height."""
COLUMN_MIN_SHARED_ROWS = 3
"""Rows with text on both sides of a gutter before a page band is read as two columns."""
COLUMN_MIN_STACKED_LABELS = 2
"""Label-styled lines over plain answers each side of a gutter needs to be a column of its own."""
COLUMN_MAX_EMPTY_ROWS = 4
"""Rows in a row with nothing right of the gutter before a column band ends."""
MAX_LABEL_CHARS = 70
"""characters. Longer text is an answer or prose, never a label."""

# Word's stand-in geometry for fragments (layout/fragments.py)
WORD_COLUMN = 200.0
"""Word units. Table column c is the x band [WORD_COLUMN * c, + WORD_COLUMN_WIDTH]."""
WORD_COLUMN_WIDTH = 180.0
"""Word units. Width of one table column's band."""
WORD_LINE = 18.0
"""Word units. Height of one paragraph."""
WORD_FRAME_BESIDE_MAX_OFFSET = 240
"""twips (a 12 pt line). A Word frame anchored to the text with no more
vertical offset than this stands on its anchor paragraph's line."""
WORD_FRAME_BESIDE_MIN_X = 1440
"""twips (an inch). A frame this far right stands beside its anchor's text;
nearer the page edge it is a side heading in the margin, read before it."""

# Label column beside an answer column: extract/pair_shapes.py
LABEL_COLUMN_ALIGN_PT = 3.0
"""Labels whose left edges are this close (points) stand in one column of labels."""
