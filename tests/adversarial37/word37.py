"""Word documents of corpus 37 (python-docx plus raw XML for controls and legacy fields)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from kit37 import ink_file, save_docx, truth

W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'
_ids = [100]


def _esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def shade(cell, fill="D9D9D9"):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def no_borders(table):
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{b} w:val="nil"/>' for b in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


def base(font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), font)
    return doc


def put(cell, text, bold=False, italic=False, colour=None, size=None):
    p = cell.paragraphs[0] if not cell.paragraphs[0].text and not cell.paragraphs[0].runs else cell.add_paragraph()
    r = p.add_run(text)
    r.bold, r.italic = bold, italic
    if colour:
        r.font.color.rgb = RGBColor.from_string(colour)
    if size:
        r.font.size = Pt(size)
    return p


def ink(cell_or_par, seed, tmp, width=4.2):
    p = cell_or_par.add_paragraph() if hasattr(cell_or_par, "add_paragraph") and not hasattr(cell_or_par, "add_run") else cell_or_par
    p.add_run().add_picture(str(ink_file(seed, tmp)), width=Cm(width))


# ---- content controls and legacy fields (raw XML) ----------------------------------------------

def sdt_text(p, alias, value, placeholder=False):
    _ids[0] += 1
    rpr = '<w:rPr><w:rStyle w:val="PlaceholderText"/><w:color w:val="808080"/></w:rPr>' if placeholder else ""
    showing = "<w:showingPlcHdr/>" if placeholder else ""
    x = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/><w:id w:val="{_ids[0]}"/>'
         f'{showing}<w:text/></w:sdtPr><w:sdtContent><w:r>{rpr}<w:t xml:space="preserve">{_esc(value)}</w:t></w:r>'
         f'</w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))


def sdt_date(p, alias, iso, shown):
    _ids[0] += 1
    x = (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{_ids[0]}"/>'
         f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nn-NO"/>'
         f'<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>'
         f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))


def sdt_check(p, checked):
    _ids[0] += 1
    glyph = "☒" if checked else "☐"
    x = (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w:id w:val="{_ids[0]}"/><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
         f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/>'
         f'</w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" w:eastAsia="MS Gothic" w:hAnsi="MS Gothic"/></w:rPr>'
         f'<w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')
    p._p.append(parse_xml(x))


def formtext(p, name, value):
    rs = [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
          f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
          f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
          f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
          f'<w:r {nsdecls("w")}><w:rPr><w:noProof/></w:rPr><w:t xml:space="preserve">{_esc(value)}</w:t></w:r>',
          f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']
    for r in rs:
        p._p.append(parse_xml(r))


def formcheck(p, name, checked):
    rs = [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
          f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/></w:checkBox>'
          f'</w:ffData></w:fldChar></w:r>',
          f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
          f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']
    for r in rs:
        p._p.append(parse_xml(r))


AREAS20 = [("ordinaert-arbeidsliv", "Bruk av ordinært arbeidsliv"),
           ("barnefamilier-ungdom-innvandrere", "Oppfølging av barnefamilier, ungdom og innvandrere"),
           ("saarbare-overganger", "Sikring av sårbare overganger")]
AREAS20NN = [("ordinaert-arbeidsliv", "Bruk av ordinært arbeidsliv"),
             ("barnefamilier-ungdom-innvandrere", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
             ("saarbare-overganger", "Sikring av sårbare overgangar")]


# ---- z01 docx-form: one long table with a "Merknad" column -----------------------------------

def z01(out: Path):
    doc = base("Arial", 10)
    doc.add_paragraph().add_run("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020").bold = True
    doc.add_paragraph("Kap. 0621 post 63 – sendes Fylkesmannen i Oslo og Viken innen 1. februar 2020.")
    rows = [
        ("Søker (NAV-kontor)", "NAV Indre Østfold", "Kontoret dekker tidligere Askim, Eidsberg, Hobøl, Spydeberg og Trøgstad"),
        ("Kommune", "Indre Østfold", ""),
        ("Organisasjonsnummer", "991 980 571", "Kommunens org.nr."),
        ("Kontaktperson", "Trude Kolstad", "Prosjektleder"),
        ("E-post", "trude.kolstad@nav.no", ""),
        ("Mobil", "481 22 905", "Best å nå før kl. 12"),
        ("Prosjektets navn", "Arbeid med mening", ""),
        ("Nytt prosjekt eller videreføring", "Nytt prosjekt", "Forprosjekt høsten 2019 uten tilskudd"),
        ("Planlagt oppstart", "01.04.2020", "Forutsetter tilsagn i april"),
        ("Stilling(er) det søkes om", "Jobbspesialist, 100 %", "Rekrutteres internt"),
        ("Lønn inkl. sosiale kostnader", "590 000", "Beregnet etter lønnstrinn 52"),
        ("Kompetansemidler", "10 000", "Kurs i IPS-metodikk for teamet"),
        ("Sum omsøkt", "600 000", ""),
    ]
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Felt", "Opplysninger", "Merknad")):
        put(c, h, bold=True)
        shade(c, "BFBFBF")
    for a, b, m in rows:
        cs = t.add_row().cells
        put(cs[0], a, bold=True)
        shade(cs[0], "F2F2F2")
        put(cs[1], b)
        put(cs[2], m, italic=True, size=9)
    cs = t.add_row().cells
    put(cs[0], "Prioriterte områder (sett kryss)", bold=True)
    shade(cs[0], "F2F2F2")
    for i, (_, lab) in enumerate(AREAS20):
        put(cs[1], ("☒ " if i == 0 else "☐ ") + lab)
    put(cs[2], "Deltakerne skal ut i ordinære bedrifter", italic=True, size=9)
    for lab, val, m in (("Interesse for nettverk/klyngesamarbeid", "Ja", ""),
                        ("Interesse for ekstern prosessevaluering", "Nei", "Vi har egen evaluering med HiØ")):
        cs = t.add_row().cells
        put(cs[0], lab, bold=True)
        shade(cs[0], "F2F2F2")
        put(cs[1], val)
        put(cs[2], m, italic=True, size=9)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for lab, seed, name, title, date in (
                ("Underskrift leder NAV-kontoret", 101, "Kari Holm", "NAV-leder", "Mysen, 24.01.2020"),
                ("Underskrift kommunedirektør", 102, "Per Ødegård", "Kommunedirektør", "Mysen, 27.01.2020")):
            cs = t.add_row().cells
            put(cs[0], lab, bold=True)
            shade(cs[0], "F2F2F2")
            ink(cs[1], seed, tmp, 3.6)
            put(cs[1], f"{name}, {title}")
            put(cs[2], date, italic=True, size=9)
        save_docx(doc, out)
    return truth("z01", "docx", "docx-form", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Indre Østfold", "Indre Østfold", "991980571"),
                 contact=("Trude Kolstad", "trude.kolstad@nav.no", "48122905"),
                 project=("Arbeid med mening", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Holm", "NAV-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Per Ødegård", "Kommunedirektør", "2020-01-27", "handwritten")])


# ---- z02 docx-form nn 2019: questions ending in "?", answers in blue italics below ------------

def z02(out: Path):
    doc = base("Cambria", 11)
    h = doc.add_paragraph()
    h.add_run("Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav 2019").bold = True
    doc.add_paragraph("Fylkesmannen i Sogn og Fjordane. Søknadsfrist 1. februar 2019.")

    def qa(q, *answers):
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(q).bold = True
        for a in answers:
            pa = doc.add_paragraph()
            pa.paragraph_format.left_indent = Cm(0.8)
            r = pa.add_run(a)
            r.italic = True
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x9A)

    qa("1. Kva Nav-kontor søkjer?", "Nav Luster")
    qa("2. Kva kommune ligg kontoret i?", "Luster kommune")
    qa("3. Kva er organisasjonsnummeret?", "981794664")
    qa("4. Kven er kontaktperson for søknaden?", "Eirik Sandnes, rettleiar")
    qa("5. Korleis når vi kontaktpersonen?", "eirik.sandnes@nav.no / tlf. 57 68 55 10")
    qa("6. Kva heiter prosjektet?", "Tett på – ungdom i arbeid")
    qa("7. Er dette eit nytt prosjekt eller ei vidareføring?", "Nytt prosjekt")
    qa("8. Når skal prosjektet starte?", "1. mars 2019")
    qa("9. Kor stor stillingsressurs søkjer de om?", "Ei 80 % stilling som ungdomsrettleiar")
    qa("10. Kva søkjer de om i kroner?",
       "Løn og sosiale kostnader: 480 000 kr", "Kompetansemidlar: 8 000 kr", "Samla søknadssum: 488 000 kr")
    qa("11. Kva for prioriterte område svarar prosjektet på?",
       "☐ Bruk av ordinært arbeidsliv",
       "☑ Oppfølging av barnefamiliar, ungdom og innvandrarar",
       "☐ Sikring av sårbare overgangar")
    qa("12. Er kontoret interessert i nettverk eller klyngesamarbeid?", "Ja")
    qa("13. Ønskjer kontoret å vere med i ekstern prosessevaluering?", "Ja")
    doc.add_paragraph()
    doc.add_paragraph().add_run("Underskrifter").bold = True
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for seed, date, name, title in ((201, "Gaupne, 28.01.2019", "Ingrid Bøe", "leiar Nav Luster"),
                                        (202, "Gaupne, 29.01.2019", "Jon Olav Urheim", "rådmann i Luster kommune")):
            doc.add_paragraph(f"Stad og dato: {date}")
            ink(doc.add_paragraph(), seed, tmp, 4.5)
            doc.add_paragraph("_______________________________")
            doc.add_paragraph(name)
            doc.add_paragraph(title)
            doc.add_paragraph()
        save_docx(doc, out)
    return truth("z02", "docx", "docx-form", lang="nn", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Luster", "Luster", "981794664"),
                 contact=("Eirik Sandnes", "eirik.sandnes@nav.no", "57685510"),
                 project=("Tett på – ungdom i arbeid", "new", "2019-03-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "total": 488000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Ingrid Bøe", "leiar Nav Luster", "2019-01-28", "handwritten"),
                       ("municipality", "Jon Olav Urheim", "rådmann", "2019-01-29", "handwritten")])


# ---- z03 docx-controls nb: controls, two positions, "Godkjent av:" lines with ISO dates -------

def z03(out: Path):
    doc = base("Calibri", 11)
    doc.add_heading("Søknad – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", level=1)
    doc.add_paragraph("Fyll ut feltene. Søknaden sendes Fylkesmannen i Oslo og Viken innen 1. februar 2020.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in (("Nav-kontor", "Nav Asker"), ("Kommune", "Asker"), ("Organisasjonsnr.", "972016187"),
                     ("Kontaktperson", "Sigrid Moe"), ("E-postadresse", "Sigrid.Moe@nav.no"),
                     ("Telefonnummer", "+47 908 41 276"), ("Prosjektnavn", "Familieløftet Asker"),
                     ("Type søknad", "Nytt prosjekt")):
        cs = t.add_row().cells
        put(cs[0], lab, bold=True)
        sdt_text(cs[1].paragraphs[0], lab, val)
    cs = t.add_row().cells
    put(cs[0], "Oppstartsdato", bold=True)
    sdt_date(cs[1].paragraphs[0], "Oppstart", "2020-03-01", "01.03.2020")
    doc.add_paragraph()
    doc.add_paragraph().add_run("Budsjett").bold = True
    b = doc.add_table(rows=1, cols=3)
    b.style = "Table Grid"
    for c, h in zip(b.rows[0].cells, ("Stilling", "Stillingsprosent", "Lønn og sosiale kostnader (kr)")):
        put(c, h, bold=True)
    for title, pct, amt in (("Familiekoordinator", "50 %", "305 000"), ("Ungdomsveileder", "50 %", "305 000")):
        cs = b.add_row().cells
        for c, v in zip(cs, (title, pct, amt)):
            sdt_text(c.paragraphs[0], "Budsjett", v)
    for lab, v in (("Kompetansemidler", "10 000"), ("Totalt omsøkt", "620 000")):
        cs = b.add_row().cells
        put(cs[0], lab, bold=True)
        sdt_text(cs[2].paragraphs[0], lab, v)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Prioriterte områder").bold = True
    for i, (_, lab) in enumerate(AREAS20):
        p = doc.add_paragraph()
        sdt_check(p, i in (1, 2))
        p.add_run(" " + lab)
    p = doc.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid?  ")
    sdt_check(p, True)
    p.add_run(" Ja  ")
    sdt_check(p, False)
    p.add_run(" Nei")
    p = doc.add_paragraph("Ønsker kontoret ekstern prosessevaluering?  ")
    sdt_check(p, True)
    p.add_run(" Ja  ")
    sdt_check(p, False)
    p.add_run(" Nei")
    doc.add_paragraph()
    doc.add_paragraph().add_run("Godkjenning").bold = True
    doc.add_paragraph("Søknaden er godkjent elektronisk i saksbehandlingssystemet (Elements) og har derfor ikke håndskrevne signaturer.")
    doc.add_paragraph("Godkjent av: Hilde Sandvik, leder Nav Asker – 2020-01-22")
    doc.add_paragraph("Godkjent av: Lars Bakke, kommunedirektør i Asker kommune – 2020-01-23")
    save_docx(doc, out)
    return truth("z03", "docx", "docx-controls", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Asker", "Asker", "972016187"),
                 contact=("Sigrid Moe", "sigrid.moe@nav.no", "90841276"),
                 project=("Familieløftet Asker", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Hilde Sandvik", "leder Nav Asker", "2020-01-22", "electronic_approval"),
                       ("municipality", "Lars Bakke", "kommunedirektør", "2020-01-23", "electronic_approval")],
                 notes=["'godkjent elektronisk' sentence followed by 'Godkjent av:' lines with ISO dates"])


# ---- z04 docx-controls nn: "Nr | Spørsmål | Svar" table; planted sum mismatch -----------------

def z04(out: Path):
    doc = base("Calibri", 11)
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", level=1)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for c, h in zip(t.rows[0].cells, ("Nr", "Spørsmål", "Svar")):
        put(c, h, bold=True)
    qs = [("Søkjar (Nav-kontor)", "Nav Hyllestad"), ("Kommune", "Hyllestad"), ("Organisasjonsnummer", "945 699 590"),
          ("Kontaktperson", "Åse Hovland"), ("E-post", "ase.hovland@nav.no"), ("Telefon", "948 03 512"),
          ("Namn på prosjektet", "Leve og bu i Hyllestad"), ("Nytt prosjekt / vidareføring", "Nytt"),
          ("Stillingsdel", "50 % stilling, bu- og arbeidskoordinator"),
          ("Løn og sosiale kostnader", "300 000"), ("Kompetansemidlar", "10 000"), ("Sum søkt", "320 000")]
    for i, (q, a) in enumerate(qs, 1):
        cs = t.add_row().cells
        put(cs[0], str(i))
        put(cs[1], q)
        sdt_text(cs[2].paragraphs[0], q, a)
    cs = t.add_row().cells
    put(cs[0], str(len(qs) + 1))
    put(cs[1], "Oppstart")
    sdt_date(cs[2].paragraphs[0], "Oppstart", "2020-06-01", "01.06.2020")
    cs = t.add_row().cells
    put(cs[0], str(len(qs) + 2))
    put(cs[1], "Prioriterte område")
    for i, (_, lab) in enumerate(AREAS20NN):
        p = cs[2].paragraphs[0] if i == 0 else cs[2].add_paragraph()
        sdt_check(p, i == 2)
        p.add_run(" " + lab)
    for n, (q, yes) in enumerate((("Interesse for nettverk/klyngesamarbeid", False),
                                  ("Interesse for ekstern prosessevaluering", True)), len(qs) + 3):
        cs = t.add_row().cells
        put(cs[0], str(n))
        put(cs[1], q)
        p = cs[2].paragraphs[0]
        sdt_check(p, yes)
        p.add_run(" Ja   ")
        sdt_check(p, not yes)
        p.add_run(" Nei")
    doc.add_paragraph()
    s = doc.add_table(rows=3, cols=2)
    no_borders(s)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for c, seed, head, name, title in ((s.rows[0].cells[0], 401, "Hyllestad, 21.01.2020", "Gunn Tveit", "Nav-leiar"),
                                           (s.rows[0].cells[1], 402, "Hyllestad, 22.01.2020", "Arve Solheim", "kommunedirektør")):
            put(c, "Stad/dato: " + head)
            ink(c, seed, tmp, 4.0)
            put(c, name)
            put(c, title)
        save_docx(doc, out)
    return truth("z04", "docx", "docx-controls", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Hyllestad", "Hyllestad", "945699590"),
                 contact=("Åse Hovland", "ase.hovland@nav.no", "94803512"),
                 project=("Leve og bu i Hyllestad", "new", "2020-06-01"), pct=50,
                 amounts={"positions": 300000, "competence": 10000, "total": 320000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Gunn Tveit", "Nav-leiar", "2020-01-21", "handwritten"),
                       ("municipality", "Arve Solheim", "kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["planted: 300 000 + 10 000 stated as 320 000"])


# ---- z05 docx-legacy-fields nb: label and field in the same cell ------------------------------

def z05(out: Path):
    doc = base("Times New Roman", 11)
    doc.add_paragraph().add_run("NAV TØNSBERG – SØKNAD OM TILSKUDD 2020").bold = True
    doc.add_paragraph("Tilskudd til utvikling av sosiale tjenester i NAV-kontoret, kap. 0621 post 63. "
                      "Skjemaet er låst for redigering; fyll ut de grå feltene.")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    pairs = [(("Navn på NAV-kontor", "NAV Tønsberg"), ("Kommune", "Tønsberg")),
             (("Organisasjonsnummer", "908938615"), ("Prosjektleder / kontaktperson", "Morten Aas")),
             (("E-post", "morten.aas@nav.no"), ("Telefon", "33 34 22 90")),
             (("Prosjekttittel", "Boligsosialt løft i Tønsberg"), ("Søknadstype", "Videreføring, år 2")),
             (("Forventet oppstart", "01.03.2020"), ("Stillingsomfang", "100 % stilling som boligkonsulent")),
             (("Lønn og sosiale utgifter", "kr 605 000"), ("Kompetansemidler", "kr 5 000")),
             (("Totalt søknadsbeløp", "kr 610 000"), ("", ""))]
    n = 0
    for row in pairs:
        cs = t.add_row().cells
        for c, (lab, val) in zip(cs, row):
            if not lab:
                continue
            n += 1
            put(c, lab, bold=True, size=9)
            formtext(c.add_paragraph(), f"Tekst{n}", val)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Hvilke prioriterte områder retter prosjektet seg mot?").bold = True
    for i, (_, lab) in enumerate(AREAS20):
        p = doc.add_paragraph()
        formcheck(p, f"Avmerking{i + 1}", i in (0, 2))
        p.add_run("  " + lab)
    for j, (q, yes) in enumerate((("Ønsker NAV-kontoret å delta i nettverk/klyngesamarbeid?", True),
                                  ("Ønsker NAV-kontoret ekstern prosessevaluering?", False))):
        p = doc.add_paragraph(q + "   Ja ")
        formcheck(p, f"Ja{j}", yes)
        p.add_run("   Nei ")
        formcheck(p, f"Nei{j}", not yes)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Signatur").bold = True
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for seed, place, name, title in ((501, "Tønsberg, 29.01.2020", "Line Grønvold", "Leder NAV Tønsberg"),
                                         (502, "Tønsberg, 30.01.2020", "Rune Eriksen", "Kommunedirektør")):
            p = doc.add_paragraph("Sted og dato: ")
            formtext(p, f"Sted{seed}", place)
            ink(doc.add_paragraph(), seed, tmp, 4.0)
            p = doc.add_paragraph()
            formtext(p, f"Navn{seed}", name)
            p.add_run(", " + title)
        save_docx(doc, out)
    return truth("z05", "docx", "docx-legacy-fields", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Tønsberg", "Tønsberg", "908938615"),
                 contact=("Morten Aas", "morten.aas@nav.no", "33342290"),
                 project=("Boligsosialt løft i Tønsberg", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Line Grønvold", "Leder NAV Tønsberg", "2020-01-29", "handwritten"),
                       ("municipality", "Rune Eriksen", "Kommunedirektør", "2020-01-30", "handwritten")])


# ---- z06 docx-letter nn: a letter from a "herad" ----------------------------------------------

def z06(out: Path):
    doc = base("Georgia", 11)
    hp = doc.sections[0].header.paragraphs[0]
    hp.text = "ULVIK HERAD – Nav Ulvik\tPostboks 91, 5731 Ulvik"
    doc.add_paragraph("Fylkesmannen i Vestland\nPostboks 7310\n5020 Bergen")
    doc.add_paragraph("Ulvik, 27. januar 2020")
    p = doc.add_paragraph()
    p.add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Ung i Ulvik»").bold = True
    for s in (
        "Nav Ulvik (organisasjonsnummer 900 851 936) søkjer med dette om tilskot til prosjektet «Ung i Ulvik». "
        "Prosjektet er nytt og skal starte 1. april 2020.",
        "Ulvik herad har få ungdomar utan arbeid, men dei som fell utanfor, blir gåande lenge. Prosjektet skal gje "
        "ungdom mellom 16 og 25 år og barnefamiliar med låg inntekt tett oppfølging, i samarbeid med skulen, "
        "helsestasjonen og lokale verksemder.",
        "Vi søkjer om midlar til ei 60 % stilling som ungdomskontakt. Løn og sosiale kostnader utgjer 366 000 kroner. "
        "I tillegg søkjer vi om 6 000 kroner i kompetansemidlar til kurs i motiverande samtale. "
        "Til saman søkjer vi om 372 000 kroner.",
        "Vi er interesserte i å vere med i nettverk med andre Nav-kontor, men ønskjer ikkje ekstern prosessevaluering "
        "fordi prosjektet er lite.",
        "Kontaktperson er Solveig Hauge, e-post solveig.hauge@nav.no, telefon 975 12 344.",
    ):
        doc.add_paragraph(s)
    b = doc.add_table(rows=0, cols=2)
    b.style = "Table Grid"
    for a, v in (("Budsjett 2020", "Kroner"), ("Løn og sosiale kostnader, ungdomskontakt 60 %", "366 000"),
                 ("Kompetansemidlar", "6 000"), ("Sum søknad", "372 000")):
        cs = b.add_row().cells
        put(cs[0], a, bold=a.startswith(("Budsjett", "Sum")))
        put(cs[1], v, bold=a.startswith(("Budsjett", "Sum")))
    doc.add_paragraph()
    doc.add_paragraph("Med venleg helsing")
    s = doc.add_table(rows=1, cols=2)
    no_borders(s)
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        for c, seed, name, title in ((s.rows[0].cells[0], 601, "Astrid Lid", "Nav-leiar"),
                                     (s.rows[0].cells[1], 602, "Kjell Nesheim", "rådmann")):
            ink(c, seed, tmp, 4.0)
            put(c, name)
            put(c, title)
        save_docx(doc, out)
    return truth("z06", "docx", "docx-letter", lang="nn", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Ulvik", "Ulvik", "900851936"),
                 contact=("Solveig Hauge", "solveig.hauge@nav.no", "97512344"),
                 project=("Ung i Ulvik", "new", "2020-04-01"), pct=60,
                 amounts={"positions": 366000, "competence": 6000, "total": 372000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Astrid Lid", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Kjell Nesheim", "rådmann", "2020-01-27", "handwritten")],
                 notes=["signature dates from the letter's date line"])


# ---- z07 docx-letter nb Oslo district: only the Nav leader signs (planted) ---------------------

def z07(out: Path):
    doc = base("Calibri", 11)
    doc.add_paragraph("Oslo kommune\nBydel Frogner\nNav Frogner").runs[0].bold = True
    doc.add_paragraph("Fylkesmannen i Oslo og Viken\nPostboks 325\n1502 Moss")
    doc.add_paragraph("Deres ref.: 2019/18644\tVår ref.: 20/00312\tDato: 28.01.2020")
    doc.add_paragraph().add_run("Søknad om videreføring av prosjektet «Ut av soningen – inn i arbeid»").bold = True
    for s in (
        "Nav Frogner søker om tilskudd til videreføring av prosjektet «Ut av soningen – inn i arbeid» for 2020, "
        "som er prosjektets andre år. Organisasjonsnummeret til bydelen er 905 582 003.",
        "Prosjektet følger opp personer som løslates fra fengsel, fra dagen de kommer ut og fram til de har bolig "
        "og arbeid eller utdanning. Vi samarbeider med Oslo fengsel, Kriminalomsorgen og Frelsesarmeen.",
        "Vi søker om ett årsverk (100 %) som prosjektkoordinator. Lønn og sosiale kostnader er budsjettert til "
        "kr 600 000, og vi søker i tillegg om kr 10 000 til kompetanseheving. Samlet søknadsbeløp er kr 610 000.",
        "Videreføringen starter 1. januar 2020 og fortsetter uten opphold fra 2019.",
        "Nav Frogner ønsker å delta i nettverk og klyngesamarbeid og stiller seg positiv til ekstern "
        "prosessevaluering.",
        "Kontaktperson for søknaden er Jonas Wiik, e-post jonas.wiik@nav.no, mobil 416 55 302.",
    ):
        doc.add_paragraph(s)
    doc.add_paragraph()
    doc.add_paragraph("Vennlig hilsen")
    with tempfile.TemporaryDirectory() as td:
        tmp = Path(td)
        ink(doc.add_paragraph(), 701, tmp, 4.5)
        doc.add_paragraph("Cecilie Berg\nleder, Nav Frogner")
        save_docx(doc, out)
    return truth("z07", "docx", "docx-letter", lang="nb", scheme="nav-sosiale-tjenester-2020",
                 office=("Nav Frogner", "Oslo", "905582003"),
                 contact=("Jonas Wiik", "jonas.wiik@nav.no", "41655302"),
                 project=("Ut av soningen – inn i arbeid", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Cecilie Berg", "leder, Nav Frogner", "2020-01-28", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["planted: no bydelsdirektør signature, only the Nav leader's"])
