"""Typewriter-style dot leaders, each dot set apart by a space ("Prosjektets
navn . . . . . . Ung i arbeid"), as reportlab forms, Word tab leaders and typed
forms set them: they end a label as an unspaced leader does ("........"),
whether the answer follows on the line or stands in a cell of its own; an
ellipsis in a sentence (". . .") splits nothing the label vocabulary does not
know as a label (``extract.leaders``, ``extract.pairs``)."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument

from soknad_extract.extract import extract
from soknad_extract.extract.labels import classify_label
from soknad_extract.extract.pair_text import clean_label, split_label
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.readers.pdf.read import read_pdf
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _led(label: str, answer: str, width: int = 60) -> str:
    dots = " ".join("." * ((width - len(label)) // 2))
    return f"{label} {dots} {answer}"


FORM = [
    "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
    _led("Navn på Nav-kontor", "Nav Solvik"),
    _led("Kontaktperson", "Kari Nordmann"),
    _led("Prosjektets navn", "Ung i arbeid"),
    _led("Nytt prosjekt / videreføring", "Videreføring"),
    _led("Oppstart", "01.09.2020"),
    _led("Deltakelse i nettverk", "Ja"),
    _led("Ekstern prosessevaluering", "Nei"),
]


def test_a_spaced_leader_splits_like_an_unspaced_one() -> None:
    assert split_label("Prosjektets navn . . . . . . Ung i arbeid")[::2] == ("Prosjektets navn", "Ung i arbeid")
    assert split_label("Kommune . . . Solvik")[::2] == ("Kommune", "Solvik")
    assert clean_label("Prosjektnavn . . . . . . . .") == "Prosjektnavn"
    assert classify_label("Oppstart . . . . . . .") == classify_label("Oppstart")
    # two dots set apart are no leader: initials and abbreviations stay
    assert split_label("Org. nr. 974 567 806")[1] == ""


def test_an_ellipsis_in_a_sentence_makes_no_pair() -> None:
    text = "Vi har prøvd mye . . . men ungdommene trenger tett oppfølging"
    head, sep, _ = split_label(text)
    assert sep and classify_label(head) is None


def _pdf(path: Path, lines: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Helvetica", 10)
    for i, text in enumerate(lines):
        page.drawString(56, 780 - 16 * i, text)
    page.save()
    return path


def test_answers_after_spaced_leaders_on_the_line_are_read(tmp_path: Path) -> None:
    values = extract(read_pdf(_pdf(tmp_path / "form.pdf", FORM)), S2020).draft.values
    assert values["project.title"] == "Ung i arbeid"
    assert values["project.start_date"] == "2020-09-01"
    assert values["contact.name"] == "Kari Nordmann"
    assert values["interest.network"] is True
    assert values["interest.process_evaluation"] is False


def test_answers_beside_spaced_leaders_in_their_own_cell_are_read() -> None:
    rows = [[(FORM[0], 50.0)]] + [[(_led(label, "").rstrip(), 50.0), (answer, 450.0)] for label, answer in (
        ("Prosjektets navn", "Ung i arbeid"), ("Oppstart", "1. september 2020"), ("Kontaktperson", "Kari Nordmann"))]
    values = extract(pdf_doc(rows), S2020).draft.values
    assert values["project.title"] == "Ung i arbeid"
    assert values["project.start_date"] == "2020-09-01"
    assert values["contact.name"] == "Kari Nordmann"


def test_a_word_letter_with_spaced_leaders_is_read(tmp_path: Path) -> None:
    document = WordDocument()
    for line in FORM:
        document.add_paragraph(line)
    document.save(str(tmp_path / "form.docx"))
    values = extract(read_docx(tmp_path / "form.docx"), S2020).draft.values
    assert values["project.title"] == "Ung i arbeid"
    assert values["interest.process_evaluation"] is False
