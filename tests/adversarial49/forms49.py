"""The application's content as blocks, and two renderers: reportlab (three house styles) and python-docx.

A block is a tuple: ("h", text) heading; ("kv", label, value); ("p", text); ("boxes", [(ticked, text)]);
("table", rows, widths) first row bold; ("sig", caption, name, title, date, ink_seed) a signature place;
("anchor", name, height) room kept free for a visible PAdES box; ("page",) a page break."""
from __future__ import annotations

import io

from kit49 import add_ink, cell_text, ink_reader, new_doc, register_fonts, save_doc

NB = dict(head="Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
          office="Søker (Nav-kontor)", muni="Kommune", org="Organisasjonsnummer", contact="Kontaktperson",
          mail="E-post", tel="Telefon", title="Prosjektets navn", kind="Type søknad", start="Planlagt oppstart",
          pos="Stilling(er) i prosjektet", budget="Budsjett for 2020", sal="Lønn og sosiale kostnader",
          comp="Kompetansemidler", total="Sum det søkes om", areas="Prioriterte områder (kryss av)",
          net="Ønsker kontoret å delta i nettverk/klyngesamarbeid?",
          ev="Ønsker kontoret ekstern prosessevaluering?", yes="Ja", no="Nei", desc="Kort beskrivelse",
          new="Nytt prosjekt", cont="Videreføring", post="Post", pct="Stillingsprosent", kr="Kroner",
          a=["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
             "Sikring av sårbare overganger"])
NN = dict(head="Søknad om tilskot til utvikling av sosiale tenester i Nav 2020",
          office="Søkjar (Nav-kontor)", muni="Kommune", org="Organisasjonsnummer", contact="Kontaktperson",
          mail="E-post", tel="Telefon", title="Namnet på prosjektet", kind="Type søknad", start="Planlagd oppstart",
          pos="Stilling(ar) i prosjektet", budget="Budsjett for 2020", sal="Løn og sosiale kostnader",
          comp="Kompetansemidlar", total="Sum det vert søkt om", areas="Prioriterte område (kryss av)",
          net="Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?",
          ev="Ønskjer kontoret ekstern prosessevaluering?", yes="Ja", no="Nei", desc="Kort omtale",
          new="Nytt prosjekt", cont="Vidareføring", post="Post", pct="Stillingsprosent", kr="Kroner",
          a=["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar",
             "Sikring av sårbare overgangar"])
AREA_IDS = ["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"]


def kr(n: int, style: str = "space") -> str:
    s = f"{n:,}".replace(",", " " if style == "space" else ".")
    return s


def blocks(d: dict, box=None) -> list:
    """The application's questions and answers in the document's language."""
    L = NB if d["lang"] == "nb" else NN
    def yn(v):
        """A Ja/Nei answer: plain words, or a pair of boxes where the font has them."""
        if box is None:
            return L["yes"] if v else L["no"]
        on, off = box
        return f"{on if v else off} {L['yes']}   {off if v else on} {L['no']}"
    b = [("h", "1 " + ("Søker" if d["lang"] == "nb" else "Søkjar")),
         ("kv", L["office"], d["office"]), ("kv", L["muni"], d["muni"]), ("kv", L["org"], d["org_text"]),
         ("kv", L["contact"], d["contact"][0]), ("kv", L["mail"], d["contact"][1] or ""),
         ("kv", L["tel"], d["contact"][2] or ""),
         ("h", "2 " + ("Prosjektet" if d["lang"] == "nb" else "Prosjektet")),
         ("kv", L["title"], d["title"]),
         ("boxes", [(d["kind"] == "new", L["new"]), (d["kind"] != "new", L["cont"] + (d.get("year") or ""))]),
         ("kv", L["start"], d["start_text"]), ("kv", L["desc"], d["desc"]),
         ("h", "3 " + L["pos"]),
         ("table", [[L["post"], L["pct"], L["kr"]]] + [[t, f"{p} %", kr(a)] for t, p, a in d["positions"]],
          [220, 110, 110]),
         ("h", "4 " + L["budget"]),
         ("table", [["", L["kr"]], [L["sal"], kr(d["sal"])], [L["comp"], kr(d["comp"])],
                    [L["total"], kr(d["sal"] + d["comp"])]], [300, 140]),
         ("h", "5 " + L["areas"]),
         ("boxes", [(AREA_IDS[i] in d["areas"], L["a"][i]) for i in range(3)]),
         ("h", "6 " + ("Nettverk og evaluering" if d["lang"] == "nb" else "Nettverk og evaluering")),
         ("kv", L["net"], yn(d["net"])),
         ("kv", L["ev"], yn(d["ev"]))]
    return b


# ------------------------------------------------------------------ reportlab
STYLES = {
    "bar": dict(font="LS", bold="LSB", size=9.5, head_fill=(0.16, 0.33, 0.55), head_text=(1, 1, 1), labw=190),
    "grid": dict(font="DVS", bold="DVSB", size=9, head_fill=(0.88, 0.9, 0.86), head_text=(0, 0, 0), labw=200),
    "stacked": dict(font="DV", bold="DVB", size=9, head_fill=None, head_text=(0.1, 0.3, 0.2), labw=0),
}


def _wrap(text, font, size, width):
    from reportlab.pdfbase.pdfmetrics import stringWidth
    out = []
    for para in str(text).split("\n"):
        line = ""
        for w in para.split(" "):
            t = (line + " " + w).strip()
            if stringWidth(t, font, size) > width and line:
                out.append(line)
                line = w
            else:
                line = t
        out.append(line)
    return out


def render_pdf(bl: list, style: str, title_lines: list[str], producer="Nav", footer="") -> tuple[bytes, dict]:
    """Draw the blocks; return the PDF and the anchors {name: (page_index, (x1, y1, x2, y2))}."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    register_fonts()
    st = STYLES[style]
    F, FB, S = st["font"], st["bold"], st["size"]
    W, H = A4
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    c.setAuthor(producer)
    c.setCreator(producer)
    anchors, page = {}, [0]
    X0, X1 = 56, W - 56

    def footer_():
        if footer:
            c.setFont(F, 7)
            c.setFillGray(0.4)
            c.drawString(X0, 30, footer)
            c.drawRightString(X1, 30, f"Side {page[0] + 1}")
            c.setFillGray(0)

    def new_page():
        footer_()
        c.showPage()
        page[0] += 1
        return H - 60

    y = H - 60
    for i, t in enumerate(title_lines):
        fn, sz = (FB, 13) if i == 0 else (F, 9.5)
        c.setFont(fn, sz)
        for ln in _wrap(t, fn, sz, X1 - X0):
            c.drawString(X0, y, ln)
            y -= 18 if i == 0 else 13
    y -= 8
    for blk in bl:
        kind = blk[0]
        if y < 110 and kind not in ("anchor",):
            y = new_page()
        if kind == "page":
            y = new_page()
        elif kind == "h":
            y -= 8
            if st["head_fill"]:
                c.setFillColorRGB(*st["head_fill"])
                c.rect(X0 - 4, y - 4, X1 - X0 + 8, S + 8, stroke=0, fill=1)
            c.setFillColorRGB(*st["head_text"])
            c.setFont(FB, S + 1.5)
            c.drawString(X0, y, blk[1])
            c.setFillGray(0)
            y -= S + 12
        elif kind == "kv":
            _, lab, val = blk
            if style == "stacked":
                c.setFont(F, S - 2)
                c.setFillGray(0.45)
                c.drawString(X0, y, lab.upper())
                c.setFillGray(0)
                y -= S + 1
                c.setFont(F, S + 0.5)
                for ln in _wrap(val, F, S + 0.5, X1 - X0):
                    c.drawString(X0, y, ln)
                    y -= S + 3
                y -= 4
            else:
                labl = _wrap(lab, FB, S, st["labw"] - 8)
                vall = _wrap(val, F, S, X1 - X0 - st["labw"] - 4)
                n = max(len(labl), len(vall))
                hgt = n * (S + 3) + 6
                if style == "grid":
                    c.setLineWidth(0.5)
                    c.rect(X0 - 3, y - hgt + S + 1, X1 - X0 + 6, hgt, stroke=1, fill=0)
                    c.line(X0 + st["labw"] - 6, y - hgt + S + 1, X0 + st["labw"] - 6, y + S + 1)
                c.setFont(FB, S)
                for k, ln in enumerate(labl):
                    c.drawString(X0, y - k * (S + 3), ln)
                c.setFont(F, S)
                for k, ln in enumerate(vall):
                    c.drawString(X0 + st["labw"], y - k * (S + 3), ln)
                y -= hgt
        elif kind == "p":
            c.setFont(F, S)
            for ln in _wrap(blk[1], F, S, X1 - X0):
                if y < 60:
                    y = new_page()
                    c.setFont(F, S)
                c.drawString(X0, y, ln)
                y -= S + 3.5
            y -= 4
        elif kind == "boxes":
            c.setFont(F, S)
            for ticked, text in blk[1]:
                c.rect(X0 + 2, y - 1, 8, 8, stroke=1, fill=0)
                if ticked:
                    c.line(X0 + 2, y - 1, X0 + 10, y + 7)
                    c.line(X0 + 2, y + 7, X0 + 10, y - 1)
                c.drawString(X0 + 16, y, text)
                y -= S + 6
        elif kind == "table":
            rows, widths = blk[1], blk[2]
            for r, row in enumerate(rows):
                x = X0
                for k, cell in enumerate(row):
                    c.setFont(FB if r == 0 else F, S)
                    c.setLineWidth(0.4)
                    c.rect(x - 3, y - 5, widths[k], S + 9, stroke=1, fill=0)
                    if k and r:
                        c.drawRightString(x + widths[k] - 8, y, cell)
                    else:
                        c.drawString(x, y, cell)
                    x += widths[k]
                y -= S + 9
            y -= 6
        elif kind == "sig":
            _, cap, name, title, date, seed = blk
            if y < 150:
                y = new_page()
            c.setFont(FB, S)
            c.drawString(X0, y, cap)
            y -= 10
            if seed:
                c.drawImage(ink_reader(seed), X0 + 4, y - 44, 150, 44, mask="auto")
            y -= 46
            c.setLineWidth(0.6)
            c.line(X0, y, X0 + 230, y)
            y -= S + 3
            c.setFont(F, S)
            for ln in [x for x in (name, title, date) if x]:
                c.drawString(X0, y, ln)
                y -= S + 3
            y -= 10
        elif kind == "anchor":
            _, name, hgt = blk
            if y - hgt < 60:
                y = new_page()
            anchors[name] = (page[0], (int(X0), int(y - hgt), int(X0 + 230), int(y)))
            y -= hgt + 26
    footer_()
    c.showPage()
    c.save()
    return buf.getvalue(), anchors


# ------------------------------------------------------------------ python-docx
def render_docx(bl: list, title_lines: list[str], out, font="Calibri", sig_table=None) -> None:
    """The same blocks as a Word form: a two-column table per section, check-box paragraphs.
    ``sig_table`` is a callable(doc) that writes the signature part."""
    from docx.shared import Cm, Pt
    doc = new_doc(font=font, size=10.5, title=title_lines[0])
    p = doc.add_paragraph()
    r = p.add_run(title_lines[0])
    r.bold = True
    r.font.size = Pt(14)
    for t in title_lines[1:]:
        doc.add_paragraph(t)
    table = None
    for blk in bl:
        kind = blk[0]
        if kind == "h":
            table = None
            h = doc.add_paragraph()
            h.add_run(blk[1]).bold = True
        elif kind == "kv":
            if table is None:
                table = doc.add_table(rows=0, cols=2)
                table.style = "Table Grid"
            row = table.add_row().cells
            row[0].width, row[1].width = Cm(6), Cm(10)
            cell_text(row[0], blk[1], bold=True, shade="EDEDED")
            cell_text(row[1], blk[2])
        elif kind == "p":
            table = None
            doc.add_paragraph(blk[1])
        elif kind == "boxes":
            table = None
            for ticked, text in blk[1]:
                doc.add_paragraph(("☒ " if ticked else "☐ ") + text)
        elif kind == "table":
            table = None
            t = doc.add_table(rows=0, cols=len(blk[1][0]))
            t.style = "Table Grid"
            for r_i, rowv in enumerate(blk[1]):
                cells = t.add_row().cells
                for k, v in enumerate(rowv):
                    cell_text(cells[k], v, bold=(r_i == 0))
            doc.add_paragraph()
        elif kind == "sig":
            table = None
            _, cap, name, title, date, seed = blk
            doc.add_paragraph().add_run(cap).bold = True
            if seed:
                add_ink(doc.add_paragraph(), seed, 4.0)
            doc.add_paragraph("_" * 34)
            for x in (name, title, date):
                if x:
                    doc.add_paragraph(x)
        elif kind == "page":
            doc.add_page_break()
    if sig_table:
        sig_table(doc)
    save_doc(doc, out)
