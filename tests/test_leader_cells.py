"""A typewriter-style PDF form whose labels run a dot leader up to a gap,
each answer set apart on the same baseline ("Kontaktperson ........" |
"Trine Mo"): the leader ends the label as a colon does (``extract.pairs``,
``extract.labels``), so the label names its field and the cell beside it
answers; the label's own words ("Nytt/videreføring") are never the answer."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.pair_text import clean_label
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2018 = get_scheme("nav-sosiale-tjenester-2018")
LABEL_CHARS = 72
"""The leader runs every label to one column, so a short label's line is
as long as a long one's: longer than any label."""
ANSWER_X = 50.0 + 6 * LABEL_CHARS + 8


def _form(leader: str) -> list[list[tuple[str, float]]]:
    def led(label: str, answer: str) -> list[tuple[str, float]]:
        return [(f"{label} ".ljust(LABEL_CHARS, leader), 50.0), (answer, ANSWER_X)]

    return [
        [("Søknad om tilskudd til utvikling av sosiale tjenester 2018", 50.0)],
        led("Søkende Nav-kontor", "Nav Fauske"),
        led("Kommune", "Fauske"),
        led("Kontaktperson", "Eirik Solbakk"),
        led("E-post", "es@nav.no"),
        led("Nytt/videreføring", "Nytt prosjekt"),
        led("Oppstart", "1. april 2018"),
        led("Lønn og sosiale utgifter", "600 000"),
        led("Sum omsøkt", "600 000"),
    ]


def test_a_dot_leader_ends_a_label_as_a_colon_does() -> None:
    assert clean_label("Sum omsøkt ..............") == "Sum omsøkt"
    assert clean_label("3. Kontaktperson …………") == "Kontaktperson"
    assert clean_label("Org.nr. ........") == "Org.nr."
    assert clean_label("Telefon _ _ _ _ _") == clean_label("Telefon ______") == "Telefon"
    assert classify_label("Lønn og sosiale utgifter ..........") == classify_label("Lønn og sosiale utgifter:")
    assert classify_label("Kontaktperson ..........") == classify_label("Kontaktperson")


def test_answers_beside_dotted_labels_are_read() -> None:
    for leader in (".", "…", "_"):
        got = extract(pdf_doc(_form(leader)), S2018).draft.values
        assert got["contact.name"] == "Eirik Solbakk", leader
        assert got["project.kind"] == "new", leader
        assert got["office.municipality"] == "Fauske", leader
        assert got["project.start_date"] == "2018-04-01", leader
