"""The PDF reader parses pages with pdfium only (issue 15): its drawings
and images are pdfplumber's, object for object; a turned page (/Rotate)
reads as shown, as it did with pdfplumber; a page the caller will OCR keeps
its image boxes without drawing them; what pdfium would inflate is held to
the stream limit first."""

from __future__ import annotations

import io
from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract import limits
from soknad_extract.limits import LimitExceeded
from soknad_extract.readers.pdf.pdfium_objects import page_objects, page_view
from soknad_extract.readers.pdf.read import read_pdf

from tests.hostile import make

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_PDFS = sorted(
    p for folder in ("samples/born_digital", "samples/signed")
    for p in (ROOT / folder).glob("*.pdf") if not p.name.startswith("broken_")
)
BOX = ("x0", "top", "x1", "bottom")


def _same(theirs: list[dict], ours: list[dict], tolerance: float) -> bool:
    """Every object has a partner with every edge within ``tolerance``."""
    left = list(ours)
    for obj in theirs:
        hit = next((i for i, o in enumerate(left) if all(abs(o[k] - obj[k]) <= tolerance for k in BOX)), None)
        if hit is None:
            return False
        del left[hit]
    return not left


@pytest.mark.parametrize("path", SAMPLE_PDFS, ids=lambda p: p.name)
def test_drawings_and_images_are_pdfplumbers(path: Path) -> None:
    with pdfplumber.open(path) as plumber:
        pdf = pdfium.PdfDocument(path)
        try:
            for theirs, page in zip(plumber.pages, pdf):
                ours = page_objects(page, [], page_view(page))
                for kind in ("rects", "lines", "curves", "images"):
                    assert _same(getattr(theirs, kind), getattr(ours, kind), 0.01), kind
                for obj in theirs.rects + theirs.lines + theirs.curves:
                    twin = min(ours.rects + ours.lines + ours.curves,
                               key=lambda o: max(abs(o[k] - obj[k]) for k in BOX))
                    assert (twin["stroke"], twin["fill"]) == (obj["stroke"], obj["fill"])
                page.close()
        finally:
            pdf.close()


def test_drawings_inside_form_xobjects_are_placed_by_the_forms_matrix(tmp_path: Path) -> None:
    """A form drawn twice, once scaled: each use is its own objects, where
    pdfplumber puts them."""
    path = tmp_path / "forms.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.beginForm("box")
    c.rect(0, 0, 10, 10)
    c.line(0, 0, 10, 10)
    c.endForm()
    for x, y, scale in ((100, 500, 2), (300, 200, 1)):
        c.saveState()
        c.translate(x, y)
        c.scale(scale, scale)
        c.doForm("box")
        c.restoreState()
    c.showPage()
    c.save()
    with pdfplumber.open(path) as plumber:
        theirs = plumber.pages[0]
        pdf = pdfium.PdfDocument(path)
        try:
            ours = page_objects(pdf[0], [], page_view(pdf[0]))
        finally:
            pdf.close()
        assert len(theirs.rects) == 2 and len(theirs.lines) == 2
        assert _same(theirs.rects, ours.rects, 0.01) and _same(theirs.lines, ours.lines, 0.01)


def _turned(path: Path, rotation: int) -> Path:
    """A page shown turned by ``rotation``: text, a drawn box, a text field."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setPageRotation(rotation)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Kontaktperson: Kari Nordmann")
    c.drawString(72, 700, "Omsøkt beløp 250 000 kr")
    c.rect(72, 640, 10, 10)
    c.line(72, 600, 400, 600)
    c.acroForm.textfield(name="kontakt", value="Ola", x=250, y=520, width=150, height=18)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_turned_page_reads_as_shown(tmp_path: Path, rotation: int) -> None:
    path = _turned(tmp_path / f"turned-{rotation}.pdf", rotation)
    doc = read_pdf(path)
    with pdfplumber.open(path) as plumber:
        page = plumber.pages[0]
        theirs = page.extract_words(x_tolerance_ratio=0.2, y_tolerance=3)
        (widget,) = page.annots
        page_size = (page.width, page.height)
        pdf = pdfium.PdfDocument(path)
        try:
            ours = page_objects(pdf[0], [], page_view(pdf[0]))
            assert _same(page.rects + page.lines, ours.rects + ours.lines, 0.01)
        finally:
            pdf.close()
    ours_words = [{"text": w.text, **dict(zip(BOX, w.bbox))} for line in doc.pages[0].lines
                  if not line.form_value for w in line.words]
    assert sorted(w["text"] for w in ours_words) == sorted(w["text"] for w in theirs)
    assert _same(theirs, ours_words, 1.0)
    (field,) = [f for f in doc.fields() if f.name == "kontakt"]
    assert field.bbox == pytest.approx(tuple(widget[k] for k in BOX), abs=0.01)
    assert (doc.pages[0].width, doc.pages[0].height) == pytest.approx(page_size)


def _with_image(path: Path) -> Path:
    from PIL import Image

    picture = io.BytesIO()
    Image.new("L", (60, 30), 0).save(picture, format="PNG")
    picture.seek(0)
    from reportlab.lib.utils import ImageReader

    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(picture), 72, 600, width=120, height=60)
    c.drawString(72, 760, "Underskrift")
    c.showPage()
    c.save()
    return path


def test_images_of_a_page_left_to_ocr_are_placed_but_not_drawn(tmp_path: Path) -> None:
    path = _with_image(tmp_path / "image.pdf")
    drawn = read_pdf(path).pages[0].images
    asked: list[int] = []
    skipped = read_pdf(path, render=lambda page: asked.append(page.number) is not None).pages[0].images
    assert asked == [1]
    assert [i.bbox for i in skipped] == [i.bbox for i in drawn]
    assert drawn[0].data and drawn[0].ink_ratio and drawn[0].ink_ratio > 0.9
    assert skipped[0].data is None and skipped[0].ink_ratio is None
    assert (skipped[0].pixel_width, skipped[0].pixel_height) == (60, 30)


def test_a_page_with_images_is_loaded_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfium parses a page when it is loaded: its images are drawn while
    the page is open for reading, not after the document by a second load."""
    path = _with_image(tmp_path / "image.pdf")
    loads: list[int] = []
    real = pdfium.PdfDocument.get_page

    def counted(self: pdfium.PdfDocument, index: int) -> pdfium.PdfPage:
        loads.append(index)
        return real(self, index)

    monkeypatch.setattr(pdfium.PdfDocument, "get_page", counted)
    (page,) = read_pdf(path).pages
    assert loads == [0]
    assert page.images and page.images[0].data and page.images[0].ink_ratio > 0.5


def test_form_xobject_over_the_stream_limit_is_refused_before_pdfium_reads_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfium would inflate a form XObject's content whole; the reader
    decodes it within the limit first and refuses the file."""
    writer = make.PdfWriter()
    form = writer.stream(b" " * (3 * limits.MIB), "/Type /XObject /Subtype /Form /BBox [0 0 10 10]")
    content = writer.stream(b"/X1 Do")
    catalog, tree = writer.reserve(), writer.reserve()
    page = writer.add(f"<< /Type /Page /Parent {tree} 0 R /MediaBox [0 0 595 842] /Contents {content} 0 R "
                      f"/Resources << /XObject << /X1 {form} 0 R >> >> >>".encode())
    writer.set(tree, f"<< /Type /Pages /Kids [{page} 0 R] /Count 1 >>".encode())
    writer.set(catalog, f"<< /Type /Catalog /Pages {tree} 0 R >>".encode())
    path = writer.write(tmp_path / "form-bomb.pdf", catalog)
    monkeypatch.setenv(limits.ENV_VAR, "pdf_max_stream_mib=1")
    with pytest.raises(LimitExceeded) as refused:
        read_pdf(path)
    assert refused.value.limit == "pdf_max_stream_mib"
