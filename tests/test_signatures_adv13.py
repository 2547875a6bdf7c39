"""Signature classes met in the thirteenth held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.sentences import tells_of_title
from soknad_extract.extract.signatures.wording import person_name
from soknad_extract.layout import DigitalSignature, Image, Line
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages, table_cell, word_pages
from tools.samplegen.signed import scribble_png

OSLO = timezone(timedelta(hours=1))


# --- a deputy signing for the leader -----------------------------------------
# Class: the one who signs writes their own name with a mark that they sign
# on another's behalf ("e.f.", "etter fullmakt", "p.p.", "for" + the title
# signed for); the mark is no part of the name, and the signature keeps the
# role of the block it stands in.

@pytest.mark.parametrize("caption", [
    "Per Dahl e.f.", "Per Dahl e.f", "Per Dahl (e.f.)", "Per Dahl etter fullmakt", "Per Dahl p.p.",
    "Per Dahl pp.", "Per Dahl for Nav-leder",
])
def test_a_name_with_a_mark_of_signing_for_another_is_the_name(caption):
    assert person_name(caption) == "Per Dahl"


@pytest.mark.parametrize("mark", ["e.f.", "(e.f.)", "etter fullmakt", "p.p."])
def test_a_deputy_signs_in_the_leaders_block(mark):
    """A letter's closing as a Word table: ink, the deputy's name with the
    mark, and "for Nav-leder <leader>" with the leader's acting title under it."""
    lines = [
        Line(text="Søknad om tilskudd", page=1), Line(text="Med vennlig hilsen", page=1),
        table_cell("", 0, 0), table_cell("", 0, 1),
        table_cell(f"Per Dahl {mark}", 1, 0), table_cell("Lise Haugen", 1, 1),
        table_cell("for Nav-leder Randi Strand", 2, 0), table_cell("(konstituert Nav-leder)", 2, 0),
        table_cell("rådmann", 2, 1),
    ]
    images = [Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(3 + c),
                    table_cell=(0, 0, c), paragraph_index=2 + c) for c in (0, 1)]
    found = as_tuples(extract_signatures(word_pages({1: lines}, images)))
    assert [(f[0], f[1]) for f in found] == [("nav_leader", "Per Dahl"), ("municipality", "Lise Haugen")]


# --- the name in brackets after the title ------------------------------------
# Class: a form prints each signer as "<title> (<name>)" on the line above
# the ink, the place and date under the line to sign on.

@pytest.mark.parametrize("left, right", [
    ("Nav-leder (Mona Rud)", "Rådmann (Geir Ås)"),
    ("NAV-leder [Mona Rud]", "Kommunedirektør (Geir Ås)"),
])
def test_the_name_in_brackets_after_the_title(left, right):
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line(left, 1, 50, 330), pdf_line(right, 1, 310, 330),
        pdf_line("Dal, 21.01.2020", 1, 50, 385), pdf_line("Dal, 23.01.2020", 1, 310, 385),
    ]
    images = [ink(1, (55, 342, 200, 372), seed=5), ink(1, (315, 342, 460, 372), seed=6)]
    found = as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, images))))
    assert [(f[0], f[1], f[3], f[4]) for f in found] == [
        ("nav_leader", "Mona Rud", "2020-01-21", "handwritten"),
        ("municipality", "Geir Ås", "2020-01-23", "handwritten")]


@pytest.mark.parametrize("line", ["Nav-leder (sign.)", "Nav-leder (konstituert)", "Rådmann (Gol kommune)"])
def test_brackets_after_a_title_without_a_name_give_no_name(line):
    assert person_name(line) is None


@pytest.mark.parametrize("line, name", [
    ("Nav-leder (Mona Rud)", "Mona Rud"), ("Rådmann [Geir Ås]", "Geir Ås"), ("Mona Rud (rådmann)", "Mona Rud"),
])
def test_a_name_and_a_title_one_of_them_in_brackets(line, name):
    assert person_name(line) == name


# --- a sentence naming a title, just under a signer's name -------------------
# Class: a signature zone with a short sentence about the other party's
# approval ("Kommunedirektør X skal godkjenne søknaden elektronisk …") set
# just under the Nav leader's printed name. The sentence names a title, but it
# is no caption: the Nav leader's block keeps its own role.

def _pades(name: str) -> DigitalSignature:
    return DigitalSignature(field_name="SignaturLeder", signer_name=name,
                            signing_time=datetime(2020, 1, 22, 11, 0, tzinfo=OSLO), intact=True,
                            covers_document=True, page=1, bbox=(320.0, 380.0, 540.0, 430.0))


SENTENCES = [
    "Kommunedirektør Jon Lia skal godkjenne søknaden elektronisk 21.01.2020.",
    "Rådmann Jon Lia vil godkjenne søknaden i sakssystemet.",
    "Kommunalsjef Jon Lia skal også signere søknaden.",
    "Søknaden sendes kommunedirektør Jon Lia til godkjenning.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_naming_a_title_under_the_signer_is_no_title_line(sentence):
    """The Nav leader signs the PDF; the sentence under the printed name
    speaks of the municipality's approval to come."""
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Nav-kontor: Nav Solbakken", 1, 60, 90),
        pdf_line("Underskrift", 1, 60, 360),
        pdf_line("Signert digitalt av Nav-leder:", 1, 60, 380),
        pdf_line("Tove Brekke", 1, 60, 394),
        pdf_line(sentence, 1, 60, 408),
    ]
    found = as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, []), signatures=[_pades("Tove Brekke")])))
    assert [(f[0], f[1], f[4]) for f in found] == [("nav_leader", "Tove Brekke", "digital")]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_naming_a_title_under_a_handwritten_caption_is_no_title_line(sentence):
    """A letter's closing: ink, "name, title", and the sentence under it."""
    lines = [
        pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester i Nav", 1, 60, 60),
        pdf_line("Med vennlig hilsen", 1, 60, 340),
        pdf_line("Tove Brekke, Nav-leder", 1, 60, 394),
        pdf_line(sentence, 1, 60, 408),
    ]
    found = as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, [ink(1, (60, 352, 200, 390))]))))
    assert [(f[0], f[1], f[2], f[4]) for f in found] == [("nav_leader", "Tove Brekke", "Nav-leder", "handwritten")]


@pytest.mark.parametrize("line, sentence", [
    ("Kommunedirektør Jon Lia skal godkjenne søknaden elektronisk 21.01.2020.", True),
    ("Søknaden sendes kommunedirektør Jon Lia til godkjenning.", True),
    ("Kari Moe, rådmann i Gol kommune", False),
    ("Kommunalsjef for helse og omsorg", False),
    ("(fungerende Nav-leder)", False),
    ("Nav-leder er Kari Moe", False),
    ("for NAV-leder Anne Lie", False),
    ("Nav-leder Kari Moe, 24.01.2020", False),
])
def test_tells_of_title_parts_sentences_from_title_lines(line, sentence):
    assert tells_of_title(line) is sentence
