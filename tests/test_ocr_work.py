"""How much work OCR does for a page: which Tesseract readings a turned page
costs, when a page is rotated at all, how far drawing runs ahead of reading,
and that the cheaper image work finds the same ruling lines and blots.

Tesseract itself is replaced by recorders here, so these run without it.
"""

from __future__ import annotations

import threading

import numpy as np
import pytest
from PIL import Image, ImageDraw
from scipy import ndimage

from soknad_extract.layout import Page
from soknad_extract.layout.settings import OCR_MIN_DESKEW_DEGREES
from soknad_extract.readers.ocr import greys as ocr_greys
from soknad_extract.readers.ocr import image as ocr_image
from soknad_extract.readers.ocr import page as ocr_page
from soknad_extract.readers.ocr import stage as ocr_stage
from soknad_extract.readers.ocr import tables as ocr_tables
from soknad_extract.readers.ocr import text as ocr_text
from soknad_extract.readers.ocr import threads as ocr_threads
from soknad_extract.readers.ocr.text import OcrWord


def _form(width: int = 1240, height: int = 1754) -> Image.Image:
    """A 150 dpi page with text-like strokes, a ruled 3 × 3 table and a frame."""
    image = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(image)
    for row in range(12):
        y = 120 + row * 40
        for word in range(8):
            x = 100 + word * 120
            draw.rectangle((x, y, x + 80, y + 14), fill=0 if (row + word) % 3 else 60)
    for k in range(4):
        draw.line((100, 700 + 80 * k, 1100, 700 + 80 * k), fill=0, width=3)
        draw.line((100 + 333 * k, 700, 100 + 333 * k, 940), fill=0, width=3)
    draw.rectangle((100, 1100, 700, 1160), outline=0, width=2)
    return image


def _words(confidence: float) -> list[OcrWord]:
    return [OcrWord("Tilskudd", (100, 100 + 30 * i, 300, 120 + 30 * i), confidence) for i in range(5)]


def test_turned_page_is_read_one_block_only_upright(monkeypatch: pytest.MonkeyPatch) -> None:
    """Upside down, automatic segmentation reads badly; orientation is asked
    next, and the page is read again turned, never as one block the wrong
    way round."""
    upside_down = _form().transpose(Image.Transpose.ROTATE_180)
    reads: list[tuple[int, bool]] = []

    def tesseract(image: Image.Image, dpi: float, lang: str, psm: int = ocr_text.PSM) -> list[OcrWord]:
        ink = np.asarray(image) < 128
        upright = ink[: ink.shape[0] // 2].sum() > ink[ink.shape[0] // 2:].sum()
        reads.append((psm, bool(upright)))
        return _words(0.9 if upright else 0.2)

    monkeypatch.setattr(ocr_text, "run_tesseract", tesseract)
    monkeypatch.setattr(ocr_text, "detect_orientation", lambda image, dpi: 180)
    page = ocr_page.ocr_raster(ocr_image.Raster(upside_down, 150), 1, "nor")
    assert reads == [(ocr_text.PSM, False), (ocr_text.PSM, True)]
    assert page.lines and page.unread == []


def test_badly_read_upright_page_falls_back_to_one_block(monkeypatch: pytest.MonkeyPatch) -> None:
    psms: list[int] = []

    def tesseract(image: Image.Image, dpi: float, lang: str, psm: int = ocr_text.PSM) -> list[OcrWord]:
        psms.append(psm)
        return _words(0.9 if psm == ocr_text.FALLBACK_PSM else 0.2)

    monkeypatch.setattr(ocr_text, "run_tesseract", tesseract)
    monkeypatch.setattr(ocr_text, "detect_orientation", lambda image, dpi: 0)
    page = ocr_page.ocr_raster(ocr_image.Raster(_form(), 150), 1, "nor")
    assert psms == [ocr_text.PSM, ocr_text.FALLBACK_PSM]
    assert page.lines[0].confidence == pytest.approx(0.9)


def test_nearly_straight_page_is_not_rotated() -> None:
    image = _form()
    slight = image.rotate(OCR_MIN_DESKEW_DEGREES / 2, fillcolor=255)
    assert 0 < abs(ocr_image.estimate_skew(slight, 150)) < OCR_MIN_DESKEW_DEGREES
    assert ocr_page.deskew(slight, 150).image is slight
    skewed = image.rotate(2.0, fillcolor=255)
    assert ocr_page.deskew(skewed, 150).image is not skewed


@pytest.mark.parametrize("threads", [1, 2])
def test_drawing_runs_at_most_one_page_ahead_of_the_readers(monkeypatch: pytest.MonkeyPatch, threads: int) -> None:
    """Pages come back in order; while every reader is busy, one more page
    is drawn and waits, no more."""
    monkeypatch.setenv(ocr_threads.THREADS_ENV, str(threads))
    release = threading.Event()
    drawn: list[int] = []
    drawn_while_busy: list[int] = []

    def rasters():
        for number in range(1, 7):
            drawn.append(number)
            if not release.is_set():
                drawn_while_busy.append(number)
            yield number, ocr_image.Raster(Image.new("L", (10, 10), 255), 150)

    def read(raster: ocr_image.Raster, number: int, lang: str | None = None) -> Page:
        release.wait(5)
        return Page(number=number)

    monkeypatch.setattr(ocr_stage, "availability", lambda: (True, None, "nor"))
    monkeypatch.setattr(ocr_stage, "ocr_raster", read)
    threading.Timer(0.5, release.set).start()
    pages = ocr_stage.ocr_rasters(rasters())
    assert [p.number for p in pages] == [1, 2, 3, 4, 5, 6]
    assert drawn_while_busy == list(range(1, threads + 2))


def test_ruling_lines_grow_as_a_whole_page_dilation_would() -> None:
    binary = np.asarray(_form()) < 128
    _, ruling = ocr_tables.find_grids(binary, 0.5)
    assert ruling.any()
    assert np.array_equal(ocr_tables.grow(ruling, 2), ndimage.binary_dilation(ruling, iterations=2))
    edge = np.zeros((40, 50), dtype=bool)
    edge[0, 3:40] = edge[5:39, 49] = True
    assert np.array_equal(ocr_tables.grow(edge, 2), ndimage.binary_dilation(edge, iterations=2))
    assert not ocr_tables.grow(np.zeros((5, 5), dtype=bool), 2).any()


def test_table_found_in_its_window_has_its_cells() -> None:
    binary = np.asarray(_form()) < 128
    grids, _ = ocr_tables.find_grids(binary, 0.5)
    assert len(grids) == 1
    assert [len(row) for row in grids[0].cells] == [3, 3, 3]
    assert grids[0].box[0] == pytest.approx(100, abs=3) and grids[0].box[3] == pytest.approx(940, abs=3)


def test_specks_cleared_band_by_band_as_on_the_whole_page() -> None:
    """Pieces that cross a band's border keep or lose their pixels as a
    labelling of the whole page decides."""
    rng = np.random.default_rng(7)
    binary = rng.random((3 * ocr_image.BAND_PX + 40, 300)) < 0.12
    binary[ocr_image.BAND_PX - 3: ocr_image.BAND_PX + 3, 100] = True
    binary[np.arange(400, 700), np.arange(0, 300)] = True
    labels, _ = ndimage.label(binary, structure=np.ones((3, 3), dtype=bool))
    for smallest in (2, 10, 30):
        keep = np.bincount(labels.ravel()) >= smallest
        keep[0] = False
        assert np.array_equal(ocr_image.despeckle(binary, smallest), keep[labels])


def _whole_page_pieces(mask: np.ndarray, structure: np.ndarray) -> list[tuple[tuple[int, int, int, int], bytes]]:
    """Pieces in the order of a whole-page labelling."""
    labels, _ = ndimage.label(mask, structure=structure)
    return [
        ((s[0].start, s[0].stop, s[1].start, s[1].stop), (labels[s] == i).tobytes())
        for i, s in enumerate(ndimage.find_objects(labels), start=1)
    ]


def test_pieces_found_band_by_band_are_the_whole_page_pieces() -> None:
    """A piece cut by a band's edge, one that wraps round below and comes
    back up (a U), and one taller than several bands are each found whole,
    with the pixels a labelling of the whole page gives them, for 8- and
    4-connected pieces; sorted by their first pixel, in its order."""
    from soknad_extract.readers.ocr.components import BAND_PX, EIGHT, FOUR, components, first_pixel

    band = BAND_PX
    rng = np.random.default_rng(11)
    mask = rng.random((3 * band + 57, 310)) < 0.3
    mask[band - 40: band + 20, 5] = True
    mask[band + 20, 5:40] = True
    mask[band - 40: band + 21, 40] = True
    mask[10: 3 * band + 50, 300] = True
    mask[np.arange(100, 400), np.arange(0, 300)] = True
    for structure in (EIGHT, FOUR):
        found = [
            ((s[0].start, s[0].stop, s[1].start, s[1].stop), c.tobytes())
            for s, c in sorted(components(mask, structure=structure), key=first_pixel)
        ]
        assert found == _whole_page_pieces(mask, structure)
    tall = [c for _, c in components(mask, lambda height, width: height > band)]
    assert tall and all(c.shape[0] > band for c in tall)


def test_stroke_pieces_are_the_pieces_of_the_ink_without_the_boxes() -> None:
    """Cutting the check boxes out of the pieces found once gives the
    pieces a labelling of the ink without the boxes finds (the mark finders
    label the page once for boxes and strokes)."""
    from soknad_extract.readers.ocr import marks as ocr_marks

    rng = np.random.default_rng(5)
    binary = ndimage.binary_dilation(rng.random((700, 500)) < 0.002, iterations=6)
    binary[300:303, 20:480] = True
    boxes = ocr_marks.box_mask(binary.shape, [(100, 290, 140, 320), (250, 280, 300, 330)], pad=3)
    exclude = np.zeros_like(binary)
    strokes = ocr_marks.stroke_pieces(ocr_marks.ink_pieces(binary, exclude), boxes)
    ink = binary & ~boxes
    labels, _ = ndimage.label(ink, structure=np.ones((3, 3), dtype=bool))
    expected = sorted(
        ((s[0].start, s[0].stop, s[1].start, s[1].stop), (labels[s] == i).tobytes())
        for i, s in enumerate(ndimage.find_objects(labels), start=1)
        if max(s[0].stop - s[0].start, s[1].stop - s[1].start) >= 20
        and (labels[s] == i).mean() <= 0.5
    )
    found = sorted(((s[0].start, s[0].stop, s[1].start, s[1].stop), c.tobytes()) for s, c in strokes)
    assert found == expected
    assert any(s[1].stop - s[1].start < 400 and s[0].start <= 300 < s[0].stop for s, _ in strokes)


def test_runs_looked_for_only_where_they_may_be_are_all_the_runs() -> None:
    """The box filter skips lines without dense blocks; lines touching the
    page's ends, broken lines and lines with a few gaps give the runs the
    filter over every line gives."""
    rng = np.random.default_rng(9)
    binary = rng.random((600, 700)) < 0.2
    binary[5, 0:130] = True
    binary[300, 580:700] = True
    binary[450, 100:400] = rng.random(300) < 0.985
    binary[0:70, 2] = True
    binary[520:600, 650] = True
    for axis, length in ((1, 120), (0, 60), (1, 23)):
        tolerant = ocr_tables._smear(binary, axis=1 - axis).view(np.uint8)
        full = ndimage.uniform_filter1d(tolerant, size=length, axis=axis, output=np.float32) > 0.97
        expected = ndimage.maximum_filter1d(full, size=length, axis=axis) & binary
        assert np.array_equal(ocr_tables._runs(binary, length, axis), expected)
        assert expected.any()


def test_grey_statistics_from_level_counts_equal_numpys() -> None:
    """The paper's level and noise and the skew finder's background come
    from grey-level counts; they are the values np.median gives."""
    rng = np.random.default_rng(12)
    for size in ((1, 1), (7, 9), (40, 33), (120, 80)):
        for spread in (3, 40):
            gray = np.clip(rng.normal(200, spread, size), 0, 255).astype(np.uint8)
            sample = gray[::4, ::4].astype(np.float32)
            median = float(np.median(sample))
            assert ocr_greys.paper_noise(gray) == (median, 1.4826 * float(np.median(np.abs(sample - median))))
            density = 1.0 - gray.astype(np.float32) / 255.0
            expected = np.clip(density - float(np.median(density)), 0.0, 1.0)
            assert np.array_equal(ocr_image.darkness(Image.fromarray(gray), 1.0), expected)


@pytest.mark.parametrize(("value", "expected"), [("", 2), ("1", 1), ("2", 2), ("8", 2), ("0", 1), ("two", 2), (" 1 ", 1)])
def test_ocr_threads_come_from_the_environment_within_bounds(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: int
) -> None:
    monkeypatch.setenv(ocr_threads.THREADS_ENV, value)
    assert ocr_threads.threads() == expected


@pytest.mark.parametrize(("cpus", "workers", "expected"), [(2, 1, 2), (2, 2, 1), (1, 1, 1), (8, 2, 2), (4, 3, 1), (2, 0, 2)])
def test_workers_sharing_the_cores_ocr_fewer_pages_each(cpus: int, workers: int, expected: int) -> None:
    assert ocr_threads.for_workers(cpus, workers) == expected
