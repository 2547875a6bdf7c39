"""Field values on documents people fill in their own way (issue 12): a title
with the next answers run onto its line, the kind given in a note or a bare
"Type" row, a contact whose e-mail follows a "Kontakt:" label while another
letter in the file has one too. Documents built here, in wordings of their own."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.context import Context
from soknad_extract.extract.label_answers import labelled
from soknad_extract.extract.parts import find_parts, kept_parts
from soknad_extract.extract.project import split_title_answer
from soknad_extract.layout import Document, Line, Page
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, word_doc

SCHEME = get_scheme("nav-sosiale-tjenester-2020")


def values(doc: Document) -> dict:
    return extract(doc, SCHEME).draft.values


def test_a_title_ends_where_the_answer_goes_on_with_kind_or_start():
    assert split_title_answer("Sammen ut – videreføring, tredje år. Oppstart 1. mars 2020.") == (
        "Sammen ut", "videreføring, tredje år. Oppstart 1. mars 2020.")
    assert split_title_answer("«Veien videre – sammen», nytt tiltak fra 1. mai")[0] == "Veien videre – sammen"
    assert split_title_answer("'Hjem igjen' (ny). Start 15.08.2020")[0] == "'Hjem igjen'"
    assert split_title_answer("Lys i enden – ny jobb for unge")[0] == "Lys i enden – ny jobb for unge"
    assert split_title_answer("Ny giv i Dalen. Vi vil prøve noe nytt.")[0] == "Ny giv i Dalen"


def test_run_on_titles_in_labelled_lines_give_title_and_kind():
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        "Søker: Nav Dalen, Dalen kommune",
        "Prosjekt: «Hjem til jobb» (ny). Oppstart 01.05.2020.",
        "Vi søker om 300 000 kroner til en 50 % stilling."))
    assert got["project.title"] == "Hjem til jobb"
    assert got["project.kind"] == "new"
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        "Tiltak: Sammen ut – fortsettelse, år 3. Start 1. januar 2020."))
    assert got["project.title"] == "Sammen ut"
    assert got["project.kind"] == "continuation"


def test_a_bare_type_row_answers_new_or_continuation():
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        tables=[[["Prosjektnavn", "Lys i enden"], ["Type", "Ny"], ["Oppstart", "1. juni 2020"]]]))
    assert got["project.kind"] == "new"
    assert got["project.title"] == "Lys i enden"


def _page(number: int, *texts: str) -> Page:
    return Page(number, lines=[Line(t, number, style="Normal") for t in texts])


def test_a_cover_letter_under_its_letterhead_gives_no_contact():
    letter = _page(1, "Dalen kommune", "Oppvekst og velferd", "Til Statsforvalteren i Vestland",
                   "Vår ref.: 20/77   Dato: 28.01.2020",
                   "Oversending av søknad om tilskudd frå Nav Dalen",
                   "Kommunen står bak søknaden og sender den over.", "Med vennleg helsing",
                   "Per Haug, kommunalsjef, per.haug@dalen.kommune.no, 55 12 34 56")
    application = _page(2, "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
                        "Søker: Nav Dalen", "Kontakt: Eva Lund, eva.lund@nav.no, mobil 480 11 222",
                        "Tiltakets navn: Lys i enden")
    doc = Document("x.docx", "docx", [letter, application], page_count=2)
    parts = find_parts(doc)
    assert [(p.kind, p.role) for p in parts] == [("cover_letter", "wrapper"), ("application", "application")]
    assert [p.kind for p in kept_parts(parts)] == ["application"]
    got = values(doc)
    assert (got["contact.name"], got["contact.email"], got["contact.phone"]) == (
        "Eva Lund", "eva.lund@nav.no", "48011222")


def test_a_labelled_contact_keeps_its_own_address_over_an_earlier_one():
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        "Kopi til arkivet: postmottak@dalen.kommune.no, 55 00 00 00",
        "Kontakt: Eva Lund, eva.lund@nav.no, mobil 480 11 222"))
    assert got["contact.email"] == "eva.lund@nav.no"
    assert got["contact.phone"] == "48011222"


def test_help_under_the_label_in_its_cell_is_not_the_answer():
    """The form prints an example and a hint under its labels, in the label's
    own cell; the office's answers are the cells beside them."""
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        tables=[[
            ["Nav-kontor", "Nav Dalen"],
            ["Kontaktperson for søknaden\nSkriv fullt navn, telefonnummer og e-postadresse", "Eva Lund, 480 11 222, eva.lund@nav.no"],
            ["Prosjektets navn\nEks: «Sammen om bolig»", "Trygg i egen bolig"],
        ]]))
    assert got["project.title"] == "Trygg i egen bolig"
    assert (got["contact.name"], got["contact.email"], got["contact.phone"]) == (
        "Eva Lund", "eva.lund@nav.no", "48011222")


def test_a_label_cell_beside_another_label_gives_no_help_text_pair():
    """"Prosjektnavn" over its own answer, beside the "Oppstart" label: the
    cell beside it is no answer, so no pair comes from the help-cell shape."""
    ctx = Context(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        tables=[[["Prosjektnavn\nTrygg i egen bolig", "Oppstart"], ["", "1. juni 2020"]]]), SCHEME)
    assert labelled(ctx, "title") == ctx.values("title")


def test_questions_answered_in_their_own_cell():
    got = values(word_doc(
        "Nav Dalen – søknad om tilskudd 2020",
        tables=[[
            ["a) Hvem er kontaktperson? Eva Lund, eva.lund@nav.no, 480 11 222"],
            ["b) Hva heter prosjektet? Trygg i egen bolig"],
            ["c) Er tiltaket nytt eller en videreføring? Det er nytt."],
            ["d) Når starter prosjektet? Fra 1. juni 2020"],
        ]]))
    assert got["project.title"] == "Trygg i egen bolig"
    assert got["project.kind"] == "new"
    assert got["project.start_date"] == "2020-06-01"
    assert got["contact.name"] == "Eva Lund"


def test_labelled_answers_set_apart_by_middle_dots_on_one_line():
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        "Søker: Nav Dalen • Kontaktperson: Eva Lund, tlf. 480 11 222 • E-post: eva.lund@nav.no"))
    assert (got["contact.name"], got["contact.email"], got["contact.phone"]) == (
        "Eva Lund", "eva.lund@nav.no", "48011222")


def test_nav_x_in_y_municipality_names_the_municipality_y():
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        "Nav Lia i Dalen kommune søker om midler til en 50 % stilling."))
    assert got["office.municipality"] == "Dalen"


def test_the_name_whose_words_spell_the_labelled_address_is_the_contact():
    """A photo's OCR lost the "Kontaktperson" label; the name left in its
    row is the owner of the labelled e-mail."""
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        tables=[[["Nav-kontor", "Nav Dalen"], ["", "Anne-Lise Bøe Hansen"],
                 ["E-post", "anne-lise.boe@nav.no"], ["Prosjektnavn", "Trygg i egen bolig"]]]))
    assert got["contact.name"] == "Anne-Lise Bøe"
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        tables=[[["Nav-kontor", "Nav Dalen"], ["", "Anne Lise Dahl"], ["E-post", "post.dalen@nav.no"]]]))
    assert "contact.name" not in got


def test_an_option_word_answering_a_label_that_lists_the_options_gives_the_kind():
    """On a scan the label "Nytt / videreføring" reads as garbage after its
    first word; the answer is still one of the options it offers."""
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        tables=[[["Prosjektnavn", "Trygg i egen bolig"], ["Nytt l vjdrefaring", "Nytt"]]]))
    assert got["project.kind"] == "new"
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        tables=[[["Prosjektnavn", "Trygg i egen bolig"], ["Nye rutiner", "Ja"]]]))
    assert "project.kind" not in got


def test_a_writing_hint_under_a_label_is_the_forms_not_the_answer():
    doc = pdf_doc([
        [("Søknad om tilskudd til utvikling av sosiale tjenester 2020", 60)],
        [("Prosjektets navn", 60)],
        [("Skriv navnet slik det skal stå i brevet om tilskudd", 60)],
        [("Trygg i egen bolig", 60)],
    ])
    assert values(doc)["project.title"] == "Trygg i egen bolig"


def test_a_hint_after_the_question_mark_leaves_the_answer_beside_it():
    got = values(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        tables=[[["Hva heter prosjektet? Skriv kort hva det skal hete", "Trygg i egen bolig"],
                 ["Er prosjektet nytt eller en videreføring? Kryss av", "Videreføring"]]]))
    assert got["project.title"] == "Trygg i egen bolig"
    assert got["project.kind"] == "continuation"


def test_a_name_under_the_label_in_its_cell_is_its_answer_not_help():
    """"Prosjektleder" over "Kari Moen" in one cell holds its own answer; the
    next cell (the Nav leader's) is no answer to it."""
    ctx = Context(word_doc(
        "Søknad om tilskudd til utvikling av sosiale tjenester 2020",
        tables=[[["Prosjektleder\nKari Moen", "Nav-leder Ola Dahl\nDalen, 20.01.2020"]]]), SCHEME)
    assert labelled(ctx, "project_leader") == ctx.values("project_leader")


def test_several_labels_and_answers_run_together_on_one_line_are_each_read():
    """A scan's text recognition joins "Nettverk: Ja      Prosessevaluering:
    Nei" into one line of single spaces: each label keeps its own answer."""
    doc = pdf_doc([
        [("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 56)],
        [("Nettverk: Ja Prosessevaluering: Nei", 56)],
        [("Kontaktperson: Kari Holm E-post: kari.holm@nav.no", 56)],
    ])
    got = values(doc)
    assert got["interest.network"] is True
    assert got["interest.process_evaluation"] is False
    assert got["contact.name"] == "Kari Holm"
    assert got["contact.email"] == "kari.holm@nav.no"


def test_a_colon_inside_an_answer_that_follows_no_label_keeps_the_answer_whole():
    doc = pdf_doc([[("Prosjektnavn: Jobb først: unge i arbeid", 56)]])
    assert values(doc)["project.title"] == "Jobb først: unge i arbeid"


def test_a_label_that_names_two_fields_is_answered_in_the_same_order():
    """"Nettverk / prosessevaluering" over "Nei / Ja": one answer per field."""
    doc = pdf_doc([
        [("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 56)],
        [("NETTVERK / PROSESSEVALUERING", 56)],
        [("Nei / Ja", 56)],
        [("E-post / telefon: kari.holm@nav.no / 57 72 31 40", 56)],
    ])
    got = values(doc)
    assert got["interest.network"] is False
    assert got["interest.process_evaluation"] is True
    assert got["contact.phone"] == "57723140"


def test_a_date_with_slashes_under_a_shared_label_is_not_split():
    from soknad_extract.extract.labels import classify_label
    from soknad_extract.extract.pair_text import Pair
    from soknad_extract.extract.run_on_labels import split_shared
    from soknad_extract.layout.rows import Span
    pair = Pair("Oppstart / varighet", Span("01/05/2020", 1, None, 1.0, "text"), "text")
    assert split_shared(pair, classify_label) == [pair]
    option = Pair("Ny/videreføring", Span("Ny / videreføring", 1, None, 1.0, "text"), "text")
    assert split_shared(option, classify_label) == [option]


def test_a_run_on_label_takes_only_its_own_words_from_the_answer_before_it():
    """"Kommune: Nordre Follo kommune Org.nr: 965432108": the second label is
    "kommune Org.nr" at most, never "Follo kommune Org.nr"."""
    doc = pdf_doc([
        [("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 56)],
        [("Kommune: Nordre Follo kommune Org.nr: 974760673", 56)],
        [("Kontaktperson: Kari Holm Kontaktpersonens e-post: kari.holm@nav.no", 56)],
    ])
    got = values(doc)
    assert (got["office.municipality"], got["office.org_number"]) == ("Nordre Follo", "974760673")
    assert (got["contact.name"], got["contact.email"]) == ("Kari Holm", "kari.holm@nav.no")


def test_a_title_with_a_label_word_before_a_colon_stays_whole():
    for title in ("Digital Oppstart: Nav i lomma", "Sosialt Nettverk: Ungdom i arbeid", "Nytt Tiltak: Ung i jobb"):
        doc = pdf_doc([[("Prosjektets navn: " + title, 56)]])
        assert values(doc)["project.title"] == title
