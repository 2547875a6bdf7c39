"""Signers' roles and titles the fifty-sixth held-out corpus showed missed or
mistaken, each class on documents built here in other wordings and layouts:

- titles the offices use that were not known as roles: the Nav office's
  leader titled after the municipality's services ("Tjenesteleder Nav X",
  Nynorsk "tenesteleiar i Nav X"), the municipal leadership of a sector-model
  municipality ("Sektorsjef", "Områdesjef", "Direktør for helse og omsorg"),
  and the rådmann's deputy ("ass. rådmann"), kept as printed;
- the same titles alone, where they name no role: a service leader without
  the Nav office after the title leads some other municipal service.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import Image, Line
from tests.builders.layouts import word_pages
from tools.samplegen.signed import scribble_png

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


def _stacked(*blocks: tuple[str, ...]):
    """A Word letter closing with stacked signing blocks: each block a
    place-and-date line, an inked paragraph, then the block's own lines."""
    texts = [HEAD, "Vi søker om en 100 % stilling som veileder.", "Underskrifter"]
    pictures = []
    for seed, block in enumerate(blocks):
        texts.append(block[0])
        pictures.append(Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(seed + 2),
                              paragraph_index=len(texts)))
        texts.append("")
        texts.extend(block[1:])
    return word_pages({1: [Line(text=t, page=1) for t in texts]}, pictures)


# --- 1. titles not known as roles -------------------------------------------------------------------

def test_service_leader_of_the_nav_office_and_a_sector_head_sign_in_their_roles() -> None:
    found = _signers(_stacked(("Hamar, 24.01.2020", "Kari Aasen", "Tjenesteleder NAV Hamar"),
                              ("Hamar, 27.01.2020", "Ola Brenna", "Sektorsjef oppvekst og velferd, Hamar kommune")))
    assert found == [
        ("nav_leader", "handwritten", "Kari Aasen", "Tjenesteleder", "2020-01-24"),
        ("municipality", "handwritten", "Ola Brenna", "Sektorsjef oppvekst og velferd", "2020-01-27"),
    ]


def test_nynorsk_service_leader_and_an_area_head() -> None:
    found = _signers(_stacked(("Vinje, 22.01.2020", "Solveig Nes", "tenesteleiar i Nav Vinje"),
                              ("Vinje, 23.01.2020", "Eirik Lid", "områdesjef helse")))
    assert [(r, n, t) for r, _k, n, t, _d in found] == [
        ("nav_leader", "Solveig Nes", "Tenesteleiar i Nav"),
        ("municipality", "Eirik Lid", "Områdesjef helse"),
    ]


def test_a_director_of_a_municipal_sector_is_municipal_leadership() -> None:
    found = _signers(_stacked(("Tynset, 20.01.2020", "Per Holm", "Nav-leder"),
                              ("Tynset, 21.01.2020", "Anne Mæhlum", "Direktør for helse og omsorg")))
    assert [(r, t) for r, _k, _n, t, _d in found] == [("nav_leader", "Nav-leder"),
                                                      ("municipality", "Direktør for helse og omsorg")]


def test_a_deputy_is_kept_as_printed_not_made_the_radmann() -> None:
    found = _signers(_stacked(("Stord, 20.01.2020", "Jon Vik", "Nav-leder"),
                              ("Stord, 29.01.2020", "Mona Sæle", "ass. rådmann")))
    assert [(r, n, t) for r, _k, n, t, _d in found] == [("nav_leader", "Jon Vik", "Nav-leder"),
                                                        ("municipality", "Mona Sæle", "Ass. rådmann")]


def test_a_service_leader_without_the_nav_office_names_no_role() -> None:
    found = _signers(_stacked(("Hamar, 24.01.2020", "Kari Aasen", "Nav-leder"),
                              ("Hamar, 27.01.2020", "Ola Brenna", "Tjenesteleder hjemmetjenesten")))
    assert [r for r, *_rest in found] == ["nav_leader"]
