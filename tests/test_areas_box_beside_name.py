"""Area check boxes whose option text stands a table cell away: a grid
that prints each area's name in one cell and its box (or its "Ja" and
"Nei" boxes) in the next has boxes without a label of their own; the
question they answer, the area's name, says which area a ticked box
chooses. A "Nei" box, or a box beside text that is no area's name, chooses
none."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import FormField
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")
_DESCRIPTION = "Kontoret vil lage felles rutiner for veiledning og saksbehandling i mottaket."


def _box(group: str, checked: bool, label: str | None = None) -> FormField:
    return FormField(kind="checkbox", method="drawn", page=1, label=label, checked=checked, group=group)


def _areas(*boxes: FormField) -> list[str] | None:
    doc = word_doc("Søknad om tilskudd til utvikling av sosiale tjenester", "Beskrivelse", _DESCRIPTION,
                   fields=list(boxes))
    return extract(doc, S2020).draft.values.get("priority_areas")


def test_an_unlabelled_box_beside_an_area_name_chooses_that_area() -> None:
    assert _areas(_box("Sikring av sårbare overgangar", True),
                  _box("Oppfølging av barnefamiliar, ungdom og innvandrarar", False),
                  _box("Bruk av ordinært arbeidsliv", False)) == ["saarbare-overganger"]


def test_a_ticked_yes_beside_an_area_name_chooses_it_and_a_no_does_not() -> None:
    assert _areas(_box("Oppfølging av barnefamilier, ungdom og innvandrere", True, "Ja"),
                  _box("Oppfølging av barnefamilier, ungdom og innvandrere", False, "Nei"),
                  _box("Sikring av sårbare overganger", False, "Ja"),
                  _box("Sikring av sårbare overganger", True, "Nei")) == ["barnefamilier-ungdom-innvandrere"]


def test_an_unlabelled_box_beside_other_text_chooses_no_area() -> None:
    """A box beside a question that only mentions an area in a sentence,
    or beside another question, is no area's option."""
    assert not _areas(_box("Har kontoret tidligere samarbeidet med lokale arbeidsgivere om praksisplasser?", True),
                      _box("Nettverk", True))
