"""Signers' roles and titles the fifty-sixth held-out corpus showed missed or
mistaken, each class on documents built here in other wordings and layouts:

- titles the offices use that were not known as roles: the Nav office's
  leader titled after the municipality's services ("Tjenesteleder Nav X",
  Nynorsk "tenesteleiar i Nav X"), the municipal leadership of a sector-model
  municipality ("Sektorsjef", "Områdesjef", "Direktør for helse og omsorg"),
  and the rådmann's deputy ("ass. rådmann"), kept as printed;
- the same titles alone, where they name no role: a service leader without
  the Nav office after the title leads some other municipal service;
- one title line naming both roles and where they are held ("Nav-leiar og
  kommunalsjef for helse, Gloppen kommune"): one signer in both roles;
- stacked blocks with the party heading above each, the first signed with
  its printed title under the ink, the second left blank: the ink is the
  first signer's, not the next heading's;
- a signer's date from the signer's own block, never from another signer's
  section below it.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.dual import both_titles
from soknad_extract.layout import Image, Line
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, word_pages
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


# --- 2. one title line naming both roles -------------------------------------------------------------

def test_both_titles_before_the_employer_give_both_roles() -> None:
    title = "Nav-leiar og kommunalsjef for helse, Gloppen kommune"
    found = _signers(_stacked(("Sandane, 28.01.2020", "Ingrid Dahl", title)))
    assert [(r, n, t) for r, _k, n, t, _d in found] == [
        ("nav_leader", "Ingrid Dahl", "Nav-leiar"), ("municipality", "Ingrid Dahl", "Kommunalsjef for helse")]


def test_both_titles_held_in_a_named_place() -> None:
    assert both_titles("Nav-leder og kommunalsjef i Nord-Fron") == (("nav_leader", "Nav-leder"),
                                                                    ("municipality", "Kommunalsjef"))
    assert both_titles("Nav-leder/kommunalsjef, Nav Vågå") == (("nav_leader", "Nav-leder"),
                                                               ("municipality", "Kommunalsjef"))


def test_a_person_after_the_titles_is_no_employer() -> None:
    assert both_titles("Nav-leder og kommunalsjef, Ola Hansen") is None
    assert both_titles("Nav-leder og kommunalsjef i Vågå har signert") is None


# --- 4. stacked blocks, the heading above each ------------------------------------------------------

def _headed_stack():
    lines = [pdf_line(HEAD, 1, 72, 70), pdf_line("Vi søker om en 80 % stilling som jobbspesialist.", 1, 72, 100),
             pdf_line("På vegne av Nav Hamar", 1, 72, 380),
             pdf_line("Kari Moe", 1, 72, 452), pdf_line("Leder Nav Hamar", 1, 72, 465),
             pdf_line("Hamar, 24.01.2020", 1, 72, 478),
             pdf_line("For Hamar kommune (rådmann)", 1, 72, 494),
             pdf_line("Dato: ______________", 1, 72, 510), pdf_line("Signatur: ______________________", 1, 210, 510)]
    return pdf_pages(pdf_page(1, lines, [ink(1, (72.0, 404.0, 222.0, 444.0), seed=6)]))


def test_the_printed_title_under_the_ink_wins_over_the_next_heading() -> None:
    assert _signers(_headed_stack()) == [("nav_leader", "handwritten", "Kari Moe", "Leder", "2020-01-24")]


# --- 5. dates from the signer's own block -----------------------------------------------------------

def _letter_with_anchoring(*tail: str):
    texts = ["Elverum, 30. januar 2020", HEAD, "Vi søker om en 100 % stilling.", "Med hilsen", "",
             "Guri Strand", "Nav-leder", "Forankring i kommuneledelsen",
             "Søknaden ble drøftet i kommunens ledergruppe 14. januar 2020.", "Elverum, 14.01.2020", ""] + list(tail)
    pictures = [Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(s), paragraph_index=i)
                for s, i in ((3, 4), (4, 10))]
    return word_pages({1: [Line(text=t, page=1) for t in texts]}, pictures)


def test_the_section_below_dates_its_own_signer_not_the_nav_leader() -> None:
    found = _signers(_letter_with_anchoring("Lars Hagen", "Kommunalsjef helse"))
    assert [(r, n) for r, _k, n, _t, _d in found] == [("nav_leader", "Guri Strand"), ("municipality", "Lars Hagen")]
    assert found[0][4] != "2020-01-14"
    assert found[1][4] == "2020-01-14"


def test_a_date_over_stacked_signers_dates_them_all() -> None:
    texts = [HEAD, "Vi søker om en 100 % stilling.", "Underskrifter", "Lom, 27.01.2020", "", "Guri Strand",
             "Nav-leder", "", "Lars Hagen", "Rådmann"]
    pictures = [Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(s), paragraph_index=i)
                for s, i in ((3, 4), (4, 7))]
    found = _signers(word_pages({1: [Line(text=t, page=1) for t in texts]}, pictures))
    assert [(r, d) for r, _k, _n, _t, d in found] == [("nav_leader", "2020-01-27"), ("municipality", "2020-01-27")]


def test_an_approval_statement_below_the_signers_dates_them_all() -> None:
    texts = ["Lom, 28. januar 2020", HEAD, "Vi søker om en 100 % stilling.", "Med hilsen", "Guri Strand", "Nav-leder",
             "Lars Hagen", "Rådmann", "Søknaden er elektronisk godkjent 29.01.2020 og har derfor ingen signaturer."]
    found = _signers(word_pages({1: [Line(text=t, page=1) for t in texts]}))
    assert [(r, k, d) for r, k, _n, _t, d in found] == [("nav_leader", "electronic_approval", "2020-01-29"),
                                                        ("municipality", "electronic_approval", "2020-01-29")]
