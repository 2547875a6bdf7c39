"""Which year of the project: the number after "år" belongs to the same
line. A form whose answer ends in "år" ("Vidareføring, tredje og siste år")
is followed by the next item's number ("6. Oppstart"), which is no year;
reading it as one gave a false CONTINUATION_LIMIT."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


@pytest.mark.parametrize("paragraphs, year", [
    (["4. Er tiltaket nytt?", "Nei, andre og siste år", "5. Planlagd start", "01.02.2020"], 2),
    (["Type søknad", "Videreføring, siste år", "7. Stillingsprosent", "50 %"], None),
    (["Prosjektår:", "8. Kontaktperson", "Kari Nilsen"], None),
    (["Søknaden gjelder år 3 av 3."], 3),
    (["Driftsår:", "2"], 2),
])
def test_the_next_items_number_is_no_year(paragraphs, year):
    assert extract(word_doc(*paragraphs), S2020).project_year == year
