"""The application form as a born-digital PDF (platypus), values drawn as text.

Layouts: 'inline' ("Label: value" lines), 'grid' (two-column table with a
drawn grid), 'above' (small bold label over its value). Check boxes: squares
with an X of two lines ('xlines'), a ✓ path ('check'), a filled inner square
('filled'), or DejaVu glyphs ☒/☐ ('glyph').
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.units import cm
from reportlab.platypus import KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from . import facts, ink, vocab
from . import pdf_common as pc
from .model import Layout, Signer, Truth

WIDTH = 16.6 * cm


def render(truth: Truth, path: Path) -> Layout:
    st = pc.styles(truth.style.font, 9.5)
    story: list = []
    if truth.style.logo and truth.municipality:
        story.append(pc.picture(ink.logo_png(truth.stem, (truth.municipality, "kommune")), 2.2 * cm))
    story.append(Paragraph(escape(vocab.form_title(truth)), st["h1"]))
    if line := vocab.deadline_line(truth):
        story.append(Paragraph(escape(line), st["body"]))
    pages: list[int] = []
    index = 0
    for key in truth.style.order:
        if key == "interest" and not facts.has_interest_section(truth):
            continue
        if key in truth.style.breaks:
            story.append(PageBreak())
        index += 1
        heading = Paragraph(escape(vocab.section(key, index, truth)), st["h2"])
        if key == "signatures":
            story.append(KeepTogether([pc.PageMark(pages), heading, *_signatures(truth, st)]))
        else:
            story.append(heading)
            story += SECTIONS[key](truth, st)
    count = pc.build(path, story, truth.contact or "Nav", _decorate(truth))
    return Layout(count, tuple(pages[0] for _ in truth.signers))


def _rows(truth: Truth, st, rows: list[tuple[str, object]]) -> list:
    """Label/value rows; a value is text or a flowable (boxes)."""
    def value(v):
        return Paragraph(escape(v), st["cell"]) if isinstance(v, str) else v

    layout = truth.style.layout
    if layout == "grid":
        table = Table([[Paragraph(f"<b>{escape(k)}</b>", st["cell"]), value(v)] for k, v in rows],
                      colWidths=[5.2 * cm, WIDTH - 5.2 * cm])
        table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                   ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f7"))]))
        return [table]
    out: list = []
    for k, v in rows:
        if layout == "inline" and isinstance(v, str):
            out.append(Paragraph(f"<b>{escape(k)}:</b> {escape(v)}", st["body"]))
        else:
            out += [Paragraph(escape(k), st["label"]), value(v), Spacer(1, 4)]
    return out


def _boxes(truth: Truth, st, items: list[tuple[str, bool]], across: bool = False):
    """Check boxes with their texts, one a line or side by side."""
    if truth.style.box == "glyph":
        glyph = {True: "☒", False: "☐"}
        cells = [Paragraph(f'<font name="{pc.GLYPH_FONT}">{glyph[c]}</font> {escape(t)}', st["cell"])
                 for t, c in items]
        return Table([cells], hAlign="LEFT") if across else cells
    rows = [[pc.Box(c, truth.style.box), Paragraph(escape(t), st["cell"])] for t, c in items]
    if across:
        return Table([[x for row in rows for x in row]], hAlign="LEFT",
                     colWidths=[0.5 * cm, 2.6 * cm] * len(rows))
    table = Table(rows, colWidths=[0.6 * cm, WIDTH - 0.6 * cm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [table]


def _applicant(truth: Truth, st) -> list:
    return _rows(truth, st, facts.applicant(truth))


def _project(truth: Truth, st) -> list:
    rows: list[tuple[str, object]] = list(facts.project(truth))
    if vocab.variant(truth, "kindboxes", 2) == 0:
        new, cont = vocab.KIND_WORDS[truth.lang]
        year = f" ({truth.continuation_year}. driftsår)" if truth.continuation_year else ""
        rows[1] = (rows[1][0], _boxes(truth, st, [(new, truth.kind == "new"),
                                                 (cont + year, truth.kind == "continuation")], across=True))
    out = _rows(truth, st, rows)
    out += [Spacer(1, 6), Paragraph(escape(vocab.pick("description", truth)), st["label"])]
    return out + [Paragraph(escape(p), st["body"]) for p in truth.description]


def _priority(truth: Truth, st) -> list:
    return [Paragraph(escape(vocab.pick("priority", truth)), st["body"]), *_boxes(truth, st, facts.priority(truth))]


def _budget(truth: Truth, st) -> list:
    head = [Paragraph(f"<b>{escape(vocab.pick(k, truth))}</b>", st["cell"]) for k in ("col_post", "col_pct", "col_amount")]
    rows = [head] + [[Paragraph(f"<b>{escape(c)}</b>" if line.bold else escape(c), st["cell"])
                      for c in (line.post, line.percent, line.amount)] for line in facts.budget(truth)]
    table = Table(rows, colWidths=[8.6 * cm, 3.6 * cm, 4.4 * cm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee"))]))
    return [table]


def _interest(truth: Truth, st) -> list:
    yes, no = vocab.YES_NO[truth.lang]
    rows = [(q, _boxes(truth, st, [(yes, a is True), (no, a is False)], across=True))
            for q, a in facts.interest(truth)]
    return _rows(truth, st, rows)


def _signatures(truth: Truth, st) -> list:
    cells = [_signer(s, truth, st) for s in truth.signers]
    table = Table([cells], colWidths=[WIDTH / len(cells)] * len(cells))
    table.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, colors.black),
                               ("INNERGRID", (0, 0), (-1, -1), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return [table]


def _signer(signer: Signer, truth: Truth, st) -> list:
    heading = vocab.SIGNER_HEADINGS[signer.role][truth.lang].format(nav=truth.style.nav)
    cell: list = [Paragraph(f"<b>{escape(heading)}</b>", st["cell"]),
                  Paragraph(f"{vocab.pick('date', truth)}: {facts.sign_date(truth, signer.date)}", st["cell"])]
    if signer.kind == "handwritten":
        cell.append(pc.picture(ink.signature_png(f"{truth.stem}/{signer.role}",
                                                 vocab.variant(truth, signer.role, 2) == 0), 4.0 * cm))
    elif signer.kind == "electronic_approval":
        cell.append(Paragraph(escape(vocab.E_APPROVAL[truth.lang]), st["cell"]))
    else:
        cell.append(Spacer(1, 1.1 * cm))
    cell += [Paragraph(f"{vocab.pick('name', truth)}: {escape(signer.name or '')}", st["cell"]),
             Paragraph(f"{vocab.pick('sig_title', truth)}: {escape(signer.title or '')}", st["cell"])]
    return cell


def _decorate(truth: Truth):
    regular, _ = pc.font(truth.style.font)
    office = vocab.office_text(truth) if truth.office else ""
    right = f"Søknad {truth.year}" if truth.year_visible else ""

    def draw(canv, doc) -> None:
        canv.saveState()
        canv.setFont(regular, 7.5)
        canv.drawString(2.2 * cm, 28.6 * cm, office)
        canv.drawRightString(18.8 * cm, 28.6 * cm, right)
        canv.drawRightString(18.8 * cm, 1.2 * cm, f"Side {doc.page}")
        canv.restoreState()
    return draw


SECTIONS = {"applicant": _applicant, "project": _project, "priority": _priority,
            "budget": _budget, "interest": _interest}
