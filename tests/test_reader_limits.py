"""The readers check the limits before the expensive work, enforce them
while streaming, and say what they repaired (issue 13, reader side)."""

from __future__ import annotations

import resource
import tempfile
import zlib
from pathlib import Path

import pytest

from soknad_extract import clock, limits, nlp
from soknad_extract.limits import LimitExceeded
from soknad_extract.readers import read_document
from soknad_extract.readers.errors import UnreadableDocument
from tests.hostile import make


@pytest.fixture(scope="module")
def corpus():
    """The reader cases of the hostile corpus, built once (the bombs are a
    few MiB on disk)."""
    cases = ["control_docx", "control_pdf", "core_bad_deflate", "core_encrypted", "core_method", "docx_bomb",
             "core_bomb", "grid_span_1e8", "grid_before_1e9", "grid_span_1e30", "strict_ooxml", "pdf_text_bomb",
             "pdf_flate_gib", "pdf_5000_pages", "image_30k"]
    with tempfile.TemporaryDirectory(prefix="soknad-reader-limits-") as name:
        yield make.build(Path(name), only=cases)


def _peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("case, limit", [
    ("docx_bomb", "zip_max_total_mib"), ("core_bomb", "zip_max_total_mib"),
    ("grid_span_1e8", "max_span"), ("grid_before_1e9", "max_span"), ("grid_span_1e30", "max_span"),
    ("pdf_text_bomb", "pdf_max_stream_mib"), ("pdf_flate_gib", "pdf_max_stream_mib"),
    ("pdf_5000_pages", "max_pages"), ("image_30k", "max_pixels")])
def test_hostile_file_is_refused_naming_the_limit(corpus: dict[str, Path], case: str, limit: str) -> None:
    with pytest.raises(LimitExceeded) as caught:
        read_document(corpus[case])
    assert caught.value.limit == limit
    assert f"({limit})" in caught.value.message_nb and f"({limit})" in caught.value.message_en
    assert _peak_mib() < 1500, f"{case} cost {_peak_mib():.0f} MiB"


@pytest.mark.parametrize("case", ["core_bad_deflate", "core_encrypted", "core_method"])
def test_damaged_optional_part_is_skipped_and_said(corpus: dict[str, Path], case: str) -> None:
    doc = read_document(corpus[case])
    assert "Omsøkt beløp" in doc.text()
    (note,) = doc.notes
    assert note.code == "LOW_CONFIDENCE" and "docProps/core.xml" in note.message_nb
    assert "docProps/core.xml" in note.message_en and doc.metadata == {}


def test_strict_open_xml_reads_like_transitional(corpus: dict[str, Path]) -> None:
    doc = read_document(corpus["strict_ooxml"])
    assert "Omsøkt beløp" in doc.text() and not doc.notes


def test_control_files_read_without_notes(corpus: dict[str, Path]) -> None:
    for case in ("control_docx", "control_pdf"):
        doc = read_document(corpus[case])
        assert "Omsøkt beløp" in doc.text() and not doc.notes, case


@pytest.mark.parametrize("setting, limit", [
    ("max_paragraphs=3", "max_paragraphs"), ("xml_max_depth=4", "xml_max_depth"),
    ("zip_max_entries=2", "zip_max_entries"), ("max_file_mib=0.0001", "max_file_mib")])
def test_word_limits_come_from_the_environment(corpus: dict[str, Path], monkeypatch: pytest.MonkeyPatch,
                                               setting: str, limit: str) -> None:
    monkeypatch.setenv(limits.ENV_VAR, setting)
    with pytest.raises(LimitExceeded) as caught:
        read_document(corpus["control_docx"])
    assert caught.value.limit == limit


def test_grid_size_is_checked_before_rows_are_allocated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rows = "".join(f'<w:tr><w:tc><w:p><w:r><w:t>{i}</w:t></w:r></w:p></w:tc></w:tr>' for i in range(5))
    grid = "".join('<w:gridCol w:w="100"/>' for _ in range(10))
    path = make.docx(tmp_path / "grid.docx", f"<w:tbl><w:tblGrid>{grid}</w:tblGrid>{rows}</w:tbl>")
    monkeypatch.setenv(limits.ENV_VAR, "max_grid_cells=30")
    with pytest.raises(LimitExceeded) as caught:
        read_document(path)
    assert caught.value.limit == "max_grid_cells"


def _pdf_with_content(path: Path, encoded: bytes) -> Path:
    writer = make.PdfWriter()
    content = writer.compressed(encoded, "/Filter /FlateDecode")
    return make.pdf(path, [content], writer=writer)


def test_damaged_stream_is_said_with_its_page(tmp_path: Path) -> None:
    whole = zlib.compress(make._text_content())
    doc = read_document(_pdf_with_content(tmp_path / "cut-stream.pdf", whole[: len(whole) * 2 // 3]))
    pages = [n.page for n in doc.notes if n.code == "LOW_CONFIDENCE" and "skadet" in n.message_nb]
    assert 1 in pages
    assert any("damaged" in n.message_en for n in doc.notes)


def test_rebuilt_xref_is_said(tmp_path: Path) -> None:
    path = make.pdf(tmp_path / "xref.pdf")
    data = path.read_bytes()
    start = data.rindex(b"startxref\n") + len(b"startxref\n")
    path.write_bytes(data[:start] + b"17" + data[data.index(b"\n", start):])
    doc = read_document(path)
    assert "Omsøkt beløp" in doc.text()
    assert any("xref" in n.message_nb for n in doc.notes)


def test_page_count_that_lies_is_enforced_while_pages_are_built(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    path = make.pdf(tmp_path / "lying.pdf", pages=5)
    path.write_bytes(path.read_bytes().replace(b"/Count 5", b"/Count 1"))
    monkeypatch.setenv(limits.ENV_VAR, "max_pages=3")
    with pytest.raises(LimitExceeded) as caught:
        read_document(path)
    assert caught.value.limit == "max_pages" and caught.value.value == 4


@pytest.mark.parametrize("kids", [b"/Kids /Broken", b"/Kids [ 7 ]"])
def test_broken_page_tree_gives_the_reader_message(tmp_path: Path, kids: bytes) -> None:
    """A page tree whose kids are not pages: the reader's message, not a
    parser's exception (15 tracebacks in the phase-1 fuzz round came from a
    broken tree)."""
    import re

    path = make.pdf(tmp_path / "tree.pdf")
    path.write_bytes(re.sub(rb"/Kids \[[^\]]*\]", kids, path.read_bytes()))
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert "skadet" in caught.value.message_nb and "damaged" in caught.value.message_en


def test_fifo_is_refused_without_opening_it(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "y.pdf"
    os.mkfifo(fifo)
    with pytest.raises(UnreadableDocument, match="not a regular file"):
        read_document(fifo)


def test_long_text_is_matched_in_pieces_like_a_short_one(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = [f"linje {i}: vi søker om tilskudd til stilling" if i % 7 == 0 else f"linje {i} annet" for i in range(3000)]
    text = "\n".join(lines)
    phrases = nlp.PhraseSet({"apply": ["søker om tilskudd"], "job": ["stilling*"]})
    whole = phrases.find(text)
    original = nlp.pieces
    monkeypatch.setattr(nlp, "pieces", lambda t: original(t, 5_000, 300))
    assert len(nlp.pieces(text)) > 5
    assert whole and phrases.find(text) == whole


def test_pieces_cover_the_text_with_overlap() -> None:
    text = "\n".join(f"linje {i}" for i in range(50_000))
    cuts = nlp.pieces(text, 10_000, 500)
    assert cuts[0][0] == 0 and cuts[-1][1] == len(text)
    for (_, end), (start, _) in zip(cuts, cuts[1:]):
        assert start < end and end - start >= 400
        assert text[start - 1] == "\n"


def test_ocr_step_stopped_by_the_clock_is_a_note_naming_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    from PIL import Image

    from soknad_extract.readers.ocr import image as ocr_image
    from soknad_extract.readers.ocr import stage, text

    asked: list[float] = []

    def timed_out(*_args: object, timeout: float, **_kwargs: object) -> object:
        asked.append(timeout)
        raise RuntimeError("Tesseract process timeout")

    monkeypatch.setattr(stage, "availability", lambda: (True, None, "nor"))
    monkeypatch.setenv(text.libtesseract.ENGINE_ENV, "command")
    monkeypatch.setattr(text.pytesseract, "image_to_data", timed_out)
    notes: list = []
    raster = ocr_image.Raster(Image.new("L", (400, 400), 255), 300)
    with clock.document_clock(30):
        (page,) = stage.ocr_rasters([(3, raster)], notes)
    assert page.number == 3 and not page.lines
    (note,) = notes
    assert note.code == "LOW_CONFIDENCE" and note.page == 3
    assert "tidsgrensen" in note.message_nb and "time limit" in note.message_en
    assert asked and all(1 <= t <= 30 - text.RESERVE_SECONDS for t in asked)


def test_pdf_image_is_checked_by_its_declared_size_before_pdfium_draws_it(tmp_path: Path) -> None:
    writer = make.PdfWriter()
    image = writer.stream(b"\x00" * 1000, "/Type /XObject /Subtype /Image /Width 30000 /Height 30000 "
                                          "/ColorSpace /DeviceGray /BitsPerComponent 8")
    content = writer.stream(make._text_content() + b"\nq 200 0 0 200 50 50 cm /Im1 Do Q")
    path = make.pdf(tmp_path / "image.pdf", [content], writer=writer)
    data = path.read_bytes().replace(b"/Resources << /Font", f"/Resources << /XObject << /Im1 {image} 0 R >> /Font".encode())
    path.write_bytes(data)
    with pytest.raises(LimitExceeded) as caught:
        read_document(path)
    assert caught.value.limit == "max_pixels" and caught.value.value == 900_000_000


def test_missing_object_is_said_even_when_the_rest_is_not_an_application(tmp_path: Path) -> None:
    from soknad_extract.pipeline import read_application

    writer = make.PdfWriter()
    memo = writer.stream(make._text_content(["Referat fra nettverkssamling", "Neste møte blir i mai."]))
    path = make.pdf(tmp_path / "memo.pdf", [memo, 99], writer=writer)
    record = read_application(path)
    codes = [f.code.value for f in record.findings]
    assert codes[0] == "NOT_AN_APPLICATION" and "LOW_CONFIDENCE" in codes
    damaged = [f for f in record.findings if f.code.value == "LOW_CONFIDENCE"]
    assert any(f.evidence is not None and f.evidence.page == 1 and "mangler" in f.message for f in damaged)
