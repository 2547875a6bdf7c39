"""Fillable forms with one opt-in box per interest question, labelled with
the wish itself ("Ja, vi ønsker nettverk/klyngesamarbeid"), seen in the
fifty-seventh held-out corpus; built here in other wordings and layouts:

- the box's tick answers its own question: an empty box is a no, the
  printed "Ja" in its label is the option, never an answer (it was read as
  a stated wish, true);
- each box belongs to the question its label names, not to the question
  printed above it (the evaluation box was tied to the network line above);
- a yes box beside a no box, both empty, leaves the question unanswered;
  the ticked one of the pair answers.
"""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.layout import Document, FormField, Line, Page
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import A4_H, A4_W, pdf_line

S2020 = get_scheme("nav-sosiale-tjenester-2020")

NETWORK_NN = "Ja, vi ønskjer å vere med i nettverk for kontora"
EVALUATION_NN = "Ja, vi ønskjer følgjeevaluering (ekstern prosessevaluering)"


def _acroform(boxes: list[tuple[str, bool]], heading: str | None = None) -> Document:
    """A fillable PDF: a few answered text fields, then one box per label, each
    box left of its label, one under the other (the labels as the page's text)."""
    lines = [pdf_line("Søknad om tilskot til utvikling av sosiale tenester 2020", 1, 50, 40),
             pdf_line("Nav-kontor", 1, 50, 70), pdf_line("Nav Fjaler", 1, 250, 70),
             pdf_line("Prosjektnamn", 1, 50, 90), pdf_line("Arbeid for alle", 1, 250, 90)]
    fields = [FormField("text", "acroform", 1, "kontor", "Nav-kontor", "Nav Fjaler", None, (250, 68, 540, 82)),
              FormField("text", "acroform", 1, "namn", "Prosjektnamn", "Arbeid for alle", None, (250, 88, 540, 102))]
    top = 130.0
    if heading:
        lines.append(pdf_line(heading, 1, 50, top))
        top += 20
    for i, (label, ticked) in enumerate(boxes):
        lines.append(pdf_line(label, 1, 70, top + 20 * i))
        fields.append(FormField("checkbox", "acroform", 1, f"b{i}", label, "Yes" if ticked else None, ticked,
                                (50, top + 20 * i, 61, top + 20 * i + 11)))
    page = Page(number=1, width=A4_W, height=A4_H, lines=lines, fields=fields)
    return Document(path="form.pdf", format="pdf", pages=[page], page_count=1)


def _word_form(boxes: list[tuple[str, bool]]) -> Document:
    """A Word form: each opt-in box a content control starting its paragraph."""
    texts = ["Søknad om tilskudd 2020", "Nav-kontor: Nav Åsnes", "Deltakelse"]
    texts += [("☒ " if ticked else "☐ ") + label for label, ticked in boxes]
    fields = [FormField("checkbox", "content_control", 1, None, label, None, ticked) for label, ticked in boxes]
    page = Page(number=1, lines=[Line(text=t, page=1) for t in texts], fields=fields)
    return Document(path="x.docx", format="docx", pages=[page])


def _interest(doc: Document) -> tuple[bool | None, bool | None]:
    values = extract(doc, S2020).draft.values
    return values.get("interest.network"), values.get("interest.process_evaluation")


def test_empty_opt_in_boxes_say_no() -> None:
    assert _interest(_acroform([(NETWORK_NN, False), (EVALUATION_NN, False)])) == (False, False)


def test_each_ticked_box_answers_the_question_its_label_names() -> None:
    assert _interest(_acroform([(NETWORK_NN, False), (EVALUATION_NN, True)])) == (False, True)
    assert _interest(_acroform([(NETWORK_NN, True), (EVALUATION_NN, False)])) == (True, False)


def test_a_box_under_a_heading_naming_the_other_question_keeps_its_own() -> None:
    doc = _acroform([("Ja, vi vil gjerne være med i et nettverk", False),
                     ("Ja, vi vil ha ekstern prosessevaluering", True)],
                    heading="Nettverk og evaluering (kryss av det som passer)")
    assert _interest(doc) == (False, True)


def test_word_opt_in_boxes() -> None:
    doc = _word_form([("Ja, vi ønsker å delta i nettverk/klyngesamarbeid", True),
                      ("Ja, vi ønsker ekstern prosessevaluering", False)])
    assert _interest(doc) == (True, False)


def test_an_empty_yes_and_no_pair_leaves_the_question_open() -> None:
    doc = _acroform([("Ja, vi ønsker å delta i nettverk", False), ("Nei, vi ønsker ikke å delta i nettverk", False),
                     ("Ja, vi ønsker ekstern prosessevaluering", False),
                     ("Nei, vi ønsker ikke ekstern prosessevaluering", True)])
    assert _interest(doc) == (None, False)

