"""All born-digital application specs, in generation order."""

from __future__ import annotations

from .model import Truth
from .specs_fields import SPECS as FIELDS
from .specs_forms import SPECS as FORMS
from .specs_letters import SPECS as LETTERS
from .specs_pdf import SPECS as PDFS

SPECS: tuple[Truth, ...] = (*FORMS, *FIELDS, *LETTERS, *PDFS)
