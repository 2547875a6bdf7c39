"""CSV and XLSX overviews: one row per application for the assessment form,
in the clerk's words (see ``overview``).

CSV is written for Norwegian Excel, which is what a county office opens it
with: UTF-8 with a byte-order mark (without it Excel reads "Bærum" as
"BÃ¦rum"), ";" between columns (Excel's list separator under Norwegian
regional settings, where "," is the decimal comma) and, in Bokmål, decimal
commas in the rare non-whole percent ("62,5"). Amounts are plain integers.
In English the delimiter stays ";" so one parser reads both.

XLSX (openpyxl) has a bold, frozen header, a filter over the data, sensible
widths, amounts as numbers shown with thousands grouping, text that wraps,
and a second sheet with one row per finding. Its timestamps are fixed, so it is byte-identical
for the same records too.
"""

from __future__ import annotations

import csv
import io

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from soknad_extract.record import Record
from soknad_extract.report import ooxml, overview, values
from soknad_extract.messages import t

CSV_DELIMITER = ";"
AMOUNT_FORMAT = "#,##0"
"""Excel shows the thousands separator of the reader's locale: "1 220 000" in Norway."""


def _csv_cell(value: overview.Cell, lang: str) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return values.plain_number(value, lang)
    return str(value)


def render_csv(records: list[Record], *, lang: str = "nb") -> str:
    """The overview as CSV text, starting with a BOM; rows end with CRLF (RFC 4180)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=CSV_DELIMITER, lineterminator="\r\n")
    writer.writerow(overview.header(lang))
    for record in records:
        writer.writerow(_csv_cell(v, lang) for v in overview.row(record, lang=lang))
    return "\ufeff" + out.getvalue()


def render_xlsx(records: list[Record], *, lang: str = "nb") -> bytes:
    """The overview and the findings as an Excel workbook."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = t("sheet_overview", lang)
    _write_sheet(
        sheet,
        overview.header(lang),
        [overview.row(r, lang=lang) for r in records],
        [c.width for c in overview.COLUMNS],
        {i + 1 for i, c in enumerate(overview.COLUMNS) if c.kind == "amount"},
    )
    findings = workbook.create_sheet(t("sheet_findings", lang))
    _write_sheet(
        findings,
        overview.finding_header(lang),
        overview.finding_rows(records, lang),
        [c.width for c in overview.FINDING_COLUMNS],
        set(),
    )
    props = workbook.properties
    props.creator = "soknad-extract"
    props.title = t("html_title", lang)
    props.created = ooxml.FIXED_TIME
    props.modified = ooxml.FIXED_TIME
    out = io.BytesIO()
    workbook.save(out)
    return ooxml.normalize(out.getvalue())


def _write_sheet(sheet: Worksheet, header: list[str], rows: list[list[overview.Cell]],
                 widths: list[int], amount_columns: set[int]) -> None:
    sheet.append(header)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    wrapped = Alignment(vertical="top", wrap_text=True)
    for row in rows:
        sheet.append(row)
        for cell in sheet[sheet.max_row]:
            cell.alignment = wrapped
    for column in amount_columns:
        for (cell,) in sheet.iter_rows(min_row=2, min_col=column, max_col=column):
            cell.number_format = AMOUNT_FORMAT
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    last = f"{get_column_letter(len(header))}{max(len(rows) + 1, 1)}"
    sheet.auto_filter.ref = f"A1:{last}"
