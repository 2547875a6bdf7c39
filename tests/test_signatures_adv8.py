"""Signature classes met in the eighth held-out corpus (issue 12).

Documents and lines built here in the layout model; wordings and names are
this file's own, never a corpus file's."""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages


# --- the approvers named in the sentence after the statement --------------------
# Class: the statement says the document was approved electronically and why
# it has no ink ("Dokumentet er elektronisk godkjend og har difor ikkje
# handskrivne signaturar."), and the next sentence, opened by the list label,
# names the approvers ("Godkjend av Nav-leiar A 27.01.2020 og kommunalsjef B
# 28.01.2020."). The paragraph wraps where the page ends it, also at the
# hyphen of "Nav-leiar".

def _approval_paragraph(*lines: str):
    page = [
        pdf_line("Søknad om tilskot til utvikling av sosiale tenester i Nav", 1, 60, 60),
        pdf_line("Søkjar: Nav Ørsta", 1, 60, 90),
        pdf_line("Samla søknadssum: 600 000 kroner", 1, 60, 104),
        pdf_line("Godkjenning", 1, 60, 280),
    ]
    page += [pdf_line(text, 1, 60, 300 + 14 * i) for i, text in enumerate(lines)]
    return pdf_pages(pdf_page(1, page))


NYNORSK_APPROVERS = [
    ("nav_leader", "Tone Rise", "Nav-leiar", "2020-01-21", "electronic_approval"),
    ("municipality", "Arne Vik", "Kommunalsjef for oppvekst", "2020-01-23", "electronic_approval"),
]


def test_the_sentence_after_the_statement_opened_by_the_label_names_the_approvers():
    for lines in (
        ("Dokumentet er elektronisk godkjend og har difor ikkje handskrivne signaturar. Godkjend av",
         "Nav-leiar Tone Rise 21.01.2020 og kommunalsjef for oppvekst Arne Vik 23.01.2020."),
        ("Dokumentet er elektronisk godkjend og har difor ikkje handskrivne signaturar. Godkjend av Nav-",
         "leiar Tone Rise 21.01.2020 og kommunalsjef for oppvekst Arne Vik 23.01.2020."),
        ("Dokumentet er elektronisk godkjend og har difor ikkje handskrivne signaturar.",
         "Godkjend av Nav-leiar Tone Rise 21.01.2020 og kommunalsjef for oppvekst Arne Vik 23.01.2020."),
    ):
        assert as_tuples(extract_signatures(_approval_paragraph(*lines))) == NYNORSK_APPROVERS, lines


def test_a_later_sentence_that_merely_says_approved_by_names_no_approver():
    doc = _approval_paragraph("Dokumentet er elektronisk godkjend. Planen er godkjend av kommunalsjef Arne Vik "
                              "23.01.2020.")
    assert extract_signatures(doc) == []


def test_the_label_must_open_the_sentence():
    from soknad_extract.extract.signatures.approval_words import list_label
    statement = "Dokumentet er elektronisk godkjend og har difor ikkje signaturar. "
    assert list_label(statement + "Godkjend av Nav-leiar Tone Rise").group(0) == "Godkjend av "
    assert list_label(statement + "Planen vart godkjend av Tone Rise") is None
    assert list_label(statement + "Det er godkjend av Tone Rise") is None


def test_a_line_broken_at_a_compounds_hyphen_joins_without_a_space():
    from soknad_extract.extract.signatures.lists import _joined
    assert _joined(["Godkjent av Nav-", "leder Tone Rise 21.01.2020"]) == "Godkjent av Nav-leder Tone Rise 21.01.2020"
    assert "-Nav" not in _joined(["Godkjent av Tone Rise -", "Nav-leder"])  # a spaced dash is no compound


# --- stacked blocks: title above the ink, name below it -------------------------
# Class: a letter's signers one under the other, each block "title / place,
# date / ink / name". The name under one block's ink stands just above the
# next block's title, yet it is the signer of the block above: every name
# belongs with the title above its own ink.

def _stacked_word_letter(*blocks: tuple[str, str, str]):
    from soknad_extract.layout import Image, Line
    from tests.builders.layouts import word_pages
    from tools.samplegen.signed import scribble_png
    lines = [Line(text="Søknad om tilskot til utvikling av sosiale tenester", page=1),
             Line(text="Vi søkjer om 300 000 kr til ei stilling.", page=1),
             Line(text="Med helsing", page=1)]
    images = []
    for i, (title, dated, name) in enumerate(blocks):
        lines += [Line(text=title, page=1), Line(text=dated, page=1), Line(text="", page=1)]
        images.append(Image(page=1, bbox=None, pixel_width=560, pixel_height=180, data=scribble_png(20 + i),
                            paragraph_index=len(lines) - 1))
        lines.append(Line(text=name, page=1))
    return word_pages({1: lines}, images)


def test_stacked_word_blocks_give_each_name_the_title_above_its_ink():
    doc = _stacked_word_letter(("Nav-leiar", "Odda, 20.01.2020", "Åse Nesheim"),
                               ("Kommunedirektør", "Odda, 22.01.2020", "Per Tveit"))
    assert as_tuples(extract_signatures(doc)) == [
        ("nav_leader", "Åse Nesheim", "Nav-leiar", "2020-01-20", "handwritten"),
        ("municipality", "Per Tveit", "Kommunedirektør", "2020-01-22", "handwritten"),
    ]


def test_stacked_pdf_blocks_give_each_name_the_title_above_its_ink():
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester", 1, 60, 60),
             pdf_line("Med hilsen", 1, 60, 400)]
    images = []
    for i, (title, dated, name) in enumerate((("Rådmann", "Lom, 20.01.2020", "Jon Bakke"),
                                              ("Nav-leder", "Lom, 21.01.2020", "Eli Rø"))):
        top = 420 + 110 * i
        lines += [pdf_line(title, 1, 60, top), pdf_line(dated, 1, 60, top + 14),
                  pdf_line(name, 1, 60, top + 80)]
        images.append(ink(1, (60, top + 30, 200, top + 76), seed=30 + i))
    assert as_tuples(extract_signatures(pdf_pages(pdf_page(1, lines, images)))) == [
        ("municipality", "Jon Bakke", "Rådmann", "2020-01-20", "handwritten"),
        ("nav_leader", "Eli Rø", "Nav-leder", "2020-01-21", "handwritten"),
    ]


def test_stacked_blocks_with_the_name_over_the_title_keep_their_pairs():
    """"ink / name / title" blocks one under the other: every title already
    has the name just above it, nothing is left over, nothing moves."""
    lines = [pdf_line("Søknad om tilskudd til utvikling av sosiale tjenester", 1, 60, 60),
             pdf_line("Med hilsen", 1, 60, 400)]
    images = []
    for i, (name, title) in enumerate((("Jon Bakke", "Rådmann"), ("Eli Rø", "Nav-leder"))):
        top = 420 + 100 * i
        images.append(ink(1, (60, top, 200, top + 46), seed=40 + i))
        lines += [pdf_line(name, 1, 60, top + 50), pdf_line(title, 1, 60, top + 64)]
    assert [(s.role, s.name) for s, _e in extract_signatures(pdf_pages(pdf_page(1, lines, images)))] == [
        ("municipality", "Jon Bakke"), ("nav_leader", "Eli Rø"),
    ]


# --- the approval date between the verb and "av" --------------------------------
# Class: the statement dates the approval once, between its verb and the
# approvers ("Søknaden er elektronisk godkjent (den) 28.01.2020 av Nav-leder A
# og rådmann B."): the date is every listed approver's, and the sentence may
# wrap after a title, before the last approver's bare name.

DATED_ONCE = [
    ("nav_leader", "Tone Rise", "Nav-leder", "2020-01-22", "electronic_approval"),
    ("municipality", "Arne Vik", "Rådmann", "2020-01-22", "electronic_approval"),
]


def test_a_date_between_the_verb_and_av_dates_every_approver():
    for lines in (
        ("Søknaden er elektronisk godkjent 22.01.2020 av Nav-leder Tone Rise og rådmann Arne Vik.",),
        ("Søknaden er elektronisk godkjent den 22.01.2020 av Nav-leder Tone Rise og rådmann Arne Vik.",),
        ("Søknaden er godkjent elektronisk 22. januar 2020 av Nav-leder Tone Rise og rådmann Arne Vik.",),
        ("Søknaden er elektronisk godkjent 22.01.2020", "av Nav-leder Tone Rise og rådmann Arne Vik."),
        ("Søknaden er elektronisk godkjent 22.01.2020 av Nav-leder Tone Rise og rådmann", "Arne Vik."),
    ):
        assert as_tuples(extract_signatures(_approval_paragraph(*lines))) == DATED_ONCE, lines


def test_a_date_before_another_sentences_av_is_no_label():
    from soknad_extract.extract.signatures.approval_words import undated_list_label
    text = "Søknaden er elektronisk godkjent 22.01.2020. Planen er laga av Arne Vik."
    assert undated_list_label(text) == text
    assert extract_signatures(_approval_paragraph(text)) == []
    assert undated_list_label("Oppstart 01.03.2020 av tiltaket") == "Oppstart 01.03.2020 av tiltaket"


def test_the_nynorsk_underteikna_forms_say_the_approval_too():
    """Nynorsk writes the electronic signing "elektronisk underteikna" as
    well as "elektronisk godkjend"; both are the statement (vocabulary)."""
    for lines in (
        ("Søknaden er elektronisk underteikna av Nav-leiar Tone Rise 21.01.2020 og kommunalsjef for oppvekst "
         "Arne Vik 23.01.2020.",),
        ("Søknaden er underteikna elektronisk og har difor ingen signaturar. Underteikna av Nav-leiar Tone Rise",
         "21.01.2020 og kommunalsjef for oppvekst Arne Vik 23.01.2020."),
    ):
        assert as_tuples(extract_signatures(_approval_paragraph(*lines))) == NYNORSK_APPROVERS, lines
