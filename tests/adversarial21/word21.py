"""Word, Excel and office-to-PDF documents of the 21st corpus (python-docx + raw XML, openpyxl,
LibreOffice)."""
from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Cm, Pt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "adversarial2"))
from kit21 import ink_png, org  # noqa: E402
from truthlib import truth  # noqa: E402

S20 = "nav-sosiale-tjenester-2020"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _soffice(src: Path, out: Path, fmt="pdf"):
    with tempfile.TemporaryDirectory() as td:
        res = None
        for _ in range(3):  # a fresh profile's first start sometimes fails to load the file
            res = subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo", "--convert-to", fmt,
                                  "--outdir", td, str(src)], capture_output=True, timeout=180, text=True)
            got = Path(td) / (src.stem + "." + fmt)
            if got.exists():
                out.write_bytes(got.read_bytes())
                return
        raise SystemExit(f"LibreOffice could not convert {src.name}: {res.stdout} {res.stderr}")


def _shade(cell, fill="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def _core(doc, title, author):
    doc.core_properties.title = title
    doc.core_properties.author = author
    import datetime as dt
    doc.core_properties.created = dt.datetime(2020, 1, 20, 9, 0)
    doc.core_properties.modified = dt.datetime(2020, 1, 20, 9, 0)


# --------------------------------------------------------------------- w03
def w03(out: Path):
    """a spreadsheet-shaped application as printed from a spreadsheet: landscape, grey
    gridlines, column letters and row numbers, salary and social costs in separate columns
    and a Sum column (LibreOffice here has no Calc: the sheet is laid out in Writer)."""
    from docx.enum.section import WD_ORIENT
    O = org("97459810")
    rows = [["Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"], [],
            ["Søker", "NAV Elverum"], ["Kommune", "Elverum"], ["Org.nr", O], ["Kontaktperson", "Jon Olav Bakke"],
            ["E-post", "jon.olav.bakke@nav.no"], ["Tlf", "62 43 11 09"], ["Prosjekt", "Familieløftet"],
            ["Ny/videreført", "Videreført"], ["Prosjektstart", "01.08.2020"], [],
            ["Post", "Stilling", "Andel %", "Lønn", "Sos. kostn.", "Sum"],
            ["Stilling 1", "Familiekoordinator", "80", "410 000", "78 000", "488 000"],
            ["Stilling 2", "Kulturveileder", "60", "300 000", "63 000", "363 000"],
            ["Kompetanse", "", "", "", "", "10 000"],
            ["Totalt søkt", "", "140", "", "", "861 000"], [],
            ["Prioriterte områder", "Kryss"], ["Bruk av ordinært arbeidsliv", ""],
            ["Oppfølging av barnefamilier, ungdom og innvandrere", "X"], ["Sikring av sårbare overganger", "X"], [],
            ["Nettverk/klyngesamarbeid", "Ja"], ["Ekstern prosessevaluering", "Nei"], [],
            ["Signatur Nav-leder", "Randi Strand", "Dato", "27.01.2020"],
            ["Signatur kommunedirektør", "Geir Olav Haugen", "Dato", "29.01.2020"]]
    doc = Document()
    _core(doc, "Søknad 2020.xlsx", "Nav Elverum")
    sec = doc.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(1.2)
    sec.top_margin = sec.bottom_margin = Cm(1.2)
    sec.header.paragraphs[0].text = "Søknad 2020"
    sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    _field(sec.footer.paragraphs[0].add_run(), "PAGE")
    st = doc.styles["Normal"]
    st.font.name = "Liberation Sans"
    st.font.size = Pt(8.5)
    t = doc.add_table(rows=len(rows) + 1, cols=7)
    borders = parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{e} w:val="single" w:sz="2" w:space="0" w:color="A6A6A6"/>'
        for e in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>")
    t._tbl.tblPr.append(borders)
    widths = [Cm(0.9), Cm(8.5), Cm(4.2), Cm(2.2), Cm(2.6), Cm(2.6), Cm(2.6)]
    for ci, letter in enumerate(["", "A", "B", "C", "D", "E", "F"]):
        t.cell(0, ci).text = letter
        _shade(t.cell(0, ci), "EFEFEF")
    for ri, r_ in enumerate(rows, 1):
        t.cell(ri, 0).text = str(ri)
        _shade(t.cell(ri, 0), "EFEFEF")
        for ci, v in enumerate(r_, 1):
            cell = t.cell(ri, ci)
            cell.text = v
            if ci >= 3 and v.replace(" ", "").isdigit():
                cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if ri in (1, 13):
                cell.paragraphs[0].runs[0].bold = True
    for row in t.rows:
        for ci, w_ in enumerate(widths):
            row.cells[ci].width = w_
    with tempfile.TemporaryDirectory() as td:
        x = Path(td) / "w03.docx"
        doc.save(x)
        _soffice(x, out)
    return truth("w03", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", O),
                 contact=("Jon Olav Bakke", "jon.olav.bakke@nav.no", "62431109"),
                 project=("Familieløftet", "continuation", "2020-08-01"), pct=140,
                 amounts={"positions": 851000, "competence": 10000, "other": None, "total": 861000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Randi Strand", "Nav-leder", "2020-01-27", "typed"),
                       ("municipality", "Geir Olav Haugen", "Kommunedirektør", "2020-01-29", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["Excel-shaped: Lønn + Sos. kostn. = Sum per row; positions = 488 000 + 363 000; cap 854 000"])


# --------------------------------------------------------------------- w04
def _field(run, instr):
    r = run._r
    r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="begin"/>'))
    r.append(parse_xml(f'<w:instrText {nsdecls("w")} xml:space="preserve"> {instr} </w:instrText>'))
    r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="separate"/>'))
    r.append(parse_xml(f'<w:t {nsdecls("w")}>1</w:t>'))
    r.append(parse_xml(f'<w:fldChar {nsdecls("w")} w:fldCharType="end"/>'))


def w04(out: Path):
    """Nynorsk Word form with numbered sections, labels above answers, the office's address
    in the header and 'Side X av Y' in the footer; signature images side by side with
    'Stad/dato'; converted to PDF by LibreOffice."""
    O = org("97463019")
    doc = Document()
    _core(doc, "Søknad Nav Sunnfjord", "Nav Sunnfjord")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Nav Sunnfjord · Hafstadvegen 25, 6800 Førde · Søknad om tilskot 2020"
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Side ")
    _field(fp.add_run(), "PAGE")
    fp.add_run(" av ")
    _field(fp.add_run(), "NUMPAGES")
    h = doc.add_paragraph()
    r = h.add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020")
    r.bold = True
    r.font.size = Pt(15)
    items = [("1", "Søkjar", [("1.1 Kva Nav-kontor søkjer?", "Nav Sunnfjord"), ("1.2 Kommune", "Sunnfjord"),
                               ("1.3 Organisasjonsnummer", f"{O[:3]} {O[3:6]} {O[6:]}"),
                               ("1.4 Kontaktperson (namn, e-post, telefon)", "Ragnhild Bruland, ragnhild.bruland@nav.no, 415 08 226")]),
             ("2", "Prosjektet", [("2.1 Prosjektet sitt namn", "Inn på arbeidsmarknaden"),
                                  ("2.2 Er prosjektet nytt eller ei vidareføring?", "Nytt"),
                                  ("2.3 Når tek prosjektet til?", "September 2020"),
                                  ("2.4 Kva satsingsområde svarar prosjektet på?",
                                   "Oppfølging av barnefamiliar, ungdom og innvandrarar. Prosjektet rettar seg mot unge "
                                   "innvandrarar som har fullført introduksjonsprogrammet og ikkje har kome i arbeid eller utdanning.")]),
             ("3", "Stilling og budsjett", [("3.1 Stillingar", "Ei stilling (100 %) som programrådgjevar"),
                                            ("3.2 Løn og sosiale kostnader", "605 000 kr"),
                                            ("3.3 Kompetansemidlar", "5 000 kr"), ("3.4 Samla søknadssum", "610 000 kr")]),
             ("4", "Samarbeid", [("4.1 Ønskjer kontoret å vere med i nettverk/klyngesamarbeid?", "Ja"),
                                 ("4.2 Ønskjer kontoret ekstern prosessevaluering?", "Ja")])]
    for n, head, qs in items:
        p = doc.add_paragraph()
        r = p.add_run(f"{n}  {head}")
        r.bold = True
        r.font.size = Pt(12.5)
        for q, a in qs:
            p = doc.add_paragraph()
            rr = p.add_run(q)
            rr.bold = True
            rr.font.size = Pt(10)
            p.paragraph_format.space_after = Pt(0)
            p = doc.add_paragraph(a)
            p.paragraph_format.left_indent = Cm(0.8)
    doc.add_page_break()
    p = doc.add_paragraph()
    r = p.add_run("5  Underskrift")
    r.bold = True
    r.font.size = Pt(12.5)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text = "Stad/dato: Førde, 20.01.2020"
    t.cell(0, 1).text = "Stad/dato: Førde, 24.01.2020"
    for i, seed in enumerate([41, 42]):
        t.cell(1, i).paragraphs[0].add_run().add_picture(io.BytesIO(ink_png(seed)), width=Cm(5.5))
    t.cell(2, 0).text = "Kristin Heggheim"
    t.cell(2, 1).text = "Terje Solheim"
    t.cell(3, 0).text = "Nav-leiar"
    t.cell(3, 1).text = "Kommunedirektør"
    with tempfile.TemporaryDirectory() as td:
        x = Path(td) / "w04.docx"
        doc.save(x)
        _soffice(x, out)
    return truth("w04", "pdf", "pdf-from-office", lang="nn", scheme=S20, office=("Nav Sunnfjord", "Sunnfjord", O),
                 contact=("Ragnhild Bruland", "ragnhild.bruland@nav.no", "41508226"),
                 project=("Inn på arbeidsmarknaden", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Kristin Heggheim", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Terje Solheim", "Kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["office address in the running header names Førde, not the municipality; project title says 'arbeidsmarknaden' but the priority area is the youth/immigrant one only"])


# --------------------------------------------------------------------- w10
def w10(out: Path):
    """Word form: one-column table, shaded label row above each answer row, ✔ ticks,
    stacked signature blocks with title first, 'Sted/dato', ink pictures."""
    O = org("92117720")
    doc = Document()
    _core(doc, "Søknadsskjema Nav Bardu", "Nav Bardu")
    p = doc.add_paragraph()
    r = p.add_run("SØKNADSSKJEMA\nTilskudd til utvikling av sosiale tjenester i Nav-kontoret – 2020")
    r.bold = True
    r.font.size = Pt(13)
    qa = [("Navnet på Nav-kontoret som søker", "NAV Bardu"), ("Kommunen kontoret ligger i", "Bardu"),
          ("Organisasjonsnummer (9 siffer)", O), ("Ansvarlig kontaktperson", "Ola Rasmus Heggelund"),
          ("Kontaktpersonens e-postadresse og mobilnummer", "ola.rasmus.heggelund@nav.no / 997 31 480"),
          ("Tiltakets tittel", "Arbeidsgiverlos"),
          ("Gjelder søknaden et nytt tiltak eller videreføring?", "nytt tiltak\n✔ videreføring"),
          ("Oppstart for tiltaket", "1. juni 2020"),
          ("Stillinger det søkes om (betegnelse og prosent)", "Arbeidsgiverlos, 50 prosent"),
          ("Lønnsmidler inkl. sosiale utgifter", "305 000"), ("Kompetansemidler", "10 000"),
          ("Totalt omsøkt beløp", "315 000"),
          ("Prioriterte områder tiltaket retter seg mot",
           "✔ Bruk av ordinært arbeidsliv\nOppfølging av barnefamilier, ungdom og innvandrere\nSikring av sårbare overganger"),
          ("Kontoret ønsker å delta i nettverk/klyngesamarbeid", "Nei"),
          ("Kontoret ønsker ekstern prosessevaluering", "Nei")]
    t = doc.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for q, a in qa:
        c = t.add_row().cells[0]
        c.text = q
        c.paragraphs[0].runs[0].bold = True
        c.paragraphs[0].runs[0].font.size = Pt(8.5)
        _shade(c)
        c = t.add_row().cells[0]
        lines = a.split("\n")
        c.text = lines[0]
        for ln in lines[1:]:
            c.add_paragraph(ln)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Underskrifter").bold = True
    s = doc.add_table(rows=0, cols=2)
    for seed, role, name, place in [(101, "Nav-leder", "Anne Grete Fjellheim", "Setermoen, 31.01.2020"),
                                    (102, "Kommunalsjef helse og omsorg", "Bjørn Rasmussen", "Setermoen, 01.02.2020")]:
        cells = s.add_row().cells
        cells[0].text = "Sted/dato"
        cells[1].text = place
        cells = s.add_row().cells
        cells[0].text = "Signatur"
        cells[1].paragraphs[0].add_run().add_picture(io.BytesIO(ink_png(seed)), width=Cm(5))
        cells = s.add_row().cells
        cells[0].text = role
        cells[1].text = name
        s.add_row()
    doc.save(out)
    return truth("w10", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Bardu", "Bardu", O),
                 contact=("Ola Rasmus Heggelund", "ola.rasmus.heggelund@nav.no", "99731480"),
                 project=("Arbeidsgiverlos", "continuation", "2020-06-01"), pct=50,
                 amounts={"positions": 305000, "competence": 10000, "other": None, "total": 315000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=[("nav_leader", "Anne Grete Fjellheim", "Nav-leder", "2020-01-31", "handwritten"),
                       ("municipality", "Bjørn Rasmussen", "Kommunalsjef helse og omsorg", "2020-02-01", "handwritten")],
                 notes=["positions exactly at the 50 % cap (305 000); municipality signs on the deadline day; ✔ marks the chosen line, unmarked lines are not chosen"])


# --------------------------------------------------------------------- w11
def _sdt_text(tag, value, date=None):
    pr = f'<w:alias w:val="{tag}"/><w:tag w:val="{tag}"/>'
    if date:
        pr += f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nn-NO"/></w:date>'
    else:
        pr += "<w:text/>"
    return (f'<w:sdt {W}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent><w:r><w:t xml:space="preserve">{value}</w:t></w:r>'
            f'</w:sdtContent></w:sdt>')


def _sdt_box(tag, on):
    return (f'<w:sdt {W} {W14}><w:sdtPr><w:tag w:val="{tag}"/><w14:checkbox><w14:checked w14:val="{1 if on else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
            f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
            f'<w:t>{"☒" if on else "☐"}</w:t></w:r></w:sdtContent></w:sdt>')


def w11(out: Path):
    """Nynorsk, two-column form whose answers are content controls: plain text, date pickers,
    w14 check boxes; electronic approval (Nynorsk) with approvers in controls."""
    O = org("97466610")
    doc = Document()
    _core(doc, "Søknad Nav Ullensvang", "Nav Ullensvang")
    p = doc.add_paragraph()
    r = p.add_run("Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020")
    r.bold = True
    r.font.size = Pt(14)
    rows = [("Søkjar (Nav-kontor)", [_sdt_text("kontor", "Nav Ullensvang")]),
            ("Kommune", [_sdt_text("kommune", "Ullensvang")]),
            ("Org.nr.", [_sdt_text("orgnr", O)]),
            ("Kontaktperson", [_sdt_text("kontakt", "Halldis Tveit")]),
            ("E-post / telefon", [_sdt_text("epost", "halldis.tveit@nav.no"), "  /  ", _sdt_text("tlf", "53 67 10 42")]),
            ("Prosjekttittel", [_sdt_text("tittel", "Jobb i bygda")]),
            ("Nytt prosjekt", [_sdt_box("ny", True), " ja   ", _sdt_box("vidare", False), " vidareføring"]),
            ("Planlagd oppstart", [_sdt_text("start", "15.08.2020", date="2020-08-15")]),
            ("Stillingar", [_sdt_text("stillingar", "To stillingar à 100 % (jobbspesialistar)")]),
            ("Løn og sosiale kostnader", [_sdt_text("lonn", "1 200 000")]),
            ("Kompetanse", [_sdt_text("komp", "10 000")]),
            ("Sum søkt", [_sdt_text("sum", "1 210 000")]),
            ("Bruk av ordinært arbeidsliv", [_sdt_box("p1", True)]),
            ("Oppfølging av barnefamiliar, ungdom og innvandrarar", [_sdt_box("p2", True)]),
            ("Sikring av sårbare overgangar", [_sdt_box("p3", False)]),
            ("Nettverk/klyngesamarbeid", [_sdt_box("nj", True), " ja   ", _sdt_box("nn", False), " nei"]),
            ("Ekstern prosessevaluering", [_sdt_box("ej", False), " ja   ", _sdt_box("en", True), " nei"])]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, parts in rows:
        cells = t.add_row().cells
        cells[0].text = lab
        para = cells[1].paragraphs[0]
        for part in parts:
            if part.startswith("<w:sdt"):
                para._p.append(parse_xml(part))
            else:
                para.add_run(part)
    doc.add_paragraph()
    doc.add_paragraph("Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.")
    t2 = doc.add_table(rows=3, cols=3)
    t2.style = "Table Grid"
    for i, h in enumerate(["Godkjent av", "Rolle", "Dato"]):
        t2.cell(0, i).text = h
    for ri, (n, role, d) in enumerate([("Solveig Hus", "Nav-leiar", "2020-01-17"), ("Leif Aksel Mæland", "Kommunedirektør", "2020-01-22")], 1):
        t2.cell(ri, 0).paragraphs[0]._p.append(parse_xml(_sdt_text(f"godkj{ri}", n)))
        t2.cell(ri, 1).text = role
        dd = d.split("-")
        t2.cell(ri, 2).paragraphs[0]._p.append(parse_xml(_sdt_text(f"dato{ri}", f"{dd[2]}.{dd[1]}.{dd[0]}", date=d)))
    doc.save(out)
    return truth("w11", "docx", "docx-controls", lang="nn", scheme=S20, office=("Nav Ullensvang", "Ullensvang", O),
                 contact=("Halldis Tveit", "halldis.tveit@nav.no", "53671042"),
                 project=("Jobb i bygda", "new", "2020-08-15"), pct=200,
                 amounts={"positions": 1200000, "competence": 10000, "other": None, "total": 1210000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Solveig Hus", "Nav-leiar", "2020-01-17", "electronic_approval"),
                       ("municipality", "Leif Aksel Mæland", "Kommunedirektør", "2020-01-22", "electronic_approval")],
                 notes=["answers in w:sdt controls (text, date pickers, w14 check boxes)"])


# --------------------------------------------------------------------- w12
def _ff_text(name, value):
    return (f'<w:p {W}><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t xml:space="preserve">{value}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')


def _ff_box(name, on, label):
    return (f'<w:p {W}><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if on else 0}"/></w:checkBox></w:ffData>'
            f'</w:fldChar></w:r><w:r><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>'
            f'<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> {label}</w:t></w:r></w:p>')


def w12(out: Path):
    """legacy FORMTEXT / FORMCHECKBOX fields, labels in the left column of a ruled table.
    Defect: the organisation number fails MOD11."""
    bad = org("97467812", valid=False)
    doc = Document()
    _core(doc, "Soknadsskjema", "Nav Nome")
    p = doc.add_paragraph()
    r = p.add_run("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret, 2020")
    r.bold = True
    r.font.size = Pt(13)
    rows = [("Kontor", [("kontor", "Nav Nome")]), ("Kommune", [("kommune", "Nome")]),
            ("Organisasjonsnummer", [("orgnr", bad)]), ("Kontaktperson", [("kontakt", "Vidar Kittilsen")]),
            ("E-post", [("epost", "vidar.kittilsen@nav.no")]), ("Telefon", [("tlf", "35 94 71 20")]),
            ("Prosjektnavn", [("tittel", "Steg for steg i Nome")]), ("Oppstart", [("start", "01.08.2020")]),
            ("Stilling og andel", [("stilling", "Overgangskoordinator 80 %")]),
            ("Lønn og sosiale kostnader", [("lonn", "480 000")]), ("Kompetanse", [("komp", " ")]),
            ("Sum søkt", [("sum", "480 000")])]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, ffs in rows:
        cells = t.add_row().cells
        cells[0].text = lab
        cells[1]._tc.remove(cells[1].paragraphs[0]._p)
        for name, val in ffs:
            cells[1]._tc.append(parse_xml(_ff_text(name, val.replace(" ", "\u2002") if val == " " else val)))
    for lab, boxes in [("Prosjekttype", [("ny", True, "Nytt"), ("vid", False, "Videreføring")]),
                       ("Prioritert område", [("p1", False, "Bruk av ordinært arbeidsliv"),
                                              ("p2", False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                              ("p3", True, "Sikring av sårbare overganger")]),
                       ("Nettverk/klyngesamarbeid", [("nj", True, "Ja"), ("nn", False, "Nei")]),
                       ("Ekstern prosessevaluering", [("ej", True, "Ja"), ("en", False, "Nei")])]:
        cells = t.add_row().cells
        cells[0].text = lab
        cells[1]._tc.remove(cells[1].paragraphs[0]._p)
        for name, on, l in boxes:
            cells[1]._tc.append(parse_xml(_ff_box(name, on, l)))
    doc.add_paragraph()
    doc.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    doc.add_paragraph("Leder Nav Nome: Ingeborg Strømme, godkjent 22.01.2020")
    doc.add_paragraph("Kommunedirektør: Tor Egil Haugland, godkjent 23.01.2020")
    doc.save(out)
    return truth("w12", "docx", "docx-legacy-fields", lang="nb", scheme=S20, office=("Nav Nome", "Nome", bad),
                 contact=("Vidar Kittilsen", "vidar.kittilsen@nav.no", "35947120"),
                 project=("Steg for steg i Nome", "new", "2020-08-01"), pct=80,
                 amounts={"positions": 480000, "competence": None, "other": None, "total": 480000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Ingeborg Strømme", "Leder", "2020-01-22", "electronic_approval"),
                       ("municipality", "Tor Egil Haugland", "Kommunedirektør", "2020-01-23", "electronic_approval")],
                 expected=["ORG_NUMBER_INVALID"], notes=[f"DEFECT: org number {bad} fails MOD11"])


# --------------------------------------------------------------------- w13
def w13(out: Path):
    """Bokmål letter from the office: facts in prose, a budget table with own funding,
    typed names side by side under 'Med vennlig hilsen'."""
    O = org("97468013")
    doc = Document()
    _core(doc, "Søknad Nav Gran", "Nav Gran")
    for ln in ["Nav Gran", "Jernbanegata 2, 2750 Gran", f"Org.nr. {O}", "", "Statsforvalteren i Innlandet",
               "Postboks 987, 2604 Lillehammer", "", "Gran, 29. januar 2020"]:
        doc.add_paragraph(ln).paragraph_format.space_after = Pt(0)
    doc.add_paragraph()
    p = doc.add_paragraph()
    p.add_run("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – «Arbeid først i Gran»").bold = True
    for ln in [
        "Nav Gran søker med dette om tilskudd til prosjektet «Arbeid først i Gran». Prosjektet er nytt og skal starte "
        "1. august 2020.",
        "Vi søker om kr 450 000 til en 75 % stilling som jobbspesialist (lønn og sosiale kostnader). Stillingen skal "
        "følge opp sosialhjelpsmottakere mot ordinært arbeid, med tett kontakt med arbeidsgivere i regionen. Vi søker ikke "
        "om midler til kompetanse.",
        "Gran kommune bidrar med en egenandel på kr 150 000, slik at stillingen kan økes til 100 % i prosjektperioden.",
        "Nav Gran ønsker å delta i nettverk/klyngesamarbeid med andre kontorer. Vi ønsker ikke ekstern prosessevaluering "
        "denne gangen.",
        "Kontaktperson for søknaden er Mona Lien, tlf. 61 33 44 55, e-post Mona.Lien@nav.no."]:
        doc.add_paragraph(ln)
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for r_, vals in enumerate([["Post", "Søkt tilskudd", "Egenfinansiering"], ["Jobbspesialist 75 %", "450 000", "150 000"],
                               ["Kompetanse", "–", "–"], ["Sum", "450 000", "150 000"]]):
        for c_, v in enumerate(vals):
            t.cell(r_, c_).text = v
    doc.add_paragraph()
    doc.add_paragraph("Med vennlig hilsen")
    s = doc.add_table(rows=2, cols=2)
    s.cell(0, 0).text = "Gunnhild Aas"
    s.cell(0, 1).text = "Knut Ivar Berg"
    s.cell(1, 0).text = "Nav-leder"
    s.cell(1, 1).text = "Kommunedirektør"
    doc.save(out)
    return truth("w13", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Gran", "Gran", O),
                 contact=("Mona Lien", "mona.lien@nav.no", "61334455"),
                 project=("Arbeid først i Gran", "new", "2020-08-01"), pct=75,
                 amounts={"positions": 450000, "competence": None, "other": None, "total": 450000},
                 own_funding=150000, prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Gunnhild Aas", "Nav-leder", "2020-01-29", "typed"),
                       ("municipality", "Knut Ivar Berg", "Kommunedirektør", "2020-01-29", "typed")],
                 expected=["SIGNATURE_UNVERIFIED"],
                 notes=["own funding 150 000 is not part of the total applied for; position percent applied for is 75 (the 100 % includes own funding)"])
