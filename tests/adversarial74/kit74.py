"""Renderers of corpus 74 (tester74, signatures emphasis): one fact sheet per application written out as a
Word table / content controls / legacy fields, a reportlab form, an AcroForm, a 300 dpi scan or PAdES, plus
the signature shapes this corpus is about: signing grids, side-by-side blocks, stamps, e-signing receipt
pages. Ink, zip normalising, LibreOffice and pyHanko mechanics come from corpus 38's kit."""
from __future__ import annotations

import io
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial38"))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit38 import add_ink, cell_text, ink_reader, new_doc, save_doc, soffice_pdf  # noqa: E402,F401
from pdf38 import Page, _self_signed, _sign  # noqa: E402,F401
from truthlib import truth  # noqa: E402,F401
from word38 import _borderless, _ff_box, _ff_text, _put, _sdt_box, _sdt_text  # noqa: E402,F401

S20 = "nav-sosiale-tjenester-2020"
AREAS = ["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"]
LAB = {
    "nb": dict(office="Nav-kontor", muni="Kommune", org="Organisasjonsnummer", contact="Kontaktperson",
               email="E-post", phone="Telefon", title="Prosjektets navn", kind="Nytt prosjekt eller videreføring",
               start="Planlagt oppstart", pct="Stillingsressurs", pos="Lønn og sosiale utgifter",
               comp="Kompetansemidler", total="Sum det søkes om",
               areas=["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere",
                      "Sikring av sårbare overganger"],
               net="Er kontoret interessert i nettverk/klyngesamarbeid?",
               eva="Er kontoret interessert i ekstern prosessevaluering?", yes="Ja", no="Nei",
               areas_head="Prioriterte områder (kryss av)", desc_head="Kort beskrivelse av prosjektet"),
    "nn": dict(office="Nav-kontor", muni="Kommune", org="Organisasjonsnummer", contact="Kontaktperson",
               email="E-post", phone="Telefon", title="Namn på prosjektet", kind="Nytt prosjekt eller vidareføring",
               start="Planlagd oppstart", pct="Stillingsressurs", pos="Løn og sosiale utgifter",
               comp="Kompetansemidlar", total="Sum det vert søkt om",
               areas=["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamiliar, ungdom og innvandrarar",
                      "Sikring av sårbare overgangar"],
               net="Er kontoret interessert i nettverk/klyngesamarbeid?",
               eva="Er kontoret interessert i ekstern prosessevaluering?", yes="Ja", no="Nei",
               areas_head="Prioriterte område (kryss av)", desc_head="Kort omtale av prosjektet"),
}
HEAD = {"nb": "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020",
        "nn": "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"}


def orgnr(base8: str, valid: bool = True) -> str:
    w = [3, 2, 7, 6, 5, 4, 3, 2]
    r = 11 - sum(int(d) * k for d, k in zip(base8, w)) % 11
    c = 0 if r == 11 else r
    assert c != 10, base8
    return base8 + str(c if valid else (c + 4) % 10)


def rows(f: dict, lang: str, over: dict | None = None) -> list[tuple[str, str]]:
    """The label/value rows of a fact sheet ``f`` (shown values, not truth values)."""
    lab = dict(LAB[lang], **(over or {}))
    out = [(lab["office"], f["office_shown"]), (lab["muni"], f["muni_shown"]), (lab["org"], f["org_shown"]),
           (lab["contact"], f["contact"]), (lab["email"], f["email_shown"]), (lab["phone"], f["phone_shown"]),
           (lab["title"], f["title"]), (lab["kind"], f["kind_shown"]), (lab["start"], f["start_shown"]),
           (lab["pct"], f["pct_shown"]), (lab["pos"], f["pos_shown"]), (lab["comp"], f["comp_shown"]),
           (lab["total"], f["total_shown"])]
    return [(a, v) for a, v in out if v is not None]


def tick(b: bool) -> str:
    return "☒" if b else "☐"


# ------------------------------------------------------------------ docx
def docx_head(lang: str, font="Calibri", sub: str | None = None):
    doc = new_doc(font, 10, "Søknad")
    doc.add_heading(HEAD[lang], 1)
    if sub:
        doc.add_paragraph(sub)
    return doc


def docx_table(doc, f, lang, mode="table", over=None, shade="E7EEF7"):
    """The fact rows as a two-column table: plain text, content controls or legacy form fields."""
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for i, (a, v) in enumerate(rows(f, lang, over)):
        r = t.add_row().cells
        cell_text(r[0], a, shade=shade)
        if mode == "controls":
            _put(r[1], _sdt_text(f"felt{i}", v))
        elif mode == "legacy":
            p = r[1].paragraphs[0]
            from docx.oxml import parse_xml
            for x in _ff_text(f"Tekst{i}", v):
                p._p.append(parse_xml(x))
        else:
            cell_text(r[1], v)
    return t


def docx_checks(doc, f, lang, mode="table"):
    from docx.oxml import parse_xml
    lab = LAB[lang]
    doc.add_paragraph(lab["areas_head"]).runs[0].bold = True
    items = [(name, aid in f["areas"]) for name, aid in zip(lab["areas"], AREAS)]
    for q, key in ((lab["net"], "net"), (lab["eva"], "eva")):
        items.append((q, f[key]))
    for i, (name, on) in enumerate(items):
        p = doc.add_paragraph()
        if i < 3:
            if mode == "controls":
                p._p.append(parse_xml(_sdt_box(on)))
            elif mode == "legacy":
                for x in _ff_box(f"Avkryss{i}", on):
                    p._p.append(parse_xml(x))
            else:
                p.add_run(tick(on))
            p.add_run(" " + name)
        else:
            p.add_run(name + "  ")
            if mode == "controls":
                p._p.append(parse_xml(_sdt_box(on)))
                p.add_run(f" {lab['yes']}   ")
                p._p.append(parse_xml(_sdt_box(not on)))
                p.add_run(f" {lab['no']}")
            elif mode == "legacy":
                for x in _ff_box(f"Ja{i}", on):
                    p._p.append(parse_xml(x))
                p.add_run(f" {lab['yes']}   ")
                for x in _ff_box(f"Nei{i}", not on):
                    p._p.append(parse_xml(x))
                p.add_run(f" {lab['no']}")
            else:
                p.add_run(f"{tick(on)} {lab['yes']}   {tick(not on)} {lab['no']}")
    doc.add_paragraph(lab["desc_head"]).runs[0].bold = True
    doc.add_paragraph(f["desc"])


def docx_grid(doc, header, lines, widths_cm=(4.2, 4.2, 2.6, 4.8), ink_cm=3.6):
    """A signing grid: one table row per signer, the ink in the same row. lines: [(cells..., ink_seed|None)]."""
    from docx.shared import Cm
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for i, h in enumerate(header):
        cell_text(t.rows[0].cells[i], h, bold=True, shade="D9D9D9")
    for line in lines:
        *cells, seed = line
        r = t.add_row().cells
        for i, v in enumerate(cells):
            cell_text(r[i], v)
        if seed:
            add_ink(r[len(header) - 1].paragraphs[0], seed, ink_cm)
    for row in t.rows:
        for i, w in enumerate(widths_cm[:len(header)]):
            row.cells[i].width = Cm(w)
    return t


def stamp_png(lines: list[str], colour=(40, 60, 160)) -> bytes:
    """A round office stamp: two rings and up to three lines of capitals."""
    from PIL import Image, ImageDraw, ImageFont
    img = Image.new("RGBA", (300, 300), (255, 255, 255, 0))
    d = ImageDraw.Draw(img)
    d.ellipse((8, 8, 292, 292), outline=colour + (230,), width=7)
    d.ellipse((30, 30, 270, 270), outline=colour + (230,), width=3)
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 26)
    y = 150 - 18 * len(lines)
    for s in lines:
        w = d.textlength(s, font=font)
        d.text((150 - w / 2, y), s, font=font, fill=colour + (230,))
        y += 36
    b = io.BytesIO()
    img.save(b, "PNG")
    return b.getvalue()


def docx_side_by_side(doc, blocks, borderless=True):
    """Signers side by side: each block [(kind, value)] with kind 'text', 'ink' or 'stamp'."""
    from docx.shared import Cm
    t = doc.add_table(rows=1, cols=len(blocks))
    if borderless:
        _borderless(t)
    for i, block in enumerate(blocks):
        cell = t.rows[0].cells[i]
        first = True
        for kind, val in block:
            p = cell.paragraphs[0] if first else cell.add_paragraph()
            first = False
            if kind == "ink":
                add_ink(p, val, 4.2)
            elif kind == "stamp":
                p.add_run().add_picture(io.BytesIO(stamp_png(val)), width=Cm(2.4))
            elif kind == "ink+stamp":
                add_ink(p, val[0], 3.6)
                p.add_run("  ").add_picture(io.BytesIO(stamp_png(val[1])), width=Cm(2.2))
            else:
                p.add_run(val)
    return t


# ------------------------------------------------------------------ reportlab
def pdf_form(p: Page, f, lang, over=None, x2=250, boxes="[X]"):
    lab = LAB[lang]
    p.text(HEAD[lang], bold=True, size=12, dy=26)
    for a, v in rows(f, lang, over):
        p.pair(a + ":", v, x2=x2)
    p.y -= 6
    p.text(lab["areas_head"], bold=True)
    on_s, off_s = (boxes, "[  ]") if boxes == "[X]" else ("☒", "☐")
    for name, aid in zip(lab["areas"], AREAS):
        p.text(f"{on_s if aid in f['areas'] else off_s}  {name}", x=70)
    for q, key in ((lab["net"], "net"), (lab["eva"], "eva")):
        p.pair(q, lab["yes"] if f[key] else lab["no"], x2=420)
    p.y -= 4
    p.text(lab["desc_head"], bold=True)
    p.wrap(f["desc"], 100)
    p.y -= 10


def pdf_grid(p: Page, header, lines, widths, row_h=46):
    """A ruled signing grid drawn on the canvas; the last column may take an ink seed."""
    c = p.c
    x0, y = 60, p.y
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    c.setFont(p.b, p.s - 1)
    c.rect(x0, y - 18, xs[-1] - x0, 18)
    for i, h in enumerate(header):
        c.drawString(xs[i] + 4, y - 13, h)
    y -= 18
    c.setFont(p.f, p.s - 1)
    for line in lines:
        *cells, seed = line
        c.rect(x0, y - row_h, xs[-1] - x0, row_h)
        for i, v in enumerate(cells):
            for k, part in enumerate(v.split("\n")):
                c.drawString(xs[i] + 4, y - 16 - 12 * k, part)
        if seed:
            c.drawImage(ink_reader(seed), xs[-2] + 6, y - row_h + 4, widths[-1] - 14, row_h - 8, mask="auto")
        y -= row_h
    for x in xs[1:-1]:
        c.line(x, p.y, x, y)
    p.y = y - 20


def pdf_receipt(p: Page, title: str, lines: list[str], table_head, table, foot: list[str]):
    """An e-signing service's receipt page: heading, facts, a signer table, a footer."""
    p.c.showPage()
    p.y = 800
    p.text(title, bold=True, size=14, dy=28)
    for s in lines:
        p.text(s, size=9)
    p.y -= 10
    xs = [60, 200, 330, 430]
    p.c.setFont(p.b, 9)
    for x, h in zip(xs, table_head):
        p.c.drawString(x, p.y, h)
    p.y -= 4
    p.c.line(60, p.y, 540, p.y)
    p.y -= 14
    p.c.setFont(p.f, 9)
    for row in table:
        for x, v in zip(xs, row):
            p.c.drawString(x, p.y, v)
        p.y -= 16
    p.y -= 16
    for s in foot:
        p.text(s, size=8)


def scan_pdf(pdf_bytes: bytes, out: Path, seed: int, dpi=300, angle=-0.5):
    import random
    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter
    pdf = pdfium.PdfDocument(pdf_bytes)
    rnd = random.Random(seed)
    pages = []
    for pg in pdf:
        img = pg.render(scale=dpi / 72).to_pil().convert("L")
        img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=248)
        px = img.load()
        w, h = img.size
        for _ in range(2500):
            px[rnd.randrange(w), rnd.randrange(h)] = rnd.choice((80, 170))
        img = img.filter(ImageFilter.GaussianBlur(0.5))
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=72)
        pages.append(Image.open(jb).convert("L"))
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


def pades_sign(data: bytes, signers_) -> bytes:
    """signers_: [(cn, org, field, box, datetime)], signed one after another (incremental)."""
    with tempfile.TemporaryDirectory() as td:
        for cn, org, field, box, when in signers_:
            data = _sign(data, field, box, _self_signed(Path(td), cn, org), when)
    return data


def tz_dt(y, m, d, hh=10, mm=0):
    import datetime
    return datetime.datetime(y, m, d, hh, mm, tzinfo=datetime.timezone(datetime.timedelta(hours=1)))


def fact_truth(id_, ext, cat, lang, f, sigs, expected=(), notes=(), optional=()):
    return truth(id_, ext, cat, lang=lang, scheme=S20, office=(f["office"], f["muni"], f["org"]),
                 contact=(f["contact"], f["email"], f["phone"]), project=(f["title"], f["kind"], f["start"]),
                 pct=f["pct"], amounts={"positions": f["pos"], "competence": f["comp"], "total": f["total"]},
                 prio=f["areas"], interest=(f["net"], f["eva"]), sigs=sigs, expected=expected, notes=notes,
                 optional=optional)


DESC = {
    "work": ("Vi vil prøve ut en arbeidsmåte der veileder er med deltakeren ut på arbeidsplassen de første ukene og "
             "holder tett kontakt med arbeidsgiver. Erfaringene skrives ned og deles med kommunens tjenester."),
    "youth": ("Prosjektet skal følge opp barnefamilier med lav inntekt og ungdom som står utenfor skole og arbeid, "
              "med én fast kontaktperson i Nav og faste møter med skole og barneverntjeneste."),
    "trans": ("Målet er sikrere overganger for personer som løslates fra fengsel og unge som avslutter videregående "
              "uten plan. Vi lager avtaler med kriminalomsorgen og skolene om hvem som gjør hva."),
    "work_nn": ("Vi vil prøve ut ein arbeidsmåte der rettleiaren er med deltakaren ut på arbeidsplassen dei første "
                "vekene og held tett kontakt med arbeidsgjevaren. Erfaringane vert skrivne ned og delte."),
    "youth_nn": ("Prosjektet skal følgje opp barnefamiliar med låg inntekt og ungdom som står utanfor skule og "
                 "arbeid, med éin fast kontaktperson i Nav og faste møte med skule og barnevern."),
    "trans_nn": ("Målet er tryggare overgangar for unge som sluttar i vidaregåande utan plan og for personar som "
                 "kjem ut frå fengsel. Vi lagar avtalar med skulane og kriminalomsorga om kven som gjer kva."),
}


def acroform_doc(f, out: Path, sig_vals: dict, shown: list, on: set, blocks):
    """A fillable form: fact fields, area and Ja/Nei boxes (names in ``on`` ticked), ink drawn on the page
    with 'name and title' and date in text fields under each of ``blocks`` [(x, heading, ink seed)]."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    W, H = A4
    c.setFont("Helvetica-Bold", 12)
    c.drawString(50, H - 55, HEAD["nb"])
    form, y = c.acroForm, H - 95
    keys = ["office", "muni", "org", "contact", "email", "phone", "title", "kind", "start", "pct", "pos", "comp",
            "total"]
    c.setFont("Helvetica", 9)
    for k in keys:
        c.drawString(50, y + 5, LAB["nb"][k])
        form.textfield(name=k, x=230, y=y, width=310, height=17, borderWidth=1, fontSize=9)
        y -= 24
    for i, (name, aid) in enumerate(zip(LAB["nb"]["areas"], AREAS)):
        form.checkbox(name=f"omr{i}", x=50, y=y, size=11, buttonStyle="check")
        c.drawString(68, y + 2, name)
        y -= 18
    for k in ("net", "eva"):
        c.drawString(50, y + 2, LAB["nb"][k])
        form.checkbox(name=k + "_ja", x=360, y=y, size=11, buttonStyle="check")
        c.drawString(376, y + 2, "Ja")
        form.checkbox(name=k + "_nei", x=410, y=y, size=11, buttonStyle="check")
        c.drawString(426, y + 2, "Nei")
        y -= 18
    y -= 20
    for x, head, seed in blocks:
        c.drawString(x, y, head)
        c.drawImage(ink_reader(seed), x, y - 52, 140, 42, mask="auto")
        c.line(x, y - 54, x + 220, y - 54)
        c.drawString(x, y - 66, "Navn og tittel:")
        form.textfield(name=f"sig_{seed}", x=x + 68, y=y - 71, width=160, height=15, borderWidth=0, fontSize=9)
        c.drawString(x, y - 82, "Dato:")
        form.textfield(name=f"dato_{seed}", x=x + 68, y=y - 87, width=160, height=15, borderWidth=0, fontSize=9)
    c.save()
    w = PdfWriter(clone_from=PdfReader(io.BytesIO(buf.getvalue())))
    vals = dict(zip(keys, [f["office_shown"], f["muni"], f["org"], f["contact"], f["email"], f["phone"], f["title"],
                           *shown]))
    vals.update(sig_vals)
    w.update_page_form_field_values(w.pages[0], vals, auto_regenerate=False)
    for annot in w.pages[0]["/Annots"]:
        a = annot.get_object()
        if a.get("/FT") == "/Btn" and a.get("/T") in on:
            a[NameObject("/V")] = NameObject("/Yes")
            a[NameObject("/AS")] = NameObject("/Yes")
    w.set_need_appearances_writer(True)
    with open(out, "wb") as fh:
        w.write(fh)


def pades_doc(f, lang, blocks, font=("Helvetica", "Helvetica-Bold")):
    buf = io.BytesIO()
    p = Page(buf, font[0], font[1], 9)
    p.c.setPageCompression(0)
    pdf_form(p, f, lang, x2=240)
    p.text("Signaturar" if lang == "nn" else "Signaturer", bold=True)
    y = p.y
    for i, lines in enumerate(blocks):
        for k, s in enumerate(lines):
            p.c.drawString(60 + 260 * i, y - 14 * k, s)
    p.save()
    return buf.getvalue()
