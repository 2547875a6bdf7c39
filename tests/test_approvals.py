"""Electronic approvals named in sentences, and the deputy mayor's title:

- the application's approvers named in one sentence ("Søknaden er godkjent
  av Nav-leder … og kommunalsjef …") and the electronic approval stated in
  the sentence beside it ("Dokumentet er elektronisk godkjent …"), before
  or after it: the two are one approval statement;
- a list label that names a title only ("Godkjent av NAV-leder") over the
  approver's name and date on the line below: one approver each;
- the deputy mayor ("Varaordfører", "varaordførar") signing for the
  municipality, kept as written.
"""

from __future__ import annotations

from soknad_extract.extract.signatures import extract_signatures
from soknad_extract.layout import Line
from tests.builders.layouts import ink, pdf_line, pdf_page, pdf_pages, word_pages

HEAD = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav 2020"


def _signers(doc) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(s.role, s.kind, s.name, s.title, s.date) for s, _evidence in extract_signatures(doc)]


def _pdf(*texts: str, top: float = 500.0, step: float = 15.0):
    lines = [pdf_line(HEAD, 1, 60, 60), pdf_line("Vi søker om en 50 % stilling som jobbspesialist.", 1, 60, 90)]
    lines += [pdf_line(t, 1, 60, top + i * step) for i, t in enumerate(texts)]
    return pdf_pages(pdf_page(1, lines))


# --- 1. the approvers' sentence and the statement beside it -------------------------------------------

def test_wrapped_approvers_sentence_then_the_statement() -> None:
    doc = _pdf("Godkjenning",
               "Søknaden er behandlet og godkjent av kommunedirektør Ola Hansen 24.01.2020 og Nav-leder",
               "Kari Moe 23.01.2020.",
               "Dokumentet er elektronisk godkjent og er derfor ikke signert for hånd.")
    assert sorted(_signers(doc)) == [
        ("municipality", "electronic_approval", "Ola Hansen", "Kommunedirektør", "2020-01-24"),
        ("nav_leader", "electronic_approval", "Kari Moe", "Nav-leder", "2020-01-23")]


def test_the_statement_first_then_the_approvers_sentence_nynorsk() -> None:
    doc = _pdf("Dokumentet er elektronisk godkjend og har difor ingen signaturar.",
               "Søknaden er godkjend av Nav-leiar Siri Lid 20.01.2020 og rådmann Per Dal 22.01.2020.")
    assert sorted(_signers(doc)) == [
        ("municipality", "electronic_approval", "Per Dal", "Rådmann", "2020-01-22"),
        ("nav_leader", "electronic_approval", "Siri Lid", "Nav-leiar", "2020-01-20")]


def test_wrapped_statement_first_then_wrapped_approvers_sentence() -> None:
    doc = _pdf("Dokumentet er elektronisk godkjent og har derfor ingen", "håndskrevne signaturer.",
               "Søknaden er godkjent av Nav-leder Kari Moe 22.01.2020 og", "rådmann Per Dal 23.01.2020.")
    assert _signers(doc) == [("nav_leader", "electronic_approval", "Kari Moe", "Nav-leder", "2020-01-22"),
                             ("municipality", "electronic_approval", "Per Dal", "Rådmann", "2020-01-23")]


def test_the_approvers_sentence_alone_is_no_electronic_approval() -> None:
    doc = _pdf("Søknaden er godkjent av Nav-leder Kari Moe 22.01.2020 og rådmann Per Dal 23.01.2020.")
    assert not [s for s in _signers(doc) if s[1] == "electronic_approval"]


def test_word_paragraphs_sentence_then_statement() -> None:
    texts = [HEAD, "Vi søker om en 50 % stilling.",
             "Søknaden er godkjent av Nav-leder Eva Strand 27.01.2020 og kommunalsjef Tor Lie 28.01.2020.",
             "Dokumentet er godkjent elektronisk."]
    doc = word_pages({1: [Line(text=t, page=1) for t in texts]})
    assert sorted((r, k, n, d) for r, k, n, _t, d in _signers(doc)) == [
        ("municipality", "electronic_approval", "Tor Lie", "2020-01-28"),
        ("nav_leader", "electronic_approval", "Eva Strand", "2020-01-27")]


def test_another_documents_approval_beside_the_statement_names_no_approver() -> None:
    doc = _pdf("Prosjektplanen er godkjent av rådmann Per Dal 12.12.2019.",
               "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    assert not [s for s in _signers(doc) if s[2] == "Per Dal"]


def test_a_planned_approval_beside_the_sentence_approves_nothing() -> None:
    doc = _pdf("Søknaden er godkjent av Nav-leder Kari Moe 23.01.2020.",
               "Dokumentet vil bli elektronisk godkjent av rådmannen.")
    assert not [s for s in _signers(doc) if s[1] == "electronic_approval"]


# --- 2. a label with the title only, the name below --------------------------------------------------

def test_title_only_labels_take_the_names_below() -> None:
    doc = _pdf("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.",
               "Godkjent av rådmann", "Per Dal, 28.01.2020",
               "Godkjent av Nav-leder", "Kari Moe, 27.01.2020", step=16.0)
    assert _signers(doc) == [
        ("municipality", "electronic_approval", "Per Dal", "Rådmann", "2020-01-28"),
        ("nav_leader", "electronic_approval", "Kari Moe", "Nav-leder", "2020-01-27")]


def test_title_only_labels_nynorsk_without_commas() -> None:
    doc = _pdf("Dokumentet er elektronisk godkjend.",
               "Godkjend av Nav-leiar", "Siri Lid 20.01.2020",
               "Godkjend av kommunalsjef helse og omsorg", "Per Dal 22.01.2020", step=16.0)
    assert _signers(doc) == [
        ("nav_leader", "electronic_approval", "Siri Lid", "Nav-leiar", "2020-01-20"),
        ("municipality", "electronic_approval", "Per Dal", "Kommunalsjef helse og omsorg", "2020-01-22")]


# --- 3. the deputy mayor ------------------------------------------------------------------------------

def test_deputy_mayor_signs_for_the_municipality() -> None:
    lines = [pdf_line(HEAD, 1, 60, 60), pdf_line("Underskrift", 1, 60, 380),
             pdf_line("Nav-leder", 1, 60, 400), pdf_line("Varaordfører", 1, 320, 400),
             pdf_line("Kari Moe", 1, 60, 470), pdf_line("Per Dal", 1, 320, 470),
             pdf_line("Moss, 21.01.2020", 1, 60, 484), pdf_line("Moss, 23.01.2020", 1, 320, 484)]
    doc = pdf_pages(pdf_page(1, lines, [ink(1, (66.0, 420.0, 200.0, 462.0)), ink(1, (326.0, 420.0, 460.0, 462.0), seed=3)]))
    found = _signers(doc)
    assert ("municipality", "handwritten", "Per Dal", "Varaordfører", "2020-01-23") in found


def test_deputy_mayor_nynorsk_typed_title_line() -> None:
    doc = _pdf("Med helsing", "", "Siri Lid, Nav-leiar", "Per Dal, varaordførar", step=16.0)
    found = _signers(doc)
    assert [(r, n, t) for r, _k, n, t, _d in found] == [("nav_leader", "Siri Lid", "Nav-leiar"),
                                                      ("municipality", "Per Dal", "Varaordførar")]


# --- 4. small captions under a sentence's wrapped tail are no help text ------------------------------

def test_small_approval_caption_under_a_wrapped_sentence_is_kept() -> None:
    """A form of boxes with small captions: the caption under the wrapped end
    of the approval statement ("ingen håndskrevne signaturer.") is no help
    text under a question, and its approver stays."""
    from dataclasses import replace

    from soknad_extract.extract.help_lines import help_lines
    from soknad_extract.layout.typography import page_typography

    body = [pdf_line(t, 1, 60, 100 + 16 * i) for i, t in enumerate([
        "Prosjektet skal styrke oppfølgingen av unge ledige i kommunen.",
        "Søknaden er behandlet i ledermøtet. Dokumentet er elektronisk godkjent og har derfor",
        "ingen håndskrevne signaturer."])]
    caption = replace(pdf_line("Godkjent av rådmann", 1, 60, 149, size=7.0), size=7.0)
    name = pdf_line("Per Dal, 28.01.2020", 1, 60, 160)
    lines = [replace(line, size=10.0) for line in body] + [caption, replace(name, size=10.0)]
    page = pdf_page(1, lines)
    assert 3 not in help_lines(page.lines, page_typography(page))
