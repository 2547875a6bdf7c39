"""An interest question on a line of its own with each option under it on
a line of its own ("15. Ekstern prosessevaluering" / "☐ Ja" / "☒ Nei"),
as legacy Word check boxes or typed marks: the ticked option answers the
question above the list, not the option line just above it
(``extract.interest_rows``); a list with both options ticked answers
nothing there."""

from __future__ import annotations

from pathlib import Path

import docx

from soknad_extract.extract import extract
from soknad_extract.extract.context import Context
from soknad_extract.extract.interest_answers import answer_words
from soknad_extract.extract.interest_rows import interest_from_rows
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc
from tests.test_reader_docx import add_xml, legacy, p, r, read

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _interest(doc) -> tuple[object, object]:
    got = extract(doc, S2020).draft.values
    return got["interest.network"], got["interest.process_evaluation"]


def _typed(network: tuple[str, str], evaluation: tuple[str, str]):
    return word_doc("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020",
                    "Søkende Nav-kontor: Nav Lurøy",
                    "5. Nettverk/klyngesamarbeid", f"{network[0]} Ja", f"{network[1]} Nei",
                    "6. Ekstern prosessevaluering", f"{evaluation[0]} Ja", f"{evaluation[1]} Nei",
                    "7. Underskrift")


def test_a_ticked_option_under_its_question_answers_it() -> None:
    assert _interest(_typed(("☐", "☒"), ("☐", "☒"))) == (False, False)
    assert _interest(_typed(("☒", "☐"), ("☐", "☒"))) == (True, False)


def test_stacked_options_with_both_ticked_answer_nothing() -> None:
    ctx = Context(_typed(("☒", "☒"), ("☐", "☒")), S2020)
    topics = answer_words().topics
    assert interest_from_rows(ctx, topics["interest.network"]) is None
    assert interest_from_rows(ctx, topics["interest.process_evaluation"])[0] is False


def test_legacy_boxes_on_their_own_lines_answer_the_question_above(tmp_path: Path) -> None:
    d = docx.Document()

    def box(n: int, ticked: bool) -> str:
        state = "<w:checked/>" if ticked else ""
        return legacy(f'<w:name w:val="Kontroll{n}"/><w:checkBox><w:sizeAuto/>{state}</w:checkBox>', "FORMCHECKBOX")

    add_xml(d, p(r("Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020")),
            p(r("15. Nettverk/klyngesamarbeid")), p(box(1, True), r(" Ja")), p(box(2, False), r(" Nei")),
            p(r("16. Ekstern prosessevaluering")), p(box(3, False), r(" Ja")), p(box(4, True), r(" Nei")),
            p(r("17. Underskrift")))
    assert _interest(read(d, tmp_path)) == (True, False)
