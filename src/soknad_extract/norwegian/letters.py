"""The letters people's and places' names are written in, as regex class
contents: Norwegian offices serve Sami municipalities and people with names
from all over Europe ("Máret Ánne Balto", "Ánde Pavval", "Đorđe Šimić",
"Zoë Müller"), so a name pattern must know every Latin capital and small
letter, not only A-Z and æøå. Python's ``re`` has no ``\\p{Lu}``; the classes
are built once from Unicode's own case data."""

from __future__ import annotations

_LATIN_BLOCKS = (range(0x00C0, 0x0250), range(0x1E00, 0x1F00))
"""Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional."""


def _latin(test: str) -> str:
    return "".join(c for block in _LATIN_BLOCKS for c in map(chr, block) if getattr(c, test)())


UPPER = "A-Z" + _latin("isupper")
"""A capital letter in a name ("Á", "Č", "Đ", "Ŋ", "Š", "Ŧ", "Ž", "Ö")."""
LOWER = "a-z" + _latin("islower")
"""A small letter in a name ("á", "č", "đ", "ŋ", "š", "ŧ", "ž", "ï", "ń")."""
