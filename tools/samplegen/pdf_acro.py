"""The application form as a fillable PDF (AcroForm), or the same form flattened.

Layouts: 'named' (fields named after their content), 'generic' (Acrobat's
default names Text1, Check Box3: the label must come from the page), 'flat'
(values drawn as text in the boxes, no fields at all). Ink signatures are
images drawn on the page next to the name fields, as after print-sign-scan
workflows that keep the form.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas

from . import facts, ink, vocab
from . import pdf_common as pc
from .model import Layout, Truth

LEFT, LABEL_W, FIELD_W, ROW = 56, 170, 330, 22
FONT, BOLD = "Helvetica", "Helvetica-Bold"


class Fields:
    """Puts values on the page as AcroForm fields, or draws them ('flat')."""

    def __init__(self, canv: Canvas, naming: str) -> None:
        self.canv, self.naming, self.count = canv, naming, {"text": 0, "check": 0}

    def _name(self, kind: str, meaningful: str) -> str:
        self.count[kind] += 1
        if self.naming == "generic":
            return f"Text{self.count[kind]}" if kind == "text" else f"Check Box{self.count[kind]}"
        return meaningful

    def text(self, name: str, x: float, y: float, w: float, h: float, value: str) -> None:
        lines = simpleSplit(value, FONT, 9, w - 6) if value else []
        if self.naming == "flat":
            self.canv.setLineWidth(0.5)
            self.canv.rect(x, y, w, h)
            self.canv.setFont(FONT, 9)
            for i, line in enumerate(lines):
                self.canv.drawString(x + 3, y + h - 12 - i * 11, line)
            return
        value.encode("latin-1")  # reportlab's field appearances are Latin-1 only: fail here, clearly
        self.canv.acroForm.textfield(
            name=self._name("text", name), value="\n".join(lines), x=x, y=y, width=w, height=h,
            fontName=FONT, fontSize=9, borderWidth=0.5, maxlen=4000,
            fieldFlags="multiline" if h > ROW else "", fillColor=None, forceBorder=True)

    def check(self, name: str, x: float, y: float, checked: bool) -> None:
        if self.naming == "flat":
            pc.draw_box(self.canv, x, y, 10, checked, "xlines")
            return
        self.canv.acroForm.checkbox(name=self._name("check", name), checked=checked, x=x, y=y, size=10,
                                    buttonStyle="cross", borderWidth=0.5, fillColor=None, forceBorder=True)


class Page:
    """A y cursor over one canvas; ``new_page`` starts the next sheet."""

    def __init__(self, canv: Canvas, truth: Truth) -> None:
        self.canv, self.truth, self.y, self.number = canv, truth, A4[1] - 60, 1
        self._head()

    def _head(self) -> None:
        office = vocab.office_text(self.truth) if self.truth.office else ""
        self.canv.setFont(FONT, 7.5)
        self.canv.drawString(LEFT, A4[1] - 30, office)
        self.canv.drawRightString(A4[0] - LEFT, 30, f"Side {self.number} av 2")

    def new_page(self) -> None:
        self.canv.showPage()
        self.number += 1
        self.y = A4[1] - 60
        self._head()

    def heading(self, text: str, size: float = 11) -> None:
        self.y -= size + 8
        self.canv.setFont(BOLD, size)
        self.canv.drawString(LEFT, self.y, text)
        self.y -= 6

    def label(self, text: str, x: float = LEFT, width: float = LABEL_W - 6) -> None:
        self.canv.setFont(FONT, 8.5)
        for i, line in enumerate(simpleSplit(text, FONT, 8.5, width)[:2]):
            self.canv.drawString(x, self.y + 8 - i * 9, line)


def render(truth: Truth, path: Path) -> Layout:
    canv = Canvas(str(path), pagesize=A4, invariant=1)
    canv.setAuthor(truth.contact or "Nav")
    fields = Fields(canv, truth.style.layout)
    page = Page(canv, truth)
    page.heading(vocab.form_title(truth), 12.5)
    if line := vocab.deadline_line(truth):
        canv.setFont(FONT, 8.5)
        canv.drawString(LEFT, page.y - 6, line)
        page.y -= 12
    page.heading(vocab.section("applicant", 1, truth))
    tags = ("navkontor", "kommune", "orgnr", "kontaktperson", "telefon", "epost")
    _rows(page, fields, zip(tags, facts.applicant(truth)))
    page.heading(vocab.section("project", 2, truth))
    (title_label, title), (kind_label, _), (start_label, start) = facts.project(truth)
    _rows(page, fields, [("prosjektnavn", (title_label, title))])
    _kind(page, fields, truth, kind_label)
    _rows(page, fields, [("oppstart", (start_label, start))])
    page.y -= ROW
    page.label(vocab.pick("description", truth))
    height = 150
    page.y += ROW - 4 - height
    fields.text("beskrivelse", LEFT + LABEL_W, page.y, FIELD_W, height, " ".join(truth.description))
    page.y -= 8
    page.heading(vocab.section("priority", 3, truth))
    canv.setFont(FONT, 8.5)
    for i, (text, checked) in enumerate(facts.priority(truth)):
        page.y -= 16
        fields.check(f"prioritet_{i + 1}", LEFT, page.y, checked)
        lines = simpleSplit(text, FONT, 8.5, 460)
        for j, line in enumerate(lines):
            canv.drawString(LEFT + 18, page.y + 2 - j * 10, line)
        page.y -= 10 * (len(lines) - 1)
    page.new_page()
    page.heading(vocab.section("budget", 4, truth))
    _budget(page, fields, truth)
    index = 5
    if facts.has_interest_section(truth):
        page.heading(vocab.section("interest", index, truth))
        index += 1
        yes, no = vocab.YES_NO[truth.lang]
        for i, (question, answer) in enumerate(facts.interest(truth)):
            page.y -= ROW
            page.label(question, width=300)
            fields.check(f"interesse_{i + 1}_ja", LEFT + 320, page.y, answer is True)
            canv.drawString(LEFT + 334, page.y + 2, yes)
            fields.check(f"interesse_{i + 1}_nei", LEFT + 370, page.y, answer is False)
            canv.drawString(LEFT + 384, page.y + 2, no)
    page.heading(vocab.section("signatures", index, truth))
    _signatures(page, fields, truth)
    canv.showPage()
    canv.save()
    return Layout(pc.page_count(path), tuple(2 for _ in truth.signers))


def _rows(page: Page, fields: Fields, rows) -> None:
    for tag, (label, value) in rows:
        page.y -= ROW
        page.label(label)
        fields.text(tag, LEFT + LABEL_W, page.y, FIELD_W, ROW - 4, value)


def _kind(page: Page, fields: Fields, truth: Truth, label: str) -> None:
    new, cont = vocab.KIND_WORDS[truth.lang]
    page.y -= ROW
    page.label(label)
    x = LEFT + LABEL_W
    fields.check("nytt_prosjekt", x, page.y + 3, truth.kind == "new")
    page.canv.drawString(x + 14, page.y + 5, new)
    fields.check("videreforing", x + 110, page.y + 3, truth.kind == "continuation")
    page.canv.drawString(x + 124, page.y + 5, cont + (" – driftsår:" if truth.kind else ""))
    year = str(truth.continuation_year) if truth.continuation_year else ""
    fields.text("driftsaar", x + 230, page.y, 40, ROW - 4, year)


def _budget(page: Page, fields: Fields, truth: Truth) -> None:
    cols = (LEFT, LEFT + 250, LEFT + 350)
    page.y -= 16
    page.canv.setFont(BOLD, 8.5)
    for x, key in zip(cols, ("col_post", "col_pct", "col_amount")):
        page.canv.drawString(x, page.y, vocab.pick(key, truth))
    lines = facts.budget(truth)
    for i, line in enumerate(lines):
        page.y -= ROW
        post_is_label = i >= len(truth.positions)
        if post_is_label:
            page.canv.setFont(BOLD if line.bold else FONT, 8.5)
            page.canv.drawString(cols[0], page.y + 5, line.post)
        else:
            fields.text(f"stilling_{i + 1}", cols[0], page.y, 240, ROW - 4, line.post)
            fields.text(f"prosent_{i + 1}", cols[1], page.y, 90, ROW - 4, line.percent)
        fields.text(f"belop_{i + 1}", cols[2], page.y, 130, ROW - 4, line.amount)


def _signatures(page: Page, fields: Fields, truth: Truth) -> None:
    col_w = 250
    top = page.y
    for i, signer in enumerate(truth.signers):
        x = LEFT + i * col_w
        page.y = top
        heading = vocab.SIGNER_HEADINGS[signer.role][truth.lang].format(nav=truth.style.nav)
        page.canv.setFont(BOLD, 9)
        page.canv.drawString(x, page.y - 14, heading)
        page.y -= 14
        for tag, key, value in (("dato", "date", facts.sign_date(truth, signer.date)),
                                ("navn", "name", signer.name or ""), ("tittel", "sig_title", signer.title or "")):
            page.y -= ROW
            page.label(vocab.pick(key, truth), x, 68)
            fields.text(f"{tag}_{signer.role}", x + 72, page.y, 160, ROW - 4, value)
        page.y -= 56
        page.canv.setLineWidth(0.5)
        page.canv.line(x, page.y, x + 230, page.y)
        page.canv.setFont(FONT, 7.5)
        page.canv.drawString(x, page.y - 9, "Underskrift")
        if signer.kind == "handwritten":
            png = ink.signature_png(f"{truth.stem}/{signer.role}", i % 2 == 0)
            w, h = ink.size(png)
            page.canv.drawImage(ImageReader(io.BytesIO(png)), x + 10, page.y + 1, width=w * 0.75,
                                height=h * 0.75, mask="auto")
        elif signer.kind == "electronic_approval":
            page.canv.setFont(FONT, 7.5)
            for j, line in enumerate(simpleSplit(vocab.E_APPROVAL[truth.lang], FONT, 7.5, 225)):
                page.canv.drawString(x, page.y + 30 - j * 9, line)
