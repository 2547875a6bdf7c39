"""A signing table with one row per signer, the role in its own column
("Rolle | Sted og dato | Signatur | Navn"), two rows holding the same role
(two municipalities of a joint office): each row is a signer of its own,
never one block for both rows' titles."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import Image, Line
from tests.builders.layouts import table_cell, word_pages
from tools.samplegen.signed import scribble_png

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def test_two_rows_of_one_role_are_two_signers() -> None:
    rows = [("Rolle", "Sted og dato", "Signatur", "Navn"),
            ("Leder Nav Solør", "Flisa, 20.01.2020", "", "Hanne Moen"),
            ("Rådmann, Åsnes kommune", "Flisa, 22.01.2020", "", "Arne Bakken"),
            ("Rådmann, Våler kommune", "Våler, 23.01.2020", "", "Siri Holt")]
    lines = [Line(text=HEAD, page=1), Line(text="Vi søker om en hel stilling.", page=1)]
    lines += [table_cell(text, r, c) for r, row in enumerate(rows) for c, text in enumerate(row)]
    pictures = [Image(page=1, bbox=None, pixel_width=360, pixel_height=110, data=scribble_png(r),
                      table_cell=(0, r, 2)) for r in (1, 2, 3)]
    found = [(s.role, s.name, s.date) for s, _e in extract_signatures(word_pages({1: lines}, pictures))]
    assert found == [("nav_leader", "Hanne Moen", "2020-01-20"), ("municipality", "Arne Bakken", "2020-01-22"),
                     ("municipality", "Siri Holt", "2020-01-23")]
