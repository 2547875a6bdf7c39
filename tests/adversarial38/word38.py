"""Word documents of corpus 38 (docx-form, docx-letter, docx-controls, docx-legacy-fields) and the
Word sources of its pdf-from-office documents. Each builder writes one file and returns its truth."""
from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt

from kit38 import S20, add_ink, cell_text, new_doc, save_doc, soffice_pdf, truth

DESC_NB = ("Prosjektet skal utvikle en ny arbeidsmåte der veileder og arbeidsgiver sammen følger opp "
           "deltakerne tett i de første månedene i jobb. Erfaringene skal samles og deles med andre kontor.")
DESC_NN = ("Prosjektet skal utvikle ein ny arbeidsmåte der rettleiar og arbeidsgjevar saman følgjer opp "
           "deltakarane tett dei første månadene i arbeid. Erfaringane skal samlast og delast med andre kontor.")


def _borderless(table) -> None:
    tblPr = table._tbl.tblPr
    tblPr.append(parse_xml(f'<w:tblBorders {nsdecls("w")}>' + "".join(
        f'<w:{s} w:val="nil"/>' for s in ("top", "left", "bottom", "right", "insideH", "insideV")) + "</w:tblBorders>"))


# ---------------------------------------------------------------- z01 docx-form nb, labels above answers
def z01(out: Path):
    doc = new_doc("Arial", 10, "Søknadsskjema")
    doc.add_heading("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    doc.add_paragraph("Søknaden sendes Statsforvalteren i Innlandet innen 1. februar 2020.")
    rows = [
        ("Søkende Nav-kontor", "Nav Ringsaker"),
        ("Kommune", "Ringsaker kommune"),
        ("Organisasjonsnummer (Nav-kontoret)", "966 115 750"),
        ("Kontaktperson i prosjektet – navn, e-post og telefon", "Eirin Tangen\neirin.tangen@nav.no\n62 33 14 90"),
        ("Prosjektets navn", "Jobbsporet Ringsaker"),
        ("Er prosjektet nytt eller en videreføring?", "[X] Nytt prosjekt     [ ] Videreføring"),
        ("Planlagt oppstart", "01.03.2020"),
        ("Stillinger i prosjektet (stillingsprosent)", "Én 100 % stilling som jobbspesialist"),
    ]
    t = doc.add_table(rows=0, cols=1)
    t.style = "Table Grid"
    for lab, ans in rows:
        cell_text(t.add_row().cells[0], lab, bold=True, shade="D9E2F3")
        cell_text(t.add_row().cells[0], ans)
    doc.add_paragraph()
    doc.add_paragraph("Budsjett for 2020 (søknadsbeløp)").runs[0].bold = True
    b = doc.add_table(rows=0, cols=2)
    b.style = "Table Grid"
    for a, v in [("Lønn inkl. sosiale kostnader, 100 % stilling", "610 000"),
                 ("Prosjektspesifikk kompetanse", "10 000"), ("Sum søknadsbeløp", "620 000")]:
        r = b.add_row().cells
        cell_text(r[0], a, bold=a.startswith("Sum"))
        cell_text(r[1], v, bold=a.startswith("Sum"))
    doc.add_paragraph()
    doc.add_paragraph("Hvilke prioriterte områder svarer prosjektet på?").runs[0].bold = True
    for mark, area in [("X", "Bruk av ordinært arbeidsliv"), (" ", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                       (" ", "Sikring av sårbare overganger")]:
        doc.add_paragraph(f"[{mark}] {area}")
    doc.add_paragraph("Beskrivelse av prosjektet").runs[0].bold = True
    doc.add_paragraph(DESC_NB)
    doc.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid?   [X] Ja   [ ] Nei")
    doc.add_paragraph("Ønsker kontoret ekstern prosessevaluering?   [ ] Ja   [X] Nei")
    doc.add_paragraph()
    doc.add_paragraph("Underskrifter").runs[0].bold = True
    s = doc.add_table(rows=1, cols=2)
    _borderless(s)
    for c, (place, seed, name, title) in zip(s.rows[0].cells, [
            ("Sted/dato: Brumunddal, 27.01.2020", "z01a", "Kjersti Fossum", "Leder Nav Ringsaker"),
            ("Sted/dato: Brumunddal, 28.01.2020", "z01b", "Tor Arne Lie", "Kommunedirektør")]):
        cell_text(c, place)
        add_ink(c.add_paragraph(), seed)
        c.add_paragraph("______________________________")
        c.add_paragraph(name)
        c.add_paragraph(title)
    save_doc(doc, out)
    return truth("z01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Ringsaker", "Ringsaker", "966115750"),
                 contact=("Eirin Tangen", "eirin.tangen@nav.no", "62331490"),
                 project=("Jobbsporet Ringsaker", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Kjersti Fossum", "Leder Nav Ringsaker", "2020-01-27", "handwritten"),
                       ("municipality", "Tor Arne Lie", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: 100 % at exactly 610 000 and competence at exactly 10 000"])


# ---------------------------------------------------------------- z02 docx-form nn, numbered two-column form
def z02(out: Path):
    doc = new_doc("Cambria", 11, "Søknad")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    rows = [("1", "Søkjar", None), ("1.1", "Nav-kontor", "Nav Voss"), ("1.2", "Kommune", "Voss herad"),
            ("1.3", "Organisasjonsnummer", "909295548"),
            ("1.4", "Kontaktperson", "Ragnhild Lid"), ("1.5", "E-post", "ragnhild.lid@nav.no"),
            ("1.6", "Mobil", "415 20 733"),
            ("2", "Prosjektet", None), ("2.1", "Namn på prosjektet", "Ungdomsloset på Vossevangen"),
            ("2.2", "Nytt / vidareføring", "■ Nytt   □ Vidareføring"), ("2.3", "Oppstart", "1. april 2020"),
            ("2.4", "Stillingsressurs", "ei stilling (100 %)"),
            ("2.5", "Prioritert område",
             "□ Bruk av ordinært arbeidsliv\n■ Oppfølging av barnefamiliar, ungdom og innvandrarar\n□ Sikring av sårbare overgangar"),
            ("2.6", "Kort skildring", DESC_NN),
            ("3", "Nettverk og evaluering", None),
            ("3.1", "Interesse for nettverk/klyngesamarbeid", "■ Ja   □ Nei"),
            ("3.2", "Interesse for ekstern prosessevaluering", "■ Ja   □ Nei")]
    for num, lab, ans in rows:
        r = t.add_row().cells
        if ans is None:
            m = r[0].merge(r[1])
            cell_text(m, f"{num}  {lab}", bold=True, shade="C6E0B4")
        else:
            cell_text(r[0], f"{num}  {lab}")
            cell_text(r[1], ans)
    doc.add_paragraph()
    doc.add_paragraph("4  Budsjett").runs[0].bold = True
    b = doc.add_table(rows=0, cols=3)
    b.style = "Table Grid"
    for a, p, v in [("Post", "Stillingsprosent", "Kroner"), ("Løn og sosiale utgifter, ungdomslos", "100 %", "600 000"),
                    ("Kompetansemiddel", "", "0"), ("Sum det vert søkt om", "", "600 000")]:
        r = b.add_row().cells
        for c, x in zip(r, (a, p, v)):
            cell_text(c, x, bold=a in ("Post", "Sum det vert søkt om"))
    doc.add_paragraph()
    doc.add_paragraph("5  Underskrift").runs[0].bold = True
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    cell_text(s.cell(0, 0), "Leiar i Nav Voss")
    c = s.cell(0, 1)
    cell_text(c, "Stad/dato: Vossevangen, 24.01.2020")
    add_ink(c.add_paragraph(), "z02a")
    c.add_paragraph("Namn: Oddbjørn Hauge")
    cell_text(s.cell(1, 0), "Kommunedirektør i Voss herad")
    c = s.cell(1, 1)
    cell_text(c, "Stad/dato: ______________________")
    c.add_paragraph("Underskrift: ______________________")
    c.add_paragraph("Namn: ______________________")
    save_doc(doc, out)
    return truth("z02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Voss", "Voss", "909295548"),
                 contact=("Ragnhild Lid", "ragnhild.lid@nav.no", "41520733"),
                 project=("Ungdomsloset på Vossevangen", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 0, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Oddbjørn Hauge", "Leiar i Nav Voss", "2020-01-24", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: the municipal block is printed (Stad/dato, Underskrift, Namn) but left blank"])


# ---------------------------------------------------------------- z03 docx-form nb, three-column numbered Q/A
def z03(out: Path):
    doc = new_doc("Times New Roman", 11, "Søknad 2020")
    p = doc.add_paragraph("NAV SORTLAND")
    p.runs[0].bold = True
    doc.add_paragraph("Søknad om tilskudd – sosiale tjenester i NAV, kap. 0621 post 63, utlysning 2020")
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for c, x in zip(t.rows[0].cells, ("Nr.", "Spørsmål", "Svar")):
        cell_text(c, x, bold=True)
    qa = [("Hvilket NAV-kontor søker?", "NAV Sortland"), ("Vertskommune", "Sortland"),
          ("Org.nr.", "959 479 631"), ("Prosjektansvarlig / kontakt", "Geir Strand, tlf. 948 06 112, geir.strand@nav.no"),
          ("Tittel på prosjektet", "Vesterålen i arbeid"), ("Type søknad", "☑ Ny  ☐ Videreføring"),
          ("Fra hvilken dato starter prosjektet?", "15.02.2020"),
          ("Omfang av stilling", "50 % stilling"),
          ("Omsøkt beløp til stilling (lønn og sosiale kostnader)", "kr 320 000,-"),
          ("Omsøkt beløp til kompetanse", "kr 0,-"), ("Samlet søknadsbeløp", "kr 320 000,-"),
          ("Prioritert område",
           "☐ Bruk av ordinært arbeidsliv\n☐ Oppfølging av barnefamilier, ungdom og innvandrere\n☑ Sikring av sårbare overganger"),
          ("Nettverk / klyngesamarbeid?", "☑ Ja  ☐ Nei"), ("Ekstern prosessevaluering?", "☐ Ja  ☑ Nei"),
          ("Kort om prosjektet", DESC_NB)]
    for i, (q, a) in enumerate(qa, 1):
        r = t.add_row().cells
        cell_text(r[0], f"{i}.")
        cell_text(r[1], q)
        cell_text(r[2], a)
    doc.add_paragraph()
    for head, seed, name, date in [("For NAV Sortland – NAV-leder", "z03a", "Line Berntsen", "29.01.2020"),
                                   ("For Sortland kommune – rådmann", "z03b", "Stig Are Olsen", "30.01.2020")]:
        doc.add_paragraph(head).runs[0].bold = True
        add_ink(doc.add_paragraph(), seed, 4.0)
        doc.add_paragraph(f"Navn: {name}")
        doc.add_paragraph(f"Dato: {date}")
    save_doc(doc, out)
    return truth("z03", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Sortland", "Sortland", "959479631"),
                 contact=("Geir Strand", "geir.strand@nav.no", "94806112"),
                 project=("Vesterålen i arbeid", "new", "2020-02-15"), pct=50,
                 amounts={"positions": 320000, "competence": 0, "total": 320000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Line Berntsen", "NAV-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Stig Are Olsen", "Rådmann", "2020-01-30", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 50 % position at 320 000 > 305 000 (610 000 × 0.5)"])


# ---------------------------------------------------------------- z04 docx-letter nb, own funding, phone only
def z04(out: Path):
    doc = new_doc("Calibri", 11, "Søknad")
    for line in ["Nav Nordre Follo", "Postboks 123, 1401 Ski", "Org.nr. 930 658 987", "",
                 "Statsforvalteren i Oslo og Viken", "Postboks 325, 1502 Moss", "",
                 "Ski, 27. januar 2020"]:
        doc.add_paragraph(line)
    doc.add_heading("Søknad om tilskudd til prosjektet «Hjem til jobb» – 2020", 2)
    for para in [
        "Nav Nordre Follo søker med dette om tilskudd til utvikling av sosiale tjenester i Nav-kontoret "
        "for 2020. Prosjektet «Hjem til jobb» er nytt og starter 1. april 2020.",
        "Målgruppen er barnefamilier med langvarig behov for økonomisk sosialhjelp. Prosjektet svarer på "
        "det prioriterte området oppfølging av barnefamilier, ungdom og innvandrere. " + DESC_NB,
        "Vi søker om midler til én 100 % stilling som familiekoordinator og til prosjektspesifikk kompetanse. "
        "Prosjektets samlede kostnad er 830 000 kroner, hvorav kommunen dekker 210 000 kroner som egenandel.",
    ]:
        doc.add_paragraph(para)
    b = doc.add_table(rows=0, cols=4)
    b.style = "Table Grid"
    for row in [("Kostnad", "Totalt", "Egenandel kommunen", "Omsøkt"),
                ("Familiekoordinator 100 %, lønn og sosiale kostnader", "820 000", "210 000", "610 000"),
                ("Kompetanse (prosessveiledning)", "10 000", "0", "10 000"),
                ("Sum", "830 000", "210 000", "620 000")]:
        r = b.add_row().cells
        for c, x in zip(r, row):
            cell_text(c, x, bold=row[0] in ("Kostnad", "Sum"))
    doc.add_paragraph()
    for para in [
        "Kontoret ønsker å delta i nettverk og klyngesamarbeid, og stiller seg også positiv til ekstern prosessevaluering.",
        "Kontaktperson for søknaden er rådgiver Jonas Haugli, telefon 909 12 345.",
        "Med vennlig hilsen",
        "Marte Solli, leder Nav Nordre Follo",
        "Petter Aas, kommunedirektør i Nordre Follo kommune",
        "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer. "
        "Godkjent av Marte Solli 24.01.2020 og Petter Aas 27.01.2020.",
    ]:
        doc.add_paragraph(para)
    save_doc(doc, out)
    return truth("z04", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Nordre Follo", "Nordre Follo", "930658987"),
                 contact=("Jonas Haugli", None, "90912345"),
                 project=("Hjem til jobb", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000}, own_funding=210000,
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Marte Solli", "Leder Nav Nordre Follo", "2020-01-24", "electronic_approval"),
                       ("municipality", "Petter Aas", "Kommunedirektør", "2020-01-27", "electronic_approval")],
                 notes=["near-miss: the budget's Totalt column (820 000 for 100 %) is over the cap; the applied "
                        "column (610 000) is exactly at it; own funding 210 000 closes the sum",
                        "near-miss: contact with phone but no e-mail is reachable"])


# ---------------------------------------------------------------- z05 docx-letter nn, no start date
def z05(out: Path):
    doc = new_doc("Georgia", 11, "Søknad")
    doc.add_paragraph("NAV SOGNDAL").runs[0].bold = True
    doc.add_paragraph("Statsforvaltaren i Vestland\nNjøsavegen 2, 6863 Leikanger")
    doc.add_paragraph("Sogndal, 22.01.2020")
    doc.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020").runs[0].bold = True
    for para in [
        "Nav Sogndal (org.nr. 971 164 255) søkjer om tilskot til prosjektet «Trygg overgang Sogn». "
        "Prosjektet er nytt. Vi tek til så snart tilsegnet ligg føre.",
        "Prosjektet høyrer inn under det prioriterte området sikring av sårbare overgangar, særleg for "
        "personar som kjem ut frå fengsel. " + DESC_NN,
        "Vi søkjer om ei stilling (100 %). Løn og sosiale utgifter utgjer 595 000 kr. I tillegg søkjer vi om "
        "8 000 kr i kompetansemiddel til prosessrettleiing. Til saman søkjer vi om 603 000 kr.",
        "Vi er interesserte i nettverkssamarbeid, men ikkje i ekstern prosessevaluering.",
        "Kontaktperson: Sigrid Bøe, sigrid.boe@nav.no, telefon 57 65 43 21.",
        "Med helsing",
    ]:
        doc.add_paragraph(para)
    s = doc.add_table(rows=3, cols=2)
    _borderless(s)
    for i, (seed, name, title) in enumerate([("z05a", "Håkon Nes", "Nav-leiar"), ("z05b", "Gunn Urdal", "Kommunedirektør")]):
        add_ink(s.cell(0, i).paragraphs[0], seed, 4.0)
        cell_text(s.cell(1, i), name)
        cell_text(s.cell(2, i), title)
    save_doc(doc, out)
    return truth("z05", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Sogndal", "Sogndal", "971164255"),
                 contact=("Sigrid Bøe", "sigrid.boe@nav.no", "57654321"),
                 project=("Trygg overgang Sogn", "new", None), pct=100,
                 amounts={"positions": 595000, "competence": 8000, "total": 603000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Håkon Nes", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Gunn Urdal", "Kommunedirektør", "2020-01-22", "handwritten")],
                 expected=["START_DATE_MISSING"],
                 notes=["defect: start only 'så snart tilsegnet ligg føre', no date; the letter date is not a start",
                        "signature dates: the letter's date, the blocks have none of their own"])


# ---------------------------------------------------------------- z06 docx-controls nb, invalid org number
W14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'


def _sdt_text(alias: str, value: str) -> str:
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias}"/></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t xml:space="preserve">{value}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_date(alias: str, iso: str, shown: str) -> str:
    return (f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:date w:fullDate="{iso}T00:00:00Z">'
            f'<w:dateFormat w:val="dd.MM.yyyy"/><w:lid w:val="nb-NO"/></w:date></w:sdtPr>'
            f'<w:sdtContent><w:r><w:t>{shown}</w:t></w:r></w:sdtContent></w:sdt>')


def _sdt_box(checked: bool) -> str:
    glyph = "☒" if checked else "☐"
    return (f'<w:sdt {nsdecls("w")} {W14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{1 if checked else 0}"/>'
            f'<w14:checkedState w14:val="2612" w14:font="MS Gothic"/><w14:uncheckedState w14:val="2610" '
            f'w14:font="MS Gothic"/></w14:checkbox></w:sdtPr><w:sdtContent><w:r><w:rPr><w:rFonts w:ascii="MS Gothic" '
            f'w:hAnsi="MS Gothic"/></w:rPr><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')


def _put(cell, *xml_or_text) -> None:
    p = cell.paragraphs[0]
    for x in xml_or_text:
        if x.startswith("<w:sdt"):
            p._p.append(parse_xml(x))
        else:
            p.add_run(x)


def z06(out: Path):
    doc = new_doc("Calibri", 10, "Søknadsskjema")
    doc.add_heading("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020", 1)
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, *parts):
        r = t.add_row().cells
        cell_text(r[0], label, shade="F2F2F2")
        _put(r[1], *parts)

    row("Nav-kontor", _sdt_text("Kontor", "Nav Asker"))
    row("Kommune", _sdt_text("Kommune", "Asker"))
    row("Organisasjonsnummer", _sdt_text("Orgnr", "976744263"))
    row("Kontaktperson", _sdt_text("Kontakt", "Vibeke Rønning"))
    row("E-post", _sdt_text("Epost", "vibeke.ronning@nav.no"))
    row("Telefon", _sdt_text("Tlf", "48 15 62 09"))
    row("Prosjektnavn", _sdt_text("Tittel", "Kvalifiseringsløft Asker"))
    row("Nytt prosjekt", _sdt_box(True), " Ja  ", _sdt_box(False), " Nei, videreføring")
    row("Oppstartsdato", _sdt_date("Oppstart", "2020-05-01", "01.05.2020"))
    row("Stillingsprosent", _sdt_text("Prosent", "70 %"))
    row("Lønn og sosiale kostnader", _sdt_text("Lonn", "420 000"))
    row("Kompetansemidler", _sdt_text("Komp", "5 000"))
    row("Totalt omsøkt beløp", _sdt_text("Sum", "425 000"))
    row("Bruk av ordinært arbeidsliv", _sdt_box(True))
    row("Oppfølging av barnefamilier, ungdom og innvandrere", _sdt_box(True))
    row("Sikring av sårbare overganger", _sdt_box(False))
    row("Interessert i nettverk/klyngesamarbeid", _sdt_box(False), " Ja  ", _sdt_box(True), " Nei")
    row("Interessert i ekstern prosessevaluering", _sdt_box(True), " Ja  ", _sdt_box(False), " Nei")
    doc.add_paragraph()
    doc.add_paragraph("Signatur").runs[0].bold = True
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    for i, (role, seed, name, date) in enumerate([("Nav-leder", "z06a", "Frode Myhre", "2020-01-21"),
                                                  ("Kommunalsjef", "z06b", "Anita Grønli", "2020-01-23")]):
        cell_text(s.cell(0, i), role, bold=True)
        add_ink(s.cell(1, i).paragraphs[0], seed, 4.0)
        _put(s.cell(2, i), "Navn: ", _sdt_text(f"Navn{i}", name))
        _put(s.cell(3, i), "Dato: ", _sdt_date(f"Dato{i}", date, ".".join(reversed(date.split("-")))))
    save_doc(doc, out)
    return truth("z06", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Asker", "Asker", "976744263"),
                 contact=("Vibeke Rønning", "vibeke.ronning@nav.no", "48156209"),
                 project=("Kvalifiseringsløft Asker", "new", "2020-05-01"), pct=70,
                 amounts={"positions": 420000, "competence": 5000, "total": 425000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Frode Myhre", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Anita Grønli", "Kommunalsjef", "2020-01-23", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["defect: org number 976744263 fails MOD11 (valid would end in 8)"])


# ---------------------------------------------------------------- z07 docx-legacy-fields nn, 80 % at cap
def _ff_text(name: str, value: str) -> list[str]:
    return [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:textInput/></w:ffData></w:fldChar></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="separate"/></w:r>',
            f'<w:r {nsdecls("w")}><w:t xml:space="preserve">{value}</w:t></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']


def _ff_box(name: str, checked: bool) -> list[str]:
    return [f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="{name}"/><w:enabled/>'
            f'<w:calcOnExit w:val="0"/><w:checkBox><w:sizeAuto/><w:default w:val="{1 if checked else 0}"/>'
            f'</w:checkBox></w:ffData></w:fldChar></w:r>',
            f'<w:r {nsdecls("w")}><w:instrText xml:space="preserve"> FORMCHECKBOX </w:instrText></w:r>',
            f'<w:r {nsdecls("w")}><w:fldChar w:fldCharType="end"/></w:r>']


def z07(out: Path):
    doc = new_doc("Verdana", 10, "Søknad")
    doc.add_heading("Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020", 1)

    def line(label, name, value):
        p = doc.add_paragraph(f"{label}:\t")
        for x in _ff_text(name, value):
            p._p.append(parse_xml(x))

    def box(name, checked, text):
        p = doc.add_paragraph()
        for x in _ff_box(name, checked):
            p._p.append(parse_xml(x))
        p.add_run(" " + text)

    doc.add_paragraph("A. Om søkjaren").runs[0].bold = True
    line("Nav-kontor", "kontor", "Nav Ulstein")
    line("Kommune", "kommune", "Ulstein kommune")
    line("Organisasjonsnr.", "orgnr", "930658987".replace("930658987", "942513895"))
    line("Kontaktperson", "kontakt", "Åse Rotevatn")
    line("E-postadresse", "epost", "ase.rotevatn@nav.no")
    line("Telefonnr.", "tlf", "70 01 88 40")
    doc.add_paragraph("B. Om prosjektet").runs[0].bold = True
    line("Prosjekttittel", "tittel", "Saman mot arbeid")
    box("ny", False, "Nytt prosjekt")
    box("vidare", True, "Vidareføring (2. år)")
    line("Prosjektstart", "start", "01.01.2020")
    line("Stillingsdel", "prosent", "80 %")
    doc.add_paragraph("C. Budsjett").runs[0].bold = True
    line("Løn og sosiale utgifter", "lon", "488 000")
    line("Kompetansemiddel", "komp", "10 000")
    line("Samla søknadssum", "sum", "498 000")
    doc.add_paragraph("D. Prioriterte område").runs[0].bold = True
    box("p1", True, "Bruk av ordinært arbeidsliv")
    box("p2", False, "Oppfølging av barnefamiliar, ungdom og innvandrarar")
    box("p3", False, "Sikring av sårbare overgangar")
    doc.add_paragraph("E. Nettverk og evaluering").runs[0].bold = True
    box("nett", True, "Vi ønskjer å vere med i nettverk/klyngesamarbeid")
    box("eval", False, "Vi ønskjer ekstern prosessevaluering")
    doc.add_paragraph("F. Underskrifter").runs[0].bold = True
    for seed, name, title, date in [("z07a", "Per Olav Vik", "Nav-leiar", "28.01.2020"),
                                    ("z07b", "Randi Hareide", "Kommunalsjef", "29.01.2020")]:
        doc.add_paragraph(f"Stad og dato: Ulsteinvik, {date}")
        add_ink(doc.add_paragraph(), seed, 4.0)
        doc.add_paragraph(f"{name}, {title.lower() if title == 'Kommunalsjef' else title}")
    save_doc(doc, out)
    return truth("z07", "docx", "docx-legacy-fields", lang="nn", scheme=S20,
                 office=("Nav Ulstein", "Ulstein", "942513895"),
                 contact=("Åse Rotevatn", "ase.rotevatn@nav.no", "70018840"),
                 project=("Saman mot arbeid", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Per Olav Vik", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Randi Hareide", "kommunalsjef", "2020-01-29", "handwritten")],
                 notes=["near-miss: 80 % at exactly 488 000 (610 000 × 0.8), competence exactly 10 000, continuation year 2"])


# ---------------------------------------------------------------- z11 pdf-from-office nb, contact unreachable
def z11(out: Path):
    doc = new_doc("Liberation Sans", 10, "Søknad")
    doc.add_heading("Søknad – tilskudd til sosiale tjenester i Nav 2020", 1)
    doc.add_paragraph("Nav Larvik – Larvik kommune").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, v in [("Søker (Nav-kontor)", "Nav Larvik"), ("Kommune", "Larvik"), ("Org.nummer", "934026357"),
                 ("Kontaktperson", "Hanne Vik"), ("E-post kontaktperson", ""), ("Telefon kontaktperson", ""),
                 ("Prosjektnavn", "Arbeidslinja Larvik"), ("Nytt/videreføring", "Nytt"),
                 ("Prosjektstart", "1. mars 2020"), ("Antall stillinger", "1 årsverk"),
                 ("Lønn og sosiale kostnader", "575 000"), ("Kompetanse", "10 000"), ("Sum omsøkt", "585 000"),
                 ("Prioriterte områder", "X Bruk av ordinært arbeidsliv\nX Sikring av sårbare overganger"),
                 ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")]:
        r = t.add_row().cells
        cell_text(r[0], a, bold=True)
        cell_text(r[1], v)
    doc.add_paragraph(DESC_NB)
    s = doc.add_table(rows=1, cols=2)
    _borderless(s)
    for c, (seed, name, title, date) in zip(s.rows[0].cells, [("z11a", "Kari Sundet", "Nav-leder", "23.01.2020"),
                                                              ("z11b", "Rune Hval", "Kommunedirektør", "24.01.2020")]):
        cell_text(c, f"Larvik, {date}")
        add_ink(c.add_paragraph(), seed, 4.0)
        c.add_paragraph(f"{title} {name}")
    src = out.with_suffix(".src.docx")
    save_doc(doc, src)
    soffice_pdf(src, out)
    src.unlink()
    return truth("z11", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Larvik", "Larvik", "934026357"), contact=("Hanne Vik", None, None),
                 project=("Arbeidslinja Larvik", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 575000, "competence": 10000, "total": 585000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Kari Sundet", "Nav-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Rune Hval", "Kommunedirektør", "2020-01-24", "handwritten")],
                 expected=["CONTACT_MISSING"],
                 notes=["defect: contact named, e-mail and phone rows left empty (title before name in signature)"])


# ---------------------------------------------------------------- z12 pdf-from-office nn, 60 % at cap, year 3
def z12(out: Path):
    doc = new_doc("Liberation Serif", 11, "Søknad")
    doc.add_paragraph("Nav Hå").runs[0].bold = True
    doc.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret, 2020")
    items = [("Søkjar", "Nav Hå, Hå kommune, org.nr. 936 271 294"),
             ("Kontakt", "Torunn Bø, torunn.bo@nav.no, 51 79 30 00"),
             ("Prosjekt", "«Jærmodellen for unge»"), ("Status", "Vidareføring, 3. år"),
             ("Oppstart dette året", "1. januar 2020"), ("Stilling", "60 % stilling som ungdomskontakt"),
             ("Løn og sosiale utgifter", "366 000 kr"), ("Samla søknadsbeløp", "366 000 kr"),
             ("Prioritert område", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
             ("Nettverk", "Nei"), ("Prosessevaluering", "Nei")]
    for a, v in items:
        p = doc.add_paragraph()
        p.add_run(f"{a}: ").bold = True
        p.add_run(v)
    doc.add_paragraph(DESC_NN)
    s = doc.add_table(rows=3, cols=4)
    s.style = "Table Grid"
    for c, x in zip(s.rows[0].cells, ("Rolle", "Namn", "Dato", "Underskrift")):
        cell_text(c, x, bold=True)
    for i, (role, name, date, seed) in enumerate([("Nav-leiar", "Svein Tjelta", "20.01.2020", "z12a"),
                                                  ("Rådmann", "Bjørg Nærland", "21.01.2020", "z12b")], 1):
        cell_text(s.cell(i, 0), role)
        cell_text(s.cell(i, 1), name)
        cell_text(s.cell(i, 2), date)
        add_ink(s.cell(i, 3).paragraphs[0], seed, 3.5)
    src = out.with_suffix(".src.docx")
    save_doc(doc, src)
    soffice_pdf(src, out)
    src.unlink()
    return truth("z12", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Hå", "Hå", "936271294"), contact=("Torunn Bø", "torunn.bo@nav.no", "51793000"),
                 project=("Jærmodellen for unge", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 366000, "total": 366000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Svein Tjelta", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Bjørg Nærland", "Rådmann", "2020-01-21", "handwritten")],
                 notes=["near-miss: 60 % at exactly 366 000; continuation in its 3rd year (within the limit)"])
