"""Form tables that put more than one answer in a cell, or a label and its
answer in one cell (issue 12, adversarial corpus 3, classes "label and
answer in one cell", "several answers in one cell", "numbered labels with
dot leaders"). Every document is built here."""

from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.enum.text import WD_BREAK

from soknad_extract.extract import extract
from soknad_extract.extract.pair_text import split_label
from soknad_extract.readers.docx.read import read_docx
from soknad_extract.readers.pdf.read import read_pdf
from soknad_extract.schemes import get_scheme

S2020 = get_scheme("nav-sosiale-tjenester-2020")


def _soft_lines(paragraph, lines: list[str]) -> None:
    """``paragraph`` holding ``lines`` set apart by soft line breaks (Shift+Enter)."""
    for i, text in enumerate(lines):
        run = paragraph.add_run(text)
        if i + 1 < len(lines):
            run.add_break(WD_BREAK.LINE)


def test_two_yes_no_questions_on_two_lines_of_one_cell_answer_each_its_own(tmp_path: Path):
    document = WordDocument()
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Interesse"
    _soft_lines(table.cell(0, 1).paragraphs[0], ["Nettverk: ☐ Ja ☒ Nei", "Prosessevaluering: ☒ Ja ☐ Nei"])
    document.save(str(tmp_path / "form.docx"))
    boxes = [(f.group, f.label, f.checked) for f in read_docx(tmp_path / "form.docx").fields()]
    assert boxes == [("Nettverk", "Ja", False), ("Nettverk", "Nei", True),
                     ("Prosessevaluering", "Ja", True), ("Prosessevaluering", "Nei", False)]


def test_boxes_opening_a_line_answer_the_question_on_the_line_above(tmp_path: Path):
    document = WordDocument()
    _soft_lines(document.add_paragraph(), ["Ønsker dere å delta i nettverket?", "☒ Ja ☐ Nei"])
    document.save(str(tmp_path / "form.docx"))
    boxes = [(f.group, f.label, f.checked) for f in read_docx(tmp_path / "form.docx").fields()]
    assert boxes == [("Ønsker dere å delta i nettverket", "Ja", True),
                     ("Ønsker dere å delta i nettverket", "Nei", False)]


# --- a label over its answer in one cell ------------------------------------------------


def _stacked_form(path: Path, rows: list[tuple[tuple[str, str], ...]], *, bold: bool = True) -> Path:
    """A Word table whose cells each hold a label paragraph over its answer paragraph."""
    document = WordDocument()
    document.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    table = document.add_table(rows=len(rows), cols=max(len(r) for r in rows))
    table.style = "Table Grid"
    for r, pairs in enumerate(rows):
        for c, (label, answer) in enumerate(pairs):
            cell = table.cell(r, c)
            cell.paragraphs[0].add_run(label).bold = bold
            for line in answer.split("\n"):
                cell.add_paragraph(line)
    document.save(str(path))
    return path


STACKED = [
    (("Nav-kontor", "NAV Solvik"), ("Kommune", "Solvik kommune")),
    (("Kontaktperson", "Kari Nordmann"), ("Telefon", "12 34 56 78")),
    (("Navnet på tiltaket", "Ung i jobb"), ("Oppstart", "1. september 2020")),
]


def test_a_label_over_its_answer_in_one_cell_two_cells_a_row(tmp_path: Path):
    values = extract(read_docx(_stacked_form(tmp_path / "form.docx", STACKED)), S2020).draft.values
    assert values["office.name"] == "Nav Solvik"
    assert values["contact.name"] == "Kari Nordmann"
    assert values["project.title"] == "Ung i jobb"
    assert values["project.start_date"] == "2020-09-01"


def test_a_label_over_its_answer_alone_in_a_merged_row(tmp_path: Path):
    rows = [(("Navnet på tiltaket", "Ung i jobb"),), (("Kontaktperson", "Kari Nordmann"),)]
    values = extract(read_docx(_stacked_form(tmp_path / "form.docx", rows, bold=False)), S2020).draft.values
    assert values["project.title"] == "Ung i jobb"
    assert values["contact.name"] == "Kari Nordmann"


def test_a_label_left_blank_beside_a_label_over_its_answer_takes_nothing(tmp_path: Path):
    rows = [(("Kontaktperson", "Kari Nordmann"), ("Telefon", "")), (("Navnet på tiltaket", "Ung i jobb"),)]
    values = extract(read_docx(_stacked_form(tmp_path / "form.docx", rows)), S2020).draft.values
    assert values["contact.name"] == "Kari Nordmann"
    assert values.get("contact.phone") is None


def test_a_note_in_brackets_under_the_label_is_not_the_answer(tmp_path: Path):
    rows = [(("Kontaktperson", "(fullt navn)\nKari Nordmann"), ("Nav-kontor", "NAV Solvik")),
            (("Navnet på tiltaket", "Ung i jobb"),)]
    values = extract(read_docx(_stacked_form(tmp_path / "form.docx", rows)), S2020).draft.values
    assert values["contact.name"] == "Kari Nordmann"
    assert values["office.name"] == "Nav Solvik"


def test_labels_over_their_help_are_answered_in_the_row_below(tmp_path: Path):
    document = WordDocument()
    table = document.add_table(rows=2, cols=2)
    for c, (label, help_text, answer) in enumerate([("Prosjektets navn", "(kort og beskrivende)", "Ung i jobb"),
                                                    ("Kontaktperson", "(fullt navn)", "Kari Nordmann")]):
        table.cell(0, c).paragraphs[0].add_run(label)
        table.cell(0, c).add_paragraph(help_text)
        table.cell(1, c).text = answer
    document.save(str(tmp_path / "form.docx"))
    values = extract(read_docx(tmp_path / "form.docx"), S2020).draft.values
    assert values["project.title"] == "Ung i jobb"
    assert values["contact.name"] == "Kari Nordmann"


def test_bold_labels_over_answers_in_two_columns_without_rules(tmp_path: Path):
    """The same form printed without table rules: a row of two labels over a
    row of two answers, one answer holding its own label's word."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    rows = STACKED[:2] + [(("Navnet på tiltaket", "Ung i jobb"), ("Nytt eller videreføring", "Videreføring fra i fjor"))]
    page = canvas.Canvas(str(tmp_path / "form.pdf"), pagesize=A4)
    page.setFont("Helvetica-Bold", 12)
    page.drawString(56, 800, "Søknad om tilskudd til sosiale tjenester i Nav-kontoret 2020")
    for r, pairs in enumerate(rows):
        for c, (label, answer) in enumerate(pairs):
            page.setFont("Helvetica-Bold", 10)
            page.drawString(56 + 250 * c, 770 - 36 * r, label)
            page.setFont("Helvetica", 10)
            page.drawString(56 + 250 * c, 757 - 36 * r, answer)
    page.save()
    values = extract(read_pdf(tmp_path / "form.pdf"), S2020).draft.values
    assert values["project.title"] == "Ung i jobb"
    assert values["project.kind"] == "continuation"
    assert values["contact.name"] == "Kari Nordmann"


# --- numbered labels with dot leaders ------------------------------------------------------


LEADER_FORM = [
    "SØKNAD OM TILSKUDD - SOSIALE TJENESTER I NAV-KONTORET 2020",
    "1. Nav-kontor ......... NAV Solvik",
    "2. Kontaktperson ...... Kari Nordmann",
    "3. Prosjektets navn ... Ung i jobb",
    "4. Type tiltak ........ Videreføring",
    "5. Oppstart ........... 01.09.2020",
]


def _leader_form(path: Path, lines: list[str] = LEADER_FORM) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("Courier", 10)
    for i, text in enumerate(lines):
        page.drawString(56, 780 - 14 * i, text)
    page.save()
    return path


def test_numbered_labels_with_dot_leaders_answer_on_their_own_line(tmp_path: Path):
    values = extract(read_pdf(_leader_form(tmp_path / "form.pdf")), S2020).draft.values
    assert values["project.title"] == "Ung i jobb"
    assert values["contact.name"] == "Kari Nordmann"
    assert values["project.start_date"] == "2020-09-01"
    assert values["project.kind"] == "continuation"


def test_a_label_led_to_a_blank_is_not_answered_by_the_next_numbered_line(tmp_path: Path):
    lines = [text if not text.startswith("3.") else "3. Prosjektets navn ..." for text in LEADER_FORM]
    lines.insert(4, "4. Målgruppe ......... Unge voksne")
    lines[0] = "SØKNAD OM TILSKUDD TIL SOSIALE TJENESTER I NAV-KONTORET 2020"
    values = extract(read_pdf(_leader_form(tmp_path / "form.pdf", lines)), S2020).draft.values
    assert values.get("project.title") is None
    assert values["project.kind"] == "continuation"


def test_a_dot_leader_splits_like_a_colon_and_dates_stay_whole():
    assert split_label("6. Status ........ Nytt tiltak") == ("6. Status", " ........ ", "Nytt tiltak")
    assert split_label("Tittel .. Ung i jobb")[::2] == ("Tittel", "Ung i jobb")
    assert split_label("Org.nr.: 974 567 806")[::2] == ("Org.nr.", "974 567 806")
    assert split_label("Oppstart 01.09.2020") == ("Oppstart 01.09.2020", "", "")
