"""Form answers around lines that wrap: an interest question wrapped in a
narrow question column with its boxes or answer beside the first line (its
row broken over a page break too), the interest asked as the office's
statement with the answer in a column, a label broken at a hyphen beside
its answer, an answer wrapped after a word no answer ends on, a contact's
name with a role in brackets, and boxed label rows before a heading."""

from __future__ import annotations

from soknad_extract.extract import extract
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.pairs import find_pairs
from soknad_extract.layout.rows import Row, Span
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc, pdf_line, pdf_page, pdf_pages, word_doc

_TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
_SCHEME = "nav-sosiale-tjenester-2020"


def _values(doc) -> dict[str, object]:
    return extract(doc, get_scheme(_SCHEME)).draft.values


def _interest(doc) -> dict[str, object]:
    values = _values(doc)
    return {k: values.get(f"interest.{k}") for k in ("network", "process_evaluation")}


# --- interest questions that wrap -------------------------------------------------


def test_boxes_beside_the_first_line_answer_a_question_wrapped_over_a_page_break() -> None:
    first = pdf_page(1, [
        pdf_line(_TITLE, 1, 72, 72),
        pdf_line("Nettverk og evaluering", 1, 72, 700),
        pdf_line("Vil Nav-kontoret være med i", 1, 72, 740), pdf_line("☒ Ja ☐ Nei", 1, 300, 740),
        pdf_line("klyngesamarbeid?", 1, 72, 752),
        pdf_line("Er Nav-kontoret interessert i", 1, 72, 772), pdf_line("☐ Ja ☒ Nei", 1, 300, 772),
    ])
    second = pdf_page(2, [pdf_line("følgeevaluering?", 2, 72, 60), pdf_line("Underskrift", 2, 72, 100)])
    assert _interest(pdf_pages(first, second)) == {"network": True, "process_evaluation": False}


def test_a_next_question_with_its_own_options_under_it_is_no_tail() -> None:
    doc = pdf_doc([
        [(_TITLE, 72)],
        [("Har kontoret samarbeidspartnere", 72), ("☒ Ja ☐ Nei", 300)],
        [("Ønsker dere ekstern prosessevaluering?", 72)],
        [("☐ Ja", 72)],
        [("☒ Nei", 72)],
    ])
    assert _interest(doc)["process_evaluation"] is False


def test_a_wrapped_question_under_a_heading_naming_the_topic_is_no_yes() -> None:
    """The question's first line under the section heading "5 Nettverk og
    evaluering" opens with a wish word; the "Nei" beside it answers."""
    doc = pdf_doc([
        [(_TITLE, 72)],
        [("5 Nettverk og evaluering", 72)],
        [("Ønsker Nav-kontoret å bli med i", 72), ("Nei", 260)],
        [("klyngesamarbeid?", 72)],
        [("Ønsker Nav-kontoret en ekstern", 72), ("Nei", 260)],
        [("prosessevaluering?", 72)],
    ])
    assert _interest(doc) == {"network": False, "process_evaluation": False}


def test_a_marked_option_beside_the_other_option_still_answers() -> None:
    doc = word_doc(_TITLE, "5. Samarbeid", tables=[[
        ["Ønsker dere å være med i klyngesamarbeid", "X Ja", "Nei"],
        ["Ønsker dere følgeevaluering", "X Ja", "Nei"],
    ]])
    assert _interest(doc) == {"network": True, "process_evaluation": True}


def test_interest_asked_as_the_office_statement_is_answered_in_its_column() -> None:
    doc = pdf_doc([
        [(_TITLE, 72)],
        [("Nav-kontoret ønsker å være med i et nettverk", 72), ("nei", 400)],
        [("Kommunen ønsker følgeevaluering av prosjektet", 72), ("ja", 400)],
    ])
    assert _interest(doc) == {"network": False, "process_evaluation": True}


# --- labels and answers that wrap ------------------------------------------------


def test_a_label_broken_at_a_hyphen_beside_its_answer_is_read_whole() -> None:
    values = _values(pdf_doc([
        [(_TITLE, 72)],
        [("Nav-kontor", 60), ("Nav Tinn", 170)],
        [("Prosjekt-", 60), ("Trygg start for unge", 170)],
        [("tittel", 60)],
        [("Type søknad", 60), ("Nytt prosjekt", 170)],
    ]))
    assert values.get("project.title") == "Trygg start for unge"


def test_an_answer_wrapped_after_an_open_ending_goes_on_with_a_capital() -> None:
    values = _values(pdf_doc([
        [(_TITLE, 72)],
        [("Prosjekttittel: Sammen om arbeid i", 72)],
        [("Tinn og Notodden", 72)],
        [("Søknaden gjelder: Nytt prosjekt", 72)],
    ]))
    assert values.get("project.title") == "Sammen om arbeid i Tinn og Notodden"


def test_an_answer_ending_on_a_whole_word_does_not_take_a_capitalised_line() -> None:
    for title, line in (("Sammen om arbeid", "Tinn kommune"), ("Tett på", "Unge i Tinn"),
                        ("Sammen om arbeid i", "Tinn har mange unge uten jobb.")):
        values = _values(pdf_doc([[(_TITLE, 72)], [(f"Prosjekttittel: {title}", 72)], [(line, 72)]]))
        assert values.get("project.title") == title


# --- contact rows -----------------------------------------------------------------


def test_a_name_with_a_role_in_brackets_is_no_label() -> None:
    assert classify_label("Kari Anne Vik (prosjektleiar)") is None
    assert classify_label("Ansvarleg (prosjektleiar)") is not None
    assert classify_label("Kontaktperson (namn og telefon)") == "contact_name"


def test_the_contact_under_its_label_keeps_the_name_before_its_role() -> None:
    values = _values(pdf_doc([
        [(_TITLE, 72)],
        [("Kontaktperson", 72)],
        [("Kari Anne Vik (prosjektleder)", 72)],
        [("Telefon", 72)],
        [("35 02 11 00", 72)],
    ]))
    assert values.get("contact.name") == "Kari Anne Vik"


def test_a_boxed_contact_row_before_a_section_heading_is_read() -> None:
    rows = [
        Row([Span("Nav-kontor Nav Tinn", 1, (58, 100, 537, 116), method="table", lines=("Nav-kontor", "Nav Tinn"))],
            1, in_table=True),
        Row([Span("Kontaktperson Kari Vik, tlf. 35 02 11 00", 1, (58, 116, 537, 132), method="table",
                  lines=("Kontaktperson", "Kari Vik, tlf. 35 02 11 00"))], 1, in_table=True),
        Row([Span("2 Prosjektet", 1, (62, 140, 120, 150))], 1),
    ]
    pairs = find_pairs(rows, classify_label)
    assert any(classify_label(p.label) == "contact_name" and p.value.text == "Kari Vik, tlf. 35 02 11 00"
               for p in pairs)
