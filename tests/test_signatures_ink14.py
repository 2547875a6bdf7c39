"""Ink classes met in the fourteenth held-out corpus (issue 12).

Documents, lines and pictures built here in the layout model; names,
wordings and pictures are this file's own, never a corpus file's."""

from __future__ import annotations

import io
import random

from PIL import Image as PILImage, ImageDraw

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.ink import _pixel_stats, classify_image
from soknad_extract.layout import Image, Line
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, word_pages
from tools.samplegen.signed import scribble_png


def kinds(found):
    return [(s.role, s.name, s.kind) for s, _e in found]


# --- a short signature written at ordinary size ------------------------------
# Class: a signer with a short name writes a few letters, 20-25 pt tall, with
# an ordinary pen; drawn at the PDF reader's 100 dpi its 1.3 pt strokes are
# two or three pixels wide, so they ink 35-45 % of their tight box, as much
# as a filled logo. None of that ink is solid.

_SCALE = 4
"""Drawn this many times larger, then shrunk: anti-aliased edges as a renderer draws them."""


def _png(draw_on, size: tuple[int, int]) -> bytes:
    big = PILImage.new("L", (size[0] * _SCALE, size[1] * _SCALE), 255)
    draw_on(ImageDraw.Draw(big), _SCALE)
    small = big.resize(size, PILImage.Resampling.BOX)
    buf = io.BytesIO()
    small.save(buf, format="PNG")
    return buf.getvalue()


def short_signature(seed: int = 3, size: tuple[int, int] = (86, 33)) -> bytes:
    """Two tight zigzag strokes (a short name's letters) in dark ink, the
    pen 1.8 px wide, filling their box as a tight crop does."""
    rng = random.Random(seed)

    def strokes(draw, k):
        for x_start, x_end in ((1, 44), (40, size[0] - 1)):
            points, x = [], float(x_start)
            while x <= x_end:
                points.append((x * k, rng.uniform(2, size[1] - 2) * k))
                x += rng.uniform(1.2, 2.0)
            draw.line(points, fill=40, width=int(1.8 * k))
    return _png(strokes, size)


def filled_logo(size: tuple[int, int] = (86, 33)) -> bytes:
    """Block letters filled solid, as dense as the short signature."""
    def letters(draw, k):
        for x in range(2, size[0] - 12, 17):
            draw.rectangle((x * k, 4 * k, (x + 10) * k, (size[1] - 4) * k), fill=30)
    return _png(letters, size)


def hatching(size: tuple[int, int] = (86, 33)) -> bytes:
    """Thin dark lines packed closer than any handwriting: over half inked."""
    def lines(draw, k):
        for x in range(0, size[0], 2):
            draw.line(((x * k, 0), (x * k, size[1] * k)), fill=20, width=int(1.3 * k))
    return _png(lines, size)


def _verdict(png: bytes):
    return classify_image(Image(page=1, bbox=(60.0, 540.0, 122.0, 564.0), data=png))


def test_a_short_dense_signature_is_ink():
    png = short_signature()
    stats = _pixel_stats(png, 62.0)
    assert 0.33 <= stats.ink_ratio <= 0.45  # denser than a signature with room between its letters
    assert _verdict(png).is_ink


def test_equally_dense_solid_or_packed_pictures_are_not_ink():
    logo = filled_logo()
    assert 0.33 <= _pixel_stats(logo, 62.0).ink_ratio <= 0.6
    assert not _verdict(logo).is_ink
    packed = hatching()
    assert _pixel_stats(packed, 62.0).ink_ratio > 0.45
    assert not _verdict(packed).is_ink


def test_two_signers_on_lines_one_short_signature_both_handwritten():
    """Printed form: the date above, ink over the line, name and title
    printed under it, two signers side by side; the left signer's ink is a
    few letters only."""
    lines = [
        pdf_line("Søknad om tilskudd 2020", 1, 50, 60),
        pdf_line("Gjøvik, 21.01.2020", 1, 50, 526), pdf_line("Gjøvik, 21.01.2020", 1, 310, 526),
        pdf_line("Eli Aas", 1, 50, 588), pdf_line("Lars Brenden", 1, 310, 588),
        pdf_line("Nav-leder", 1, 50, 602), pdf_line("Kommunedirektør", 1, 310, 602),
    ]
    left = Image(page=1, bbox=(62.0, 546.0, 124.0, 570.0), data=short_signature(5))
    right = ink(1, (322.0, 542.0, 436.0, 571.0), seed=8)
    found = extract_signatures(pdf_pages(pdf_page(1, lines, [left, right])))
    assert kinds(found) == [("nav_leader", "Eli Aas", "handwritten"),
                            ("municipality", "Lars Brenden", "handwritten")]


# --- signers stacked in one table cell -----------------------------------------
# Class: a Word form kept inside one layout table cell (or a signature cell
# holding both signers one under the other): each signer's "Sted/dato" line,
# a paragraph with the ink picture, then name and title. The cell is shared,
# so it says nothing about whose ink it holds; the picture's paragraph does.

_CELL = (0, 0, 0)


def _stacked(first: str, second: str) -> list[Line]:
    texts = ["Søknad om tilskudd", "Underskrifter",
             "Sted/dato: Elverum, 20.01.2020", "", first,
             "Sted/dato: Elverum, 22.01.2020", "", second]
    return [Line(text=t, page=1, table_cell=_CELL) for t in texts]


def _ink_in(paragraph: int, seed: int) -> Image:
    return Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(seed),
                 table_cell=_CELL, paragraph_index=paragraph)


def test_each_ink_in_a_shared_cell_goes_to_the_signer_under_it():
    doc = word_pages({1: _stacked("Sigrid Hauge\nNav-leder", "Ole Bratt\nRådmann")},
                     [_ink_in(3, 1), _ink_in(6, 2)])
    assert kinds(extract_signatures(doc)) == [("nav_leader", "Sigrid Hauge", "handwritten"),
                                              ("municipality", "Ole Bratt", "handwritten")]


def test_one_ink_in_a_shared_cell_marks_only_its_own_signer():
    lines = _stacked("Sigrid Hauge\nNav-leder", "Ole Bratt\nRådmann")
    lower = word_pages({1: lines}, [_ink_in(6, 2)])
    assert kinds(extract_signatures(lower)) == [("nav_leader", "Sigrid Hauge", "typed"),
                                                ("municipality", "Ole Bratt", "handwritten")]
    upper = word_pages({1: _stacked("Sigrid Hauge\nNav-leder", "Ole Bratt\nRådmann")}, [_ink_in(3, 1)])
    assert kinds(extract_signatures(upper)) == [("nav_leader", "Sigrid Hauge", "handwritten"),
                                                ("municipality", "Ole Bratt", "typed")]
