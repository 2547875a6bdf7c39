"""Multi-page documents: what a page break and the page's furniture do to
the facts read from them.

- A position's line followed by the lines its amount is made of (salary,
  the employer's tax, holiday pay) counts once: the parts are no posts.
- A diagonal watermark or stamp across the page ("UTKAST", "KOPI") is no
  part of the lines it crosses.
- A label at the foot of a page is answered at the top of the next, past the
  running foot and head; running matter is never the answer.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from soknad_extract.extract import extract
from soknad_extract.extract.budget.assemble import read_budget
from soknad_extract.extract.context import Context
from soknad_extract.extract.running_matter import next_row_across_break, running_rows
from soknad_extract.layout import Cell, Document, Line, Page, Table
from soknad_extract.readers import read_document
from soknad_extract.readers.pdf.watermarks import without_watermarks
from soknad_extract.schemes import get_scheme
from tests.builders.layouts import pdf_page, pdf_pages, word_doc

S2020 = get_scheme("nav-sosiale-tjenester-2020")


# --- a position's amount broken down on the lines under it ------------------------


def _broken_down(parts: list[tuple[str, str]]) -> list[list[str]]:
    return [["Kostnad", "Andel", "Kroner"], ["Prosjektkoordinator", "80 %", "488 000"],
            *[[label, "", amount] for label, amount in parts],
            ["Kompetansemidler", "", "10 000"], ["Totalt", "", "498 000"]]


def test_salary_parts_under_a_position_that_make_its_amount_are_no_posts():
    rows = _broken_down([("  herunder lønn", "380 000"), ("  arbeidsgiveravgift", "53 600"),
                         ("  feriepenger og pensjon", "54 400")])
    values = extract(word_doc(tables=[rows]), S2020).draft.values
    assert values["amounts.positions"] == 488_000
    assert values["amounts.total"] == 498_000


def test_salary_parts_under_each_of_two_positions():
    rows = [["Post", "Andel", "Beløp"],
            ["Miljøterapeut", "50 %", "305 000"], ["lønn", "", "240 000"], ["sos. utg.", "", "65 000"],
            ["Jobbkonsulent", "30 %", "183 000"], ["lønn", "", "144 000"], ["sos. utg.", "", "39 000"],
            ["Kompetanse", "", "10 000"], ["Sum", "", "498 000"]]
    values = extract(word_doc(tables=[rows]), S2020).draft.values
    assert values["amounts.positions"] == 488_000


def test_lines_under_a_position_that_do_not_make_its_amount_stay_posts():
    rows = _broken_down([("Lønn vikar", "60 000"), ("Arbeidsgiveravgift vikar", "8 500")])
    lines = read_budget(Context(word_doc(tables=[rows]), S2020)).lines
    assert "breakdown" not in {line.category for line in lines}


# --- a diagonal watermark across the page -----------------------------------------


def _budget_pdf(stamp: str | None, stamp_size: float = 90) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "Søknad om tilskudd 2020 – Nav Fjordby")
    y = 560
    for label, amount in (("Lønn og sosiale utgifter (80 %)", "488 000"), ("Kompetansemidler", "10 000"),
                          ("Sum søknadsbeløp", "498 000")):
        c.drawString(72, y, label)
        c.drawRightString(520, y, amount)
        y -= 16
    if stamp:
        c.saveState()
        c.setFillColorRGB(0.85, 0.85, 0.85)
        c.setFont("Helvetica-Bold", stamp_size)
        c.translate(150, 420)
        c.rotate(35)
        c.drawString(0, 0, stamp)
        c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(data: bytes, tmp_path):
    path = tmp_path / "stamped.pdf"
    path.write_bytes(data)
    return read_document(path)


def test_a_diagonal_stamp_leaves_the_budget_lines_as_they_are(tmp_path):
    plain = _read(_budget_pdf(None), tmp_path)
    stamped = _read(_budget_pdf("UTKAST"), tmp_path)
    assert [line.text for line in stamped.pages[0].lines] == [line.text for line in plain.pages[0].lines]
    values = extract(stamped, S2020).draft.values
    assert (values["amounts.positions"], values["amounts.competence"]) == (488_000, 10_000)


def test_small_slanted_text_is_kept():
    body = [_char("a", 10, (1, 0, 0, 1)) for _ in range(20)]
    slanted = [_char("b", 10, (0.71, 0.71, -0.71, 0.71))]
    assert without_watermarks(body + slanted) == body + slanted


def test_large_text_turned_a_quarter_is_kept():
    body = [_char("a", 10, (1, 0, 0, 1)) for _ in range(20)]
    turned = [_char("b", 40, (0, 1, -1, 0))]
    assert without_watermarks(body + turned) == body + turned


def test_large_diagonal_text_goes():
    body = [_char("a", 10, (1, 0, 0, 1)) for _ in range(20)]
    stamp = [_char("K", 60, (0.82, 0.57, -0.57, 0.82))]
    assert without_watermarks(body + stamp) == body


def _char(text: str, size: float, turn: tuple[float, float, float, float]) -> dict:
    upright = turn[1] == 0 and turn[2] == 0
    return {"text": text, "size": size, "upright": upright, "matrix": (*turn, 0.0, 0.0)}


# --- a label at the foot of a page, its answer on the next ---------------------------


def _page(number: int, *body: str) -> object:
    lines = [Line("Nav Fjordby – søknad 2020", number, bbox=(72, 30, 300, 40))]
    lines += [Line(text, number, bbox=(72, 90 + 20 * i, 400, 101 + 20 * i)) for i, text in enumerate(body)]
    lines += [Line("Storgata 3, 9999 Fjordby · Tlf. 12 34 56 78", number, bbox=(72, 800, 320, 810)),
              Line(f"Side {number} av 2", number, bbox=(480, 800, 540, 810))]
    return pdf_page(number, lines)


def _title_answers(doc) -> list[str]:
    return [pair.value.text for pair in Context(doc, S2020).values("title")]


def test_a_label_ending_its_page_is_answered_under_the_next_running_head():
    doc = pdf_pages(_page(1, "Kommune", "Fjordby", "Navn på tiltaket"),
                    _page(2, "Ungdomsløftet i Fjordby", "Oppstart", "01.03.2020"))
    assert _title_answers(doc) == ["Ungdomsløftet i Fjordby"]


def test_running_matter_is_never_the_answer():
    doc = pdf_pages(_page(1, "Kommune", "Fjordby", "Navn på tiltaket"), _page(2))
    assert _title_answers(doc) == []


def test_a_label_left_empty_at_the_foot_takes_no_heading_opening_the_next_page():
    """The next page opening with a section's heading and its prose, not
    with an answer the form's labels go on under: the label stays unanswered."""
    doc = pdf_pages(_page(1, "Kommune", "Fjordby", "Navn på tiltaket"),
                    _page(2, "Bakgrunn for søknaden", "Kommunen har mange unge som står utenfor arbeidslivet."))
    assert _title_answers(doc) == []


def test_running_matter_is_the_repeated_head_and_foot_only():
    body = ("Søker", "Nav Fjordby", "Kommune", "Fjordby", "Kontaktperson", "Kari Li")
    doc = pdf_pages(_page(1, *body), _page(2, *body))
    ctx = Context(doc, S2020)
    running = {ctx.rows[i].text for i in running_rows(ctx.rows)}
    assert any("Storgata" in text for text in running) and any("søknad 2020" in text for text in running)
    assert not running & {"Kommune", "Fjordby"}  # the same body text at another place is no furniture
    assert next_row_across_break(ctx.rows, 6) == 11  # page 1's last body line, then page 2's first


# --- a budget table a page break cuts in two ---------------------------------------


def _split_table(second_opens_with_header: bool):
    """A Word document over two pages, each with the office's running foot;
    the budget table starts on page 1 and goes on at the top of page 2."""
    header = ["Utgiftspost", "Stilling", "Sum kr"]
    parts = [[header, ["Miljøterapeut", "50 %", "305 000"]],
             ([header] if second_opens_with_header else [])
             + [["Jobbkonsulent", "30 %", "183 000"], ["Kompetanseheving", "", "10 000"],
                ["Totalt", "", "498 000"]]]
    pages = []
    for number, (rows, before) in enumerate(zip(parts, (["Budsjett for 2020"], [])), start=1):
        page = Page(number=number)
        page.lines = [Line(text=text, page=number) for text in before]
        page.tables.append(Table(page=number, rows=[[Cell(text=c) for c in row] for row in rows]))
        page.lines += [Line(text=text, page=number, table_cell=(0, r, c))
                       for r, row in enumerate(rows) for c, text in enumerate(row)]
        page.lines += [Line(text="Nav Fjordby, Storgata 3, 9999 Fjordby – sentralbord 12 34 56 78", page=number)]
        pages.append(page)
    return Document(path="split.docx", format="docx", pages=pages)


def test_a_table_going_on_under_its_repeated_header_is_one_table():
    lines = read_budget(Context(_split_table(True), S2020)).lines
    assert len({line.source for line in lines}) == 1
    values = extract(_split_table(True), S2020).draft.values
    assert values["amounts.positions"] == 488_000


def test_a_table_going_on_without_its_header_is_one_table():
    values = extract(_split_table(False), S2020).draft.values
    assert values["amounts.positions"] == 488_000
