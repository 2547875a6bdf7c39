"""A typed form printed, ticked with a pen and turned back into a PDF with
each tick laid over its empty printed box as a small picture: the picture is
the box's mark. A picture far larger than the box (a logo, a signature)
beside or over the list marks nothing."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image as PILImage, ImageDraw
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from soknad_extract.readers import read_document

PAGE_H = A4[1]
SIZE = 10.0


def _tick_png() -> ImageReader:
    img = PILImage.new("RGB", (60, 60), "white")
    ImageDraw.Draw(img).line([(8, 30), (24, 50), (54, 6)], fill=(20, 30, 120), width=7)
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return ImageReader(io.BytesIO(buf.getvalue()))


def _form(path: Path, ticked: set[int], logo_over: int | None = None) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(60, PAGE_H - 80, "Soknad om tilskudd - sett hake")
    options = ["Nytt prosjekt", "Videreforing", "Bruk av ordinaert arbeidsliv", "Sikring av overganger"]
    for i, label in enumerate(options):
        top = 120 + 22 * i
        c.rect(62, PAGE_H - top - SIZE, SIZE, SIZE)
        c.drawString(80, PAGE_H - top - 9, label)
        if i in ticked:
            c.drawImage(_tick_png(), 60, PAGE_H - top - SIZE - 3, 14, 14)
    if logo_over is not None:
        top = 120 + 22 * logo_over
        c.drawImage(_tick_png(), 40, PAGE_H - top - 60, 120, 120)
    c.save()
    return path


def _states(path: Path) -> dict[str, bool | None]:
    doc = read_document(path)
    return {f.label: f.checked for f in doc.fields() if f.kind == "checkbox"}


def test_a_picture_tick_over_an_empty_box_ticks_it(tmp_path) -> None:
    states = _states(_form(tmp_path / "ticked.pdf", {1, 2}))
    assert states == {"Nytt prosjekt": False, "Videreforing": True,
                      "Bruk av ordinaert arbeidsliv": True, "Sikring av overganger": False}


def test_a_large_picture_is_no_tick(tmp_path) -> None:
    states = _states(_form(tmp_path / "logo.pdf", set(), logo_over=0))
    assert not any(states.values())
