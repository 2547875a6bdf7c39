"""Typed boxes stacked under their label in one paragraph or cell: a form
cell holds its label, a line break and the boxes ("Ekstern
prosessevaluering" / "✗ Ja ☐ Nei"), with no ":" or "?" to mark the
question. The line right above the first boxes is their question; a line
between boxes (an option wrapped onto a second line) is not."""

from __future__ import annotations

from soknad_extract.layout.glyphs import find_glyph_boxes


def _read(text: str) -> list[tuple[str, bool, str | None]]:
    return [(b.label, b.checked, b.question) for b in find_glyph_boxes(text)]


def test_the_label_over_the_boxes_is_their_question() -> None:
    assert _read("Ekstern prosessevaluering\n✗ Ja  ☐ Nei") == [
        ("Ja", True, "Ekstern prosessevaluering"), ("Nei", False, "Ekstern prosessevaluering"),
    ]


def test_a_question_with_a_colon_still_wins() -> None:
    assert _read("Kryss av:\n(ett eller flere)\n☐ Rus\n☒ Bolig")[0][2] == "Kryss av"


def test_a_wrapped_option_line_is_no_question() -> None:
    found = _read("☐ Oppfølging av barnefamilier,\nungdom og innvandrere\n☒ Sikring av sårbare overganger")
    assert [question for _, _, question in found] == [None, None]


def test_boxes_on_the_first_line_have_no_question_above() -> None:
    assert _read("☒ Ja ☐ Nei") == [("Ja", True, None), ("Nei", False, None)]
