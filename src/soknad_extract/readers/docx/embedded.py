"""Excel worksheets embedded in a Word document as OLE objects.

A budget pasted with "Lim inn utvalg → Microsoft Excel-regneark-objekt"
shows in Word as a picture (an EMF preview) while its numbers live in an
embedded .xlsx. Reading only the picture would lose the budget, so the
worksheet's cells are read with openpyxl and become a table.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime

from ... import bounded, limits

MAX_ROWS = 200
MAX_COLUMNS = 30


def is_excel(prog_id: str | None) -> bool:
    return bool(prog_id) and prog_id.startswith("Excel.Sheet")  # type: ignore[union-attr]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (datetime, date)):
        return value.strftime("%d.%m.%Y")
    return str(value).strip()


def worksheet_rows(data: bytes) -> list[list[str]]:
    """Cell texts of the active sheet of an embedded .xlsx, without empty
    rows and columns; [] when the bytes are no workbook openpyxl can read
    (an old binary .xls, or damage). Formulas give their saved results."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        return []
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            bounded.check_zip(archive, limits.active())  # a workbook is a zip too, and may be a bomb
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return []
    from openpyxl import load_workbook  # only for a document that embeds a worksheet: 0.2 s of start-up

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds on damaged workbooks
        return []
    try:
        sheet = book.active
        if sheet is None:
            return []
        rows = [
            [_text(v) for v in row[:MAX_COLUMNS]]
            for row in sheet.iter_rows(max_row=MAX_ROWS, values_only=True)
        ]
    finally:
        book.close()
    rows = [row for row in rows if any(row)]
    used = [c for c in range(max((len(r) for r in rows), default=0)) if any(c < len(r) and r[c] for r in rows)]
    return [[row[c] if c < len(row) else "" for c in used] for row in rows]
