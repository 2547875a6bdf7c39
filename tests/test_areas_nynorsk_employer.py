"""The Nynorsk employer is "arbeidsgjevar" as often as "arbeidsgivar": an
office that places its people with "lokale arbeidsgjevarar" works for the
ordinary working life in 2018, 2019 and 2020 alike."""

from __future__ import annotations

import pytest

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

HEAD = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret"


@pytest.mark.parametrize("scheme", ["nav-sosiale-tjenester-2018", "nav-sosiale-tjenester-2019",
                                    "nav-sosiale-tjenester-2020"])
def test_arbeidsgjevar_names_the_ordinary_working_life(scheme) -> None:
    draft = extract(word_doc(HEAD, "Søkjar: Nav Bø", "Me vil gi deltakarane praksis og fast jobb hos "
                             "lokale arbeidsgjevarar i bygda."), get_scheme(scheme)).draft
    assert draft.values.get("priority_areas") == ["ordinaert-arbeidsliv"]
