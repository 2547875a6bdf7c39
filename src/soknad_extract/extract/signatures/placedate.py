"""A line that holds a place and a date and nothing else: the line over a signer's ink."""

from __future__ import annotations

from ...layout.fragments import Fragment
from .wording import is_place_date_label, words_before_date


def place_and_date(frag: Fragment) -> bool:
    """A place and a date and nothing else ("Mosjøen, 20.01.2020"), or the
    place-and-date label: the line over the ink that a title opening the
    zone reaches across the signer's name above it."""
    before = words_before_date(frag.text)
    return is_place_date_label(frag) or (before is not None and before.endswith(",")
                                         and len(before.split()) <= _PLACE_WORDS)


_PLACE_WORDS = 3
"""A place's name ("Mo i Rana,")."""
