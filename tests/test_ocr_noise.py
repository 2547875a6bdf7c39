"""Pages with no print at all (speckle, grain, a photo of a desk) are not
given to Tesseract, and say so; real scans, however poor, always are.

Every image is built here: noise from seeded generators, and a poor scan
drawn with reportlab and damaged (150 dpi, grey paper, a shadow, noise,
dust, JPEG artefacts, a handwritten signature)."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageFilter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from scipy import ndimage

from soknad_extract.readers.ocr import image as ocr_image
from soknad_extract.readers.ocr import page as ocr_page
from soknad_extract.readers.ocr import speckle as ocr_speckle
from soknad_extract.readers.ocr import stage as ocr_stage
from soknad_extract.readers.ocr import text as ocr_text
from soknad_extract.readers.image import read_image


def _desk_photo(seed: int = 11) -> Image.Image:
    """A small phone photo of a brown desk: random darker and lighter
    grains over the whole frame, saved as a JPEG (no dpi stated)."""
    rng = np.random.default_rng(seed)
    pixels = np.empty((480, 640, 3), dtype=np.uint8)
    pixels[:] = (180, 150, 110)
    ys, xs = rng.integers(0, 480, 40000), rng.integers(0, 640, 40000)
    pixels[ys, xs] = np.stack(
        [rng.integers(120, 200, 40000), rng.integers(100, 170, 40000), rng.integers(60, 130, 40000)], axis=1
    )
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "JPEG", quality=80)
    return Image.open(io.BytesIO(buffer.getvalue()))


def _grain(seed: int = 5) -> Image.Image:
    """An A4 scan of nothing but coarse grain: grey, with dark grains a
    few pixels across strewn all over it, at 300 dpi."""
    rng = np.random.default_rng(seed)
    field = rng.normal(200, 18, (3508, 2480)).astype(np.float32)
    grains = ndimage.binary_dilation(rng.random((3508, 2480)) < 0.0008, iterations=2)
    field[grains] = 40
    image = Image.fromarray(np.clip(field, 0, 255).astype(np.uint8))
    return image.filter(ImageFilter.GaussianBlur(1.2))


def _draw_form(path: Path) -> None:
    """A short application page: a title, label/value rows, prose in small
    type and a handwritten signature."""
    c = canvas.Canvas(str(path), pagesize=A4)
    _, height = A4
    c.setFont("Helvetica-Bold", 14)
    c.drawString(60, height - 70, "Søknad om tilskudd")
    c.setFont("Helvetica", 9)
    y = height - 110
    for label, value in [("Nav-kontor:", "Nav Gran"), ("Kontaktperson:", "Ola Nordmann, 412 34 567"),
                         ("Beløp:", "250 000 kr")]:
        c.drawString(60, y, label)
        c.drawString(200, y, value)
        y -= 16
    c.drawString(60, y - 10, "Tiltaket skal gi ungdom arbeid og mestring i kommunen.")
    y -= 80
    c.setLineWidth(1.2)
    stroke = c.beginPath()
    stroke.moveTo(300, y)
    stroke.curveTo(320, y + 25, 335, y - 25, 350, y + 8)
    stroke.curveTo(365, y + 30, 380, y - 15, 400, y + 4)
    c.drawPath(stroke, stroke=1, fill=0)
    c.save()


def _render(path: Path, dpi: float) -> Image.Image:
    pdf = pdfium.PdfDocument(str(path))
    try:
        return pdf[0].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        pdf.close()


@pytest.fixture(scope="module")
def poor_scan(tmp_path_factory: pytest.TempPathFactory) -> Image.Image:
    """The form scanned at 150 dpi on grey paper with a shadow towards one
    side, heavy noise, dust specks all over and strong JPEG artefacts."""
    path = tmp_path_factory.mktemp("noise") / "form.pdf"
    _draw_form(path)
    page = np.asarray(_render(path, 150), dtype=np.float32)
    rng = np.random.default_rng(3)
    shade = np.linspace(1.0, 0.7, page.shape[1], dtype=np.float32)[None, :]
    pixels = (page * 0.75 + 35) * shade + rng.normal(0, 16, page.shape)
    dust = rng.random(page.shape) < 0.01
    pixels[dust] = rng.uniform(40, 120, int(dust.sum()))
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=25, dpi=(150, 150))
    return Image.open(io.BytesIO(buffer.getvalue()))


def _prepared(image: Image.Image) -> ocr_page._Prepared:
    raster = ocr_image.raster_from_image(image)
    return ocr_page._prepare(ocr_page.deskew(raster.image, raster.dpi))


def _no_print(image: Image.Image) -> bool:
    prepared = _prepared(image)
    return ocr_speckle.no_print(prepared.ocr_input, prepared.marks, prepared.dpi)


def test_speckle_and_grain_hold_no_print() -> None:
    assert _no_print(_desk_photo())
    assert _no_print(_grain())


def test_a_poor_scan_always_holds_print(poor_scan: Image.Image) -> None:
    prepared = _prepared(poor_scan)
    ink = prepared.ocr_input < 230
    measured = ocr_speckle.measure(ink | prepared.marks, prepared.dpi)
    assert measured.print_pieces >= 5
    assert not ocr_speckle.no_print(prepared.ocr_input, prepared.marks, prepared.dpi)


def test_a_noisy_page_with_only_a_signature_holds_print() -> None:
    """A dark, noisy photo of a signature page: grain all over, one scribble."""
    rng = np.random.default_rng(9)
    pixels = rng.normal(90, 20, (3508, 2480)).astype(np.float32)
    t = np.linspace(0, 6 * np.pi, 900)
    xs, ys = (400 + t * 40).astype(int), (600 + 60 * np.sin(t)).astype(int)
    for dx in range(-4, 5):
        for dy in range(-4, 5):
            pixels[ys + dy, xs + dx] = 30
    image = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(2))
    assert not _no_print(image)


def test_faint_print_among_dust_holds_print(tmp_path: Path) -> None:
    """Pale grey print (a worn toner cartridge) with black dust over a
    clean page: the dust alone would look like speckle, the faint words
    are print all the same."""
    path = tmp_path / "form.pdf"
    _draw_form(path)
    page = np.asarray(_render(path, 300), dtype=np.float32)
    pixels = 255 - (255 - page) * 0.25
    dust = np.random.default_rng(4).random(page.shape) < 0.003
    pixels[dust] = 0
    assert not _no_print(Image.fromarray(pixels.astype(np.uint8)))


def test_a_blank_page_goes_to_tesseract_as_before() -> None:
    rng = np.random.default_rng(2)
    pixels = np.full((3508, 2480), 235, dtype=np.uint8)
    pixels[rng.random(pixels.shape) < 0.00005] = 0
    assert not _no_print(Image.fromarray(pixels))


def test_a_photo_of_a_desk_is_not_read_and_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "desk.jpg"
    _desk_photo().save(path)
    monkeypatch.setattr(ocr_stage, "availability", lambda: (True, None, "nor+eng"))

    def never(*args: object, **kwargs: object) -> list[ocr_text.OcrWord]:
        raise AssertionError("Tesseract was asked to read speckle")

    monkeypatch.setattr(ocr_text, "run_tesseract", never)
    doc = read_image(path)
    assert [page.lines for page in doc.pages] == [[]]
    assert doc.pages[0].unread
    assert [note.code for note in doc.notes] == ["DOCUMENT_UNREADABLE"]
    assert doc.notes[0].page == 1
    assert "Side 1 ser ikke ut til å inneholde tekst (bilde eller støy)" in doc.notes[0].message_nb
    assert "does not seem to contain any text" in doc.notes[0].message_en


def _dust(shape: tuple[int, int], per_in2: float, dpi: float, seed: int = 7) -> np.ndarray:
    """Dot-sized specks (~0.03 in across) strewn over a page, as a dusty copier leaves."""
    rng = np.random.default_rng(seed)
    count = round(per_in2 * shape[0] * shape[1] / dpi / dpi)
    dots = np.zeros(shape, dtype=bool)
    dots[rng.integers(0, shape[0], count), rng.integers(0, shape[1], count)] = True
    return ndimage.binary_dilation(dots, iterations=4)


def test_dust_far_from_print_is_left_out_and_print_is_not(tmp_path: Path) -> None:
    """A dusty copy of a form: the specks away from print are found, and not
    one pixel of the print (its full stops, commas and accents included)."""
    path = tmp_path / "form.pdf"
    _draw_form(path)
    printed = np.asarray(_render(path, 300)) < 128
    dust = _dust(printed.shape, 15, 300)
    found = ocr_speckle.dust(printed | dust, 300)
    assert found is not None
    assert not (found & printed).any()
    assert (found & dust).sum() > 0.7 * dust.sum()  # not those beside print, or that happen to line up


def test_a_clean_page_and_a_lightly_dusted_one_go_to_tesseract_as_they_are(tmp_path: Path) -> None:
    path = tmp_path / "form.pdf"
    _draw_form(path)
    printed = np.asarray(_render(path, 300)) < 128
    assert ocr_speckle.dust(printed, 300) is None
    assert ocr_speckle.dust(printed | _dust(printed.shape, 1, 300), 300) is None
    # a noisy scan's grain between the words (~6 specks a square inch) is read as it is: erased, it read worse
    assert ocr_speckle.dust(printed | _dust(printed.shape, 5, 300), 300) is None


def test_a_dashed_answer_line_among_dust_is_not_dust(tmp_path: Path) -> None:
    """Dashes of an answer line are each a speck's size, and no print lies
    beside them: they line up, dust does not."""
    path = tmp_path / "form.pdf"
    _draw_form(path)
    printed = np.asarray(_render(path, 300)) < 128
    dashes = np.zeros(printed.shape, dtype=bool)
    for x in range(300, 1500, 24):
        dashes[2000:2003, x:x + 12] = True
    found = ocr_speckle.dust(printed | dashes | _dust(printed.shape, 15, 300), 300)
    assert found is not None
    assert not (found & dashes).any()
