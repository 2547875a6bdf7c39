"""The layout model every reader fills and every extractor reads.

``model`` holds the dataclasses, ``geometry`` the box helpers, ``settings`` the
thresholds (each with its unit); ``rows`` and ``fragments`` are derived views
extractors read (rows of text spans, column fragments), geometry only: the
evidence a span gives is extract's. Importing from ``soknad_extract.layout``
gives the model, so readers and extractors share one vocabulary of types.
"""

from soknad_extract.layout.model import (
    BBox,
    Cell,
    DigitalSignature,
    Document,
    FieldKind,
    FieldMethod,
    FormField,
    Image,
    Line,
    Page,
    ReaderNote,
    SourceFormat,
    Table,
    Word,
)

__all__ = [
    "BBox",
    "Cell",
    "DigitalSignature",
    "Document",
    "FieldKind",
    "FieldMethod",
    "FormField",
    "Image",
    "Line",
    "Page",
    "ReaderNote",
    "SourceFormat",
    "Table",
    "Word",
]
