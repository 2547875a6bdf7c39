"""A mark typed in brackets right after an option ("arbeidsliv (☒)") chooses
the words before it, also on a line a word processor wrapped mid-option
("… (☒) Oppfølging av barnefamiliar, ungdom og" over "innvandrarar (☐) …"),
where the line ends in words and the old reading gave each mark to the
option after it."""

from __future__ import annotations

import pytest

from soknad_extract.layout.glyphs import find_glyph_boxes


def _ticked(text: str) -> list[str]:
    return [b.label for b in find_glyph_boxes(text) if b.checked]


@pytest.mark.parametrize("text, ticked", [
    ("Prioriterte områder: Bruk av ordinært arbeidsliv (☒) Oppfølging av barnefamilier, ungdom og\n"
     "innvandrere (☐) Sikring av sårbare overganger (☐)", ["Bruk av ordinært arbeidsliv"]),
    ("Satsing: Arbeidsliv [☐] Barnefamilier [☒] Sårbare\novergangar [☐]", ["Barnefamilier"]),
    ("Bruk av ordinært arbeidsliv (☐) Oppfølging av barnefamilier (☒) Sikring av", ["Oppfølging av barnefamilier"]),
    ("Prioriterte område: Bruk av ordinært arbeidsliv (☒)   Oppfølging av barnefamiliar (☐)",
     ["Bruk av ordinært arbeidsliv"]),
])
def test_a_hugged_mark_chooses_the_words_before_it(text, ticked) -> None:
    assert _ticked(text) == ticked


@pytest.mark.parametrize("text, ticked", [
    ("Område: (☒) Arbeidsliv (☐) Barnefamilier", ["Arbeidsliv"]),
    ("Type søknad: ☒ Nytt prosjekt ☐ Videreføring", ["Nytt prosjekt"]),
    ("Nettverk: [☒] Ja [☐] Nei", ["Ja"]),
    ("Ønsker nettverk (☒) Ja (☐) Nei", ["Ja"]),
    ("Ønsker nettverk (☐) Ja (☒) Nei", ["Nei"]),
])
def test_marks_before_their_options_still_open_them(text, ticked) -> None:
    assert _ticked(text) == ticked
