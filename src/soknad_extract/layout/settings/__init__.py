"""Every geometry and confidence threshold, by name, with its unit.

Units: ``pt`` are PDF points (1/72 inch) on the page's top-left origin;
``px300`` are pixels of a page rendered at 300 dpi; ``ratio`` is a fraction
from 0 to 1. A threshold that was a bare number in a reader or extractor lives
here, so tuning one never means hunting through modules.

The thresholds are kept in one module per stage they tune (PDF reading, OCR, the
layout's derived views, signatures) and read as ``settings.NAME``: one namespace
for every threshold, whichever stage owns it.
"""

from .ocr import *  # noqa: F403
from .pdf import *  # noqa: F403
from .signatures import *  # noqa: F403
from .views import *  # noqa: F403
