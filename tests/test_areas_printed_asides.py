"""An area printed with its explanation in brackets ("Sikring av sårbare
overganger (f.eks. løslatelse fra fengsel, mellom tjenester …)") is still
the area's printed name in a list marked in another cell
(``extract.area_list.cell_area``): the aside's words do not outweigh the
name's. An aside that answers ("(nei)") is no explanation."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.area_list import cell_area, without_asides
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

_TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
_SCHEME = "nav-sosiale-tjenester-2020"


def _areas(doc) -> list[str]:
    return extract(doc, get_scheme(_SCHEME)).draft.values.get("priority_areas") or []


def test_a_marked_row_whose_area_carries_a_long_bracketed_explanation_is_chosen() -> None:
    doc = word_doc(_TITLE, "Prioriterte områder", tables=[[
        ["Område", "Valgt"],
        ["Bruk av ordinært arbeidsliv (for eksempel individuell jobbstøtte hos vanlige arbeidsgivere)", ""],
        ["Oppfølging av barnefamilier, ungdom og innvandrere (særlig familier med lav inntekt)", "X"],
        ["Sikring av sårbare overganger (mellom skole, tjenester, utdanning og arbeid)", "X"],
    ]])
    assert _areas(doc) == ["barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def test_an_explanation_wrapped_in_its_cell_with_its_bracket_left_open_still_names_the_area() -> None:
    doc = pdf_doc([
        [(_TITLE, 72)],
        [("Prioriterte områder", 72)],
        [("Bruk av ordinært arbeidsliv", 72), ("Ja", 360)],
        [("Sikring av sårbare overganger (gjelder løslatelse fra fengsel, mellom tjenester, utdanning", 72),
         ("Ja", 460)],
        [("Oppfølging av barnefamilier, ungdom og innvandrere", 72), ("Nei", 360)],
    ])
    assert "saarbare-overganger" in _areas(doc)


def test_an_answer_in_brackets_is_kept_and_a_sentence_stays_a_sentence() -> None:
    scheme = get_scheme(_SCHEME)
    assert without_asides("Sikring av sårbare overganger (nei)") == "Sikring av sårbare overganger (nei)"
    assert cell_area("Sikring av sårbare overganger (fra fengsel, mellom tjenester, utdanning og arbeid)",
                     scheme) == "saarbare-overganger"
    assert cell_area("Vi har valgt å prioritere og satse på sikring av sårbare overganger (fra skole).",
                     scheme) is None
