"""Options on one line, each opened by a typed mark: the chosen one by a
tick or an "X", the others by "_", a dash or an "o" ("X Nytt prosjekt   _
Vidareføring", "✔ Nytt prosjekt – Videreføring", "Nettverk: X Ja _ Nei").
Word-processor forms with no box glyphs; the mark belongs to the option after
it, and a dash inside an option ("barnefamilier – ungdom") is no mark. Also a
scan's speck before a line's first bracket box (".[X] Overganger")."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.layout import FormField
from soknad_extract.layout.glyphs import find_glyph_boxes
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"


def _read(text: str) -> list[tuple[str, bool, str | None]]:
    return [(b.label, b.checked, b.question) for b in find_glyph_boxes(text)]


@pytest.mark.parametrize("text, expected", [
    ("X Nytt prosjekt   _ Vidareføring", [("Nytt prosjekt", True, None), ("Vidareføring", False, None)]),
    ("_ Nytt prosjekt   x Videreføring", [("Nytt prosjekt", False, None), ("Videreføring", True, None)]),
    ("✔ Nytt prosjekt – Videreføring", [("Nytt prosjekt", True, None), ("Videreføring", False, None)]),
    ("Nettverk/klyngesamarbeid:  X Ja   _ Nei", [("Ja", True, "Nettverk/klyngesamarbeid"),
                                               ("Nei", False, "Nettverk/klyngesamarbeid")]),
    ("Evaluering? o Ja  X Nei", [("Ja", False, "Evaluering"), ("Nei", True, "Evaluering")]),
    ("- Ja ✔ Nei", [("Ja", False, None), ("Nei", True, None)]),
])
def test_the_mark_before_an_option_chooses_it(text, expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("☒ Oppfølging av barnefamilier – ungdom", [("Oppfølging av barnefamilier – ungdom", True, None)]),
    ("☒ Ja ☐ Nei", [("Ja", True, None), ("Nei", False, None)]),
    ("- Arbeid\n- Familie", []),
    ("Budsjett: 3 x 50 % - Lønn", []),
    ("Kontaktperson Kari X Moen - Leder", []),
])
def test_no_mark_without_a_line_of_marked_options(text, expected) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize("answer, expected", [
    ("X Nytt prosjekt   _ Vidareføring", "new"),
    ("_ Nytt prosjekt   X Vidareføring", "continuation"),
    ("✔ Nytt prosjekt – Videreføring", "new"),
    ("– Nytt prosjekt ✔ Videreføring", "continuation"),
])
def test_the_kind_is_the_marked_option(answer, expected) -> None:
    doc = word_doc(TITLE, tables=[[["Prosjektnamn", "Jobb i lag", "Type", answer]]])
    assert extract(doc, S2020).draft.values.get("project.kind") == expected


@pytest.mark.parametrize("text, expected", [
    (".[X] Overganger mellom tjenester", [("Overganger mellom tjenester", True, None)]),
    ("' [ ] Barneperspektivet", [("Barneperspektivet", False, None)]),
    ("Tekst.(x) videre", []),
    ("se.[x] her", []),
])
def test_a_scan_speck_before_a_lines_first_bracket_box(text, expected) -> None:
    """OCR reads dust at a scanned form's margin as "." or "'" before the
    line's first box; the box still opens the line. Inside prose a bracket
    right after a word stays text."""
    assert _read(text) == expected


def test_a_ticked_box_whose_option_ocr_misread_still_names_the_kind() -> None:
    """A scan's OCR misreads the "ø" of the option ("Vidarefgring"); the
    ticked box still chooses the continuation over the unticked "Nytt"."""
    fields = [FormField("checkbox", "glyph", 1, label="Nytt prosjekt", checked=False, group="Type søknad"),
              FormField("checkbox", "glyph", 1, label="Vidarefgring", checked=True, group="Type søknad")]
    doc = word_doc(TITLE, "Type søknad", fields=fields)
    assert extract(doc, S2020).draft.values.get("project.kind") == "continuation"
