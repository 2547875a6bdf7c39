"""Word documents of adversarial28 (z01-z07, z18), each with its truth written by hand."""
from __future__ import annotations

import io
import sys
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from lxml import etree

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "adversarial2"))
sys.path.insert(0, str(HERE))
from truthlib import truth  # noqa: E402
from kit28 import W, W14, fix_core, ink_png, normalise_zip, org, patch_zip  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
A_ARB, A_BARN, A_OVG = "ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere", "saarbare-overganger"


def gdocs_fonts(doc, font="Arial"):
    """Google Docs writes w:rFonts on every run and explicit table widths."""
    for p in doc.element.body.iter(qn("w:p")):
        for r in p.iter(qn("w:r")):
            rpr = r.find(qn("w:rPr"))
            if rpr is None:
                rpr = OxmlElement("w:rPr")
                r.insert(0, rpr)
            rf = OxmlElement("w:rFonts")
            for a in ("w:ascii", "w:cs", "w:eastAsia", "w:hAnsi"):
                rf.set(qn(a), font)
            rpr.insert(0, rf)


def table_widths(tbl, widths_cm):
    tbl.autofit = False
    tblpr = tbl._tbl.tblPr
    lay = OxmlElement("w:tblLayout")
    lay.set(qn("w:type"), "fixed")
    tblpr.append(lay)
    for row in tbl.rows:
        for c, w in zip(row.cells, widths_cm):
            c.width = Cm(w)


def add_pic(cell_or_par, seed, width_cm=4.0):
    buf = io.BytesIO()
    ink_png(seed, buf)
    buf.seek(0)
    par = cell_or_par.paragraphs[0] if hasattr(cell_or_par, "paragraphs") else cell_or_par
    par.add_run().add_picture(buf, width=Cm(width_cm))


# ---------------------------------------------------------------------------------------------------
# z01 docx-form: Google Docs export, two-column answers, numbered section headings, ☑/☐ boxes, ink
def z01(out: Path):
    o = org("97421568")
    doc = Document()
    fix_core(doc, "Søknad Nav Ringsaker")
    doc.add_paragraph("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", style="Title")
    doc.add_paragraph("Kap. 0621 post 63. Sendes Statsforvalteren i Innlandet innen 1. februar 2020.")
    doc.add_paragraph("Om søker", style="List Number")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Søkende Nav-kontor", "NAV Ringsaker"), ("Kommune", "Ringsaker"), ("Org.nr. (Nav-kontoret)", f"{o[:3]} {o[3:6]} {o[6:]}"),
                 ("Kontaktperson hos Nav", "Ingrid Skaug Moen"), ("E-postadresse", "Ingrid.Skaug.Moen@nav.no"),
                 ("Mobil", "+47 958 41 220")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    table_widths(t, [6.5, 9.5])
    doc.add_paragraph("Om prosjektet", style="List Number")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Prosjektets navn", "«Jobbloset Ringsaker»"), ("Nytt prosjekt eller videreføring?", "Nytt prosjekt"),
                 ("Planlagt oppstart", "1. april 2020"),
                 ("Kort beskrivelse", "Vi vil prøve ut tett oppfølging av unge sosialhjelpsmottakere ut i ordinære jobber hos lokale arbeidsgivere, med en jobbspesialist i Nav.")]:
        r = t.add_row().cells
        r[0].text, r[1].text = a, b
    table_widths(t, [6.5, 9.5])
    doc.add_paragraph("Stillinger og budsjett", style="List Number")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    h = t.rows[0].cells
    h[0].text, h[1].text, h[2].text = "Stilling", "Stillingsandel", "Søkt beløp (lønn og sosiale kostnader)"
    for a, b, c in [("Jobbspesialist", "100 %", "610 000"), ("Veileder ungdom", "50 %", "305 000"),
                    ("Kompetansemidler (prosessveiledning)", "", "10 000"), ("Sum søkt", "150 %", "925 000")]:
        r = t.add_row().cells
        r[0].text, r[1].text, r[2].text = a, b, c
    table_widths(t, [7, 3.5, 5.5])
    doc.add_paragraph("Satsingsområder og samarbeid", style="List Number")
    for box, txt in [("☑", "Bruk av ordinært arbeidsliv"), ("☑", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                     ("☐", "Sikring av sårbare overganger")]:
        doc.add_paragraph(f"{box}  {txt}")
    doc.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid med andre prosjekter?   ☑ Ja   ☐ Nei")
    doc.add_paragraph("Ønsker kontoret å være med i ekstern prosessevaluering?   ☐ Ja   ☑ Nei")
    doc.add_paragraph("Underskrifter", style="List Number")
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "Sted/dato: Brumunddal, 27.01.2020", "Sted/dato: Brumunddal, 28.01.2020"
    add_pic(t.cell(1, 0), 101)
    add_pic(t.cell(1, 1), 102)
    t.cell(2, 0).text, t.cell(2, 1).text = "Tone Bakken Haug", "Rune Sveen"
    t.cell(3, 0).text, t.cell(3, 1).text = "Leder Nav Ringsaker", "Kommunedirektør"
    table_widths(t, [8, 8])
    gdocs_fonts(doc)
    doc.save(out)
    normalise_zip(out)
    return truth("z01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", o), contact=("Ingrid Skaug Moen", "ingrid.skaug.moen@nav.no", "95841220"),
                 project=("Jobbloset Ringsaker", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "other": None, "total": 925000},
                 prio=[A_ARB, A_BARN], interest=(True, False),
                 sigs=[("nav_leader", "Tone Bakken Haug", "Leder Nav Ringsaker", "2020-01-27", "handwritten"),
                       ("municipality", "Rune Sveen", "Kommunedirektør", "2020-01-28", "handwritten")])


# ---------------------------------------------------------------------------------------------------
# z02 docx-form: the whole application in ONE big table with merged cells (gridSpan, vMerge), Nynorsk,
# electronic approval; planted AMOUNT_SUM_MISMATCH (total 600 000, parts 590 000)
def z02(out: Path):
    o = org("98152730")
    doc = Document()
    fix_core(doc, "Søknad Nav Sunnfjord")
    t = doc.add_table(rows=22, cols=4)
    t.style = "Table Grid"

    def span(r, c0, c1, text, bold=False):
        cell = t.cell(r, c0).merge(t.cell(r, c1)) if c1 > c0 else t.cell(r, c0)
        cell.text = text
        if bold:
            for run in cell.paragraphs[0].runs:
                run.bold = True
        return cell

    span(0, 0, 3, "SØKNAD OM TILSKOT TIL UTVIKLING AV SOSIALE TENESTER I NAV – 2020", True)
    span(1, 0, 3, "A. Søkjar", True)
    span(2, 0, 0, "Nav-kontor"); span(2, 1, 3, "Nav Sunnfjord")
    span(3, 0, 0, "Kommune"); span(3, 1, 1, "Sunnfjord"); span(3, 2, 2, "Organisasjonsnr."); span(3, 3, 3, o)
    span(4, 0, 0, "Kontaktperson"); span(4, 1, 3, "Solveig Årdal Nes")
    span(5, 0, 0, "E-post"); span(5, 1, 1, "solveig.ardal.nes@nav.no"); span(5, 2, 2, "Telefon"); span(5, 3, 3, "57 72 14 90")
    span(6, 0, 3, "B. Prosjektet", True)
    span(7, 0, 0, "Namn på prosjektet"); span(7, 1, 3, "Heile familien i arbeid")
    span(8, 0, 0, "Nytt prosjekt / vidareføring"); span(8, 1, 3, "Vidareføring (år 2 av 3)")
    span(9, 0, 0, "Oppstart"); span(9, 1, 3, "01.03.2020")
    span(10, 0, 3, "C. Stillingar og budsjett (kroner)", True)
    span(11, 0, 0, "Stilling"); span(11, 1, 1, "Stillingsprosent"); span(11, 2, 3, "Lønn og sosiale kostnader")
    span(12, 0, 0, "Familiekoordinator"); span(12, 1, 1, "100 %"); span(12, 2, 3, "580 000")
    span(13, 0, 0, "Kompetansetiltak"); span(13, 1, 1, ""); span(13, 2, 3, "10 000")
    span(14, 0, 0, "Totalt søkt"); span(14, 1, 1, "100 %"); span(14, 2, 3, "600 000")
    span(15, 0, 3, "D. Satsingsområde (set kryss)", True)
    a = t.cell(16, 0).merge(t.cell(18, 0))
    a.text = "Prosjektet rettar seg mot"
    span(16, 1, 2, "Bruk av ordinært arbeidsliv"); span(16, 3, 3, "")
    span(17, 1, 2, "Oppfølging av barnefamiliar, ungdom og innvandrarar"); span(17, 3, 3, "X")
    span(18, 1, 2, "Sikring av sårbare overgangar"); span(18, 3, 3, "")
    span(19, 0, 2, "Interesse for nettverk / klyngesamarbeid"); span(19, 3, 3, "Ja")
    span(20, 0, 2, "Interesse for ekstern prosessevaluering"); span(20, 3, 3, "Ja")
    span(21, 0, 3, "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.\n"
                   "Godkjent av Nav-leiar Kjetil Hovland 24.01.2020 og kommunedirektør Marit Vårdal 27.01.2020.")
    doc.save(out)
    normalise_zip(out)
    return truth("z02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", o), contact=("Solveig Årdal Nes", "solveig.ardal.nes@nav.no", "57721490"),
                 project=("Heile familien i arbeid", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "other": None, "total": 600000},
                 prio=[A_BARN], interest=(True, True),
                 sigs=[("nav_leader", "Kjetil Hovland", "Nav-leiar", "2020-01-24", "electronic_approval"),
                       ("municipality", "Marit Vårdal", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["planted: total 600 000 but 580 000 + 10 000 = 590 000"])


# ---------------------------------------------------------------------------------------------------
# content controls
def sdt_inline(text, tag, *, kind="text", items=(), date=None, checked=None, placeholder=False):
    sdt = etree.SubElement(etree.Element("dummy"), qn("w:sdt"))
    pr = etree.SubElement(sdt, qn("w:sdtPr"))
    al = etree.SubElement(pr, qn("w:alias")); al.set(qn("w:val"), tag)
    tg = etree.SubElement(pr, qn("w:tag")); tg.set(qn("w:val"), tag)
    if placeholder:
        etree.SubElement(pr, qn("w:showingPlcHdr"))
    if kind == "text":
        etree.SubElement(pr, qn("w:text"))
    elif kind == "drop":
        dd = etree.SubElement(pr, qn("w:dropDownList"))
        for it in items:
            li = etree.SubElement(dd, qn("w:listItem")); li.set(qn("w:displayText"), it); li.set(qn("w:value"), it)
    elif kind == "date":
        d = etree.SubElement(pr, qn("w:date")); d.set(qn("w:fullDate"), date + "T00:00:00Z")
        f = etree.SubElement(d, qn("w:dateFormat")); f.set(qn("w:val"), "dd.MM.yyyy")
        lid = etree.SubElement(d, qn("w:lid")); lid.set(qn("w:val"), "nb-NO")
    elif kind == "check":
        cb = etree.SubElement(pr, "{%s}checkbox" % W14)
        ch = etree.SubElement(cb, "{%s}checked" % W14); ch.set("{%s}val" % W14, "1" if checked else "0")
        cs = etree.SubElement(cb, "{%s}checkedState" % W14); cs.set("{%s}val" % W14, "2612"); cs.set("{%s}font" % W14, "MS Gothic")
        us = etree.SubElement(cb, "{%s}uncheckedState" % W14); us.set("{%s}val" % W14, "2610"); us.set("{%s}font" % W14, "MS Gothic")
        text = "☒" if checked else "☐"
    content = etree.SubElement(sdt, qn("w:sdtContent"))
    r = etree.SubElement(content, qn("w:r"))
    if placeholder:
        rpr = etree.SubElement(r, qn("w:rPr")); rs = etree.SubElement(rpr, qn("w:rStyle")); rs.set(qn("w:val"), "PlaceholderText")
    t = etree.SubElement(r, qn("w:t")); t.text = text
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return sdt


def par_with(par, *parts):
    for p in parts:
        if isinstance(p, str):
            par.add_run(p)
        else:
            par._p.append(p)
    return par


W14_NS_FIX = (b'<w:document ', b'<w:document xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ')


def add_w14(name, data):
    if name == "word/document.xml" and b"xmlns:w14=" not in data.split(b">", 2)[1]:
        data = data.replace(*W14_NS_FIX, 1)
    return data


# z03 docx-controls: 2019 scheme, questions as numbered paragraphs with controls inline after the
# question, date picker, dropdown for kind, w14 check boxes, ink images stacked
def z03(out: Path):
    o = org("96477103")
    doc = Document()
    fix_core(doc, "Søknad 2019 Nav Steinkjer")
    doc.add_heading("Søknad om tilskudd – sosiale tjenester i NAV 2019", level=1)
    doc.add_paragraph("Søknadsfrist 1. februar 2019. Søknaden sendes Fylkesmannen i Trøndelag.")
    Q = [("1. Hvilket NAV-kontor søker?", sdt_inline("NAV Steinkjer", "kontor")),
         ("2. Kommune:", sdt_inline("Steinkjer", "kommune")),
         ("3. Organisasjonsnummer:", sdt_inline(o, "orgnr")),
         ("4. Hvem er kontaktperson?", sdt_inline("Håvard Lein", "kontakt")),
         ("5. Kontaktpersonens e-post:", sdt_inline("havard.lein@nav.no", "epost")),
         ("6. Kontaktpersonens telefon:", sdt_inline("741 10 233".replace(" ", ""), "tlf")),
         ("7. Hva heter prosjektet?", sdt_inline("Ut av køen", "tittel")),
         ("8. Er dette et nytt prosjekt eller en videreføring?", sdt_inline("Nytt prosjekt", "type", kind="drop", items=("Nytt prosjekt", "Videreføring"))),
         ("9. Når starter prosjektet?", sdt_inline("01.05.2019", "start", kind="date", date="2019-05-01")),
         ("10. Hvor stor stillingsandel søkes det om?", sdt_inline("80 %", "andel")),
         ("11. Beløp til stilling (lønn og sosiale utgifter), kr:", sdt_inline("480 000", "lonn")),
         ("12. Beløp til kompetanse, kr:", sdt_inline("Klikk eller trykk her for å skrive inn tekst.", "komp", placeholder=True)),
         ("13. Totalt omsøkt beløp, kr:", sdt_inline("480 000", "sum"))]
    for q, c in Q:
        par_with(doc.add_paragraph(), q + " ", c)
    doc.add_paragraph("14. Hvilke satsingsområder treffer prosjektet?")
    for on, txt in [(False, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (True, "Sikring av sårbare overganger")]:
        par_with(doc.add_paragraph(), sdt_inline("", "omr", kind="check", checked=on), " " + txt)
    par_with(doc.add_paragraph(), "15. Interesse for nettverk/klyngesamarbeid: ", sdt_inline("", "nett_ja", kind="check", checked=True), " Ja  ",
             sdt_inline("", "nett_nei", kind="check", checked=False), " Nei")
    par_with(doc.add_paragraph(), "16. Interesse for ekstern prosessevaluering: ", sdt_inline("", "ev_ja", kind="check", checked=True), " Ja  ",
             sdt_inline("", "ev_nei", kind="check", checked=False), " Nei")
    doc.add_paragraph("17. Underskrift")
    for seed, who, title, dt in [(301, "Eli Kvam", "NAV-leder", "2019-01-22"), (302, "Bjørn Aune", "Rådmann", "2019-01-23")]:
        p = doc.add_paragraph()
        par_with(p, "Dato: ", sdt_inline(f"{dt[8:]}.{dt[5:7]}.{dt[:4]}", "dato", kind="date", date=dt))
        add_pic(doc.add_paragraph(), seed)
        doc.add_paragraph(f"{title} {who}")
    doc.save(out)
    patch_zip(out, add_w14)
    return truth("z03", "docx", "docx-controls", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Steinkjer", "Steinkjer", o), contact=("Håvard Lein", "havard.lein@nav.no", "74110233"),
                 project=("Ut av køen", "new", "2019-05-01"), pct=80,
                 amounts={"positions": 480000, "competence": None, "other": None, "total": 480000},
                 prio=[A_OVG], interest=(True, True),
                 sigs=[("nav_leader", "Eli Kvam", "NAV-leder", "2019-01-22", "handwritten"),
                       ("municipality", "Bjørn Aune", "Rådmann", "2019-01-23", "handwritten")],
                 notes=["2019 scheme: cap 610 000 per 100 % assumed as in 2020 is not needed (480 000 for 80 % is under any cap)",
                        "competence control shows only its placeholder text: competence null"])


# z04 docx-controls: a two-column control table with labels in the LEFT column shaded, Nynorsk,
# repeating position rows as controls; planted SIGNATURE_MUNICIPALITY_MISSING (the block is there but empty)
def z04(out: Path):
    o = org("92018447")
    doc = Document()
    fix_core(doc, "Søknad Nav Alver")
    doc.add_heading("Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020", level=1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, ctrl):
        r = t.add_row().cells
        r[0].text = label
        r[1].paragraphs[0]._p.append(ctrl)

    row("Nav-kontoret som søkjer", sdt_inline("Nav Alver", "kontor"))
    row("Vertskommune", sdt_inline("Alver", "kommune"))
    row("Org.nummer", sdt_inline(o, "orgnr"))
    row("Kontaktperson", sdt_inline("Ragnhild Tveit", "kontakt"))
    row("E-postadresse", sdt_inline("ragnhild.tveit@nav.no", "epost"))
    row("Telefonnummer", sdt_inline("413 55 902", "tlf"))
    row("Prosjektnamn", sdt_inline("Ung i Alver – første jobb", "tittel"))
    row("Type prosjekt", sdt_inline("Nytt", "type", kind="drop", items=("Nytt", "Vidareføring")))
    row("Prosjektstart", sdt_inline("03.02.2020", "start", kind="date", date="2020-02-03"))
    row("Stilling 1 (tittel, stillingsprosent, kroner)", sdt_inline("Ungdomsrettleiar, 100 %, 600 000", "stilling1"))
    row("Stilling 2 (tittel, stillingsprosent, kroner)", sdt_inline("Jobbkonsulent, 50 %, 300 000", "stilling2"))
    row("Kompetansemidlar", sdt_inline("0", "komp"))
    row("Sum det blir søkt om", sdt_inline("900 000", "sum"))
    doc.add_paragraph("Satsingsområde")
    for on, txt in [(True, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                    (False, "Sikring av sårbare overgangar")]:
        par_with(doc.add_paragraph(), sdt_inline("", "omr", kind="check", checked=on), " " + txt)
    par_with(doc.add_paragraph(), "Ønskjer de å vere med i nettverk/klyngesamarbeid? ", sdt_inline("Ja", "nett", kind="drop", items=("Ja", "Nei")))
    par_with(doc.add_paragraph(), "Ønskjer de ekstern prosessevaluering? ", sdt_inline("Nei", "eval", kind="drop", items=("Ja", "Nei")))
    doc.add_paragraph("Underskrifter")
    s = doc.add_table(rows=3, cols=2)
    s.style = "Table Grid"
    s.cell(0, 0).text, s.cell(0, 1).text = "Nav-leiar", "Kommunedirektør / rådmann"
    par_with(s.cell(1, 0).paragraphs[0], "Stad og dato: Knarvik, ", sdt_inline("21.01.2020", "d1", kind="date", date="2020-01-21"))
    par_with(s.cell(1, 1).paragraphs[0], "Stad og dato: ", sdt_inline("Vel ein dato.", "d2", kind="date", date="2020-01-01", placeholder=True))
    add_pic(s.cell(2, 0), 401)
    s.cell(2, 0).add_paragraph("Nils Brakstad")
    s.cell(2, 1).paragraphs[0].add_run("Namn: ")
    s.cell(2, 1).paragraphs[0]._p.append(sdt_inline("Klikk her for å skrive namn.", "n2", placeholder=True))
    doc.save(out)
    patch_zip(out, add_w14)
    return truth("z04", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Alver", "Alver", o), contact=("Ragnhild Tveit", "ragnhild.tveit@nav.no", "41355902"),
                 project=("Ung i Alver – første jobb", "new", "2020-02-03"), pct=150,
                 amounts={"positions": 900000, "competence": 0, "other": None, "total": 900000},
                 prio=[A_ARB, A_BARN], interest=(True, False),
                 sigs=[("nav_leader", "Nils Brakstad", "Nav-leiar", "2020-01-21", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["planted: the municipality block holds only placeholder text (date and name), no ink",
                        "competence stated as 0: recorded as 0 (a stated value), see README open cases"])


# ---------------------------------------------------------------------------------------------------
# z05 docx-legacy-fields: LibreOffice-Writer-like package, FORMTEXT fields inside a table whose answers
# sit in the row BELOW each label, FORMCHECKBOX with w:default=0 and w:checked=1
def fld_text(par, value, name):
    def r(el):
        run = OxmlElement("w:r"); run.append(el); par._p.append(run); return run
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    ff = OxmlElement("w:ffData")
    n = OxmlElement("w:name"); n.set(qn("w:val"), name); ff.append(n)
    ff.append(OxmlElement("w:enabled"))
    ti = OxmlElement("w:textInput"); ff.append(ti)
    b.append(ff); r(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " FORMTEXT "; r(it)
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate"); r(s)
    tt = OxmlElement("w:t"); tt.set(qn("xml:space"), "preserve"); tt.text = value if value else "\u2002" * 5; r(tt)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r(e)


def fld_check(par, on, name):
    def r(el):
        run = OxmlElement("w:r"); run.append(el); par._p.append(run)
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    ff = OxmlElement("w:ffData")
    n = OxmlElement("w:name"); n.set(qn("w:val"), name); ff.append(n)
    ff.append(OxmlElement("w:enabled"))
    cb = OxmlElement("w:checkBox")
    sz = OxmlElement("w:sizeAuto"); cb.append(sz)
    d = OxmlElement("w:default"); d.set(qn("w:val"), "0"); cb.append(d)
    if on:
        c = OxmlElement("w:checked"); c.set(qn("w:val"), "1"); cb.append(c)
    ff.append(cb); b.append(ff); r(b)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = " FORMCHECKBOX "; r(it)
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end"); r(e)


LO_APP = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
          b'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template><TotalTime>12</TotalTime>'
          b'<Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application><AppVersion>15.0000</AppVersion><Pages>2</Pages></Properties>')


def lo_package(name, data):
    if name == "docProps/app.xml":
        return LO_APP
    return data


def z05(out: Path):
    o = org("97451288")
    doc = Document()
    fix_core(doc, "Soknad_Lier_2020")
    doc.add_paragraph("Arbeids- og velferdsdirektoratet").runs[0].bold = True
    doc.add_paragraph("SØKNADSSKJEMA 2020 – Tilskudd til utvikling av sosiale tjenester i Nav-kontoret (kap. 0621 post 63)")
    t = doc.add_table(rows=0, cols=3)
    t.style = "Table Grid"
    pairs = [(("Navn på Nav-kontor", "kontor", "Nav Lier"), ("Kommune", "kommune", "Lier"), ("Organisasjonsnummer", "orgnr", o)),
             (("Kontaktperson", "kontakt", "Arild Sandvik"), ("E-post", "epost", "arild.sandvik@nav.no"), ("Telefon", "tlf", "32 22 07 45")),
             (("Prosjektnavn", "tittel", "Familieløftet Lier"), ("Ny / videreført", "type", "Ny"), ("Oppstartsdato", "start", "15.03.2020")),
             (("Stillingsandel i alt", "andel", "200 %"), ("Lønn og sos. utgifter", "lonn", "1 220 000"), ("Kompetanse", "komp", "10 000"))]
    for trio in pairs:
        lab = t.add_row().cells
        val = t.add_row().cells
        for i, (l, nm, v) in enumerate(trio):
            lab[i].text = l
            fld_text(val[i].paragraphs[0], v, nm)
    lab = t.add_row().cells
    lab[0].text = "Sum omsøkt"
    val = t.add_row().cells
    fld_text(val[0].paragraphs[0], "1 230 000", "sum")
    doc.add_paragraph("Stillingene: to familiekoordinatorer i 100 % stilling hver (610 000 kr per stilling).")
    doc.add_paragraph("Satsingsområder:")
    for on, txt, nm in [(False, "Bruk av ordinært arbeidsliv", "omr1"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere", "omr2"),
                        (False, "Sikring av sårbare overganger", "omr3")]:
        p = doc.add_paragraph()
        fld_check(p, on, nm)
        p.add_run(" " + txt)
    p = doc.add_paragraph("Nettverk/klyngesamarbeid:  ")
    fld_check(p, True, "nett1"); p.add_run(" Ja   "); fld_check(p, False, "nett2"); p.add_run(" Nei")
    p = doc.add_paragraph("Ekstern prosessevaluering:  ")
    fld_check(p, False, "ev1"); p.add_run(" Ja   "); fld_check(p, True, "ev2"); p.add_run(" Nei")
    doc.add_paragraph("Underskrift Nav-leder og kommunens ledelse")
    s = doc.add_table(rows=2, cols=3)
    s.style = "Table Grid"
    s.cell(0, 0).text, s.cell(0, 1).text, s.cell(0, 2).text = "Sted/dato", "Signatur", "Navn og tittel"
    p = s.cell(1, 0).paragraphs[0]; fld_text(p, "Lierbyen 20.01.2020", "sd1")
    add_pic(s.cell(1, 1), 501, 3.5)
    p = s.cell(1, 2).paragraphs[0]; fld_text(p, "Hanne Lysaker, Nav-leder", "nt1")
    r = s.add_row().cells
    fld_text(r[0].paragraphs[0], "Lierbyen 22.01.2020", "sd2")
    add_pic(r[1], 502, 3.5)
    fld_text(r[2].paragraphs[0], "Geir Mo, kommunalsjef helse og velferd", "nt2")
    doc.save(out)
    patch_zip(out, lo_package)
    return truth("z05", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Lier", "Lier", o), contact=("Arild Sandvik", "arild.sandvik@nav.no", "32220745"),
                 project=("Familieløftet Lier", "new", "2020-03-15"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "other": None, "total": 1230000},
                 prio=[A_BARN], interest=(True, False),
                 sigs=[("nav_leader", "Hanne Lysaker", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Geir Mo", "kommunalsjef helse og velferd", "2020-01-22", "handwritten")],
                 notes=["the position lines are stated only in a sentence ('to familiekoordinatorer i 100 % stilling hver'); "
                        "positions list not scored by score.py"])


# ---------------------------------------------------------------------------------------------------
# z06 docx-letter: a Google Docs letter (Bokmål), facts in prose, budget as a numbered list, own funding
def z06(out: Path):
    o = org("97451601")
    doc = Document()
    fix_core(doc, "Søknad Harstad")
    for line in ["Nav Harstad", "Postboks 2010, 9405 Harstad", f"Org.nr {o}", "", "Statsforvalteren i Troms og Finnmark",
                 "Att.: sosialtjenesteteamet", "", "Harstad, 29. januar 2020"]:
        doc.add_paragraph(line)
    doc.add_paragraph("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Arbeid som medisin»", style="Heading 1")
    for para in [
        "Nav Harstad søker med dette om tilskudd for 2020 til prosjektet «Arbeid som medisin». Prosjektet er nytt og skal starte 1. juni 2020.",
        "Målgruppen er langtidsmottakere av økonomisk sosialhjelp. Vi vil bruke ordinært arbeidsliv aktivt: deltakerne skal ut i lønnet arbeid hos "
        "lokale arbeidsgivere med tett oppfølging på arbeidsplassen, i stedet for tiltak i skjermede miljøer.",
        "Vi søker om midler til én 100 % stilling som jobbspesialist. Kommunen dekker selv kontorplass, utstyr og veiledning (egenandel).",
        "Kontaktperson for søknaden er Maja Eliassen, tlf. 930 12 457, e-post maja.eliassen@nav.no.",
        "Nav Harstad ønsker å delta i nettverk/klyngesamarbeid med andre prosjekter i fylket, og vi stiller oss også positive til å være med i "
        "en ekstern prosessevaluering."]:
        doc.add_paragraph(para)
    doc.add_paragraph("Budsjett 2020:")
    for it in ["Jobbspesialist, 100 % stilling, lønn og sosiale kostnader: kr 610 000",
               "Kompetanseheving (kurs i IPS-metodikk for veiledere): kr 8 000",
               "Sum omsøkt fra Statsforvalteren: kr 618 000",
               "Kommunens egenfinansiering: kr 150 000"]:
        doc.add_paragraph(it, style="List Number")
    doc.add_paragraph("Søknaden er forankret i kommuneledelsen og signert av begge.")
    doc.add_paragraph("Med vennlig hilsen")
    t = doc.add_table(rows=3, cols=2)
    add_pic(t.cell(0, 0), 601)
    add_pic(t.cell(0, 1), 602)
    t.cell(1, 0).text, t.cell(1, 1).text = "Roar Simonsen", "Hilde Kristiansen"
    t.cell(2, 0).text, t.cell(2, 1).text = "Nav-leder", "Kommunedirektør, Harstad kommune"
    table_widths(t, [8, 8])
    gdocs_fonts(doc, "Roboto")
    doc.save(out)
    normalise_zip(out)
    return truth("z06", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Harstad", "Harstad", o), contact=("Maja Eliassen", "maja.eliassen@nav.no", "93012457"),
                 project=("Arbeid som medisin", "new", "2020-06-01"), pct=100,
                 amounts={"positions": 610000, "competence": 8000, "other": None, "total": 618000}, own_funding=150000,
                 prio=[A_ARB], interest=(True, True),
                 sigs=[("nav_leader", "Roar Simonsen", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Hilde Kristiansen", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["signature dates are the letter's date (29. januar 2020); no date in the signature block itself",
                        "IPS is named as training content, but the project is not 'implementation of a ready-made method' only: no EXCLUDED_EXISTING_METHOD"])


# z07 docx-letter: Nynorsk letter, 2018 scheme (Fylkesmannen, rådmann), budget in a 3-column table with
# thousands ("Beløp i 1000 kr")
def z07(out: Path):
    o = org("96418900")
    doc = Document()
    fix_core(doc, "Søknad Voss 2018")
    for line in ["NAV Voss", f"Organisasjonsnummer {o}", "", "Til Fylkesmannen i Hordaland", "", "Voss, 25.01.2018"]:
        doc.add_paragraph(line)
    doc.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i NAV 2018", style="Heading 1")
    for para in [
        "NAV Voss søkjer om tilskot til prosjektet «Overgangslos for unge». Dette er eit nytt prosjekt med oppstart 1. april 2018.",
        "Prosjektet skal sikre overgangane mellom vidaregåande skule, oppfølgingstenesta og arbeid for ungdom som står i fare for å falle ut. "
        "Ein overgangslos i NAV skal følgje kvar ungdom tett frå skule til arbeid.",
        "Vi søkjer om midlar til ei stilling (100 %). Kontaktperson er Torunn Lid, telefon 56 52 88 10, e-post torunn.lid@nav.no.",
        "NAV Voss er interessert i nettverkssamarbeid med andre prosjekt, men ønskjer ikkje ekstern prosessevaluering i år."]:
        doc.add_paragraph(para)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Post", "Stillingsdel", "Beløp i 1000 kr"), ("Overgangslos", "100 %", "560"),
                             ("Kompetanse", "", "20"), ("Sum søknad", "100 %", "580")]):
        for j, v in enumerate(row):
            t.cell(i, j).text = v
    doc.add_paragraph("Helsing")
    add_pic(doc.add_paragraph(), 701)
    doc.add_paragraph("Oddny Rykkje, NAV-leiar")
    add_pic(doc.add_paragraph(), 702)
    doc.add_paragraph("Lars Gjerstad, rådmann i Voss kommune")
    doc.save(out)
    normalise_zip(out)
    return truth("z07", "docx", "docx-letter", lang="nn", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Voss", "Voss", o), contact=("Torunn Lid", "torunn.lid@nav.no", "56528810"),
                 project=("Overgangslos for unge", "new", "2018-04-01"), pct=100,
                 amounts={"positions": 560000, "competence": 20000, "other": None, "total": 580000},
                 prio=["overganger", "ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Oddny Rykkje", "NAV-leiar", "2018-01-25", "handwritten"),
                       ("municipality", "Lars Gjerstad", "Rådmann", "2018-01-25", "handwritten")],
                 notes=["2018: no caps known, so competence 20 000 is no breach",
                        "priority areas argued in prose: overganger (school to work) clearly; ungdom-innvandrere (ungdom) arguable - see open cases"])


# z18 bad-input: a .docx whose document part has a damaged deflate stream (CRC and inflate fail)
def z18(out: Path):
    doc = Document()
    fix_core(doc)
    for i in range(30):
        doc.add_paragraph(f"Søknad om tilskudd – linje {i}: Nav Eksempel søker om midler til en stilling.")
    doc.save(out)
    normalise_zip(out)  # fixed zip dates, so the build is byte-identical
    data = bytearray(out.read_bytes())
    name = b"word/document.xml"
    i = data.find(b"PK\x03\x04")
    while i >= 0:
        nlen = int.from_bytes(data[i + 26:i + 28], "little")
        elen = int.from_bytes(data[i + 28:i + 30], "little")
        csize = int.from_bytes(data[i + 18:i + 22], "little")
        if bytes(data[i + 30:i + 30 + nlen]) == name:
            start = i + 30 + nlen + elen
            for k in range(start + 10, start + csize - 10, 7):
                data[k] ^= 0x5A
            break
        i = data.find(b"PK\x03\x04", i + 4)
    out.write_bytes(bytes(data))
    return truth("z18", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"], score_fields=False,
                 notes=["zip directory intact, but word/document.xml's deflate data is scrambled: inflate/CRC fails"])


DOCS = [("z01", "docx", z01), ("z02", "docx", z02), ("z03", "docx", z03), ("z04", "docx", z04), ("z05", "docx", z05),
        ("z06", "docx", z06), ("z07", "docx", z07), ("z18", "docx", z18)]
