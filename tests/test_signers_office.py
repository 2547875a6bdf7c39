"""Signers' titles and dates and the office's name the fifty-ninth held-out
corpus showed misread, each class on documents built here in other wordings
and layouts:

- a municipal leader's title naming a sector of several words on the
  signer's dated line ("Sted, dato – Name, kommunalsjef for oppvekst og
  kultur"): the title counts as one title, so the line stays a title line
  and the signature keeps its municipal role;
- side-by-side signers whose dates a PDF's text layer runs into one line:
  each column takes its own date, left to right;
- an office named after a municipality of two words: "Øystre" (Nynorsk) opens
  a place name like "Østre", and an unknown two-word name is kept whole
  where the document states the municipality by that name.
"""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import Image, Line, Word
from soknad_extract.norwegian import normalize_office_name
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, word_doc, word_pages
from tools.samplegen.signed import scribble_png

S2020 = get_scheme("nav-sosiale-tjenester-2020")
HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(s.role, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


def _inked_lines(*lines: str):
    """A Word form's signing section: each signer's ink over one line
    giving place, date, name and title."""
    texts, pictures = [HEAD, "Vi søker om en 100 % stilling som veileder.", "Underskrifter"], []
    for seed, line in enumerate(lines):
        pictures.append(Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(seed + 3),
                              paragraph_index=len(texts)))
        texts.extend(["", line])
    return word_pages({1: [Line(text=t, page=1) for t in texts]}, pictures)


# --- 1. a sector title of several words on the signer's dated line -------------------------------------

def test_a_kommunalsjef_for_a_two_word_sector_on_a_dated_line_signs_for_the_municipality() -> None:
    found = _signers(_inked_lines("Elverum, 20. januar 2020 – Siri Bakken, leder for Nav Elverum",
                                  "Elverum, 23. januar 2020 – Håkon Rud, kommunalsjef for oppvekst og kultur"))
    assert found == [("nav_leader", "Siri Bakken", "Leder for Nav", "2020-01-20"),
                     ("municipality", "Håkon Rud", "Kommunalsjef for oppvekst og kultur", "2020-01-23")]


def test_a_nynorsk_sector_head_without_for_on_a_dated_line() -> None:
    found = _signers(_inked_lines("Sogndal 14.01.2020, Ragnhild Fet, Nav-leiar",
                                  "Sogndal 16.01.2020, Leif Hauge, sektorsjef helse og velferd"))
    assert [(r, t, d) for r, _n, t, d in found] == [("nav_leader", "Nav-leiar", "2020-01-14"),
                                                    ("municipality", "Sektorsjef helse og velferd", "2020-01-16")]


def test_a_long_sentence_naming_a_title_is_still_no_title_line() -> None:
    """The title counts as one word, the rest of a long line still counts:
    prose about the signers gives no signature."""
    found = _signers(_inked_lines("Elverum, 20. januar 2020 – Siri Bakken, leder for Nav Elverum",
                                  "Søknaden skal også legges fram for kommunalsjef for helse og omsorg "
                                  "før den blir sendt inn til Statsforvalteren i februar"))
    assert [r for r, _n, _t, _d in found] == ["nav_leader"]


# --- 2. both columns' dates on one printed line ---------------------------------------------------------

def _columns(date_line: str):
    lines = [pdf_line(HEAD, 1, 60, 70), pdf_line("Vi søker om en 100 % stilling som veileder.", 1, 60, 100),
             pdf_line("Underskrift", 1, 60, 380),
             pdf_line("Leder Nav Elverum Siri Bakken", 1, 60, 470), pdf_line("Rådmann Per Holt", 1, 320, 470),
             pdf_line(date_line, 1, 60, 484)]
    return pdf_pages(pdf_page(1, lines, [ink(1, (60.0, 410.0, 210.0, 460.0), seed=4),
                                         ink(1, (320.0, 410.0, 470.0, 460.0), seed=5)]))


def test_each_column_takes_its_own_date_from_a_run_together_line() -> None:
    found = _signers(_columns("Elverum 20.01.2020 sted og dato Elverum 27.01.2020 sted og dato"))
    assert [(r, d) for r, _n, _t, d in found] == [("nav_leader", "2020-01-20"), ("municipality", "2020-01-27")]


def _run_together(left: str, right: str, top: float) -> Line:
    """One text line holding both columns' words, the left column's running
    up close to the right one's (as a PDF's text layer may join them)."""
    a, b = pdf_line(left, 1, 60, top), pdf_line(right, 1, 320, top)
    last = a.words[-1]
    a.words[-1] = Word(last.text, (last.bbox[0], top, 300.0, top + 10))
    return Line(text=f"{left} {right}", page=1, bbox=(60, top, b.bbox[2], top + 10), words=a.words + b.words)


def test_a_shared_date_line_over_both_columns_dates_each_column() -> None:
    lines = [pdf_line(HEAD, 1, 60, 70), pdf_line("Underskrift", 1, 60, 380),
             _run_together("Sted og dato: Elverum, 20.01.2020", "Elverum, 27.01.2020", 396),
             pdf_line("Nav-leder Kari Moe", 1, 60, 470), pdf_line("Rådmann Per Holt", 1, 320, 470)]
    doc = pdf_pages(pdf_page(1, lines, [ink(1, (60.0, 410.0, 210.0, 460.0), seed=4),
                                        ink(1, (320.0, 410.0, 470.0, 460.0), seed=5)]))
    assert [(r, d) for r, _n, _t, d in _signers(doc)] == [("nav_leader", "2020-01-20"),
                                                         ("municipality", "2020-01-27")]


def test_one_column_with_two_dates_keeps_the_first() -> None:
    """Two dates under one signer are no columns: the first stays the signer's."""
    lines = [pdf_line(HEAD, 1, 60, 70), pdf_line("Underskrift", 1, 60, 380),
             pdf_line("Rådmann Per Holt", 1, 60, 470),
             pdf_line("Elverum 27.01.2020 (revidert 29.01.2020)", 1, 60, 484)]
    doc = pdf_pages(pdf_page(1, lines, [ink(1, (60.0, 410.0, 210.0, 460.0), seed=4)]))
    assert [(r, d) for r, _n, _t, d in _signers(doc)] == [("municipality", "2020-01-27")]


# --- 3. an office named after a municipality of two words ----------------------------------------------

def test_nynorsk_qualifier_opens_a_two_word_office_name() -> None:
    assert normalize_office_name("Søkjar: NAV ØYSTRE SLIDRE") == "Nav Øystre Slidre"
    assert normalize_office_name("Nav Øystre Slidre, Bygdinvegen 1") == "Nav Øystre Slidre"


def _form(office: str, municipality: str | None):
    return word_doc(HEAD, f"Søkjar: {office}", *([f"Kommune: {municipality}"] if municipality else []),
                    "Org.nr.: 974 552 109", "Prosjekt: Saman om arbeid")


def test_an_unknown_two_word_name_is_kept_whole_where_the_municipality_says_so() -> None:
    found = extract(_form("Nav Lågen Dal", "Lågen Dal"), S2020)
    assert found.draft.values.get("office.name") == "Nav Lågen Dal"
    assert found.draft.values.get("office.municipality") == "Lågen Dal"


def test_a_municipality_the_office_name_never_writes_makes_no_office() -> None:
    """The office is named only as the document writes it: a municipality
    longer than the office's name is not made part of it."""
    found = extract(_form("Nav Hamar", "Hamar Vest"), S2020)
    assert found.draft.values.get("office.name") == "Nav Hamar"


def test_a_letterhead_in_capitals_names_the_office_whole() -> None:
    """A letter's sender line in capitals ("NAV SØNDRE LAND") is the office
    the letter speaks for, named as the office writes itself."""
    doc = word_doc("NAV SØNDRE LAND", "Til Statsforvalteren i Innlandet", HEAD,
                   "Vi søker om tilskudd til en 100 % stilling som veileder i prosjektet Jobb nå.",
                   "Med hilsen", "NAV SØNDRE LAND")
    assert extract(doc, S2020).draft.values.get("office.name") == "Nav Søndre Land"
