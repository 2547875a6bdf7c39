"""Signers the seventeenth held-out corpus showed missed, each class on documents built here:

- one signer in both roles: the Nav leader who is also a kommunalsjef signs
  once under both titles ("Nav-leder og kommunalsjef for helse og velferd"),
  which gives a ``nav_leader`` and a ``municipality`` signature;
- a role caption over the space left for the pen, the printed name and the
  place and date under it, in borderless columns: the name is the caption's;
- a deputy's title before the name ("Konstituert Nav-leiar Arne Tveit");
- signers who date nothing in a letter whose head labels its date ("Dato:
  29.01.2020" beside "Vår ref."): they sign on the letter's date.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.dual import both_titles
from soknad_extract.layout import Image, Line
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, table_cell, word_pages
from tools.samplegen.signed import scribble_png

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


# --- 1. one signer in both roles ----------------------------------------------------------------

def _letter(*closing: str):
    texts = [HEAD, "Fjellvik, 28. januar 2020", "Vi søker om en 50 % stilling som jobbspesialist.",
             "Med vennlig hilsen", ""] + list(closing)
    lines = [Line(text=t, page=1) for t in texts]
    picture = Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(3),
                    paragraph_index=4)
    return word_pages({1: lines}, [picture])


def test_one_signer_under_both_titles_signs_in_both_roles() -> None:
    found = _signers(_letter("Siv Hansen", "Nav-leder og kommunalsjef for helse og velferd"))
    assert found == [
        ("nav_leader", "handwritten", "Siv Hansen", "Nav-leder", "2020-01-28"),
        ("municipality", "handwritten", "Siv Hansen", "Kommunalsjef for helse og velferd", "2020-01-28"),
    ]


def test_nynorsk_titles_joined_by_a_slash_after_the_name() -> None:
    found = _signers(_letter("Siv Hansen, Nav-leiar/kommunalsjef"))
    assert [(r, n, t) for r, _k, n, t, _d in found] == [("nav_leader", "Siv Hansen", "Nav-leiar"),
                                                        ("municipality", "Siv Hansen", "Kommunalsjef")]


def test_only_a_title_line_of_the_two_titles_gives_both_roles() -> None:
    assert both_titles("Søknaden er signert av Nav-leder og kommunalsjef") is None
    assert both_titles("Nav-leder og kommunen") is None  # a party, no title of the municipal leadership
    assert both_titles("Nav-leder og kommunalsjef Ola Hansen") is None  # another person's title
    assert both_titles("Nav-leder") is None
    found = _signers(_letter("Siv Hansen", "Nav-leder"))
    assert [r for r, *_rest in found] == ["nav_leader"]


# --- 2. a caption over the space to sign, the name under it ---------------------------------------

def _columns(between: str | None = None):
    lines = [pdf_line(HEAD, 1, 90, 71), pdf_line("Underskrifter", 1, 90, 443),
             pdf_line("Nav-leder", 1, 90, 469), pdf_line("Kommunedirektør", 1, 306, 469),
             pdf_line("Gro Lia", 1, 90, 560), pdf_line("Stein Ivar Fjeld", 1, 306, 560),
             pdf_line("Kongsberg, 24.01.2020", 1, 90, 584), pdf_line("Kongsberg, 27.01.2020", 1, 306, 584)]
    if between:
        lines.append(pdf_line(between, 1, 90, 500))
    images = [ink(1, (99.0, 516.0, 226.0, 549.0), seed=4), ink(1, (315.0, 516.0, 442.0, 549.0), seed=5)]
    return pdf_pages(pdf_page(1, lines, images))


def test_name_under_the_space_for_the_pen_is_the_captions_signer() -> None:
    assert _signers(_columns()) == [
        ("nav_leader", "handwritten", "Gro Lia", "Nav-leder", "2020-01-24"),
        ("municipality", "handwritten", "Stein Ivar Fjeld", "Kommunedirektør", "2020-01-27"),
    ]


def test_a_date_or_a_line_to_sign_on_may_stand_in_the_space() -> None:
    for between in ("Dato: 24.01.2020", "____________________"):
        assert _signers(_columns(between=between))[0] == (
            "nav_leader", "handwritten", "Gro Lia", "Nav-leder", "2020-01-24")


def test_other_text_between_caption_and_name_parts_them() -> None:
    """Something else printed in the column between them: the space is no
    pen's, and the left caption stays without the name under it."""
    found = _signers(_columns(between="Se vedlagt budsjett"))
    assert [(r, n) for r, _k, n, _t, _d in found] == [("municipality", "Stein Ivar Fjeld")]


# --- 3. a deputy's title before the name ---------------------------------------------------------

def test_deputys_title_before_the_name_gives_the_name() -> None:
    lines = [pdf_line(HEAD, 1, 60, 60), pdf_line("For Nav-kontoret", 1, 60, 400),
             pdf_line("Stad og dato: Husnes, 24.01.2020", 1, 60, 414),
             pdf_line("______________________________", 1, 60, 460),
             pdf_line("Konstituert Nav-leiar Arne Tveit", 1, 60, 474)]
    found = _signers(pdf_pages(pdf_page(1, lines, [ink(1, (66.0, 430.0, 200.0, 458.0))])))
    assert found == [("nav_leader", "handwritten", "Arne Tveit", "Konstituert Nav-leiar", "2020-01-24")]


# --- 4. the letter's labelled date for signers who date nothing --------------------------------------

def _undated_table(head_date: str):
    texts = ["NAV Fjordby", "Til Statsforvaltaren i Vestland", head_date, "Vår ref.: 20/118",
             "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", "Vi søkjer om ei stilling."]
    lines = [Line(text=t, page=1) for t in texts]
    lines += [table_cell("", 0, 0), table_cell("", 0, 1), table_cell("Magnus Tysse", 1, 0),
              table_cell("Liv Vik", 1, 1), table_cell("konstituert Nav-leiar", 2, 0),
              table_cell("fungerande kommunedirektør", 2, 1)]
    pictures = [Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(seed),
                      table_cell=(0, 0, col), paragraph_index=0) for seed, col in ((1, 0), (2, 1))]
    return word_pages({1: lines}, pictures)


def test_undated_signers_take_the_letters_labelled_date() -> None:
    found = _signers(_undated_table("Dato: 29.01.2020"))
    assert [(r, n, d) for r, _k, n, _t, d in found] == [("nav_leader", "Magnus Tysse", "2020-01-29"),
                                                        ("municipality", "Liv Vik", "2020-01-29")]


def test_another_labelled_date_in_the_head_dates_no_signer() -> None:
    found = _signers(_undated_table("Søknadsfrist: 01.02.2020"))
    assert [(r, n, d) for r, _k, n, _t, d in found] == [("nav_leader", "Magnus Tysse", None),
                                                        ("municipality", "Liv Vik", None)]
