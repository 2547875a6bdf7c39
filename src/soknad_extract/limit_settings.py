"""The limits' values: what one document may cost, and the overrides of
``SOKNAD_EXTRACT_LIMITS``.

Apart from ``limits`` (which checks them and raises ``LimitExceeded``, a
reader's error) so that the command line can show the defaults under
``--help`` without importing the readers; ``limits`` re-exports every name.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

ENV_VAR = "SOKNAD_EXTRACT_LIMITS"
"""Overrides as ``name=value`` pairs separated by commas."""

MIB = 1 << 20


@dataclass(frozen=True)
class Limits:
    """What one document may cost. Units are in the field names."""

    max_file_mib: float = 100.0
    """Size of the file on disk. The largest real application seen is a
    40-page colour scan of about 30 MiB."""
    max_pages: int = 300
    """Pages in a PDF (or a document converted to one)."""
    max_pixels: int = 60_000_000
    """Pixels of one image or one rendered page: A3 at 300 dpi is 17.4 M,
    A4 at 600 dpi 34.8 M. 60 M RGB pixels are 180 MB in memory."""
    zip_max_total_mib: float = 512.0
    """Sum of the uncompressed sizes of all members of a .docx (zip)."""
    zip_max_entries: int = 10_000
    """Members in a .docx (zip); Word writes a few dozen, plus one per picture."""
    zip_max_member_mib: float = 256.0
    """Uncompressed size of one zip member (document.xml, one picture)."""
    zip_max_ratio: float = 200.0
    """Uncompressed ÷ compressed size of one member of at least 1 MiB. Word
    XML compresses about 10:1, pictures about 1:1; zeros compress 1000:1."""
    pdf_max_stream_mib: float = 128.0
    """Size of one PDF stream after decoding (flate and the other filters)."""
    xml_max_depth: int = 200
    """Nesting depth of an XML part. Five nested tables inside a text box
    are about 40 levels."""
    max_span: int = 64
    """A table cell's ``gridSpan`` or a row's ``gridBefore``/``gridAfter``:
    Word allows at most 63 columns."""
    max_grid_cells: int = 1_000_000
    """Rows × columns of one table grid."""
    max_paragraphs: int = 20_000
    """Paragraphs (and table cells' paragraphs) in one document. An
    application with its attachments has a few thousand; 50,000 took about a
    minute to read, so a file past this is refused in seconds instead."""
    document_seconds: float = 120.0
    """Time one document may take in its worker, all steps together."""
    worker_memory_mib: int = 4096
    """Address space of one worker process (RLIMIT_AS). It includes the
    loaded pipeline (about 1 GiB of mappings with spaCy and pdfium)."""

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Limits:
        """The defaults with the overrides of ``SOKNAD_EXTRACT_LIMITS`` applied."""
        text = (os.environ if environ is None else environ).get(ENV_VAR, "")
        pairs = {}
        for item in filter(None, (part.strip() for part in text.split(","))):
            name, sep, value = item.partition("=")
            if not sep:
                raise ValueError(f"{ENV_VAR}: expected name=value, got {item!r}")
            pairs[name.strip()] = value.strip()
        return cls().override(pairs)

    def override(self, values: Mapping[str, str | int | float]) -> Limits:
        """A copy with the named limits changed; unknown names and values
        that are not positive numbers are a ValueError (a usage error)."""
        types = {f.name: f.type for f in fields(self)}
        changes: dict[str, int | float] = {}
        for name, raw in values.items():
            if name not in types:
                raise ValueError(f"unknown limit {name!r}; known: {', '.join(types)}")
            number = int(raw) if types[name] in ("int", int) else float(raw)
            if not number > 0:
                raise ValueError(f"limit {name} must be positive, got {raw!r}")
            changes[name] = number
        return replace(self, **changes)


DEFAULT = Limits()


def active() -> Limits:
    """The limits this process reads with: the defaults and the overrides in
    ``SOKNAD_EXTRACT_LIMITS`` (read per document, so a test or a server can
    change them between documents)."""
    return Limits.from_env()
