"""New or continuation answered by the participle: forms that ask "Nytt /
videreført" are answered "Videreført", often with a note in brackets
("Videreført (år 2 av 3)"), or by a ticked box of that name. The participle
counts only as such an answer; in running text it is about the project's
future ("vil bli videreført i ordinær drift"), not its kind."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import FormField
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _kind(*rows: list[str], fields: list[FormField] = ()) -> str | None:
    document = word_doc("Søknad om tilskudd", tables=[list(rows)], fields=list(fields))
    return extract(document, S2020).draft.values.get("project.kind")


def test_the_participle_with_a_note_answers_the_kind() -> None:
    assert _kind(["Nytt / videreført", "Videreført (år 2 av 3)"]) == "continuation"
    assert _kind(["Nytt / vidareført", "Vidareført (2. år)"]) == "continuation"
    assert _kind(["Nytt / videreført", "Nytt (oppstart i år)"]) == "new"


def test_a_ticked_participle_box_says_continuation() -> None:
    boxes = [FormField("checkbox", "glyph", 1, label="Nytt", checked=False),
             FormField("checkbox", "glyph", 1, label="Videreført", checked=True)]
    assert _kind(["Prosjektnavn", "Losen"], fields=boxes) == "continuation"


def test_the_participle_in_running_text_is_not_an_answer() -> None:
    document = word_doc("Søknad om tilskudd", "Tiltaket vil bli videreført i ordinær drift når prosjektet slutter.")
    assert extract(document, S2020).draft.values.get("project.kind") is None


def test_a_yes_box_under_a_question_that_names_the_kind() -> None:
    """"Nytt prosjekt: ☒ ja ☐ vidareføring": the box says yes to the
    question, so the kind is the question's; an unticked option's word
    decides nothing (it was read as a continuation)."""
    new = [FormField("checkbox", "content_control", 1, label="ja", checked=True, group="Nytt prosjekt"),
           FormField("checkbox", "content_control", 1, label="vidareføring", checked=False, group="Nytt prosjekt")]
    assert _kind(["Nytt prosjekt", "☒ ja   ☐ vidareføring"], fields=new) == "new"
    again = [FormField("checkbox", "glyph", 1, label="Ja", checked=True, group="Vidareføring av tidlegare prosjekt?"),
             FormField("checkbox", "glyph", 1, label="Nei", checked=False, group="Vidareføring av tidlegare prosjekt?")]
    assert _kind(["Prosjektnavn", "Losen"], fields=again) == "continuation"


def test_a_no_box_under_such_a_question_names_no_kind_by_itself() -> None:
    no = [FormField("checkbox", "glyph", 1, label="Nei", checked=True, group="Nytt prosjekt")]
    assert _kind(["Prosjektnavn", "Losen"], fields=no) is None
