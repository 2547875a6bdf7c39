"""Text from pdfium's getters that fill a caller's buffer with UTF-16:
asked once for the size, then for the text (form fields, document info)."""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c


def wide_text(call: Any, *args: Any) -> str:
    """The UTF-16 text of a pdfium getter that fills a buffer it is asked to
    size first; "" when pdfium has none."""
    size = call(*args, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    call(*args, ctypes.cast(buffer, ctypes.POINTER(pdfium_c.FPDF_WCHAR)), size)
    return buffer.raw[: size - 2].decode("utf-16-le", "replace")
