"""Word forms filled in through real form machinery.

Layout 'sdt': content controls (plain text, date picker, drop-down, w14 check
box, rich-text block, an unfilled control showing its placeholder). Layout
'legacy': FORMTEXT / FORMCHECKBOX fields with Word's default names. Layout
'mixed': one outer table with merged heading rows and nested tables, content
controls and legacy fields side by side.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from docx.document import Document as DocumentObject
from docx.shared import Cm, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph

from . import docx_common as dc
from . import docx_oxml as ox
from . import facts, vocab
from .model import Layout, Truth

BLUE = RGBColor(0x00, 0x54, 0x93)


class Sdt:
    """Values as content controls."""

    def __init__(self, ids: ox.Ids) -> None:
        self.ids = ids

    def text(self, p: Paragraph, tag: str, value: str) -> None:
        p._p.append(ox.sdt_text(self.ids, tag, value or None))

    def date(self, p: Paragraph, tag: str, value: date | None, shown: str) -> None:
        p._p.append(ox.sdt_date(self.ids, tag, value, shown))

    def choice(self, p: Paragraph, tag: str, options: tuple[str, ...], selected: str | None) -> None:
        p._p.append(ox.sdt_dropdown(self.ids, tag, options, selected))

    def check(self, p: Paragraph, tag: str, checked: bool) -> None:
        p._p.append(ox.sdt_checkbox(self.ids, tag, checked))


class Legacy:
    """Values as legacy form fields named the way Word names them (Tekst1, Avmerking1)."""

    def __init__(self, ids: ox.Ids, via: str = "checked") -> None:
        self.ids, self.via, self.texts, self.boxes = ids, via, 0, 0

    def text(self, p: Paragraph, tag: str, value: str) -> None:
        self.texts += 1
        p._p.extend(ox.formtext(self.ids, f"Tekst{self.texts}", value))

    def date(self, p: Paragraph, tag: str, value: date | None, shown: str) -> None:
        self.texts += 1
        p._p.extend(ox.formtext(self.ids, f"Tekst{self.texts}", shown if value else None, as_date=True))

    def choice(self, p: Paragraph, tag: str, options: tuple[str, ...], selected: str | None) -> None:
        for option in options:
            self.check(p, tag, option == selected)
            p.add_run(f" {option}    ")

    def check(self, p: Paragraph, tag: str, checked: bool) -> None:
        self.boxes += 1
        vias = ("checked", "default", "override")
        via = self.via if self.via != "rotate" else vias[self.boxes % 3]
        p._p.extend(ox.formcheckbox(self.ids, f"Avmerking{self.boxes}", checked, via))


def render(truth: Truth, path: Path) -> Layout:
    doc = dc.new_document(truth.style.font, truth.contact or "Nav", 10)
    ids = ox.Ids()
    sdt = Sdt(ids)
    legacy = Legacy(ids, "rotate" if truth.style.layout == "mixed" else "checked")
    machinery = legacy if truth.style.layout == "legacy" else sdt
    office = vocab.office_text(truth) if truth.office else ""
    dc.header_footer(doc, f"{office}\t\tSøknad {truth.year}" if truth.year_visible else office,
                     f"{truth.style.county} – søknadsskjema")
    if truth.style.logo and truth.municipality:
        dc.add_logo(doc, truth.stem, (truth.municipality, "kommune"))
    dc.bold_line(doc, vocab.form_title(truth), 14, BLUE)
    if line := vocab.deadline_line(truth):
        doc.add_paragraph(line)
    if truth.style.layout == "mixed":
        return _mixed(doc, truth, sdt, legacy, path)
    page, index, signer_page = 1, 0, 1
    for key in truth.style.order:
        if key == "interest" and not facts.has_interest_section(truth):
            continue
        if key in truth.style.breaks:
            dc.page_break(doc)
            page += 1
        index += 1
        dc.bold_line(doc, vocab.section(key, index, truth), 12, BLUE)
        if key == "signatures":
            signer_page = page
            signatures(doc, truth, machinery)
        elif key == "project":
            _rows(doc.add_table(rows=0, cols=2), _project_rows(truth), machinery)
            dc.bold_line(doc, vocab.pick("description", truth))
            if isinstance(machinery, Sdt):
                doc.element.body.sectPr.addprevious(ox.sdt_block(sdt.ids, "beskrivelse", truth.description))
            else:
                for text in truth.description:
                    doc.add_paragraph(text)
        else:
            SECTIONS[key](doc.add_table(rows=0, cols=2 if key != "budget" else 3), truth, machinery)
    dc.save(doc, path)
    return Layout(None, tuple(signer_page for _ in truth.signers))


def _value(cell: _Cell, machinery, tag: str, value) -> None:
    p = cell.paragraphs[0]
    if isinstance(value, tuple):  # (date, shown)
        machinery.date(p, tag, *value)
    else:
        machinery.text(p, tag, value)


def _rows(table, rows: list[tuple[str, str, object]], machinery) -> None:
    table.style = "Table Grid"
    for tag, label, value in rows:
        cells = table.add_row().cells
        dc.cell_text(cells[0], label, bold=True)
        cells[0].width, cells[1].width = Cm(5.5), Cm(11)
        if tag == "kind":
            _kind(cells[1].paragraphs[0], value, machinery)
        else:
            _value(cells[1], machinery, tag, value)


def _applicant_rows(truth: Truth) -> list[tuple[str, str, object]]:
    tags = ("kontor", "kommune", "orgnr", "kontaktperson", "telefon", "epost")
    return [(tag, label, value) for tag, (label, value) in zip(tags, facts.applicant(truth))]


def _project_rows(truth: Truth) -> list[tuple[str, str, object]]:
    (title_label, title), (kind_label, _), (start_label, start) = facts.project(truth)
    return [("prosjektnavn", title_label, title), ("kind", kind_label, truth),
            ("oppstart", start_label, (truth.start, start))]


def _kind(p: Paragraph, truth: Truth, machinery) -> None:
    new, cont = vocab.KIND_WORDS[truth.lang]
    selected = {"new": new, "continuation": cont, None: None}[truth.kind]
    machinery.choice(p, "soknadstype", (new, cont), selected)
    if truth.continuation_year:
        p.add_run(f" ({truth.continuation_year}. driftsår)")


def _applicant(table, truth: Truth, machinery) -> None:
    _rows(table, _applicant_rows(truth), machinery)


def _priority(table, truth: Truth, machinery) -> None:
    table.style = "Table Grid"
    for i, (text, checked) in enumerate(facts.priority(truth)):
        cells = table.add_row().cells
        machinery.check(cells[0].paragraphs[0], f"prioritet{i + 1}", checked)
        dc.cell_text(cells[1], text)
        cells[0].width, cells[1].width = Cm(1.2), Cm(15.3)


def _budget(table, truth: Truth, machinery) -> None:
    table.style = "Table Grid"
    head = table.add_row().cells
    for cell, key in zip(head, ("col_post", "col_pct", "col_amount")):
        dc.cell_text(cell, vocab.pick(key, truth), bold=True)
    for i, line in enumerate(facts.budget(truth)):
        cells = table.add_row().cells
        dc.cell_text(cells[0], line.post, bold=line.bold)
        if line.percent or i < len(truth.positions):
            machinery.text(cells[1].paragraphs[0], f"prosent{i + 1}", line.percent)
        machinery.text(cells[2].paragraphs[0], f"belop{i + 1}", line.amount)


def _interest(table, truth: Truth, machinery) -> None:
    table.style = "Table Grid"
    yes, no = vocab.YES_NO[truth.lang]
    for i, (question, answer) in enumerate(facts.interest(truth)):
        cells = table.add_row().cells
        dc.cell_text(cells[0], question, bold=True)
        machinery.choice(cells[1].paragraphs[0], f"interesse{i + 1}", (yes, no),
                         {True: yes, False: no, None: None}[answer])


def signatures(doc: DocumentObject, truth: Truth, machinery) -> None:
    """Two cells: heading, date field, ink (or e-approval text), name field, title."""
    table = doc.add_table(rows=1, cols=len(truth.signers))
    table.style = "Table Grid"
    dc.keep_rows(table)
    for cell, signer in zip(table.rows[0].cells, truth.signers):
        heading = vocab.SIGNER_HEADINGS[signer.role][truth.lang].format(nav=truth.style.nav)
        dc.cell_text(cell, heading, bold=True)
        p = cell.add_paragraph(f"{vocab.pick('date', truth)}: ")
        machinery.date(p, f"dato_{signer.role}", signer.date, facts.sign_date(truth, signer.date))
        if signer.kind == "handwritten":
            dc.add_ink(cell, f"{truth.stem}/{signer.role}", signer.role == "nav_leader", 4.0)
        elif signer.kind == "electronic_approval":
            cell.add_paragraph(vocab.E_APPROVAL[truth.lang])
        else:
            cell.add_paragraph("")
        p = cell.add_paragraph(f"{vocab.pick('name', truth)}: ")
        machinery.text(p, f"navn_{signer.role}", signer.name or "")
        cell.add_paragraph(signer.title or "")


def _mixed(doc: DocumentObject, truth: Truth, sdt: Sdt, legacy: Legacy, path: Path) -> Layout:
    """One outer table: merged heading rows, nested tables, both kinds of fields."""
    outer = doc.add_table(rows=0, cols=2)
    outer.style = "Table Grid"

    def heading(key: str, index: int) -> _Cell:
        row = outer.add_row().cells
        merged = row[0].merge(row[1])
        dc.cell_text(merged, vocab.section(key, index, truth), bold=True)
        return merged

    heading("applicant", 1)
    row = outer.add_row().cells
    dc.cell_text(row[0], "Søker" if truth.lang == "nb" else "Søkjar", bold=True)
    _rows(row[1].add_table(rows=0, cols=2), _applicant_rows(truth), sdt)
    heading("project", 2)
    for tag, label, value in _project_rows(truth):
        row = outer.add_row().cells
        dc.cell_text(row[0], label, bold=True)
        if tag == "kind":
            _kind(row[1].paragraphs[0], value, sdt)
        else:
            _value(row[1], sdt, tag, value)
    row = outer.add_row().cells
    dc.cell_text(row[0], vocab.pick("description", truth), bold=True)
    row[1].paragraphs[0].text = truth.description[0]
    for text in truth.description[1:]:
        row[1].add_paragraph(text)
    cell = heading("priority", 3)
    _priority(cell.add_table(rows=0, cols=2), truth, legacy)
    cell = heading("budget", 4)
    _budget(cell.add_table(rows=0, cols=3), truth, legacy)
    index = 5
    if facts.has_interest_section(truth):
        heading("interest", index)
        index += 1
        yes, no = vocab.YES_NO[truth.lang]
        for i, (question, answer) in enumerate(facts.interest(truth)):
            row = outer.add_row().cells
            dc.cell_text(row[0], question, bold=True)
            legacy.choice(row[1].paragraphs[0], f"interesse{i + 1}", (yes, no),
                          {True: yes, False: no, None: None}[answer])
    page = 1
    if "signatures" in truth.style.breaks:
        dc.page_break(doc)
        page += 1
    dc.bold_line(doc, vocab.section("signatures", index, truth), 12, BLUE)
    signatures(doc, truth, sdt)
    dc.save(doc, path)
    return Layout(None, tuple(page for _ in truth.signers))


SECTIONS = {"applicant": _applicant, "priority": _priority, "budget": _budget, "interest": _interest}
