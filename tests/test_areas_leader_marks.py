"""Priority areas answered on their own line after a dot leader or a colon
("Sikring av sårbare overganger . . . . Ja", "Bruk av ordinært arbeidsliv
........ Nei"), as typewriter-style forms set every answer
(``extract.area_list``): a "Ja" or "X" chooses the area, a "Nei" does not."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

_TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
_AREAS = ("Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
          "Sikring av sårbare overganger")


def _areas(answers: tuple[str, str, str], leader: str) -> list[str]:
    doc = pdf_doc([[(_TITLE, 72)], [("IV. Satsingsområder", 72)]]
                  + [[(f"{name} {leader} {answer}", 72)] for name, answer in zip(_AREAS, answers)])
    return extract(doc, get_scheme("nav-sosiale-tjenester-2020")).draft.values.get("priority_areas") or []


@pytest.mark.parametrize("leader", [". . . . . . .", "..........", ":"])
def test_a_yes_after_the_leader_chooses_the_area(leader: str) -> None:
    assert _areas(("Nei", "Ja", "Ja"), leader) == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]
    assert _areas(("X", "Nei", "Nei"), leader) == ["ordinaert-arbeidsliv"]


def test_no_after_every_leader_chooses_none() -> None:
    assert _areas(("Nei", "Nei", "Nei"), ". . . . . .") == []
