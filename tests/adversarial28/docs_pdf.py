"""PDF documents of adversarial28 (z08-z17), each with its truth written by hand."""
from __future__ import annotations

import datetime as _dt
import io
import random
import sys
import tempfile
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE))
from truthlib import near_miss, truth  # noqa: E402
from kit28 import chromium_pdf, draw_ink_pdf, ink_png, org, soffice_pdf  # noqa: E402
import docs_word as dw  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
A_ARB, A_BARN, A_OVG = dw.A_ARB, dw.A_BARN, dw.A_OVG
PW, PH = A4


def new_canvas(out, title):
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setTitle(title)
    c.setAuthor("Nav")
    return c


def box(c, x, y, on, s=9):
    c.rect(x, y, s, s)
    if on:
        c.line(x + 1.5, y + 1.5, x + s - 1.5, y + s - 1.5)
        c.line(x + 1.5, y + s - 1.5, x + s - 1.5, y + 1.5)


# ---------------------------------------------------------------------------------------------------
# z08 pdf-text: Chromium print of an HTML web form (CSS grid, two columns: labels left in grey,
# answers right), radio dots, electronic approval
CSS = """body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:18mm} h1{font-size:15pt}
.g{display:grid;grid-template-columns:42% 58%;border-top:1px solid #999} .g div{padding:4px 6px;border-bottom:1px solid #ccc}
.l{background:#eee;color:#333} h2{font-size:12pt;margin-top:14px;border-bottom:2px solid #06c}
table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:4px;text-align:left}"""


def z08(out: Path):
    o = org("97422572")
    rows = [("Søkers navn (Nav-kontor)", "NAV Gjøvik"), ("Kommune", "Gjøvik"), ("Organisasjonsnummer", o),
            ("Prosjektleder / kontaktperson", "Eirik Sætre"), ("E-post kontaktperson", "eirik.saetre@nav.no"),
            ("Telefon kontaktperson", "61 14 55 02"), ("Prosjektets tittel", "Sammen mot jobb"),
            ("Søknaden gjelder", "● Nytt prosjekt&nbsp;&nbsp;○ Videreføring"), ("Prosjektperiode starter", "01.09.2020")]
    g = "".join(f'<div class="l">{a}</div><div>{b}</div>' for a, b in rows)
    html = f"""<!doctype html><html lang="nb"><meta charset="utf-8"><style>{CSS}</style><body>
<h1>Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020</h1>
<p>Skjemaet sendes Statsforvalteren i Innlandet innen 1. februar 2020.</p>
<h2>1 Søker</h2><div class="g">{g}</div>
<h2>2 Budsjett</h2>
<table><tr><th>Stilling</th><th>Stillingsprosent</th><th>Lønn inkl. sosiale kostnader</th></tr>
<tr><td>Arbeidslivskoordinator</td><td>60 %</td><td>kr 366 000</td></tr>
<tr><td>Kompetanse (evaluering)</td><td></td><td>kr 10 000</td></tr>
<tr><th>Totalt omsøkt</th><th>60 %</th><th>kr 376 000</th></tr></table>
<h2>3 Satsingsområder</h2>
<p>● Bruk av ordinært arbeidsliv<br>○ Oppfølging av barnefamilier, ungdom og innvandrere<br>● Sikring av sårbare overganger</p>
<h2>4 Samarbeid</h2>
<p>Interessert i nettverk/klyngesamarbeid: ● Ja ○ Nei<br>Interessert i ekstern prosessevaluering: ● Ja ○ Nei</p>
<h2>5 Godkjenning</h2>
<p>Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.</p>
<table><tr><th>Rolle</th><th>Navn</th><th>Godkjent</th></tr>
<tr><td>Leder Nav Gjøvik</td><td>Line Rustad</td><td>23.01.2020</td></tr>
<tr><td>Kommunalsjef for helse og omsorg</td><td>Per Arne Kolbu</td><td>24.01.2020</td></tr></table>
</body></html>"""
    chromium_pdf(html, out)
    return truth("z08", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Gjøvik", "Gjøvik", o), contact=("Eirik Sætre", "eirik.saetre@nav.no", "61145502"),
                 project=("Sammen mot jobb", "new", "2020-09-01"), pct=60,
                 amounts={"positions": 366000, "competence": 10000, "other": None, "total": 376000},
                 prio=[A_ARB, A_OVG], interest=(True, True),
                 sigs=[("nav_leader", "Line Rustad", "Leder Nav Gjøvik", "2020-01-23", "electronic_approval"),
                       ("municipality", "Per Arne Kolbu", "Kommunalsjef for helse og omsorg", "2020-01-24", "electronic_approval")],
                 notes=["radio buttons drawn as ● (chosen) and ○ (not chosen) glyphs"])


# ---------------------------------------------------------------------------------------------------
# z09 pdf-text: "Microsoft Print to PDF" imitation: every glyph its own text object at an absolute
# position, Arial-like widths, label: value lines with dotted leaders; stacked signatures with ink
def glyphs(c, x, y, text, font="Helvetica", size=10):
    for ch in text:
        t = c.beginText(x, y)
        t.setFont(font, size)
        t.textOut(ch)
        c.drawText(t)
        x += c.stringWidth(ch, font, size)
    return x


def z09(out: Path):
    o = org("98103520")
    c = new_canvas(out, "Microsoft Word - Søknad Porsgrunn.docx")
    y = PH - 60
    glyphs(c, 56, y, "Søknad om tilskudd 2020 – utvikling av sosiale tjenester i Nav-kontoret", "Helvetica-Bold", 13)
    y -= 16
    glyphs(c, 56, y, "Til Statsforvalteren i Vestfold og Telemark", size=9)
    y -= 28
    rows = [("Søkerenhet", "NAV Porsgrunn"), ("Kommunenavn", "Porsgrunn"), ("Organisasjonsnr.", o),
            ("Kontaktperson", "Kristin Aas Wold"), ("E-post", "kristin.aas.wold@nav.no"), ("Telefon", "+47 35 54 91 20"),
            ("Tittel på prosjektet", "Nye veier – tidlig innsats for familier"), ("Ny søknad/videreføring", "Videreføring, år 3"),
            ("Prosjektstart", "01.01.2020"), ("Stillinger", "Familieveileder 100 %, Jobbkonsulent 40 %"),
            ("Sum stillingsandel", "140 %"), ("Lønn og sosiale kostnader", "854 000 kr"),
            ("Kompetansemidler", "5 000 kr"), ("Omsøkt beløp totalt", "859 000 kr")]
    for a, b in rows:
        x = glyphs(c, 56, y, a)
        while x < 230:
            x = glyphs(c, x + 1, y, ".", size=10)
        glyphs(c, 240, y, b)
        y -= 17
    y -= 8
    glyphs(c, 56, y, "Satsingsområder (sett kryss):", "Helvetica-Bold", 10)
    y -= 17
    for on, t in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                  (True, "Sikring av sårbare overganger")]:
        glyphs(c, 62, y, "[X]" if on else "[  ]")
        glyphs(c, 90, y, t)
        y -= 15
    y -= 6
    glyphs(c, 56, y, "Ønsker dere å delta i nettverk/klyngesamarbeid?  Nei")
    y -= 15
    glyphs(c, 56, y, "Ønsker dere å delta i ekstern prosessevaluering?  Ja")
    y -= 34
    glyphs(c, 56, y, "Signatur", "Helvetica-Bold", 10)
    for seed, name, title, d in [(901, "Trond Myhre", "leder, NAV Porsgrunn", "17.01.2020"), (902, "Siri Holte", "kommunedirektør, Porsgrunn kommune", "20.01.2020")]:
        y -= 46
        draw_ink_pdf(c, seed, 60, y + 2, 150, 34)
        c.line(56, y, 260, y)
        glyphs(c, 280, y + 4, f"Porsgrunn, {d}")
        y -= 13
        glyphs(c, 56, y, f"{name}, {title}", size=9)
    c.showPage()
    c.save()
    return truth("z09", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Porsgrunn", "Porsgrunn", o), contact=("Kristin Aas Wold", "kristin.aas.wold@nav.no", "35549120"),
                 project=("Nye veier – tidlig innsats for familier", "continuation", "2020-01-01"), pct=140,
                 amounts={"positions": 854000, "competence": 5000, "other": None, "total": 859000},
                 prio=[A_BARN, A_OVG], interest=(False, True),
                 sigs=[("nav_leader", "Trond Myhre", "leder, NAV Porsgrunn", "2020-01-17", "handwritten"),
                       ("municipality", "Siri Holte", "kommunedirektør", "2020-01-20", "handwritten")],
                 notes=["cap 610 000 x 1.4 = 854 000: exactly at the cap, no AMOUNT_OVER_CAP",
                        "'Videreføring, år 3' is within the three-year limit: no CONTINUATION_LIMIT"])


# ---------------------------------------------------------------------------------------------------
# z10 pdf-text: Acrobat "Fill & Sign" style: a flattened blank form (labels and empty boxes), the
# answers stamped as a second content stream in another font, ink stamped too; planted ORG_NUMBER_INVALID
def z10(out: Path):
    from pypdf import PdfReader, PdfWriter
    good = org("99337110")
    bad = good[:8] + str((int(good[8]) + 3) % 10)
    assert not dw_ok(bad)
    base = io.BytesIO()
    c = canvas.Canvas(base, pagesize=A4, invariant=1)
    c.setFont("Times-Bold", 14)
    c.drawString(50, PH - 60, "SØKNADSSKJEMA – TILSKUDD TIL SOSIALE TJENESTER I NAV (2020)")
    c.setFont("Times-Roman", 9)
    c.drawString(50, PH - 76, "Fylles ut av Nav-kontoret. Frist 1. februar 2020. Kap. 0621 post 63.")
    fields = ["Nav-kontor", "Kommune", "Org.nr.", "Kontaktperson", "E-post", "Tlf.", "Prosjekttittel",
              "Nytt / videreført", "Oppstart", "Stillingsandel (%)", "Lønnsmidler (kr)", "Kompetansemidler (kr)", "Totalt (kr)"]
    y = PH - 110
    pos = {}
    for f in fields:
        c.setFont("Times-Roman", 10)
        c.drawString(50, y + 4, f)
        c.rect(190, y, 340, 18)
        pos[f] = y
        y -= 26
    c.drawString(50, y, "Satsingsområder:")
    areas = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"]
    ya = []
    for t in areas:
        y -= 16
        c.rect(60, y, 9, 9)
        c.drawString(76, y + 1, t)
        ya.append(y)
    y -= 24
    c.drawString(50, y, "Nettverk/klyngesamarbeid:")
    yn = y
    y -= 18
    c.drawString(50, y, "Ekstern prosessevaluering:")
    ye = y
    for yy in (yn, ye):
        c.rect(190, yy - 1, 9, 9); c.drawString(203, yy, "Ja")
        c.rect(240, yy - 1, 9, 9); c.drawString(253, yy, "Nei")
    y -= 34
    c.drawString(50, y, "Underskrift Nav-leder")
    c.drawString(310, y, "Underskrift kommunens ledelse")
    y -= 40
    c.line(50, y, 270, y); c.line(310, y, 530, y)
    c.setFont("Times-Roman", 8)
    c.drawString(50, y - 10, "Dato, signatur, navn med blokkbokstaver")
    c.drawString(310, y - 10, "Dato, signatur, navn med blokkbokstaver")
    ys = y
    c.showPage(); c.save()
    ov = io.BytesIO()
    c = canvas.Canvas(ov, pagesize=A4, invariant=1)
    c.setFont("Courier", 10)
    vals = ["NAV Sandnes", "Sandnes", f"{bad[:3]} {bad[3:6]} {bad[6:]}", "Vibeke Salte", "vibeke.salte@nav.no", "51 97 40 31",
            "Bolig og jobb", "Nytt", "17.08.2020", "100", "590 000", "10 000", "600 000"]
    for f, v in zip(fields, vals):
        c.drawString(196, pos[f] + 5, v)
    for i in (0, 2):
        c.drawString(60.5, ya[i] + 1, "X")
    c.drawString(191.5, yn, "X"); c.drawString(241.5, ye, "X")
    draw_ink_pdf(c, 1001, 60, ys + 2, 140, 30)
    draw_ink_pdf(c, 1002, 320, ys + 2, 140, 30)
    c.drawString(200, ys + 6, "21.01.20"); c.drawString(460, ys + 6, "22.01.20")
    c.drawString(50, ys - 24, "OLE GABRIELSEN"); c.drawString(310, ys - 24, "TORILL HETLAND, KOMMUNALDIREKTØR")
    c.showPage(); c.save()
    w = PdfWriter()
    w.append(PdfReader(io.BytesIO(base.getvalue())))
    w.pages[0].merge_page(PdfReader(io.BytesIO(ov.getvalue())).pages[0])
    w.add_metadata({"/Producer": "Adobe Acrobat Pro DC 20.6.20042", "/Title": "Søknad Nav Sandnes"})
    with open(out, "wb") as fh:
        w.write(fh)
    return truth("z10", "pdf", "pdf-text", lang="nb", scheme=S20,
                 office=("Nav Sandnes", "Sandnes", bad), contact=("Vibeke Salte", "vibeke.salte@nav.no", "51974031"),
                 project=("Bolig og jobb", "new", "2020-08-17"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=[A_ARB, A_OVG], interest=(True, False),
                 sigs=[("nav_leader", "OLE GABRIELSEN", None, "2020-01-21", "handwritten"),
                       ("municipality", "TORILL HETLAND", "KOMMUNALDIREKTØR", "2020-01-22", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"], notes=["planted: last digit of the org number changed, MOD11 fails",
                                                         "names in block capitals under the lines, as the form asks"])


def dw_ok(n):
    from kit28 import mod11_ok
    return mod11_ok(n)


# ---------------------------------------------------------------------------------------------------
# z11 pdf-acroform: fillable form with opaque field names (Text1..), filled with pypdf, check boxes
# with export value /Ja, ink drawn on the page under the signature fields
def z11(out: Path):
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject
    o = org("97455310")
    base = io.BytesIO()
    c = canvas.Canvas(base, pagesize=A4, invariant=1)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(50, PH - 56, "Søknad – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    c.setFont("Helvetica", 9)
    c.drawString(50, PH - 70, "Elektronisk utfyllbart skjema. Lagre og send til Statsforvalteren i Møre og Romsdal.")
    labels = ["Nav-kontorets navn", "Kommune", "Organisasjonsnummer", "Kontaktperson", "E-post", "Telefon", "Prosjektnavn",
              "Nytt prosjekt eller videreføring", "Oppstartsdato", "Stillingsprosent", "Søkt lønn og sosiale kostnader",
              "Søkt kompetansemidler", "Sum søkt"]
    vals = ["NAV Molde", "Molde", o, "Astrid Ugelvik", "astrid.ugelvik@nav.no", "71 11 30 06", "Inkluderende Molde",
            "Nytt prosjekt", "01.05.2020", "50 %", "305 000", "", "305 000"]
    af = c.acroForm
    y = PH - 100
    for i, l in enumerate(labels):
        c.setFont("Helvetica", 9.5)
        c.drawString(50, y + 5, l)
        af.textfield(name=f"Text{i + 1}", x=230, y=y, width=310, height=17, borderWidth=0.6, fontSize=10, value="")
        y -= 24
    c.drawString(50, y, "Hvilke satsingsområder? (kryss av)")
    areas = ["Bruk av ordinært arbeidsliv", "Oppfølging av barnefamilier, ungdom og innvandrere", "Sikring av sårbare overganger"]
    for i, t in enumerate(areas):
        y -= 18
        af.checkbox(name=f"Check Box{i + 1}", x=60, y=y - 2, size=11, buttonStyle="cross", checked=False)
        c.drawString(80, y, t)
    y -= 26
    c.drawString(50, y, "Interessert i nettverk/klyngesamarbeid")
    af.checkbox(name="Check Box4", x=300, y=y - 2, size=11, buttonStyle="cross", checked=False); c.drawString(315, y, "Ja")
    af.checkbox(name="Check Box5", x=350, y=y - 2, size=11, buttonStyle="cross", checked=False); c.drawString(365, y, "Nei")
    y -= 20
    c.drawString(50, y, "Interessert i ekstern prosessevaluering")
    af.checkbox(name="Check Box6", x=300, y=y - 2, size=11, buttonStyle="cross", checked=False); c.drawString(315, y, "Ja")
    af.checkbox(name="Check Box7", x=350, y=y - 2, size=11, buttonStyle="cross", checked=False); c.drawString(365, y, "Nei")
    y -= 50
    c.drawString(50, y + 36, "Signatur leder Nav-kontor")
    c.drawString(310, y + 36, "Signatur rådmann/kommunedirektør")
    draw_ink_pdf(c, 1101, 55, y + 2, 140, 30)
    draw_ink_pdf(c, 1102, 315, y + 2, 140, 30)
    c.line(50, y, 270, y); c.line(310, y, 530, y)
    af.textfield(name="Text14", x=50, y=y - 22, width=220, height=16, borderWidth=0, fontSize=9, value="")
    af.textfield(name="Text15", x=310, y=y - 22, width=220, height=16, borderWidth=0, fontSize=9, value="")
    c.showPage(); c.save()
    r = PdfReader(io.BytesIO(base.getvalue()))
    w = PdfWriter()
    w.append(r)
    fill = {f"Text{i + 1}": v for i, v in enumerate(vals)}
    fill["Text14"] = "Bjørn Tore Vik, Nav-leder, 24.01.2020"
    fill["Text15"] = "Gunn Eide, kommunedirektør, 27.01.2020"
    w.update_page_form_field_values(w.pages[0], fill, auto_regenerate=False)
    on = {"Check Box1", "Check Box3", "Check Box5", "Check Box6"}
    for a in w.pages[0]["/Annots"]:
        a = a.get_object()
        nm = a.get("/T")
        if nm and nm.startswith("Check Box"):
            ap = a["/AP"]["/N"]
            onname = [k for k in ap.keys() if k != "/Off"][0]
            v = NameObject(onname if nm in on else "/Off")
            a[NameObject("/V")] = v
            a[NameObject("/AS")] = v
    w.set_need_appearances_writer(True)
    with open(out, "wb") as fh:
        w.write(fh)
    return truth("z11", "pdf", "pdf-acroform", lang="nb", scheme=S20,
                 office=("Nav Molde", "Molde", o), contact=("Astrid Ugelvik", "astrid.ugelvik@nav.no", "71113006"),
                 project=("Inkluderende Molde", "new", "2020-05-01"), pct=50,
                 amounts={"positions": 305000, "competence": None, "other": None, "total": 305000},
                 prio=[A_ARB, A_OVG], interest=(False, True),
                 sigs=[("nav_leader", "Bjørn Tore Vik", "Nav-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Gunn Eide", "kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["field names are opaque (Text1.., Check Box1..): values must be tied to labels by position",
                        "competence field left empty: null"])


# ---------------------------------------------------------------------------------------------------
# z12 pdf-from-office: Word form with labels ABOVE answers (bold label paragraph, answer paragraph
# below), budget table with year columns (2020, 2021), ink images, converted by LibreOffice
def z12(out: Path):
    from docx import Document
    o = org("97452063")
    doc = Document()
    dw.fix_core(doc, "Søknad Nav Hamar")
    doc.add_heading("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknad 2020", level=1)
    for lab, ans in [("Søker (Nav-kontor)", "Nav Hamar"), ("Kommune", "Hamar"), ("Org.nr.", o),
                     ("Kontaktperson, e-post og telefon", "Jon Olav Rønning – jon.olav.ronning@nav.no – 62 54 18 77"),
                     ("Prosjektets navn", "Veiviser bolig og arbeid"), ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
                     ("Når starter prosjektet?", "Fra 1. mars 2020")]:
        p = doc.add_paragraph(); p.add_run(lab).bold = True
        doc.add_paragraph(ans)
    p = doc.add_paragraph(); p.add_run("Budsjett (kr)").bold = True
    t = doc.add_table(rows=5, cols=4)
    t.style = "Table Grid"
    for i, row in enumerate([("Post", "Stillingsprosent", "2020 (søkt nå)", "2021 (plan)"),
                             ("Veiviser, lønn og sosiale kostnader", "100 %", "610 000", "620 000"),
                             ("Boligkonsulent, lønn og sosiale kostnader", "20 %", "122 000", "125 000"),
                             ("Kompetanse", "", "10 000", "10 000"),
                             ("Sum", "120 %", "742 000", "755 000")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    p = doc.add_paragraph(); p.add_run("Satsingsområder").bold = True
    doc.add_paragraph("☐ Bruk av ordinært arbeidsliv")
    doc.add_paragraph("☐ Oppfølging av barnefamilier, ungdom og innvandrere")
    doc.add_paragraph("☒ Sikring av sårbare overganger (fra institusjon/fengsel til egen bolig og arbeid)")
    p = doc.add_paragraph(); p.add_run("Nettverk og evaluering").bold = True
    doc.add_paragraph("Vi er interessert i nettverk/klyngesamarbeid: Ja")
    doc.add_paragraph("Vi er interessert i ekstern prosessevaluering: Nei")
    p = doc.add_paragraph(); p.add_run("Signaturer").bold = True
    for seed, line1, line2 in [(1201, "Hamar, 30.01.2020", "Nav-leder Camilla Strand"),
                               (1202, "Hamar, 31.01.2020", "Kommunedirektør Tor Erik Lund")]:
        doc.add_paragraph(line1)
        dw.add_pic(doc.add_paragraph(), seed, 4.5)
        doc.add_paragraph(line2)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "soknad_hamar.docx"
        doc.save(src)
        soffice_pdf(src, out)
    return truth("z12", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Hamar", "Hamar", o), contact=("Jon Olav Rønning", "jon.olav.ronning@nav.no", "62541877"),
                 project=("Veiviser bolig og arbeid", "new", "2020-03-01"), pct=120,
                 amounts={"positions": 732000, "competence": 10000, "other": None, "total": 742000},
                 prio=[A_OVG], interest=(True, False),
                 sigs=[("nav_leader", "Camilla Strand", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Tor Erik Lund", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["budget over two years: the 2020 column is the one applied for",
                        "cap 610 000 x 1.2 = 732 000, exactly at the cap"])


# z13 pdf-from-office: Nynorsk free letter from LibreOffice, budget inline in prose, electronic approval;
# planted AMOUNT_OVER_CAP (650 000 for one 100 % position)
def z13(out: Path):
    from docx import Document
    o = org("97453002")
    doc = Document()
    dw.fix_core(doc, "Søknad Nav Stord")
    for line in ["Nav Stord", f"Org.nr.: {o}", "", "Statsforvaltaren i Vestland", "", "Leirvik, 16. januar 2020"]:
        doc.add_paragraph(line)
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", level=2)
    for para in [
        "Nav Stord søkjer med dette om tilskot til prosjektet «Fyrst jobb, så resten». Prosjektet er nytt og tek til 1. mars 2020.",
        "Vi vil følgje opp unge vaksne og innvandrarar som får økonomisk stønad, og skaffe dei arbeid i det ordinære arbeidslivet "
        "gjennom tett samarbeid med næringslivet på Stord.",
        "Vi søkjer om 650 000 kroner til ei 100 % stilling som jobbkonsulent (løn og sosiale kostnader). Vi søkjer ikkje om kompetansemidlar. "
        "Samla søknadssum er 650 000 kroner.",
        "Kontaktperson: Ingvild Haugland, e-post ingvild.haugland@nav.no, telefon 53 49 62 00.",
        "Nav Stord vil gjerne vere med i nettverk/klyngesamarbeid. Vi ønskjer ikkje å delta i ekstern prosessevaluering."]:
        doc.add_paragraph(para)
    doc.add_paragraph("Dokumentet er elektronisk godkjent og har difor inga handskriven underskrift.")
    doc.add_paragraph("Godkjent av: Sigrun Fitjar, Nav-leiar, 16.01.2020")
    doc.add_paragraph("Godkjent av: Arne Rommetveit, kommunedirektør, 17.01.2020")
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "soknad_stord.docx"
        doc.save(src)
        soffice_pdf(src, out)
    return truth("z13", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", o), contact=("Ingvild Haugland", "ingvild.haugland@nav.no", "53496200"),
                 project=("Fyrst jobb, så resten", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 650000, "competence": None, "other": None, "total": 650000},
                 prio=[A_ARB, A_BARN], interest=(True, False),
                 sigs=[("nav_leader", "Sigrun Fitjar", "Nav-leiar", "2020-01-16", "electronic_approval"),
                       ("municipality", "Arne Rommetveit", "Kommunedirektør", "2020-01-17", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"], notes=["planted: 650 000 > 610 000 for one 100 % position",
                                                      "'Vi søkjer ikkje om kompetansemidlar': competence null (not stated as an amount)"])


# ---------------------------------------------------------------------------------------------------
# z14 pdf-handwritten: numbered sections with answers in shaded boxes, signatures in a 2x3 grid
# (role title above the line, ink on the line, printed name + "Sted/dato" below), no printed date
# in a field of its own
def rl_form(c, title, rows, *, areas, net, ev, font="Helvetica", y0=None):
    y = y0 or PH - 60
    c.setFont(font + "-Bold", 12.5)
    c.drawString(50, y, title)
    y -= 26
    for sec, items in rows:
        c.setFont(font + "-Bold", 10.5)
        c.drawString(50, y, sec)
        y -= 16
        for lab, val in items:
            c.setFont("Times-Roman" if font == "Times" else font, 9.5)
            c.drawString(62, y, lab)
            c.setFillGray(0.93)
            c.rect(250, y - 4, 290, 15, stroke=0, fill=1)
            c.setFillGray(0)
            c.drawString(254, y, val)
            y -= 18
        y -= 6
    return y


def z14(out: Path):
    o = org("97455220")
    c = new_canvas(out, "Søknad Nav Tromsø")
    rows = [("1. Opplysninger om søker", [("1.1 Nav-kontor", "Nav Tromsø"), ("1.2 Kommune", "Tromsø"),
                                          ("1.3 Organisasjonsnummer", o), ("1.4 Kontaktperson", "Sunniva Pedersen"),
                                          ("1.5 E-post", "sunniva.pedersen@nav.no"), ("1.6 Telefon", "776 02 500".replace(" ", ""))]),
            ("2. Prosjektet", [("2.1 Prosjektnavn", "Tett på – unge i Tromsø"), ("2.2 Nytt eller videreføring", "Videreføring (andre år)"),
                               ("2.3 Oppstart", "august 2020")]),
            ("3. Økonomi", [("3.1 Stilling og stillingsprosent", "Ungdomsveileder, 100 %"),
                            ("3.2 Lønn og sosiale kostnader", "kr 610 000,-"), ("3.3 Kompetansemidler", "kr 10 000,-"),
                            ("3.4 Sum søknadsbeløp", "kr 620 000,-")])]
    y = rl_form(c, "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", rows, areas=None, net=None, ev=None)
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "4. Satsingsområder og samarbeid")
    y -= 16
    c.setFont("Helvetica", 9.5)
    for on, t in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                  (False, "Sikring av sårbare overganger")]:
        box(c, 62, y - 1, on)
        c.drawString(78, y, t)
        y -= 15
    c.drawString(62, y, "Interesse for nettverk/klyngesamarbeid:"); box(c, 270, y - 1, True); c.drawString(283, y, "Ja"); box(c, 310, y - 1, False); c.drawString(323, y, "Nei")
    y -= 15
    c.drawString(62, y, "Interesse for ekstern prosessevaluering:"); box(c, 270, y - 1, True); c.drawString(283, y, "Ja"); box(c, 310, y - 1, False); c.drawString(323, y, "Nei")
    y -= 30
    c.setFont("Helvetica-Bold", 10.5)
    c.drawString(50, y, "5. Forankring og underskrift")
    y -= 20
    c.setFont("Helvetica", 9)
    c.drawString(50, y, "Leder i Nav-kontoret"); c.drawString(310, y, "Kommunedirektør")
    y -= 42
    draw_ink_pdf(c, 1401, 55, y + 2, 150, 34)
    draw_ink_pdf(c, 1402, 315, y + 2, 150, 34)
    c.line(50, y, 270, y); c.line(310, y, 530, y)
    y -= 12
    c.drawString(50, y, "Navn: Kåre Johansen"); c.drawString(310, y, "Navn: Marianne Figenschou")
    y -= 13
    c.drawString(50, y, "Sted/dato: Tromsø 28.01.2020"); c.drawString(310, y, "Sted/dato: Tromsø 29.01.2020")
    c.showPage(); c.save()
    return truth("z14", "pdf", "pdf-handwritten", lang="nb", scheme=S20,
                 office=("Nav Tromsø", "Tromsø", o), contact=("Sunniva Pedersen", "sunniva.pedersen@nav.no", "77602500"),
                 project=("Tett på – unge i Tromsø", "continuation", "2020-08-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "other": None, "total": 620000},
                 prio=[A_BARN], interest=(True, True),
                 sigs=[("nav_leader", "Kåre Johansen", "Leder i Nav-kontoret", "2020-01-28", "handwritten"),
                       ("municipality", "Marianne Figenschou", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["start 'august 2020': a month alone, day 01"])


# ---------------------------------------------------------------------------------------------------
# z15 pdf-scanned: a copier's searchable PDF: the page rendered at 150 dpi, turned 1.2°, a shadow
# along the binding edge, low contrast, JPEG q=40, and an invisible OCR text layer (render mode 3)
# that is mostly right (some words misread, the phone with an I for a 1)
def z15(out: Path):
    import pypdfium2 as pdfium
    from PIL import Image, ImageEnhance, ImageFilter
    o = org("97452721")
    rows = [("Del A – Søker", [("Nav-kontor", "NAV Elverum"), ("Kommune", "Elverum"), ("Organisasjonsnummer", o),
                               ("Kontaktperson", "Guri Bjørnstad"), ("E-post", "guri.bjornstad@nav.no"), ("Telefon", "62 43 18 70")]),
            ("Del B – Prosjekt", [("Prosjektnavn", "Aktiv hverdag"), ("Type", "Nytt prosjekt"), ("Oppstart", "01.04.2020")]),
            ("Del C – Budsjett", [("Stillingsandel", "100 %"), ("Lønn og sosiale kostnader", "600 000"),
                                  ("Kompetanse", "10 000"), ("Totalt søkt", "610 000")])]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    y = rl_form(c, "Søknad – sosiale tjenester i Nav-kontoret 2020", rows, areas=None, net=None, ev=None, font="Times")
    c.setFont("Times-Roman", 10)
    lines = [(y, None)]
    for on, t in [(True, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                  (False, "Sikring av sårbare overganger")]:
        box(c, 62, y - 1, on); c.drawString(78, y, t); y -= 15
    c.drawString(62, y, "Nettverk/klyngesamarbeid: Ja"); y -= 15
    c.drawString(62, y, "Ekstern prosessevaluering: Nei"); y -= 40
    draw_ink_pdf(c, 1501, 55, y + 2, 150, 34); draw_ink_pdf(c, 1502, 315, y + 2, 150, 34)
    c.line(50, y, 270, y); c.line(310, y, 530, y)
    c.drawString(50, y - 12, "Elverum 27.01.2020  Nav-leder Ketil Sønsteby"); c.drawString(310, y - 12, "Elverum 27.01.2020  Rådmann Hege Moen")
    c.showPage(); c.save()
    pdf = pdfium.PdfDocument(buf.getvalue())
    page = pdf[0]
    img = page.render(scale=150 / 72, grayscale=True).to_pil().convert("L")
    tp = page.get_textpage()
    words = []
    n = tp.count_chars()
    text = tp.get_text_range()
    # rebuild line strings with positions from the original text layer
    for i, ln in enumerate(text.splitlines()):
        pass
    rects = []
    cur, x0, yb = "", None, None
    for i in range(n):
        ch = tp.get_text_range(i, 1)
        l, b, r, t = tp.get_charbox(i)
        if ch in "\r\n":
            if cur.strip():
                rects.append((x0, yb, cur))
            cur, x0 = "", None
            continue
        if x0 is None:
            x0, yb = l, b
        cur += ch
    if cur.strip():
        rects.append((x0, yb, cur))
    img = img.rotate(1.2, resample=Image.BICUBIC, expand=False, fillcolor=235)
    img = ImageEnhance.Contrast(img).enhance(0.55)
    img = ImageEnhance.Brightness(img).enhance(1.08)
    w, h = img.size
    shade = Image.linear_gradient("L").rotate(90).resize((w, h))
    shade = shade.point(lambda v: 255 if v > 40 else 150 + v * 2)
    img = Image.composite(img, Image.new("L", img.size, 60), shade)
    rnd = random.Random(15)
    px = img.load()
    for _ in range(2500):
        x, yy = rnd.randrange(w), rnd.randrange(h)
        px[x, yy] = max(0, px[x, yy] - 90)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    jb = io.BytesIO()
    img.save(jb, format="JPEG", quality=40)
    jb.seek(0)
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(str(out), pagesize=A4, invariant=1)
    c.setAuthor("RICOH IM C3000")
    c.drawImage(ImageReader(jb), 0, 0, PW, PH)
    errs = {"Prosjektnavn": "Pr0sjektnavn", "Kompetanse": "Kornpetanse", "62 43 18 70": "62 43 I8 70", "ordinært": "ordinzert",
            "Rådmann": "Rädmann"}
    t = c.beginText()
    t.setTextRenderMode(3)
    for x0, yb, s in rects:
        for a, b in errs.items():
            s = s.replace(a, b)
        t.setTextOrigin(x0, yb)
        t.setFont("Helvetica", 9.5)
        t.textLine(s)
    c.drawText(t)
    c.showPage(); c.save()
    return truth("z15", "pdf", "pdf-scanned", lang="nb", scheme=S20,
                 office=("Nav Elverum", "Elverum", o), contact=("Guri Bjørnstad", "guri.bjornstad@nav.no", "62431870"),
                 project=("Aktiv hverdag", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=[A_ARB], interest=(True, False),
                 sigs=[("nav_leader", "Ketil Sønsteby", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Hege Moen", "Rådmann", "2020-01-27", "handwritten")],
                 optional=["LOW_CONFIDENCE"],
                 notes=["the invisible OCR layer misreads the phone ('62 43 I8 70'); the page image is the truth"])


# ---------------------------------------------------------------------------------------------------
# z16 pdf-pades: reportlab application signed twice with pyHanko (two self-signed certificates made at
# build time, signing time pinned), the signature block names both signers
def _cert(cn):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Bodø kommune"),
                      x509.NameAttribute(NameOID.COUNTRY_NAME, "NO")])
    t0 = _dt.datetime(2019, 1, 1, tzinfo=_dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(1000 + len(cn)).not_valid_before(t0).not_valid_after(t0 + _dt.timedelta(days=3650))
            .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
            .sign(key, hashes.SHA256()))
    return (key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
            cert.public_bytes(serialization.Encoding.PEM))


def _pin_time(when):
    import pyhanko.sign.signers.pdf_cms as m1
    import pyhanko.sign.signers.pdf_signer as m2

    class Fixed(_dt.datetime):
        @classmethod
        def now(cls, tz=None):
            return when if tz is None else when.astimezone(tz)
    m1.datetime = Fixed
    m2.datetime = Fixed


def z16(out: Path):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers
    o = org("97450001")
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    rows = [("Søker", [("Nav-kontor", "Nav Bodø"), ("Kommune", "Bodø"), ("Organisasjonsnummer", o),
                       ("Kontaktperson", "Mads Hansen Krogh"), ("E-post", "mads.hansen.krogh@nav.no"), ("Telefon", "75 55 40 00")]),
            ("Prosjekt", [("Prosjektnavn", "Broen til arbeid"), ("Nytt prosjekt / videreføring", "Nytt"), ("Oppstart", "01.06.2020")]),
            ("Budsjett", [("Stillinger", "2 x 100 % (prosjektkoordinator og jobbspesialist)"), ("Stillingsandel totalt", "200 %"),
                          ("Lønn og sosiale kostnader", "1 200 000"), ("Kompetansemidler", "10 000"), ("Sum omsøkt", "1 210 000")])]
    y = rl_form(c, "Søknad om tilskudd – sosiale tjenester i Nav-kontoret 2020", rows, areas=None, net=None, ev=None)
    c.setFont("Helvetica", 9.5)
    for on, t in [(True, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                  (True, "Sikring av sårbare overganger")]:
        box(c, 62, y - 1, on); c.drawString(78, y, t); y -= 15
    c.drawString(62, y, "Nettverk/klyngesamarbeid: Nei"); y -= 15
    c.drawString(62, y, "Ekstern prosessevaluering: Ja"); y -= 30
    c.setFont("Helvetica-Bold", 10)
    c.drawString(50, y, "Signering")
    c.setFont("Helvetica", 9.5)
    y -= 16
    c.drawString(62, y, "Søknaden er signert digitalt (PAdES) av Nav-leder Elin Storvik og kommunedirektør Rolf Kåre Jensen.")
    c.showPage(); c.save()
    data = buf.getvalue()
    with tempfile.TemporaryDirectory() as td:
        for i, (cn, when, loc) in enumerate([("Elin Storvik", _dt.datetime(2020, 1, 22, 9, 14, tzinfo=_dt.timezone.utc), "Bodø"),
                                             ("Rolf Kåre Jensen", _dt.datetime(2020, 1, 23, 13, 2, tzinfo=_dt.timezone.utc), "Bodø")]):
            k, ce = _cert(cn)
            (Path(td) / f"k{i}.pem").write_bytes(k)
            (Path(td) / f"c{i}.pem").write_bytes(ce)
            signer = signers.SimpleSigner.load(str(Path(td) / f"k{i}.pem"), str(Path(td) / f"c{i}.pem"))
            _pin_time(when)
            w = IncrementalPdfFileWriter(io.BytesIO(data))
            meta = signers.PdfSignatureMetadata(field_name=f"Signatur{i + 1}", name=cn, location=loc,
                                                reason="Godkjent søknad" if i == 0 else "Forankret i kommuneledelsen")
            data = signers.sign_pdf(w, meta, signer=signer).getvalue()
    out.write_bytes(data)
    return truth("z16", "pdf", "pdf-pades", lang="nb", scheme=S20,
                 office=("Nav Bodø", "Bodø", o), contact=("Mads Hansen Krogh", "mads.hansen.krogh@nav.no", "75554000"),
                 project=("Broen til arbeid", "new", "2020-06-01"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "other": None, "total": 1210000},
                 prio=[A_ARB, A_BARN, A_OVG], interest=(False, True),
                 sigs=[("nav_leader", "Elin Storvik", "Nav-leder", "2020-01-22", "digital"),
                       ("municipality", "Rolf Kåre Jensen", "Kommunedirektør", "2020-01-23", "digital")],
                 notes=["dates are the pinned signing times of the two PAdES signatures"])


# ---------------------------------------------------------------------------------------------------
# z17 not-application: an invitation to the directorate's network gathering for projects funded by the
# scheme, printed from Chromium; it names offices, amounts and a registration form
def z17(out: Path):
    html = f"""<!doctype html><html lang="nb"><meta charset="utf-8"><style>{CSS}</style><body>
<p>Statsforvalteren i Innlandet<br>Sosial- og familieavdelingen</p>
<p>Til Nav-kontorene med prosjekter i tilskuddsordningen for utvikling av sosiale tjenester</p>
<p>Lillehammer, 14.01.2020</p>
<h1>Invitasjon til nettverkssamling for prosjektene i tilskuddsordningen – kap. 0621 post 63</h1>
<p>Vi inviterer prosjektledere og Nav-ledere til nettverkssamling 12.–13. mars 2020 på Scandic Lillehammer.
Samlingen er en del av klyngesamarbeidet som mange av dere krysset av for i søknaden. Tema er ordinært arbeidsliv,
oppfølging av barnefamilier og sårbare overganger, og erfaringer med ekstern prosessevaluering.</p>
<h2>Program</h2>
<table><tr><th>Tid</th><th>Innhold</th></tr>
<tr><td>12.03 kl. 10.00</td><td>Velkommen. Tildelingen for 2020: 17 prosjekter, til sammen 9 870 000 kroner</td></tr>
<tr><td>12.03 kl. 13.00</td><td>Nav Gjøvik og Nav Hamar forteller om sine prosjekter</td></tr>
<tr><td>13.03 kl. 09.00</td><td>Søknadsrunden for 2021: frist, krav til signatur fra Nav-leder og kommunedirektør</td></tr></table>
<h2>Påmelding</h2>
<p>Meld dere på innen 20. februar 2020 til kontaktperson Berit Aasen, e-post berit.aasen@statsforvalteren.no, tlf. 61 26 60 00.
Statsforvalteren dekker opphold; reise dekkes av kontoret (kan føres i prosjektregnskapet).</p>
<p>Vennlig hilsen<br>Berit Aasen<br>seniorrådgiver</p></body></html>"""
    chromium_pdf(html, out)
    return truth("z17", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"], score_fields=False,
                 notes=["an invitation from the county to a network gathering for funded projects"])


DOCS = [("z08", "pdf", z08), ("z09", "pdf", z09), ("z10", "pdf", z10), ("z11", "pdf", z11), ("z12", "pdf", z12),
        ("z13", "pdf", z13), ("z14", "pdf", z14), ("z15", "pdf", z15), ("z16", "pdf", z16), ("z17", "pdf", z17)]
