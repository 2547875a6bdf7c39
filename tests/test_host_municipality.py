"""The office's municipality. An inter-municipal office named after a region
or its member municipalities states its host municipality ("Nav Hallingdal
(vertskommune Gol)"); domain.md gives such a project the host's
municipality, not the region's name (adversarial 7). A question label before
"kommune" names none (adversarial 8). Layout documents built here."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import word_doc

SCHEME = get_scheme("nav-sosiale-tjenester-2020")

REST = [["Kontaktperson", "Siri Dal"], ["Tiltakets navn", "Arbeid først"], ["Sum det søkes om", "600 000 kr"]]


def _office(*paragraphs: str, office: str) -> dict:
    values = extract(word_doc("Søknad om tilskudd 2020", *paragraphs, tables=[[["Nav-kontor", office], *REST]]),
                     SCHEME).draft.values
    return {"name": values.get("office.name"), "municipality": values.get("office.municipality")}


def test_the_host_named_in_brackets_after_the_office_is_the_municipality():
    assert _office(office="Nav Hallingdal (vertskommune Gol)") == {"name": "Nav Hallingdal", "municipality": "Gol"}
    assert _office(office="Nav Hallingdal (vertskommune: Gol kommune)")["municipality"] == "Gol"


def test_the_host_stated_in_a_sentence_before_or_after_its_name():
    assert _office("Vertskommunen for samarbeidet er Nord-Aurdal.", office="Nav Valdres")["municipality"] \
        == "Nord-Aurdal"
    assert _office("Samarbeidet mellom tre kommunar har Gol som vertskommune.", office="Nav Hallingdal")[
        "municipality"] == "Gol"
    assert _office("Ål kommune er vertskommune for Nav Hallingdal.", office="Nav Hallingdal")["municipality"] == "Ål"


def test_an_office_without_a_stated_host_keeps_its_own_name():
    assert _office("Tiltaket er et vertskommunesamarbeid.", office="Nav Lier")["municipality"] == "Lier"
    assert _office("Kommunen er vertskommune for tiltaket.", office="Nav Lier")["municipality"] == "Lier"


def test_a_question_label_before_kommune_names_no_municipality():
    """A form that asks in full sentences: "Kva kommune høyrer kontoret til?"
    is a question, and "Kva" no municipality (adversarial 8, h10)."""
    values = extract(word_doc("Søknad om tilskot 2020", "Kva Nav-kontor søkjer?", "Nav Ålesund",
                              "Kva kommune høyrer kontoret til?", "Ålesund", "Kven er kontaktperson?", "Siri Dal"),
                     SCHEME).draft.values
    assert values.get("office.municipality") == "Ålesund"


def test_a_pronoun_or_a_negation_beside_vertskommune_names_no_host():
    """"Vi er vertskommune" is the applicant speaking, "Vertskommune: Ikke
    aktuelt" an answer that there is none: neither names a municipality."""
    assert _office("Vi er vertskommune for samarbeidet.", office="Nav Lier")["municipality"] == "Lier"
    assert _office("Me er vertskommune for samarbeidet.", office="Nav Lier")["municipality"] == "Lier"
    assert _office("Vertskommune: Ikke aktuelt", office="Nav Lier")["municipality"] == "Lier"
    assert _office("Vertskommune: Ikkje aktuelt", office="Nav Lier")["municipality"] == "Lier"
    assert _office("Vertskommune: Ingen", office="Nav Lier")["municipality"] == "Lier"
