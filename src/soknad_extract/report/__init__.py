"""Reports: records rendered for people (text, HTML, spreadsheets) and for
other systems (JSON, JSON Lines), plus draft letters to offices.

``render`` is the one entry point the command line uses; every format is
deterministic (same records → same bytes) unless a stamp is asked for.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from soknad_extract.record import Record
    from soknad_extract.report.values import summary_line

FORMATS = ("text", "json", "jsonl", "csv", "xlsx", "html")
BINARY_FORMATS = frozenset({"xlsx"})

__all__ = ["FORMATS", "BINARY_FORMATS", "render", "summary_line"]


def __getattr__(name: str) -> Any:
    """``summary_line`` imported on first use: the command line's ``--help``
    needs ``FORMATS`` from here, not the record models ``values`` brings."""
    if name == "summary_line":
        from soknad_extract.report.values import summary_line

        return summary_line
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def render(records: list[Record], fmt: str, *, lang: str = "nb", single: bool = False,
           stamp: datetime | None = None) -> str | bytes:
    """Render ``records`` in ``fmt`` (one of ``FORMATS``); bytes for xlsx, text otherwise.

    ``single`` means the user asked about one file: text becomes the
    self-check list and json a single object instead of an array.
    ``stamp`` puts a creation time in the HTML footer (never by default).
    """
    # Each format's module is imported when asked for: a worker process that
    # only needs ``ooxml`` or the catalogue should not pay for openpyxl.
    if fmt == "text":
        from soknad_extract.report.text import render_text

        return render_text(records, lang=lang, single=single)
    if fmt == "json":
        from soknad_extract.report.json_out import render_json

        return render_json(records, single=single)
    if fmt == "jsonl":
        from soknad_extract.report.json_out import render_jsonl

        return render_jsonl(records)
    if fmt == "csv":
        from soknad_extract.report.tables import render_csv

        return render_csv(records, lang=lang)
    if fmt == "xlsx":
        from soknad_extract.report.tables import render_xlsx

        return render_xlsx(records, lang=lang)
    if fmt == "html":
        from soknad_extract.report.html import render_html

        return render_html(records, lang=lang, stamp=stamp)
    raise ValueError(f"unknown report format {fmt!r}; known: {', '.join(FORMATS)}")
