"""The project's kind and title where the form's answer is short or its
boxes lost their words (held-out corpora 5, 9, 33, 38): documents and
layout pages built here, in wordings other than the corpus files'."""

from __future__ import annotations

from soknad_extract.extract.context import Context, Draft
from soknad_extract.extract.kind import extract_kind
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.project import extract_project
from soknad_extract.layout import Document, FormField, Page
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_line, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _project(doc: Document) -> dict:
    ctx, draft = Context(doc, S2020), Draft()
    extract_project(ctx, draft)
    extract_kind(ctx, draft)
    return draft.values


def test_a_project_label_answered_by_a_kind_gives_the_kind_and_no_title():
    doc = word_doc("Søknad om tilskudd til sosiale tjenester i Nav 2020",
                   "Nav Eidsvoll søker om midler til prosjektet «Jobbklar Eidsvoll».",
                   tables=[[["Nav-kontor", "Nav Eidsvoll"], ["Prosjekt", "Videreføring"],
                            ["Oppstart", "1. mars 2020"]]])
    got = _project(doc)
    assert got["project.kind"] == "continuation"
    assert got["project.title"] == "Jobbklar Eidsvoll"


def test_two_options_side_by_side_are_no_label_and_answer():
    doc = word_doc("Søknad om tilskudd til sosiale tjenester i Nav 2020",
                   tables=[[["Nav-kontor", "Nav Eidsvoll"], ["Nytt tiltak", "Videreføring"]]])
    assert _project(doc).get("project.kind") is None


def test_as_many_words_for_either_kind_say_nothing():
    doc = word_doc("Søknad om tilskudd 2020", "Type: Nytt tiltak  Videreføring",
                   "Tiltaket skal gi flere unge jobb.")
    assert _project(doc).get("project.kind") is None


def _options_page(first_box: bool, ticked: int) -> Document:
    """One line "Nytt prosjekt ☐ Videreføring ☐" (or boxes first), the boxes
    found in the picture without their words."""
    if first_box:
        words = [pdf_line("Nytt prosjekt", 1, 90, 300), pdf_line("Videreføring", 1, 250, 300)]
        xs = (72, 232)
    else:
        words = [pdf_line("Nytt prosjekt", 1, 72, 300), pdf_line("Videreføring", 1, 250, 300)]
        xs = (160, 330)
    boxes = [FormField("checkbox", "pixels", 1, checked=i == ticked, bbox=(x, 299, x + 11, 310), group="Type")
             for i, x in enumerate(xs)]
    page = Page(1, width=595, height=842, lines=[pdf_line("Søknad om tilskudd 2020", 1, 72, 60), *words],
                fields=boxes, ocr=True)
    return Document("x.pdf", "pdf", [page], page_count=1)


def test_a_ticked_box_after_its_option_on_a_scan():
    assert _project(_options_page(first_box=False, ticked=0))["project.kind"] == "new"
    assert _project(_options_page(first_box=False, ticked=1))["project.kind"] == "continuation"


def test_a_ticked_box_before_its_option_on_a_scan():
    assert _project(_options_page(first_box=True, ticked=0))["project.kind"] == "new"
    assert _project(_options_page(first_box=True, ticked=1))["project.kind"] == "continuation"


def test_a_scan_that_lost_a_doubled_letter_of_the_answer():
    doc = word_doc("Søknad om tilskudd til sosiale tjenester i Nav 2020",
                   tables=[[["Søknadstype", "Nyt tiltak"], ["Prosjektnavn", "Jobb nå"]]])
    assert _project(doc)["project.kind"] == "new"


def test_start_alone_is_the_start_date_label():
    assert classify_label("Start") == "start_date"
    assert classify_label("Start:") == "start_date"


def test_a_quoted_name_keeps_the_subtitle_its_dash_leads_to():
    doc = word_doc("Søknad om tilskot til sosiale tenester i Nav 2020",
                   tables=[[["Namn på tiltaket", "«Vegvisar» — frå permisjon til arbeid"], ["Oppstart", "1.3.2020"]]])
    assert _project(doc)["project.title"] == "Vegvisar — frå permisjon til arbeid"


def test_a_quoted_name_followed_by_the_kind_after_a_dash_is_the_title_alone():
    doc = word_doc("Søknad om tilskudd til sosiale tjenester i Nav 2020",
                   tables=[[["Prosjektnavn", "«Veiviser» – videreføring, år 2"]]])
    got = _project(doc)
    assert got["project.title"] == "Veiviser"
    assert got["project.kind"] == "continuation"


def test_start_inside_a_title_is_no_label():
    assert classify_label("Ny start etter soning") is None
    assert classify_label("Ny start") is None


def test_of_two_quoted_names_the_one_the_subject_line_names_is_the_title():
    doc = word_doc("Søknad om tilskot til sosiale tenester 2020: Heim til jobb",
                   "I fjor fekk kontoret midlar til prosjektet «Første steg», som no er avslutta.",
                   "Nav Ørsta søkjer no om tilskot til prosjektet «Heim til jobb».")
    assert _project(doc)["project.title"] == "Heim til jobb"
