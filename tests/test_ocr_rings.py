"""Options circled by pen on a scanned paper form (``readers.ocr.rings``):
the office draws a ring round "Ja" or "Nei", "Nytt tiltak" or
"Vidareføring", and scans the page. The ring is found on the page's pen
strokes, erased before Tesseract reads, and the word inside becomes a
ticked box of its question. A ring round both options, a ring cutting
through words, two rings on one row, a signature or a round stamp beside
an option answer nothing.

The pages are drawn here (DejaVu Sans at 300 dpi, rings as wobbly pen
polylines of several sizes, aspects and pen widths).
"""

from __future__ import annotations

import math
import random
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from soknad_extract.pipeline import read_application
from soknad_extract.readers.ocr import marks as ocr_marks
from soknad_extract.readers.ocr import rings as ocr_rings
from soknad_extract.readers.ocr.text import OcrWord

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _font(size: int) -> ImageFont.FreeTypeFont:
    try:
        return ImageFont.truetype(FONT, size)
    except OSError:
        pytest.skip("DejaVu Sans is not installed")


def _ring(draw: ImageDraw.ImageDraw, box: tuple[float, float, float, float], pen: int = 4,
          gap: float = 0.0, turn: float = 1.08, seed: int = 1) -> None:
    """A ring drawn by hand round ``box``: an ellipse with a little wobble,
    its ends overlapping (``turn`` of a full turn), or left ``gap`` degrees
    open."""
    rnd = random.Random(seed)
    x0, y0, x1, y1 = box
    cx, cy, a, b = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) / 2, (y1 - y0) / 2
    start, sweep = rnd.uniform(0, 2 * math.pi), 2 * math.pi * turn - math.radians(gap)
    steps = 240
    points = []
    for i in range(steps + 1):
        t = start + sweep * i / steps
        wobble = 1 + 0.03 * math.sin(3 * t + rnd.uniform(0, 0.2))
        points.append((cx + a * wobble * math.cos(t), cy + b * math.sin(t)))
    draw.line(points, fill=0, width=pen, joint="curve")


def _scribble(draw: ImageDraw.ImageDraw, x: int, y: int, width: int = 420, height: int = 90, seed: int = 3) -> None:
    """A signature: one pen stroke wandering up and down along a baseline."""
    rnd = random.Random(seed)
    points = [(x + i * width / 80, y + height / 2 + height / 2 * math.sin(i * 1.7) * rnd.uniform(0.4, 1.0))
              for i in range(81)]
    draw.line(points, fill=0, width=4, joint="curve")


def _ink(size: tuple[int, int], paint) -> np.ndarray:
    image = Image.new("L", size, 255)
    paint(ImageDraw.Draw(image))
    return np.asarray(image) < 128


def _rings(binary: np.ndarray, scale: float = 1.0) -> list[ocr_rings.Ring]:
    none = np.zeros_like(binary)
    strokes = ocr_marks.stroke_pieces(ocr_marks.ink_pieces(binary, none, scale), none, scale)
    return [ring for ring, _, _ in ocr_rings.find_rings(strokes, binary, scale)]


# ---------------------------------------------------------------- the ring's shape, on the pixels


@pytest.mark.parametrize(("word", "size", "pad", "pen"), [
    ("Ja", 36, (14, 18), 3),             # a round ring round a short word
    ("NEI", 40, (10, 22), 6),            # a thick pen, hugging the word
    ("Nytt tiltak", 34, (18, 20), 4),    # a long flat ring round a phrase
    ("Vidareføring", 30, (30, 34), 2),   # a loose ring, a fine pen
])
def test_a_ring_round_a_word_is_found(word: str, size: int, pad: tuple[int, int], pen: int) -> None:
    font = _font(size)
    x0, y0, x1, y1 = font.getbbox(word)
    box = (200 + x0 - pad[0], 100 + y0 - pad[1], 200 + x1 + pad[0], 100 + y1 + pad[1])

    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.text((200, 100), word, font=font, fill=0)
        _ring(draw, box, pen=pen)

    rings = _rings(_ink((1000, 300), paint))
    assert len(rings) == 1
    found = rings[0].box
    assert all(abs(p - q) <= pen + 6 for p, q in zip(found, box))


def test_a_ring_on_a_200_dpi_scan_is_found() -> None:
    font = _font(24)

    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.text((200, 100), "Nei", font=font, fill=0)
        _ring(draw, (186, 92, 262, 140), pen=3)

    assert len(_rings(_ink((600, 250), paint), scale=200 / 300)) == 1


def test_a_ring_left_a_little_open_is_found_an_arc_is_not() -> None:
    font = _font(36)

    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.text((200, 100), "Nei", font=font, fill=0)
        draw.text((700, 100), "Ja", font=font, fill=0)
        _ring(draw, (180, 80, 290, 160), pen=4, turn=1.0, gap=50)   # open by 50°: still a ring
        _ring(draw, (680, 80, 770, 160), pen=4, turn=0.5)            # half a ring: a bracket

    rings = _rings(_ink((1000, 300), paint))
    assert [r.box[0] < 400 for r in rings] == [True]


def test_a_signature_a_printed_o_and_an_empty_ring_are_no_rings() -> None:
    def paint(draw: ImageDraw.ImageDraw) -> None:
        _scribble(draw, 60, 60)
        draw.text((560, 40), "OØ", font=_font(120), fill=0)       # bold round capitals of a heading
        _ring(draw, (900, 60, 1010, 140), pen=4)                    # a ring round nothing

    assert _rings(_ink((1100, 260), paint)) == []


def test_a_round_glyph_in_a_line_of_glyphs_its_size_is_no_ring() -> None:
    """A fax's bold "@" falls apart into its round outside and the "a"
    inside: a ring round a letter, but standing in a line of letters as
    tall as it ("hilde.vik@nav.no"), it is a glyph of that line. The same
    ring round a small word, with a line-high slash beside it, is a ring."""
    font, small = _font(64), _font(30)

    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.text((100, 60), "hilde.vik", font=font, fill=0)
        right = 100 + font.getbbox("hilde.vik")[2]
        top, bottom = 60 + font.getbbox("k")[1], 60 + font.getbbox("k")[3]
        _ring(draw, (right + 6, top - 2, right + 62, bottom + 6), pen=6, turn=0.88)
        draw.text((right + 20, 60 + font.getbbox("k")[3] - small.getbbox("a")[3] - 8), "a", font=small, fill=0)
        draw.text((right + 68, 60), "nav.no", font=font, fill=0)
        draw.text((200, 220), "Ja", font=small, fill=0)
        _ring(draw, (186, 208, 252, 262), pen=4)
        draw.text((258, 220), "/ Nei", font=small, fill=0)

    rings = _rings(_ink((1100, 320), paint))
    assert [r.box[1] > 150 for r in rings] == [True]


def test_a_loop_of_a_signature_round_its_own_strokes_is_no_ring() -> None:
    """A signature's big loop with the pen's own strokes running on inside
    it: its ink lies mostly on an ellipse, but what it encloses is the same
    stroke, no print."""
    def paint(draw: ImageDraw.ImageDraw) -> None:
        _ring(draw, (100, 60, 360, 150), pen=4, seed=5)
        draw.line([(100, 105)] + [(130 + 14 * i, 85 if i % 2 else 125) for i in range(8)], fill=0, width=2)

    assert _rings(_ink((500, 220), paint)) == []


def test_a_round_stamp_is_no_ring() -> None:
    font = _font(30)

    def paint(draw: ImageDraw.ImageDraw) -> None:
        draw.ellipse((100, 100, 540, 540), outline=0, width=5)
        draw.ellipse((130, 130, 510, 510), outline=0, width=3)
        draw.text((220, 280), "NAV HAMAR", font=font, fill=0)
        draw.text((250, 330), "Mottatt", font=font, fill=0)

    assert _rings(_ink((700, 700), paint)) == []


# ---------------------------------------------------------------- the words inside


def _word(text: str, x0: int, x1: int, y0: int = 100, y1: int = 130) -> OcrWord:
    return OcrWord(text, (x0, y0, x1, y1), 0.95)


RING = ocr_rings.Ring((380, 80, 620, 150))


def test_the_phrase_a_ring_encloses_is_its_option() -> None:
    words = [_word("Søknaden", 60, 200), _word("gjelder:", 210, 320), _word("Nytt", 400, 470),
             _word("tiltak", 482, 590), _word("/", 640, 650), _word("Vidareføring", 665, 860)]
    inside = ocr_rings.enclosed_words(RING, words)
    assert [w.text for w in inside] == ["Nytt", "tiltak"]
    assert ocr_rings.question_left(inside, words) == "Søknaden gjelder"


@pytest.mark.parametrize("words", [
    [_word("Ja", 400, 440), _word("/", 470, 480), _word("Nei", 510, 570)],       # both options, a slash
    [_word("Ja", 400, 440), _word("Nei", 530, 590)],                             # both, an option's gap
    [_word("JA/NEI", 400, 560)],                                                  # both in one word
    [_word("Ja", 400, 440), _word("Vidareføring", 560, 760)],                    # a word the ring cuts
    [_word("Ja", 400, 440, 84, 112), _word("Nei", 420, 470, 120, 148)],         # two lines
    [],                                                                           # nothing read inside
])
def test_a_ring_that_holds_no_single_option_answers_nothing(words: list[OcrWord]) -> None:
    assert ocr_rings.enclosed_words(RING, words) is None


def test_the_options_before_the_ring_are_not_its_question() -> None:
    words = [_word("Ønskjer", 60, 190), _word("de", 200, 240), _word("nettverk/klynge?", 250, 520),
             _word("JA", 800, 850), _word("/", 870, 880), _word("NEI", 905, 975)]
    ring = ocr_rings.Ring((890, 80, 995, 150))
    inside = ocr_rings.enclosed_words(ring, words)
    assert ocr_rings.question_left(inside, words) == "Ønskjer de nettverk/klynge"


def test_two_rings_on_one_row_answer_nothing() -> None:
    both = [ocr_rings.Ring((380, 80, 470, 150)), ocr_rings.Ring((500, 82, 600, 148))]
    other = ocr_rings.Ring((380, 200, 470, 270))
    assert ocr_rings.alone_on_rows(both + [other]) == [other]


# ---------------------------------------------------------------- scanned forms, read whole


def _form(tmp_path: Path, name: str, title: str, rows: list[tuple[str, str]],
          questions: list[tuple[str, list[str], object]], extra=None) -> Path:
    """A printed form at 300 dpi: a title, typed rows, then questions whose
    options stand right of them separated by " / "; ``pick`` is the option's
    index to ring, "both" for one ring round all, or None. Blurred and
    speckled like a scan, saved as PNG."""
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    font, bold = _font(38), _font(50)
    draw.text((200, 200), title, font=bold, fill=0)
    y = 380
    for label, value in rows:
        draw.text((200, y), label, font=font, fill=0)
        draw.text((1000, y), value, font=font, fill=0)
        y += 80
    y += 60
    for n, (question, options, pick) in enumerate(questions):
        draw.text((200, y), question, font=font, fill=0)
        x, spans = 1600, []
        for i, option in enumerate(options):
            left, top, right, bottom = font.getbbox(option)
            draw.text((x, y), option, font=font, fill=0)
            spans.append((x + left, y + top, x + right, y + bottom))
            x += right + 30
            if i < len(options) - 1:
                draw.text((x, y), "/", font=font, fill=0)
                x += 50
        chosen = spans if pick == "both" else [spans[pick]] if pick is not None else []
        if chosen:
            x0, y0 = min(s[0] for s in chosen), min(s[1] for s in chosen)
            x1, y1 = max(s[2] for s in chosen), max(s[3] for s in chosen)
            _ring(draw, (x0 - 22, y0 - 26 - n % 2 * 4, x1 + 22, y1 + 24), pen=4 + n % 3, seed=n)
        y += 130
    if extra:
        extra(draw, y)
    pixels = np.asarray(image.rotate(0.5, fillcolor=255, resample=Image.BILINEAR).filter(ImageFilter.GaussianBlur(0.7)),
                        dtype=float) * 0.92
    pixels += np.random.default_rng(5).normal(0, 6, pixels.shape)
    path = tmp_path / name
    Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).save(path, dpi=(300, 300))
    return path


ROWS_NB = [("Nav-kontor", "NAV Gjøvik"), ("Kontaktperson", "Randi Solberg"), ("Prosjektnavn", "Gjøvik i arbeid")]
ROWS_NN = [("Nav-kontor", "NAV Voss"), ("Kontaktperson", "Sigrid Lunde"), ("Namn på tiltaket", "Voss i arbeid")]
TITLE_NB = "Søknad om tilskudd – sosiale tjenester i Nav 2020"
TITLE_NN = "Søknad om tilskot – sosiale tenester i Nav 2020"


def test_rings_on_a_bokmal_form_answer_kind_and_interest(tmp_path: Path) -> None:
    path = _form(tmp_path, "nb.png", TITLE_NB, ROWS_NB, [
        ("Søknaden gjelder (sett ring rundt):", ["Nytt prosjekt", "Videreføring"], 1),
        ("Ønsker kontoret å delta i nettverk?", ["Ja", "Nei"], 1),
        ("Ønsker kontoret ekstern prosessevaluering?", ["Ja", "Nei"], 0),
    ])
    record = read_application(path)
    assert record.project.kind == "continuation"
    assert record.interest.network is False
    assert record.interest.process_evaluation is True


def test_rings_on_a_nynorsk_form_and_a_ring_round_both_options(tmp_path: Path) -> None:
    path = _form(tmp_path, "nn.png", TITLE_NN, ROWS_NN, [
        ("Søknaden gjeld (set ring rundt):", ["Nytt tiltak", "Vidareføring"], 0),
        ("Ønskjer kontoret å delta i nettverk?", ["JA", "NEI"], 0),
        ("Ønskjer kontoret ekstern prosessevaluering?", ["JA", "NEI"], "both"),
    ])
    record = read_application(path)
    assert record.project.kind == "new"
    assert record.interest.network is True
    assert record.interest.process_evaluation is None


def test_a_signature_beside_the_options_is_no_ring(tmp_path: Path) -> None:
    def signed(draw: ImageDraw.ImageDraw, y: int) -> None:
        _scribble(draw, 1900, y - 285, width=360, height=100)

    path = _form(tmp_path, "sig.png", TITLE_NB, ROWS_NB, [
        ("Ønsker kontoret å delta i nettverk?", ["Ja", "Nei"], None),
        ("Ønsker kontoret ekstern prosessevaluering?", ["Ja", "Nei"], None),
    ], extra=signed)
    record = read_application(path)
    assert record.interest.network is None
    assert record.interest.process_evaluation is None


def test_a_long_flat_ring_is_found_whole_and_erased_before_reading() -> None:
    """A wide ring round a long option: its top and bottom are flat enough
    to pass for ruling lines, which leaves its two ends apart; the ring is
    found whole once, and only its ink is erased (the word and the slash
    it touches are read)."""
    from soknad_extract.readers.ocr.image import Raster
    from soknad_extract.readers.ocr.prepare import prepare

    font = _font(40)
    image = Image.new("L", (1700, 400), 255)
    draw = ImageDraw.Draw(image)
    draw.text((200, 150), "Nytt tiltak", font=font, fill=0)
    draw.text((470, 150), "/", font=font, fill=0)
    draw.text((530, 150), "Vidareføring av tiltak frå 2019", font=font, fill=0)
    x0, y0, x1, y1 = font.getbbox("Vidareføring av tiltak frå 2019")
    ring = (530 + x0 - 40, 150 + y0 - 30, 530 + x1 + 40, 150 + y1 + 30)
    _ring(draw, ring, pen=4, turn=1.04)
    words_ink = np.asarray(image) < 128
    prepared = prepare(Raster(image, 300))
    assert len(prepared.rings) == 1
    found = prepared.rings[0].box
    assert all(abs(p - q) <= 12 for p, q in zip(found, ring))
    erased = prepared.ocr_input > 200
    # the ring's left and right ends are erased, the letters inside are not
    mid = (ring[1] + ring[3]) // 2
    assert erased[mid - 3:mid + 3, ring[0] - 2:ring[0] + 6].all()
    letters = words_ink[150:150 + y1, 540:1500]
    assert (prepared.ocr_input[150:150 + y1, 540:1500][letters] < 128).mean() > 0.9
