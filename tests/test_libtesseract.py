"""Tesseract through its library in the worker (``readers/ocr/libtesseract``):
the same words as the command line, the model kept per thread, the document's
deadline, silence on the terminal, and the command line whenever the library
cannot or should not read.

The page is drawn with reportlab and drawn to pixels by pdfium, so it is the
same on every machine."""

from __future__ import annotations

import threading
from pathlib import Path

import pypdfium2 as pdfium
import pytesseract
import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.readers.ocr import image as ocr_image
from soknad_extract.readers.ocr import libtesseract
from soknad_extract.readers.ocr import text as ocr_text

LANG = "nor+eng"


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> ocr_image.Raster:
    path = tmp_path_factory.mktemp("libtesseract") / "page.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 12)
    lines = [
        "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret",
        "Nav-kontor: Nav Ålesund",
        "Prosjektets navn: Økonomisk rådgivning for unge",
        "Stillingsprosent: 50 %   Beløp: 310 000 kr",
        "Kontaktperson: kari.nordmann@nav.no",
    ]
    for i, text in enumerate(lines):
        c.drawString(60, 780 - 22 * i, text)
    c.save()
    pdf = pdfium.PdfDocument(str(path))
    try:
        raster = ocr_image.render_pdf_page(pdf, 1)
    finally:
        pdf.close()
    return ocr_image.Raster(raster.image.convert("L"), raster.dpi)


@pytest.fixture
def fresh_engines(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[libtesseract.Engine]]:
    """An empty engine store for the test; the engines it makes are freed after."""
    idle: dict[str, list[libtesseract.Engine]] = {}
    monkeypatch.setattr(libtesseract, "_idle", idle)
    monkeypatch.setattr(libtesseract, "_unloadable", set())
    yield idle
    for engines in idle.values():
        for engine in engines:
            engine.close()


@pytest.mark.ocr
@pytest.mark.parametrize("psm", [ocr_text.PSM, ocr_text.FALLBACK_PSM])
def test_library_reads_the_same_words_as_the_command_line(
    page: ocr_image.Raster, psm: int, fresh_engines: dict
) -> None:
    library = ocr_text._library_data(ocr_text.grey_pixels(page.image), page.dpi, LANG, psm)
    command = ocr_text._command_data(ocr_text.grey_pixels(page.image), page.dpi, LANG, psm)
    assert library == command
    assert "Ålesund" in library["text"] and "rådgivning" in library["text"]


@pytest.mark.ocr
def test_run_tesseract_goes_through_the_library_by_default(
    page: ocr_image.Raster, fresh_engines: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the command line was started")

    monkeypatch.delenv(libtesseract.ENGINE_ENV, raising=False)
    monkeypatch.setattr(pytesseract, "image_to_data", refuse)
    words = ocr_text.run_tesseract(page.image, page.dpi, LANG)
    assert {"Ålesund", "rådgivning"} <= {w.text for w in words}
    assert len(fresh_engines[LANG]) == 1


@pytest.mark.ocr
def test_an_engine_is_kept_and_reused_one_per_thread_at_a_time(fresh_engines: dict) -> None:
    with libtesseract.engine(LANG) as first:
        with libtesseract.engine(LANG) as second:
            assert first is not second
    assert len(fresh_engines[LANG]) == 2
    made: list[libtesseract.Engine] = []
    barrier = threading.Barrier(2)

    def take() -> None:
        with libtesseract.engine(LANG) as engine:
            made.append(engine)
            barrier.wait(timeout=10)

    threads = [threading.Thread(target=take) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {id(e) for e in made} == {id(first), id(second)}
    assert len(fresh_engines[LANG]) == 2


@pytest.mark.ocr
def test_the_documents_deadline_stops_recognition_as_a_timeout(
    page: ocr_image.Raster, fresh_engines: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ocr_text, "_timeout", lambda: 0.001)
    with pytest.raises(ocr_text.OcrTimeout):
        ocr_text._library_data(ocr_text.grey_pixels(page.image), page.dpi, LANG, ocr_text.PSM)
    monkeypatch.setattr(ocr_text, "_timeout", lambda: 60.0)
    assert "Ålesund" in ocr_text._library_data(ocr_text.grey_pixels(page.image), page.dpi, LANG, ocr_text.PSM)["text"]


@pytest.mark.ocr
def test_the_library_says_nothing_on_the_terminal(
    page: ocr_image.Raster, fresh_engines: dict, capfd: pytest.CaptureFixture[str]
) -> None:
    ocr_text._library_data(ocr_text.grey_pixels(page.image), page.dpi, LANG, ocr_text.PSM)
    ocr_text._library_data(ocr_text.grey_pixels(Image.new("L", (400, 400), 255)), 300, LANG, ocr_text.PSM)
    for engines in fresh_engines.values():
        while engines:
            engines.pop().close()
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""


def test_the_command_line_is_used_when_asked_for(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(libtesseract, "library", lambda: object())
    monkeypatch.delenv(libtesseract.ENGINE_ENV, raising=False)
    assert libtesseract.wanted()
    monkeypatch.setenv(libtesseract.ENGINE_ENV, "Command")
    assert not libtesseract.wanted()
    monkeypatch.delenv(libtesseract.ENGINE_ENV)
    monkeypatch.setattr(pytesseract.pytesseract, "tesseract_cmd", "/opt/tesseract-5.4/bin/tesseract")
    assert not libtesseract.wanted()


def test_no_library_means_the_command_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(libtesseract.ctypes.util, "find_library", lambda _name: None)
    libtesseract.library.cache_clear()
    try:
        assert libtesseract.library() is None
        assert not libtesseract.wanted()
    finally:
        monkeypatch.undo()
        libtesseract.library.cache_clear()


def test_a_language_the_library_cannot_load_is_read_by_the_command_line(
    fresh_engines: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    attempts: list[str] = []

    def unloadable(self: libtesseract.Engine, _lib: object, lang: str) -> None:
        attempts.append(lang)
        raise libtesseract.Unavailable(f"no data for {lang}")

    columns = {"text": ["Nav", "Bodø"], "conf": [91, 88], "left": [10, 60], "top": [5, 5], "width": [40, 50],
               "height": [12, 12], "block_num": [1, 1], "par_num": [1, 1], "line_num": [1, 1]}
    commands: list[int] = []

    def command(*_args: object, **_kwargs: object) -> dict[str, list]:
        commands.append(1)
        return columns

    monkeypatch.setattr(libtesseract, "library", lambda: object())
    monkeypatch.setattr(libtesseract, "wanted", lambda: True)
    monkeypatch.setattr(libtesseract.Engine, "__init__", unloadable)
    monkeypatch.setattr(ocr_text, "_command_data", command)
    image = Image.new("L", (200, 40), 255)
    for _ in range(2):
        words = ocr_text.run_tesseract(image, 300, "nor")
        assert [(w.text, w.confidence) for w in words] == [("Nav", 0.91), ("Bodø", 0.88)]
    assert attempts == ["nor"] and len(commands) == 2


@pytest.mark.ocr
def test_pixels_that_are_not_one_grey_row_after_another_are_refused_not_misread(fresh_engines: dict) -> None:
    import numpy as np

    page = np.full((60, 80), 255, dtype=np.uint8)
    with libtesseract.engine(LANG) as engine:
        for bad in (page[:, ::2], page.astype(np.uint16), np.dstack([page, page, page])):
            with pytest.raises(ValueError):
                engine.tsv(bad, 300, ocr_text.PSM, 10.0)
    assert ocr_text.grey_pixels(page[:, ::2]).flags.c_contiguous


@pytest.mark.ocr
def test_an_image_and_its_pixels_read_alike(page: ocr_image.Raster, fresh_engines: dict) -> None:
    from_image = ocr_text.run_tesseract(page.image, page.dpi, LANG)
    from_pixels = ocr_text.run_tesseract(ocr_text.grey_pixels(page.image), page.dpi, LANG)
    assert [(w.text, w.box) for w in from_image] == [(w.text, w.box) for w in from_pixels]
    assert len(from_image) > 20


@pytest.mark.ocr
def test_an_empty_image_is_a_failed_page_without_a_word_on_the_terminal(
    fresh_engines: dict, capfd: pytest.CaptureFixture[str]
) -> None:
    import numpy as np

    for shape in ((0, 40), (40, 0)):
        with pytest.raises(pytesseract.TesseractError):
            ocr_text._library_data(np.zeros(shape, dtype=np.uint8), 300, LANG, ocr_text.PSM)
    assert capfd.readouterr().err == ""


@pytest.mark.ocr
def test_a_language_without_data_is_refused_without_a_word_on_the_terminal(
    fresh_engines: dict, capfd: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(libtesseract.Unavailable):
        with libtesseract.engine("xyz"):
            pass
    assert "xyz" in libtesseract._unloadable
    assert capfd.readouterr().err == ""


@pytest.mark.ocr
def test_with_little_of_the_documents_time_left_the_command_line_reads(
    page: ocr_image.Raster, fresh_engines: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The library's deadline does not stop its layout analysis; the command
    line is stopped whatever it is doing, so it takes the last seconds."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the library read with too little time left")

    monkeypatch.delenv(libtesseract.ENGINE_ENV, raising=False)
    monkeypatch.setattr(ocr_text, "_library_data", refuse)
    monkeypatch.setattr(ocr_text, "_timeout", lambda: libtesseract.LIBRARY_MIN_SECONDS - 1)
    monkeypatch.setattr(ocr_text, "_cpu_left", lambda: libtesseract.LIBRARY_MIN_SECONDS - 1)
    words = ocr_text.run_tesseract(page.image, page.dpi, LANG)
    assert {"Ålesund", "rådgivning"} <= {w.text for w in words}


@pytest.mark.ocr
def test_leptonica_is_told_to_print_nothing_once_the_library_loads() -> None:
    lib = libtesseract.library()
    if lib is None or not hasattr(lib, "setMsgSeverity"):
        pytest.skip("no libtesseract, or a Leptonica without the setting")
    assert lib.setMsgSeverity(libtesseract.LEPTONICA_QUIET) == libtesseract.LEPTONICA_QUIET  # returns the one before
