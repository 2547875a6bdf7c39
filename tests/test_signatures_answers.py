"""Answers to a form's questions that are not about signing are no signers.

Class: a form laid out as numbered labels with the answer on the same row
further right. The contact's answer may carry a title that is also a Nav
leader's ("Guro Salvesen (enhetsleder)") and the start question's answer is
a date; neither is a signature nor a signing date. The pages are built here.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.extract.signatures.answers import answers_to_other_questions
from soknad_extract.layout.fragments import fragments
from tests.builders.layouts import as_tuples, ink, pdf_line, pdf_page, pdf_pages

ROWS = [
    ("1. Søker", "Nav Lia"),
    ("2. Samarbeidspartner", "Lia kommune v/ Per Dal, kommunalsjef"),
    ("3. Kontaktperson", "Guro Salvesen (enhetsleder)"),
    ("4. Prosjektleder", "Ola Berg, Nav-leder"),
    ("5. Oppstart", "01.04.2020"),
    ("6. Totalt omsøkt", "kr 610 000"),
]


def _form(with_ink: bool = True):
    lines = [pdf_line("Søknad om tilskudd 2020", 1, 50, 40)]
    for k, (label, answer) in enumerate(ROWS):
        lines += [pdf_line(label, 1, 50, 80 + 17 * k), pdf_line(answer, 1, 230, 80 + 17 * k)]
    images = []
    for x, name, title in ((50, "Tone Rud", "Nav-leder, Nav Lia"), (310, "Geir Moe", "Kommunalsjef")):
        lines += [pdf_line("Lia, 24.01.2020", 1, x, 400), pdf_line(name, 1, x, 475), pdf_line(title, 1, x, 488)]
        if with_ink:
            images.append(ink(1, (x, 420, x + 140, 465), seed=int(x)))
    return pdf_pages(pdf_page(1, lines, images))


def test_the_contacts_and_leaders_answers_are_no_signers():
    assert as_tuples(extract_signatures(_form())) == [
        ("nav_leader", "Tone Rud", "Nav-leder", "2020-01-24", "handwritten"),
        ("municipality", "Geir Moe", "Kommunalsjef", "2020-01-24", "handwritten"),
    ]


def test_the_answers_of_other_questions_are_found_and_signers_captions_are_not():
    doc = _form()
    others = {f.text for f in fragments(doc) if f.order in answers_to_other_questions(fragments(doc))}
    assert others == {"Lia kommune v/ Per Dal, kommunalsjef", "Guro Salvesen (enhetsleder)",
                      "Ola Berg, Nav-leder", "01.04.2020"}


def test_a_role_label_keeps_its_answer():
    """"Nav-leder | Kari Moe" asks for the signer: not another question."""
    doc = pdf_pages(pdf_page(1, [pdf_line("Nav-leder", 1, 50, 400), pdf_line("Kari Moe", 1, 230, 400),
                                 pdf_line("Tittel", 1, 50, 417), pdf_line("Enhetsleder", 1, 230, 417)]))
    assert answers_to_other_questions(fragments(doc)) == set()


def _closing(left_caption: str, right_caption: str):
    """A letter's closing: two signers side by side, a caption under each name."""
    lines = [pdf_line("Nav Lia søker om tilskudd til prosjektet.", 1, 50, 60),
             pdf_line("Lia, 12.02.2020", 1, 50, 90), pdf_line("Med vennlig hilsen", 1, 50, 120),
             pdf_line("Lillian Holm", 1, 50, 170), pdf_line("Kari Nordmann", 1, 310, 170),
             pdf_line(left_caption, 1, 50, 186), pdf_line(right_caption, 1, 310, 186)]
    return pdf_pages(pdf_page(1, lines))


def test_a_signers_caption_beside_another_signers_caption_is_no_answer():
    """"Prosjektleder | Nav-leder" under two names: the right signer stays."""
    for left, right, role in (("Prosjektleder", "Nav-leder", "nav_leader"),
                              ("Prosjektansvarlig", "Nav-leder", "nav_leader"),
                              ("Prosjektleiar", "Nav-leiar", "nav_leader"),
                              ("Prosjektleder", "Rådmann", "municipality")):
        doc = _closing(left, right)
        assert answers_to_other_questions(fragments(doc)) == set()
        assert [(t[0], t[1]) for t in as_tuples(extract_signatures(doc))] == [(role, "Kari Nordmann")]


def test_a_marked_label_still_takes_a_bare_role_as_its_answer():
    """"4. Prosjektleder: Nav-leder" is a form row: its answer is no signer."""
    doc = pdf_pages(pdf_page(1, [pdf_line("4. Prosjektleder:", 1, 50, 400), pdf_line("Nav-leder", 1, 230, 400)]))
    assert {f.text for f in fragments(doc) if f.order in answers_to_other_questions(fragments(doc))} == {"Nav-leder"}
