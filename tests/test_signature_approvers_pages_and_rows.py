"""Each approver with their own date, and signers a labelled file leaves unlabelled.

Classes (corpora 81 and 85, in other wordings and layouts here):

- a letter closes with "name / title" lines, one signer under the other, and
  an approval table under it names the same people with a date each: the
  title belongs to the name above it, and each signer's date is the one on
  the row naming them, never a neighbour's row;
- an approval log under the closing ("Dato | Navn | Handling") whose first
  row is the case officer's "Sendt til godkjenning": no approval, no date;
- an approval sentence naming each approver with a date and no title;
- a name typed where the pen would sign and printed again under it, over
  "Dato: …": the date is that signer's;
- an e-mail printout whose closing is the file's only label, with the
  application behind signed in ink under "name / title" lines.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, table_cell, word_doc, word_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"
HEAD_NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"
BODY = "Nav-kontoret søker om midler til en ny stilling som jobbspesialist i prosjektet."
BODY_NN = "Nav-kontoret søkjer om midlar til ei ny stilling som jobbspesialist i prosjektet."


def _signers(doc) -> list[tuple[str, str, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.date) for s, _evidence in extract_signatures(doc)]


# --- names over titles, and an approval table naming them again --------------------------


def test_bokmal_closing_with_an_approval_table_gives_each_title_the_name_above_it() -> None:
    doc = word_doc(HEAD, BODY, "Med vennlig hilsen", "Kari Moe", "leder Nav Hamar", "Per Lie",
                   "kommunalsjef helse og omsorg",
                   "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
                   tables=[[["Godkjent av", "Stilling", "Dato"], ["Kari Moe", "Leder Nav Hamar", "21.01.2020"],
                            ["Per Lie", "Kommunalsjef helse og omsorg", "23.01.2020"]]])
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Kari Moe", "2020-01-21"),
                             ("municipality", "electronic_approval", "Per Lie", "2020-01-23")]


def test_nynorsk_closing_with_the_approval_table_in_other_order() -> None:
    doc = word_doc(HEAD_NN, BODY_NN, "Med helsing", "Synnøve Rise", "kommunedirektør", "Lars Bakke", "Nav-leiar",
                   "Dokumentet er elektronisk godkjent og har difor inga handskriven underskrift.",
                   tables=[[["Godkjend av", "Stilling", "Dato"], ["Lars Bakke", "Nav-leiar", "20.01.2020"],
                            ["Synnøve Rise", "Kommunedirektør", "22.01.2020"]]])
    assert _signers(doc) == [("municipality", "electronic_approval", "Synnøve Rise", "2020-01-22"),
                             ("nav_leader", "electronic_approval", "Lars Bakke", "2020-01-20")]


# --- an approval log whose first row sends for approval ----------------------------------


def _log_page(rows: list[tuple[str, str, str]], closing: list[str], statement: str, heading: str):
    lines = [pdf_line(HEAD, 1, 72, 60), pdf_line(BODY, 1, 72, 90), pdf_line("Med vennlig hilsen", 1, 72, 140)]
    top = 170
    for text in closing:
        lines.append(pdf_line(text, 1, 72, top))
        top += 14
    lines += [pdf_line(statement, 1, 72, top + 8), pdf_line(heading, 1, 72, top + 22),
              pdf_line("Dato", 1, 72, top + 40), pdf_line("Navn", 1, 240, top + 40),
              pdf_line("Handling", 1, 420, top + 40)]
    for i, (day, name, action) in enumerate(rows):
        y = top + 58 + 18 * i
        lines += [pdf_line(day, 1, 72, y), pdf_line(name, 1, 240, y), pdf_line(action, 1, 420, y)]
    return pdf_pages(pdf_page(1, lines))


def test_bokmal_approval_log_dates_each_approver_by_their_own_row() -> None:
    doc = _log_page([("20.01.2020", "Mona Dahl (rådgiver)", "Sendt til godkjenning"),
                     ("22.01.2020", "Kari Moe (Nav-leder)", "Godkjent"),
                     ("24.01.2020", "Ola Lie (rådmann)", "Godkjent")],
                    ["Kari Moe", "Nav-leder", "Ola Lie", "rådmann"],
                    "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
                    "Godkjenningshistorikk")
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Kari Moe", "2020-01-22"),
                             ("municipality", "electronic_approval", "Ola Lie", "2020-01-24")]


def test_a_sent_for_approval_row_never_dates_an_approver() -> None:
    # The municipal leader's row is missing from the log: the case officer's
    # row next to the closing is no date of theirs.
    doc = _log_page([("27.01.2020", "Mona Dahl (saksbehandler)", "Sendt til godkjenning"),
                     ("28.01.2020", "Kari Moe (Nav-leder)", "Godkjent")],
                    ["Ola Lie", "kommunedirektør", "Kari Moe", "Nav-leder"],
                    "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
                    "Godkjenningslogg")
    found = {role: when for role, _kind, _name, when in _signers(doc)}
    assert found["nav_leader"] == "2020-01-28"
    assert found["municipality"] != "2020-01-27"


# --- one sentence naming each approver with a date ---------------------------------------


def test_nynorsk_approval_sentence_dates_each_named_approver() -> None:
    lines = [pdf_line(HEAD_NN, 1, 72, 60), pdf_line(BODY_NN, 1, 72, 90), pdf_line("Med helsing", 1, 72, 140),
             pdf_line("Guro Nesheim", 1, 72, 170), pdf_line("leiar Nav Sogndal", 1, 72, 184),
             pdf_line("Bjarte Haugland", 1, 72, 210), pdf_line("rådmann", 1, 72, 224),
             pdf_line("Dokumentet er godkjent elektronisk og har difor ingen handskrivne underskrifter.", 1, 72, 250),
             pdf_line("Godkjend av Guro Nesheim 21.01.2020 og Bjarte Haugland 29.01.2020.", 1, 72, 264)]
    assert _signers(pdf_pages(pdf_page(1, lines))) == [
        ("nav_leader", "electronic_approval", "Guro Nesheim", "2020-01-21"),
        ("municipality", "electronic_approval", "Bjarte Haugland", "2020-01-29")]


# --- a name typed for the pen, printed again under it ------------------------------------


def test_a_name_typed_for_the_pen_and_printed_under_it_keeps_its_date() -> None:
    lines = [
        table_cell("Underskrift", 0, 0), table_cell("Leder Nav Molde", 1, 0), table_cell("Hege Aasen", 1, 0),
        table_cell("Hege Aasen", 1, 0), table_cell("Dato: 21.01.2020", 1, 0),
        table_cell("Rådmann", 1, 1), table_cell("Geir Sunde", 1, 1), table_cell("Geir Sunde", 1, 1),
        table_cell("Dato: 03.02.2020", 1, 1)]
    doc = word_pages({1: [table_cell(HEAD, 0, 0, table=1)] + lines})
    assert _signers(doc) == [("nav_leader", "typed", "Hege Aasen", "2020-01-21"),
                             ("municipality", "typed", "Geir Sunde", "2020-02-03")]


# --- an e-mail printout with the application behind ---------------------------------------


def _mail_then_letter(nav_ink: bool, nav_title: str, closing: str, municipal: list[str]):
    mail = [pdf_line("Fra: Ingrid Tveit <ingrid.tveit@nav.no>", 1, 40, 60),
            pdf_line("Emne: Søknad om tilskudd 2020", 1, 40, 74),
            pdf_line("Hei, vedlagt er søknaden vår.", 1, 40, 110), pdf_line(closing, 1, 40, 140),
            pdf_line("Ingrid Tveit", 1, 40, 154), pdf_line("Nav Stord", 1, 40, 168)]
    letter = [pdf_line("Nav Stord", 2, 62, 50), pdf_line("Stord, 30.01.2020", 2, 450, 120),
              pdf_line(HEAD, 2, 62, 150), pdf_line(BODY, 2, 62, 180),
              pdf_line("Stord, 30.01.2020", 2, 62, 380), pdf_line(municipal[0], 2, 300, 380),
              pdf_line("Magnus Vik", 2, 62, 450), pdf_line(nav_title, 2, 62, 462)]
    letter += [pdf_line(text, 2, 300, 450 + 12 * i) for i, text in enumerate(municipal[1:])]
    images = [ink(2, (66.0, 400.0, 200.0, 445.0), seed=4)] if nav_ink else []
    return pdf_pages(pdf_page(1, mail), pdf_page(2, letter, images))


def test_ink_over_a_signer_on_a_page_no_label_reaches_is_a_signature() -> None:
    doc = _mail_then_letter(True, "Leder Nav Stord", "Med vennlig hilsen", ["For Stord kommune:", "Rådmann"])
    assert _signers(doc) == [("nav_leader", "handwritten", "Magnus Vik", "2020-01-30")]


def test_nynorsk_mail_closing_and_an_inked_nav_leader_behind() -> None:
    doc = _mail_then_letter(True, "Nav-leiar", "Helsing", ["For Stord kommune:", "Kommunedirektør"])
    assert _signers(doc) == [("nav_leader", "handwritten", "Magnus Vik", "2020-01-30")]


def test_names_and_titles_without_ink_on_such_a_page_sign_nothing() -> None:
    doc = _mail_then_letter(False, "Nav-leiar", "Helsing", ["Kari Lie", "Kommunedirektør"])
    assert _signers(doc) == []
