"""Reader thresholds for the OCR stage (px300, ratios, word heights, inches): readers/ocr/ and a
scanned PDF's own text layer."""

# When a page needs OCR: readers/ocr/stage.py
OCR_MIN_TEXT_COVERAGE_RATIO = 0.02
"""Below this share of the page covered by its own text, the page is sparse."""
OCR_MIN_IMAGE_COVERAGE_RATIO = 0.5
"""A page covered this much by images is a scan; with a poor text layer (a copier's OCR) it is read again."""
OCR_MIN_PICTURE_COVERAGE_RATIO = 0.1
"""A sparse page (a heading, say) whose pictures cover this much of it holds its content in
them: a scanned signature page pasted under a title, a scan with a stamp printed over it."""
OCR_MIN_CHARACTERS = 40
"""Fewer letters and digits than this (a count) make a page sparse."""

# OCR pages (confidences are ratios, 0–1): readers/ocr/page.py
OCR_INK_WORD_CONFIDENCE = 0.75
"""A word below this confidence that lies mostly inside an ink region is handwriting read as letters."""
OCR_UPRIGHT_CONFIDENCE = 0.7
"""Below this mean word confidence a page may be lying on its side or upside
down, and orientation detection is asked. Upright pages read at 0.9 or more,
even poor copies at ~0.75; an upside-down page at ~0.4."""

OCR_GARBLED_CONFIDENCE = 0.4
"""A page whose best reading stays below this mean word confidence (ratio)
is garbled: noise or a ruined copy read as letters (an upside-down page
reads ~0.4 before it is turned, a poor copy ~0.75)."""
OCR_GARBLED_MIN_LETTERS = 30
"""Below this many letters and digits a page is nearly blank, not garbled."""

# OCR column rules a boxed form lacks (sizes in median word heights): readers/ocr/gaps.py
OCR_GAP_MIN_HEIGHTS = 2.0
"""A shared gap is at least this many median word heights wide: a space
between words is under one height, a tab stop after a label several."""

OCR_GAP_SPLIT_MIN_ROWS = 3
"""Rows that must hold words on both sides of the gap: two rows may line up
by chance, three boxes of label and answer are a form's column."""

OCR_GAP_SPLIT_MIN_SHARE = 2 / 3
"""Share of the rows with words that must split at the gap; the rest may run
across it (a heading or a note in its own box stays one cell) or lie on one
side only (an unanswered question, an answer without its label)."""

# OCR words and lines: readers/ocr/text.py
OCR_EN_DASH_WIDTH_RATIO = 0.37
"""A spaced dash at least this wide, relative to the tallest word on its
line (about the font size), is an en dash. Measured on scans: en dashes
0.42–0.44, hyphens ~0.3 (Carlito, Liberation Sans/Serif at 9–11 pt)."""
OCR_JUNK_WORD_CONFIDENCE = 0.5
"""A word below this confidence with hardly a letter or digit is a speck read as text (ratio)."""
OCR_STRAY_WORD_CONFIDENCE = 0.4
"""A line of letters alone in its gap, read below this confidence (and below
half the page's typical word confidence, so a fax read at low confidence
throughout keeps its values), is a table's shading, a rule's stub or a
speck taken for a word ("Sr", "le", "cael" between a budget label and its
amount), not text (ratio)."""
OCR_SPLIT_GAP_WORD_HEIGHTS = 1.9
"""A gap wider than this many word heights starts a new line: about 1.5
font sizes, the PDF reader's rule (a word box is ~0.8 of the font size)."""
OCR_SPLIT_GAP_AFTER_COLON_WORD_HEIGHTS = 1.0
"""After a word ending in ":" a smaller gap suffices: that is a label."""
OCR_ROW_OVERLAP_RATIO = 0.4
"""Two lines share a row when they overlap vertically by this much of the
smaller one's height: a form's answer box often sits a few points higher
than its label."""
OCR_OSD_MIN_CONFIDENCE = 2.0
"""Tesseract's orientation confidence (its own scale) below which a page is not turned."""

# OCR check boxes and ink (px300): readers/ocr/marks.py
OCR_CHECKBOX_MIN_PX300 = 15
"""Smallest side of a check box on a 300 dpi page."""
OCR_CHECKBOX_MAX_PX300 = 60
"""Largest side of a check box on a 300 dpi page."""
OCR_BOX_FRAME_MAX_RATIO = 0.2
"""A check box's frame is a thin line: the typical ink run in from each side
is at most this share of the box's size (at least 3 px). The stems of a bold
serif capital ("H" opening a heading) are as thick as a quarter of the
letter and pass every other test of a box. A box filled solid is still a
box (ticked by filling)."""
OCR_TICKED_INK_RATIO = 0.08
"""Ink share inside a box above which it is ticked: an empty box on a noisy
scan stays under 0.02 after cleaning, a printed X fills ~0.4, a thin
hand-drawn tick ~0.1."""
OCR_STROKE_MIN_PX300 = 90
"""A signature stroke runs at least 0.3 inch; printed letters are shorter."""
OCR_STROKE_MAX_WIDTH_PX300 = 14
"""Felt pens on a blurred scan draw strokes up to ~12 px wide at 300 dpi."""
OCR_INK_MIN_WORD_HEIGHTS = 1.15
"""Ink regions stand at least this many typical word heights tall."""
OCR_INK_EDGE_PX300 = 15
"""Nobody signs on the very edge of the sheet; what touches it is shadow."""
OCR_INK_PIECE_MIN_PX300 = 20
"""Smaller specks (dots, noise) neither make nor break a signature."""
OCR_CONFIDENT_WORD = 0.6
"""Words read at least this confidently (ratio) are printed text, the measure of a typical word height."""

# OCR blots (px300, ratio, square inches): readers/ocr/blots.py
OCR_BLOT_TILE_PX300 = 100
"""Side of the patches a page is measured in (1/3 inch)."""
OCR_BLOT_PAPER_RATIO = 0.5
"""A patch whose brightest pixels stay below this share of the paper's
brightness shows no paper: smear measures ~0.4, photo shadows ≥ 0.63."""
OCR_BLOT_MIN_AREA_IN2 = 1.0
"""Blotted patches covering less than this (square inches) are a stamp or
a dark logo, not a lost part of the page."""
OCR_BLOT_RIM_SIDE_RATIO = 0.8
"""Share of an image edge that must be dark for the dark along it to be the
desk around the sheet: a photographed page shows the desk along whole edges
(perspective narrows it at a corner), a smear reaches an edge only in part."""
OCR_BLOT_RIM_MAX_DEPTH_RATIO = 0.5
"""Share of the image's width or height a rim reaches in from its edge at
most: the sheet fills most of a photo of it."""

# OCR ruling lines (px300): readers/ocr/tables.py
OCR_RULE_MIN_HORIZONTAL_PX300 = 120
"""0.4 inch: no run of text ink is this long without a gap."""
OCR_RULE_MIN_VERTICAL_PX300 = 60
"""0.2 inch: taller than a letter; kept only where it meets horizontal lines."""
OCR_RULE_MAX_THICKNESS_PX300 = 12
"""A 3 pt border is 12 px at 300 dpi; a line of 10 pt print is thicker."""
OCR_RULE_MERGE_PX300 = 10
"""Line positions closer than this are one line (thick or doubled strokes)."""

# OCR page images: readers/ocr/image.py
OCR_MAX_SKEW_DEGREES = 5.0
"""Largest skew (degrees) deskewing looks for; a scan lies within a few degrees."""
OCR_QUIET_NOISE_GREY = 8.0
"""Below this paper noise a page is binarised as it is: smoothing would
only soften the letters (measured on a clean scan: 0.98 → 0.94 of the words
right with a 1 px blur)."""
OCR_SPECKLE_PX300 = 10
"""Ink specks smaller than this (at 300 dpi) are noise on a noisy page; a
full stop in 8 pt type is larger, so dates and amounts keep their dots."""
OCR_PAPER_SIGMAS = 4.5
"""Ink is this many noise deviations darker than the paper's median grey."""
OCR_LEGIBLE_CONTRAST_SIGMAS = 12.0
"""Ink this many noise deviations darker than the paper reads reliably
(clean scans measure 30–130, a fax-like 150 dpi copy ~9, a copy of a copy
3–4)."""
OCR_MIN_LEGIBILITY_RATIO = 0.5
"""Word confidences of the hardest page are scaled down by at most this factor."""
OCR_SOLID_PX300 = 11
"""Ink thicker than this in both directions is a filled area, not a
stroke: the strokes of 16 pt bold are ~10 px at 300 dpi."""
OCR_SOLID_MIN_WIDTH_PX300 = 100
OCR_SOLID_MIN_HEIGHT_PX300 = 25
"""A filled area smaller than this is not inverted (a bullet, a bold blot)."""
OCR_LINE_BELOW_PX300 = 20
"""How far below a filled area a line of text still belongs to it."""
OCR_MIN_DESKEW_DEGREES = 0.2
"""A page skewed less than this (degrees) is read as it lies: rotating a
page costs ~0.2 s, Tesseract reads such a skew as well, and a ruling line
drifts one pixel in ~290, which the ruling-line search tolerates."""

# A scan's own text layer that is poor OCR: readers/pdf/text_layer.py, readers/ocr/stage.py
OCR_POOR_LAYER_MIN_WORDS = 12
"""Fewer words than this (a count) in a scanned page's own text layer are
too few to judge its quality by; such a page is judged as sparse instead."""
OCR_POOR_LAYER_WORD_RATIO = 0.2
"""A scanned page's own text layer with at least this share of misshapen
words (a digit inside letters: "utvik1ing", "2O2O"; a capital after a small
letter inside a word: "RlNGERlKE"; four or more small letters without a
vowel) is a copier's poor OCR and the page is read by our own OCR instead.
Clean text, born-digital or from a good OCR engine, measures 0–0.05 (an
e-mail address or "A4" now and then); a copier's l/1, O/0 confusions 0.3–0.5.
When our own reading of the page is as misshapen, the page is unsure."""

# Pages with no print at all (speckle, grain, a photo of a surface): readers/ocr/speckle.py
OCR_NOPRINT_WORK_DPI = 100
"""dpi of the copy the check looks at: letters of a word run together there."""
OCR_NOPRINT_PRINT_EXTENT_IN = 0.2
"""inches. A piece of ink this long or high is print (a word of 10 pt type, a handwritten word, a
ruling line); the specks of a photo of a desk stay under 0.13 in. Every OCR'd page of the samples,
the dev set and the held-out corpora has at least 5 such pieces (the noisiest signature photo 7)."""
OCR_NOPRINT_MIN_SPECKS_IN2 = 20.0
"""Specks per square inch from which a page without any print is speckle, not a blank page, which
goes to Tesseract as before and is quick there (clean scans under 10 per square inch; a desk ~50)."""
OCR_NOPRINT_FAINT_GREY = 230
"""Grey (0-255, on the flattened page whose paper is 255) below which a pixel counts as ink for the
check: far fainter than the ink threshold, so pale print that Tesseract may still read keeps its pieces."""
OCR_DUST_EXTENT_IN = (0.03, 0.06)
"""inches, least and most. A dust speck on the ~100 dpi copy: a dot, not a fax's grain (2 px) and not a letter."""
OCR_DUST_CLEAR_IN = 0.1
"""inches. A speck this far from every print-sized piece is no i-dot, accent or full stop."""
OCR_DUST_MIN_SPECKS_IN2 = 8.0
"""Such specks per square inch that make a page dusty (a dusty copy 12-13; a noisy grey scan ~6, read worse erased)."""
OCR_DUST_RULE_MIN_SPECKS = 4
"""Specks in a row or column, each within OCR_DUST_CLEAR_IN of the next: a dashed rule, not dust."""

# Printed lines Tesseract's segmentation skipped, read again: readers/ocr/reread.py
OCR_REREAD_MIN_CONFIDENCE = 0.85
"""ratio. Tesseract's confidence (unscaled) every word of a re-read band must
reach for the band to be kept: clean print reads at 0.9 and more on its own
line, handwriting and signatures far lower."""
OCR_REREAD_MIN_LETTERS = 2
"""Letters or digits a re-read word holds at least: a lone glyph is as often
a speck or a stroke's end as a character."""
OCR_REREAD_MAX_BANDS = 6
"""Bands of uncovered ink read again on one page, at most (the largest): a
Tesseract call each, and a page with more is handwriting, not skipped print."""
OCR_REREAD_WORD_PAD_HEIGHTS = 0.3
"""Typical word heights by which every read word's box is grown before its
ink counts as covered: the edges of its letters stay outside Tesseract's box."""

# OCR dot leaders (px300): readers/ocr/leaders.py
OCR_LEADER_DOT_MAX_PX300 = 9
"""Highest piece of a dot leader or dashed line (0.75 mm): a full stop, not a letter."""
OCR_LEADER_DASH_MAX_PX300 = 30
"""Widest piece of one (2.5 mm): a dash, not a rule."""
OCR_LEADER_MAX_STEP_PX300 = 45
"""Farthest from one piece of a leader to the next, middle to middle (a dot lost between)."""
OCR_LEADER_MIN_DOTS = 12
"""Pieces in a row that make a leader: no line of print holds that many full stops evenly spaced."""
OCR_LEADER_REGULAR_SHARE = 0.8
"""Share of a leader's steps and pieces that must be even and alike."""
