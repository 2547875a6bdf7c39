"""Ink drawn with a viewer's pen tool, kept as ``/Ink`` annotations.

Acrobat's "Draw" and "Fill & Sign" freehand, iPad Markup and Preview's
signature tool put a handwritten signature on the page as an annotation
with its own appearance, not in the page's content: neither the image
reader nor the stroke reader (``strokes``) sees it. Each visible ``/Ink``
annotation becomes a layout ``Image`` over its /Rect, rendered with the
page's other pictures (pdfium draws annotations' appearances), so that the
signature extractor judges it by the same pixel tests as any ink.
"""

from __future__ import annotations

import ctypes
from typing import Any

import pypdfium2.raw as pdfium_c

from ...layout import Image
from .view import View

INK_ANNOTATION_NAME = "ink annotation"
"""``Image.name`` of a pen tool's ``/Ink`` annotation."""


def ink_annotations(page: Any, view: View, number: int) -> list[Image]:
    """The visible ``/Ink`` annotations of pdfium's ``page`` as images, their
    boxes in the reader's top-left coordinates as the page is shown."""
    left, _, _, top = page.get_mediabox()
    found: list[Image] = []
    for index in range(pdfium_c.FPDFPage_GetAnnotCount(page)):
        annot = pdfium_c.FPDFPage_GetAnnot(page, index)
        if not annot:
            continue
        try:
            rect = pdfium_c.FS_RECTF()
            if (pdfium_c.FPDFAnnot_GetSubtype(annot) != pdfium_c.FPDF_ANNOT_INK
                    or pdfium_c.FPDFAnnot_GetFlags(annot) & pdfium_c.FPDF_ANNOT_FLAG_HIDDEN
                    or not pdfium_c.FPDFAnnot_GetRect(annot, ctypes.byref(rect))):
                continue
            x0, x1 = sorted((rect.left, rect.right))
            y0, y1 = sorted((rect.bottom, rect.top))
            if x1 > x0 and y1 > y0:
                found.append(Image(page=number, bbox=view.box(x0 - left, top - y1, x1 - left, top - y0),
                                   name=INK_ANNOTATION_NAME))
        finally:
            pdfium_c.FPDFPage_CloseAnnot(annot)
    return found
