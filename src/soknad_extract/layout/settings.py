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
