"""The one row test of layout/geometry: vertical extents overlapping by a share of the
shorter one's height, each caller with its named share."""

from __future__ import annotations

from soknad_extract.layout import settings
from soknad_extract.layout.geometry import extents_overlap, on_one_line, on_one_row


def test_a_text_line_needs_half_the_lower_boxs_height() -> None:
    assert on_one_line((0, 0, 10, 10), (20, 5, 30, 15))
    assert not on_one_line((0, 0, 10, 10), (20, 5.5, 30, 15))
    assert on_one_line((0, 0, 10, 10), (20, 5.5, 30, 15)) == on_one_row(
        (0, 0, 10, 10), (20, 5.5, 30, 15), settings.LINE_OVERLAP)


def test_signature_blocks_side_by_side_need_less_overlap() -> None:
    assert on_one_row((0, 0, 10, 10), (20, 7, 30, 17), settings.ROW_OVERLAP)
    assert not on_one_line((0, 0, 10, 10), (20, 7, 30, 17))


def test_an_extent_with_no_height_needs_a_point() -> None:
    assert not extents_overlap((5.0, 5.0), (5.0, 20.0), settings.LINE_OVERLAP)
    assert extents_overlap((5.0, 6.0), (5.0, 20.0), settings.LINE_OVERLAP)
