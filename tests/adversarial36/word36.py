"""Word documents of corpus 36 (docx-form, docx-controls, docx-legacy-fields, docx-letter, the
not-applications and the Word source of the pdf-from-office document). Each builder writes its
file and returns the hand-written truth next to it."""
from __future__ import annotations

import sys
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Mm

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "adversarial2"))
from truthlib import truth  # noqa: E402
from kit36 import (org, spaced, ink_run, shade, no_borders, cell_text, sdt_text, sdt_date, sdt_check,  # noqa: E402
                   sdt_dropdown, formtext, formcheck, formdropdown, tracked, wingding_box, textbox, stable_docx)

S20 = "nav-sosiale-tjenester-2020"


def _doc(font="Calibri", size=11):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(22)
    return d


def _header_footer(d, head: str, foot: str):
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = head
    hp.runs[0].font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.text = foot
    fp.runs[0].font.size = Pt(8)
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER


# ---------------------------------------------------------------- z01 docx-form nb
def z01(out: Path):
    o = org("97418337")
    d = _doc("Arial", 10)
    _header_footer(d, "Nav Halden  ·  Postboks 2150, 1760 Halden  ·  Sentralbord 55 55 33 33",
                   "Søknadsskjema 2020 – kap. 0621 post 63  ·  Returneres Statsforvalteren i Oslo og Viken innen 1. februar 2020")
    h = d.add_paragraph()
    r = h.add_run("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020")
    r.bold, r.font.size = True, Pt(14)

    def block(head, rows):
        t = d.add_table(rows=1 + len(rows), cols=2)
        t.style = "Table Grid"
        m = t.cell(0, 0).merge(t.cell(0, 1))
        cell_text(m, head, bold=True)
        shade(m, "A6A6A6")
        for i, (lab, val) in enumerate(rows, 1):
            cell_text(t.cell(i, 0), lab, bold=True)
            shade(t.cell(i, 0))
            cell_text(t.cell(i, 1), val)
        d.add_paragraph()
        return t

    block("1. Opplysninger om søker", [
        ("Nav-kontor", "Nav Halden"), ("Kommune", "Halden kommune"), ("Organisasjonsnr.", spaced(o)),
        ("Kontaktperson (navn og stilling)", "Kari Bredesen, veileder"),
        ("E-postadresse", "Kari.Bredesen@nav.no"), ("Telefon (mobil)", "924 18 377")])
    t = block("2. Om prosjektet", [
        ("Prosjektets navn", "Ung vei til jobb"), ("Nytt prosjekt eller videreføring", "☒ Nytt prosjekt    ☐ Videreføring"),
        ("Planlagt oppstart", "01.04.2020"), ("Stilling(er) i prosjektet", "Jobbspesialist, 100 %")])
    d.add_comment(t.cell(1, 1).paragraphs[0].runs, text="Bør «Halden» være med i navnet? Foreslår «Ung vei til jobb i Halden». – KB",
                  author="Kari Bredesen", initials="KB")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    m = t.cell(0, 0).merge(t.cell(0, 1))
    cell_text(m, "3. Prioriterte områder (sett kryss)", bold=True)
    shade(m, "A6A6A6")
    for i, (mark, txt) in enumerate([("☒", "Bruk av ordinært arbeidsliv"),
                                     ("☐", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                     ("☒", "Sikring av sårbare overganger")], 1):
        cell_text(t.cell(i, 0), mark)
        cell_text(t.cell(i, 1), txt)
    t.columns[0].width = Mm(12)
    d.add_paragraph()
    block("4. Budsjett (kr)", [("Lønn og sosiale kostnader, 100 % stilling", "600 000"),
                               ("Kompetansemidler", "10 000"), ("Sum omsøkt beløp", "610 000")])
    block("5. Samarbeid og evaluering", [
        ("Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "☒ Ja   ☐ Nei"),
        ("Ønsker kontoret ekstern prosessevaluering?", "☐ Ja   ☒ Nei")])
    p = d.add_paragraph()
    p.add_run("6. Underskrift").bold = True
    t = d.add_table(rows=4, cols=2)
    no_borders(t)
    cell_text(t.cell(0, 0), "Sted/dato: Halden, 27.01.2020")
    cell_text(t.cell(0, 1), "Sted/dato: Halden, 29.01.2020")
    ink_run(t.cell(1, 0).paragraphs[0], "Trude Isaksen")
    ink_run(t.cell(1, 1).paragraphs[0], "Roar Vik")
    cell_text(t.cell(2, 0), "Trude Isaksen")
    cell_text(t.cell(2, 1), "Roar Vik")
    cell_text(t.cell(3, 0), "Leder, Nav Halden")
    cell_text(t.cell(3, 1), "Kommunedirektør, Halden kommune")
    stable_docx(d, out)
    return truth("z01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Halden", "Halden", o),
                 contact=("Kari Bredesen", "kari.bredesen@nav.no", "92418377"),
                 project=("Ung vei til jobb", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Trude Isaksen", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Roar Vik", "Kommunedirektør", "2020-01-29", "handwritten")],
                 notes=["grey label cells, merged section rows, a margin COMMENT proposing another title "
                        "(not the answer), office switchboard phone in the page header (not the contact)"])


# ---------------------------------------------------------------- z02 docx-form nn
def z02(out: Path):
    o = org("97620194")
    d = _doc("Cambria", 11)
    _header_footer(d, "Nav Ørsta – Vikegata 5, 6150 Ørsta", "Søknadsskjema tilskot 2020")
    p = d.add_paragraph()
    r = p.add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020")
    r.bold, r.font.size = True, Pt(15)
    d.add_paragraph("Skjemaet vert sendt til Statsforvaltaren i Møre og Romsdal innan 1. februar 2020.")
    t = d.add_table(rows=0, cols=1)
    t.style = "Table Grid"

    def q(label, answer=None):
        c = t.add_row().cells[0]
        c.paragraphs[0].add_run(label).bold = True
        shade(c, "EDEDED")
        p2 = c.add_paragraph()
        if answer is not None:
            p2.add_run(answer)
        return p2

    q("Namn på Nav-kontoret", "Nav Ørsta")
    q("Kommune", "Ørsta")
    q("Organisasjonsnummer", o)
    q("Kontaktperson", "Ingrid Hovden")
    q("E-post og telefon", "ingrid.hovden@nav.no  /  977 12 045")
    q("Namnet på prosjektet", "Ungdomsloset")
    p2 = q("Nytt prosjekt eller vidareføring?")
    wingding_box(p2, False)
    p2.add_run(" Nytt prosjekt     ")
    wingding_box(p2, True)
    p2.add_run(" Vidareføring (år 2)")
    q("Oppstart", "1. mars 2020")
    q("Stilling og stillingsprosent", "Miljøarbeidar, 100 %")
    c = t.add_row().cells[0]
    c.paragraphs[0].add_run("Satsingsområde (kryss av)").bold = True
    shade(c, "EDEDED")
    for on, txt in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                    (False, "Sikring av sårbare overgangar")]:
        pp = c.add_paragraph()
        wingding_box(pp, on)
        pp.add_run(" " + txt)
    c = t.add_row().cells[0]
    c.paragraphs[0].add_run("Budsjett").bold = True
    shade(c, "EDEDED")
    pp = c.add_paragraph("Løn og sosiale kostnader:\t")
    tracked(pp, "560 000", "590 000", n=1)
    pp.add_run(" kr")
    c.add_paragraph("Kompetansemidlar:\t10 000 kr")
    pp = c.add_paragraph("Sum søkt:\t")
    tracked(pp, "570 000", "600 000", n=2)
    pp.add_run(" kr")
    c = t.add_row().cells[0]
    c.paragraphs[0].add_run("Interesse for nettverk og evaluering").bold = True
    shade(c, "EDEDED")
    c.add_paragraph("Ønskjer de å vere med i nettverk/klyngesamarbeid? Ja")
    c.add_paragraph("Ønskjer de ekstern prosessevaluering? Ja")
    d.add_paragraph()
    d.add_paragraph().add_run("Underskrifter").bold = True
    for place, name, title in [("Ørsta, 22.01.2020", "Hilde Vartdal", "Nav-leiar"),
                               ("Ørsta, 24.01.2020", "Arve Hjelle", "Kommunedirektør")]:
        d.add_paragraph(f"Stad og dato: {place}")
        ink_run(d.add_paragraph(), name, 40)
        d.add_paragraph(f"Namn: {name}")
        d.add_paragraph(title)
        d.add_paragraph()
    stable_docx(d, out)
    return truth("z02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Ørsta", "Ørsta", o),
                 contact=("Ingrid Hovden", "ingrid.hovden@nav.no", "97712045"),
                 project=("Ungdomsloset", "continuation", "2020-03-01"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "other": None, "total": 600000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Hilde Vartdal", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Arve Hjelle", "Kommunedirektør", "2020-01-24", "handwritten")],
                 notes=["answers UNDER the label in the same cell; Wingdings w:sym boxes (F0FE/F0A8); budget with "
                        "UNACCEPTED tracked changes (deleted 560 000/570 000, inserted 590 000/600 000): the inserted "
                        "text is the office's answer"])


# ---------------------------------------------------------------- z03 docx-form nb 2019, host office
def z03(out: Path):
    o = org("98117922")
    d = _doc("Calibri", 11)
    _header_footer(d, "Fylkesmannen i Innlandet – søknadsskjema 2019", "NAV Trysil, Storvegen 14, 2420 Trysil")
    p = d.add_paragraph()
    r = p.add_run("SØKNAD – Tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2019")
    r.bold, r.font.size = True, Pt(13)
    d.add_paragraph("Interkommunalt prosjekt. Søknadsfrist 1. februar 2019.")

    def grid(pairs):
        t = d.add_table(rows=0, cols=2)
        t.style = "Table Grid"
        for i in range(0, len(pairs), 2):
            lab = t.add_row().cells
            val = t.add_row().cells
            for j, (l, v) in enumerate(pairs[i:i + 2]):
                cell_text(lab[j], l, bold=True, size=9)
                shade(lab[j], "D0CECE")
                cell_text(val[j], v)
        d.add_paragraph()

    grid([("Søker (vertskontor)", "NAV Trysil"), ("Vertskommune", "Trysil kommune"),
          ("Samarbeidende kontor/kommuner", "NAV Engerdal / Engerdal kommune"), ("Org.nr. (vertskommunen)", o),
          ("Kontaktperson", "Hege Brenden"), ("Kontaktinfo", "hege.brenden@nav.no, tlf. 482 30 116")])
    grid([("Prosjektnavn", "Fjellnett – sammen om overgangene"), ("Type", "Nytt prosjekt"),
          ("Oppstart", "august 2019"), ("Stillinger", "2 x 50 % koordinator (én i hver kommune), til sammen 100 %")])
    d.add_paragraph().add_run("Satsingsområder").bold = True
    for mk, txt in [("X", "Bruk av ordinært arbeidsliv"), ("", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    ("X", "Sikring av sårbare overganger (bl.a. overgang fra skole og løslatelse)")]:
        d.add_paragraph(f"[{mk or ' '}]  {txt}")
    d.add_paragraph().add_run("Budsjett 2019").bold = True
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, b) in enumerate([("Koordinator Trysil, 50 %", "295 000"), ("Koordinator Engerdal, 50 %", "295 000"),
                                ("Kompetansemidler", "–"), ("Sum søknadsbeløp", "590 000")]):
        cell_text(t.cell(i, 0), a)
        cell_text(t.cell(i, 1), b)
    d.add_paragraph()
    d.add_paragraph("Ønsker deltakelse i nettverk/klyngesamarbeid: Ja.   Ønsker ekstern prosessevaluering: Ja.")
    d.add_paragraph().add_run("Underskrifter").bold = True
    t = d.add_table(rows=4, cols=3)
    no_borders(t)
    people = [("Trysil, 24.01.2019", "Hege Nordseth", "NAV-leder, NAV Trysil"),
              ("Trysil, 25.01.2019", "Tor Arne Haugen", "Rådmann, Trysil kommune"),
              ("Engerdal, 28.01.2019", "Siv Jorunn Moen", "Rådmann, Engerdal kommune")]
    for j, (place, name, title) in enumerate(people):
        cell_text(t.cell(0, j), place, size=9)
        ink_run(t.cell(1, j).paragraphs[0], name, 38)
        cell_text(t.cell(2, j), name)
        cell_text(t.cell(3, j), title, size=9)
    stable_docx(d, out)
    return truth("z03", "docx", "docx-form", lang="nb", scheme="nav-sosiale-tjenester-2019",
                 office=("Nav Trysil", "Trysil", o), contact=("Hege Brenden", "hege.brenden@nav.no", "48230116"),
                 project=("Fjellnett – sammen om overgangene", "new", "2019-08-01"), pct=100,
                 amounts={"positions": 590000, "competence": None, "other": None, "total": 590000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Hege Nordseth", "NAV-leder", "2019-01-24", "handwritten"),
                       ("municipality", "Tor Arne Haugen", "Rådmann", "2019-01-25", "handwritten"),
                       ("municipality", "Siv Jorunn Moen", "Rådmann", "2019-01-28", "handwritten")],
                 notes=["2019 scheme; inter-municipal: host NAV Trysil applies with NAV Engerdal; labels in a grey row "
                        "with the answers in the NEXT row, two label/answer pairs side by side; three ink "
                        "signatures side by side, both rådmenn sign"])


# ---------------------------------------------------------------- z04 docx-controls nb
def z04(out: Path):
    o = org("99221155")
    d = _doc("Calibri", 11)
    _header_footer(d, "Nav Porsgrunn", "Nav Porsgrunn · Storgata 150, 3915 Porsgrunn")
    p = d.add_paragraph()
    r = p.add_run("Søknadsskjema – tilskudd til utvikling av sosiale tjenester i Nav-kontoret, 2020")
    r.bold, r.font.size = True, Pt(13)
    t = d.add_table(rows=0, cols=1)
    t.style = "Light Grid Accent 1"

    def ask(label, fill):
        c1 = t.add_row().cells[0]
        cell_text(c1, label, bold=True, size=9)
        c2 = t.add_row().cells[0]
        fill(c2.paragraphs[0])

    ask("Søkende Nav-kontor", lambda p: sdt_text(p, "Nav Porsgrunn", "kontor"))
    ask("Kommune", lambda p: sdt_text(p, "Porsgrunn", "kommune"))
    ask("Organisasjonsnummer", lambda p: sdt_text(p, o, "orgnr"))
    ask("Kontaktperson for prosjektet", lambda p: sdt_text(p, "Linn Therese Aas", "kontakt"))
    ask("Kontaktpersonens e-post", lambda p: sdt_text(p, "linn.therese.aas@nav.no", "epost"))
    ask("Kontaktpersonens telefon", lambda p: sdt_text(p, "35 58 41 90", "tlf"))
    ask("Prosjektets tittel", lambda p: sdt_text(p, "Familieløftet Porsgrunn", "tittel"))
    ask("Nytt prosjekt / videreføring", lambda p: sdt_dropdown(p, "Nytt prosjekt", ["Velg et element.", "Nytt prosjekt",
                                                                                  "Videreføring år 2", "Videreføring år 3"], "type"))
    ask("Oppstartsdato", lambda p: sdt_date(p, "2020-09-01", "01.09.2020", "oppstart"))
    ask("Stilling(er) med stillingsprosent", lambda p: sdt_text(p, "Ungdomsveileder 90 %", "stilling"))
    c1 = t.add_row().cells[0]
    cell_text(c1, "Satsingsområder", bold=True, size=9)
    c2 = t.add_row().cells[0]
    for i, (on, txt) in enumerate([(False, "Bruk av ordinært arbeidsliv"),
                                   (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                   (False, "Sikring av sårbare overganger")]):
        pp = c2.paragraphs[0] if i == 0 else c2.add_paragraph()
        sdt_check(pp, on, f"omr{i}", on="2714", font="Segoe UI Symbol")
        pp.add_run(" " + txt)
    ask("Eventuelle merknader", lambda p: sdt_text(p, "Klikk eller trykk her for å skrive inn tekst.", "merknad", True))
    d.add_paragraph()
    d.add_paragraph().add_run("Budsjett").bold = True
    b = d.add_table(rows=3, cols=2)
    b.style = "Table Grid"
    for i, (lab, val) in enumerate([("Lønn inkl. sosiale utgifter (90 %)", "549 000"), ("Kompetansemidler", "10 000"),
                                    ("Totalt omsøkt", "559 000")]):
        cell_text(b.cell(i, 0), lab)
        sdt_text(b.cell(i, 1).paragraphs[0], val, f"bud{i}")
    d.add_paragraph()
    for q, yes in [("Ønsker kontoret å delta i nettverk/klynge?", True), ("Ønsker kontoret ekstern prosessevaluering?", False)]:
        pp = d.add_paragraph(q + "   ")
        sdt_check(pp, yes, q[:10] + "j", on="2714", font="Segoe UI Symbol")
        pp.add_run(" Ja   ")
        sdt_check(pp, not yes, q[:10] + "n", on="2714", font="Segoe UI Symbol")
        pp.add_run(" Nei")
    d.add_paragraph()
    d.add_paragraph().add_run("Godkjenning").bold = True
    d.add_paragraph("Søknaden er godkjent elektronisk i Websak og har derfor ingen håndskrevne signaturer.")
    g = d.add_table(rows=3, cols=3)
    g.style = "Table Grid"
    for j, h in enumerate(["Godkjent av", "Stilling", "Dato"]):
        cell_text(g.cell(0, j), h, bold=True)
    for i, row in enumerate([("Siri Aasland", "Nav-leder", "28.01.2020"),
                             ("Geir Tveiten", "Kommunalsjef oppvekst og velferd", "30.01.2020")], 1):
        for j, v in enumerate(row):
            cell_text(g.cell(i, j), v)
    stable_docx(d, out)
    return truth("z04", "docx", "docx-controls", lang="nb", scheme=S20, office=("Nav Porsgrunn", "Porsgrunn", o),
                 contact=("Linn Therese Aas", "linn.therese.aas@nav.no", "35584190"),
                 project=("Familieløftet Porsgrunn", "new", "2020-09-01"), pct=90,
                 amounts={"positions": 549000, "competence": 10000, "other": None, "total": 559000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Siri Aasland", "Nav-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Geir Tveiten", "Kommunalsjef oppvekst og velferd", "2020-01-30",
                        "electronic_approval")],
                 notes=["labels ABOVE their content controls in a one-column 'Light Grid' table; kind in a "
                        "w:dropDownList; w14:checkbox with ✔ (2714, Segoe UI Symbol) checked state; placeholder "
                        "control left; 90 % at exactly its cap 549 000; approval table 'Godkjent av/Stilling/Dato'"])


# ---------------------------------------------------------------- z05 docx-controls nn (defect)
def z05(out: Path):
    o = org("87392047")
    d = _doc("Times New Roman", 11)
    p = d.add_paragraph()
    r = p.add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020")
    r.bold, r.font.size = True, Pt(14)
    t = d.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, fill):
        c = t.add_row().cells
        cell_text(c[0], label, bold=True)
        shade(c[0], "F2F2F2")
        fill(c[1].paragraphs[0])

    row("Namn på Nav-kontoret", lambda p: sdt_text(p, "Nav Gloppen", "a"))
    row("Kommune", lambda p: sdt_text(p, "Gloppen", "b"))
    row("Organisasjonsnummer", lambda p: sdt_text(p, spaced(o), "c"))
    row("Kontaktperson", lambda p: sdt_text(p, "Eirik Sandal", "d"))
    row("E-post", lambda p: sdt_text(p, "eirik.sandal@nav.no", "e"))
    row("Telefon", lambda p: sdt_text(p, "+47 915 60 284", "f"))
    row("Namn på prosjektet", lambda p: sdt_text(p, "Arbeid i bygda", "g"))
    row("Type prosjekt", lambda p: sdt_dropdown(p, "Nytt prosjekt", ["Vel eit element", "Nytt prosjekt", "Vidareføring"], "h"))
    row("Oppstartsdato", lambda p: sdt_date(p, "2020-05-01", "01.05.2020", "i"))
    row("Stilling(ar) og stillingsprosent", lambda p: sdt_text(p, "Jobbkonsulent, 60 %", "j"))

    def areas(p):
        for i, (on, txt) in enumerate([(True, "Bruk av ordinært arbeidsliv"),
                                       (False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                                       (False, "Sikring av sårbare overgangar")]):
            pp = p if i == 0 else p._parent.add_paragraph()
            sdt_check(pp, on, f"k{i}")
            pp.add_run(" " + txt)
    row("Satsingsområde", areas)
    row("Løn og sosiale kostnader", lambda p: sdt_text(p, "360 000 kr", "l"))
    row("Kompetansemidlar", lambda p: sdt_text(p, "15 000 kr", "m"))
    row("Sum søknad", lambda p: sdt_text(p, "375 000 kr", "n"))

    def yn(yes):
        def f(p):
            sdt_check(p, yes, "y" + str(yes))
            p.add_run(" Ja  ")
            sdt_check(p, not yes, "n" + str(yes))
            p.add_run(" Nei")
        return f
    row("Nettverk / klyngesamarbeid", yn(True))
    row("Ekstern prosessevaluering", yn(True))
    d.add_paragraph()
    d.add_paragraph().add_run("Underskrift").bold = True
    s = d.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    for j, (name, title, date) in enumerate([("Oddbjørn Myklebust", "Nav-leiar", "21.01.2020"),
                                             ("Eli Rygg", "kommunedirektør", "23.01.2020")]):
        ink_run(s.cell(0, j).paragraphs[0], name, 40)
        cell_text(s.cell(1, j), f"{title} {name}, Sandane {date}")
    stable_docx(d, out)
    return truth("z05", "docx", "docx-controls", lang="nn", scheme=S20, office=("Nav Gloppen", "Gloppen", o),
                 contact=("Eirik Sandal", "eirik.sandal@nav.no", "91560284"),
                 project=("Arbeid i bygda", "new", "2020-05-01"), pct=60,
                 amounts={"positions": 360000, "competence": 15000, "other": None, "total": 375000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Oddbjørn Myklebust", "Nav-leiar", "2020-01-21", "handwritten"),
                       ("municipality", "Eli Rygg", "Kommunedirektør", "2020-01-23", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["DEFECT: competence 15 000 > 10 000 cap; 60 % at 360 000 (under its 366 000 cap); controls in "
                        "a two-column table; title BEFORE name and place+date after it on one line under the ink"])


# ---------------------------------------------------------------- z06 docx-legacy-fields nb
def z06(out: Path):
    o = org("97630225")
    d = _doc("Arial", 10)
    _header_footer(d, "NAV Kragerø", "NAV Kragerø – P.b. 128, 3791 Kragerø")
    p = d.add_paragraph()
    r = p.add_run("Søknad om tilskudd – utvikling av sosiale tjenester i NAV-kontoret 2020")
    r.bold, r.font.size = True, Pt(13)

    def line(label, value=None, kind="text", **kw):
        pp = d.add_paragraph(label + "\t")
        pp.paragraph_format.tab_stops.add_tab_stop(Mm(70))
        if kind == "text":
            formtext(pp, value)
        elif kind == "dd":
            formdropdown(pp, kw["items"], kw["result"])
        return pp

    d.add_paragraph().add_run("1 Søker").bold = True
    line("1.1 NAV-kontor:", "NAV Kragerø")
    line("1.2 Kommune:", "Kragerø kommune")
    line("1.3 Organisasjonsnummer:", spaced(o))
    line("1.4 Kontaktperson:", "Thomas Kittilsen")
    line("1.5 E-post:", "thomas.kittilsen@nav.no")
    line("1.6 Telefon:", "90 11 73 52")
    d.add_paragraph().add_run("2 Prosjekt").bold = True
    line("2.1 Prosjektnavn:", "Trygg familie Kragerø")
    line("2.2 Prosjektstatus:", kind="dd", items=["Velg", "Nytt prosjekt", "Videreføring år 2", "Videreføring år 3"], result=2)
    line("2.3 Prosjektstart:", "01.03.2020")
    line("2.4 Stilling og stillingsprosent:", "Familiekoordinator 50 %")
    d.add_paragraph().add_run("3 Satsingsområder").bold = True
    for on, txt in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (False, "Sikring av sårbare overganger")]:
        pp = d.add_paragraph()
        formcheck(pp, on, how="val")
        pp.add_run("  " + txt)
    d.add_paragraph().add_run("4 Budsjett").bold = True
    t = d.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    for i, (lab, val) in enumerate([("Lønn og sosiale kostnader", "kr 305 000"), ("Kompetansemidler", "kr 5 000"),
                                    ("Totalt", "kr 310 000")]):
        cell_text(t.cell(i, 0), lab)
        formtext(t.cell(i, 1).paragraphs[0], val)
    d.add_paragraph()
    d.add_paragraph().add_run("5 Nettverk og evaluering").bold = True
    for q, yes in [("Interessert i nettverk/klyngesamarbeid", True), ("Interessert i ekstern prosessevaluering", True)]:
        pp = d.add_paragraph(q + ":  ")
        formcheck(pp, yes, how="val")
        pp.add_run(" Ja   ")
        formcheck(pp, not yes, how="val")
        pp.add_run(" Nei")
    d.add_paragraph().add_run("6 Signatur").bold = True
    for place, name, title in [("Kragerø, 20.01.2020", "Lene Sannes", "leder NAV Kragerø"),
                               ("Kragerø, 22.01.2020", "Jan Ove Rinde", "kommunalsjef")]:
        d.add_paragraph(place)
        ink_run(d.add_paragraph(), name, 42)
        d.add_paragraph("_______________________________")
        d.add_paragraph(f"{name}, {title}")
    stable_docx(d, out)
    return truth("z06", "docx", "docx-legacy-fields", lang="nb", scheme=S20, office=("Nav Kragerø", "Kragerø", o),
                 contact=("Thomas Kittilsen", "thomas.kittilsen@nav.no", "90117352"),
                 project=("Trygg familie Kragerø", "continuation", "2020-03-01"), pct=50,
                 amounts={"positions": 305000, "competence": 5000, "other": None, "total": 310000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Lene Sannes", "Nav-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Jan Ove Rinde", "Kommunalsjef", "2020-01-22", "handwritten")],
                 notes=["FORMTEXT after 'n.n Label:<TAB>' paragraphs; project kind in a FORMDROPDOWN (result 2 = "
                        "'Videreføring år 2', the text is only in the list entry); FORMCHECKBOX with w:checked "
                        "w:val true/false; 50 % at exactly 305 000"])


# ---------------------------------------------------------------- z07 docx-legacy-fields nn 2018 (defect)
def z07(out: Path):
    o = org("99011452")
    d = _doc("Calibri", 10)
    p = d.add_paragraph()
    r = p.add_run("Søknad om tilskot til utvikling av sosiale tenester i NAV – 2018")
    r.bold, r.font.size = True, Pt(13)
    d.add_paragraph("Sendast Fylkesmannen i Sogn og Fjordane innan 1. februar 2018.")
    t = d.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for j, h in enumerate(["Spørsmål", "Svar", "Rettleiing"]):
        cell_text(t.cell(0, j), h, bold=True)
        shade(t.cell(0, j), "BFBFBF")

    def row(q, a, guide=""):
        c = t.add_row().cells
        cell_text(c[0], q, bold=True)
        formtext(c[1].paragraphs[0], a)
        cell_text(c[2], guide, size=8)

    row("NAV-kontor", "NAV Aurland", "Berre NAV-kontor kan søkje.")
    row("Kommune", "Aurland", "")
    row("Organisasjonsnummer", o, "9 siffer")
    row("Kontaktperson", "Sunniva Vangen", "Namn på den som kan svare på spørsmål")
    row("E-post", "sunniva.vangen@nav.no", "")
    row("Telefon", "412 07 733", "")
    row("Namn på prosjektet", "Ung i Aurland", "")
    row("Nytt eller vidareført prosjekt", "Nytt", "Tilskot vert gitt for inntil tre år.")
    row("Oppstart", "01.05.2018", "")
    row("Stillingar (prosent)", "Ungdomskontakt 100 %", "")
    row("Løn og sosiale kostnader", "620 000", "Tilskotet kan berre gå til stillingar.")
    row("Sum det vert søkt om", "620 000", "")
    d.add_paragraph()
    d.add_paragraph().add_run("Prioriterte område 2018 (kryss av)").bold = True
    for on, txt in [(False, "Bruk av ordinært arbeidsliv"), (True, "Ungdom og innvandrarar"),
                    (False, "Tiltak grunngitt i funn frå tilsyn"), (True, "Barneperspektivet"),
                    (False, "Overgangar mellom tenester, skule og arbeidsliv")]:
        pp = d.add_paragraph()
        formcheck(pp, on)
        pp.add_run("  " + txt)
    pp = d.add_paragraph("Ønskjer kontoret å delta i nettverk?  ")
    formcheck(pp, True)
    pp.add_run(" Ja  ")
    formcheck(pp, False)
    pp.add_run(" Nei")
    pp = d.add_paragraph("Ønskjer kontoret ekstern prosessevaluering?  ")
    formcheck(pp, False)
    pp.add_run(" Ja  ")
    formcheck(pp, True)
    pp.add_run(" Nei")
    d.add_paragraph()
    d.add_paragraph().add_run("Underskrift").bold = True
    s = d.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    cell_text(s.cell(0, 0), "NAV-leiar", bold=True)
    cell_text(s.cell(0, 1), "Rådmann", bold=True)
    ink_run(s.cell(1, 0).paragraphs[0], "Kari Stuvøy", 40)
    pp = s.cell(2, 0).paragraphs[0]
    pp.add_run("Namn: ")
    formtext(pp, "Kari Stuvøy")
    pp = s.cell(3, 0).paragraphs[0]
    pp.add_run("Dato: ")
    formtext(pp, "26.01.2018")
    pp = s.cell(2, 1).paragraphs[0]
    pp.add_run("Namn: ")
    formtext(pp, "\u2002\u2002\u2002\u2002\u2002")
    pp = s.cell(3, 1).paragraphs[0]
    pp.add_run("Dato: ")
    formtext(pp, "\u2002\u2002\u2002\u2002\u2002")
    stable_docx(d, out)
    return truth("z07", "docx", "docx-legacy-fields", lang="nn", scheme="nav-sosiale-tjenester-2018",
                 office=("Nav Aurland", "Aurland", o), contact=("Sunniva Vangen", "sunniva.vangen@nav.no", "41207733"),
                 project=("Ung i Aurland", "new", "2018-05-01"), pct=100,
                 amounts={"positions": 620000, "competence": None, "other": None, "total": 620000},
                 prio=["ungdom-innvandrere", "barneperspektivet"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Stuvøy", "NAV-leiar", "2018-01-26", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["DEFECT: the rådmann column has empty FORMTEXT fields (en-spaces) and no ink; 2018 scheme, "
                        "620 000 (no cap known for 2018); three-column table with a guidance column that is never "
                        "an answer"])


# ---------------------------------------------------------------- z08 docx-letter nn, budget in a text box
def z08(out: Path):
    o = org("96655120")
    d = _doc("Garamond", 11)
    _header_footer(d, "SAUDA KOMMUNE  –  Nav Sauda",
                   "Nav Sauda · Rådhusgata 21, 4200 Sauda · Sentralbord 55 55 33 33 · Org.nr. " + spaced(o))
    t = d.add_table(rows=2, cols=3)
    no_borders(t)
    for j, (a, b) in enumerate([("Vår ref.:", "20/0412-2"), ("Dykkar ref.:", ""), ("Dato:", "23.01.2020")]):
        cell_text(t.cell(0, j), a, size=8)
        cell_text(t.cell(1, j), b)
    d.add_paragraph()
    d.add_paragraph("Statsforvaltaren i Rogaland\nPostboks 59 Sentrum\n4001 Stavanger")
    d.add_paragraph()
    p = d.add_paragraph()
    p.add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Heilt med»").bold = True
    d.add_paragraph(
        f"Nav Sauda (org.nr. {spaced(o)}) søkjer med dette om tilskot til prosjektet «Heilt med». Dette er eit nytt "
        "prosjekt med oppstart 1. april 2020. Vi søkjer om midlar til ei stilling (100 %) som familiekoordinator.")
    d.add_paragraph(
        "Prosjektet rettar seg mot barnefamiliar med låg inntekt og langvarig behov for økonomisk sosialhjelp. "
        "Familiekoordinatoren skal følgje opp heile familien, også ungdom og foreldre med innvandrarbakgrunn, "
        "og samordne tenestene rundt dei.")
    d.add_paragraph("Budsjettet for 2020 står i ramma til høgre. Tilskotet skal berre gå til stillinga og "
                    "prosjektretta kompetanse.")
    tb = d.add_paragraph()
    textbox(tb, [("Budsjett 2020", True), ("Løn og sosiale kostnader\t600 000 kr", False),
                 ("Kompetansemidlar\t10 000 kr", False), ("Sum søkt tilskot\t610 000 kr", True)])
    for _ in range(5):
        d.add_paragraph()
    d.add_paragraph("Vi ønskjer å vere med i nettverk og klyngesamarbeid, men vi ønskjer ikkje ekstern "
                    "prosessevaluering.")
    d.add_paragraph("Kontaktperson for søknaden er rettleiar Marit Kvame, marit.kvame@nav.no, tlf. 416 22 901.")
    d.add_paragraph("Med helsing")
    s = d.add_table(rows=3, cols=2)
    no_borders(s)
    for j, (name, title) in enumerate([("Siv Eiane", "Nav-leiar"), ("Tor Egil Helle", "Kommunedirektør")]):
        ink_run(s.cell(0, j).paragraphs[0], name, 40)
        cell_text(s.cell(1, j), name)
        cell_text(s.cell(2, j), title)
    stable_docx(d, out)
    return truth("z08", "docx", "docx-letter", lang="nn", scheme=S20, office=("Nav Sauda", "Sauda", o),
                 contact=("Marit Kvame", "marit.kvame@nav.no", "41622901"),
                 project=("Heilt med", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "other": None, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Siv Eiane", "Nav-leiar", "2020-01-23", "handwritten"),
                       ("municipality", "Tor Egil Helle", "Kommunedirektør", "2020-01-23", "handwritten")],
                 notes=["letter with Vår ref./Dykkar ref./Dato block, office address and switchboard in the footer; "
                        "the BUDGET is only in a VML text box; signatures carry no date of their own (letter date)"])


# ---------------------------------------------------------------- z09 docx-letter nb (defect)
def z09(out: Path):
    o = org("97390512")
    d = _doc("Calibri", 11)
    _header_footer(d, "Eidsvoll kommune · Nav Eidsvoll", "Nav Eidsvoll, Stasjonsvegen 3, 2080 Eidsvoll")
    d.add_paragraph("Statsforvalteren i Oslo og Viken\nv/ sosialseksjonen")
    d.add_paragraph("Eidsvoll, 30. januar 2020")
    p = d.add_paragraph()
    p.add_run("Søknad om tilskudd til prosjektet «Jobbmentor Eidsvoll»").bold = True
    d.add_paragraph(
        f"Nav Eidsvoll, organisasjonsnummer {o}, søker om tilskudd til utvikling av sosiale tjenester i "
        "Nav-kontoret for 2020. Prosjektet er nytt og starter fra 1. juni 2020.")
    d.add_paragraph(
        "Vi søker om en halv stilling (50 %) som jobbmentor. Jobbmentoren skal bruke det ordinære arbeidslivet "
        "aktivt og skaffe praksis- og arbeidsplasser hos lokale arbeidsgivere for sosialhjelpsmottakere.")
    d.add_paragraph("Budsjett:")
    t = d.add_table(rows=2, cols=2)
    t.style = "Light List Accent 1"
    cell_text(t.cell(0, 0), "Jobbmentor, 50 % stilling (lønn og sosiale kostnader)")
    cell_text(t.cell(0, 1), "kr 330 000")
    cell_text(t.cell(1, 0), "Sum omsøkt", bold=True)
    cell_text(t.cell(1, 1), "kr 330 000", bold=True)
    d.add_paragraph("Vi søker ikke om kompetansemidler.")
    d.add_paragraph("Nav Eidsvoll ønsker å delta i nettverk og er positive til ekstern prosessevaluering.")
    d.add_paragraph("Kontaktperson: Jonas Haugli, tlf. 466 10 287, e-post jonas.haugli@nav.no")
    d.add_paragraph("Med vennlig hilsen")
    d.add_paragraph("Søknaden er godkjent elektronisk i kommunens sak-/arkivsystem og sendes uten håndskrevne "
                    "signaturer.")
    g = d.add_table(rows=2, cols=3)
    no_borders(g)
    for i, row in enumerate([("Anne Grethe Holm", "Nav-leder", "godkjent 29.01.2020"),
                             ("Per Stian Nilsen", "kommunedirektør", "godkjent 30.01.2020")]):
        for j, v in enumerate(row):
            cell_text(g.cell(i, j), v)
    stable_docx(d, out)
    return truth("z09", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Eidsvoll", "Eidsvoll", o),
                 contact=("Jonas Haugli", "jonas.haugli@nav.no", "46610287"),
                 project=("Jobbmentor Eidsvoll", "new", "2020-06-01"), pct=50,
                 amounts={"positions": 330000, "competence": None, "other": None, "total": 330000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Anne Grethe Holm", "Nav-leder", "2020-01-29", "electronic_approval"),
                       ("municipality", "Per Stian Nilsen", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["DEFECT: 50 % position at 330 000 > 305 000; electronic approval stated in prose with a "
                        "borderless name/title/'godkjent DATE' table"])


# ---------------------------------------------------------------- z10 docx-letter nb, margin comments
def z10(out: Path):
    o = org("98861239")
    d = _doc("Georgia", 10.5)
    _header_footer(d, "Meløy kommune", "Nav Meløy · Gammelveien 4, 8150 Ørnes · www.nav.no")
    t = d.add_table(rows=1, cols=3)
    no_borders(t)
    for j, v in enumerate(["Vår ref.: 2020/77", "Deres ref.: –", "Ørnes, 21. januar 2020"]):
        cell_text(t.cell(0, j), v, size=9)
    d.add_paragraph("Statsforvalteren i Nordland\nMoloveien 10\n8002 Bodø")
    p = d.add_paragraph()
    p.add_run("Søknad om videreført tilskudd 2020 – «Ny start Meløy»").bold = True
    d.add_paragraph(
        f"Nav Meløy (org.nr. {spaced(o)}) søker om videreføring av prosjektet «Ny start Meløy». 2020 er "
        "prosjektets tredje og siste år. Prosjektåret starter 1. mars 2020.")
    d.add_paragraph(
        "Prosjektet skal sikre sårbare overganger for personer som løslates fra fengsel og for unge som går fra "
        "skole til arbeid, og bruker det ordinære arbeidslivet gjennom avtaler med lokale bedrifter.")
    p = d.add_paragraph("Vi søker om to stillinger på 60 % hver, til sammen 120 %, som arbeidsinkluderingskonsulenter.")
    d.add_comment(p.runs, text="Stemmer 120 %? I fjor var det 100 % og 580 000 kr. /MH", author="Mona Hansen",
                  initials="MH")
    t = d.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    rows = [("Arbeidsinkluderingskonsulent 1 (60 %)", "350 000"), ("Arbeidsinkluderingskonsulent 2 (60 %)", "350 000"),
            ("Kompetansemidler (veiledning fra Kriminalomsorgen)", "8 000"), ("Sum søknadsbeløp 2020", "708 000")]
    for i, (a, b) in enumerate(rows):
        cell_text(t.cell(i, 0), a, bold=(i == 3))
        cell_text(t.cell(i, 1), b, bold=(i == 3))
    d.add_comment(t.cell(2, 1).paragraphs[0].runs, text="Maks 10 000, ok.", author="Mona Hansen", initials="MH")
    d.add_paragraph()
    d.add_paragraph("Vi er interessert i klyngesamarbeid med andre kontor i fylket. Vi har ikke behov for ekstern "
                    "prosessevaluering.")
    d.add_paragraph("Kontaktperson: Espen Aune, prosjektleder – espen.aune@nav.no – 951 38 620.")
    d.add_paragraph("Med hilsen")
    for name, title, date in [("Mona Hansen", "Nav-leder", "21.01.2020"), ("Frode Brattli", "rådmann", "22.01.2020")]:
        ink_run(d.add_paragraph(), name, 40)
        d.add_paragraph(f"{name}\n{title}, Meløy – {date}")
    stable_docx(d, out)
    return truth("z10", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Meløy", "Meløy", o),
                 contact=("Espen Aune", "espen.aune@nav.no", "95138620"),
                 project=("Ny start Meløy", "continuation", "2020-03-01"), pct=120,
                 amounts={"positions": 700000, "competence": 8000, "other": None, "total": 708000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Mona Hansen", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Frode Brattli", "Rådmann", "2020-01-22", "handwritten")],
                 notes=["letter, continuation year 3 (within the limit); two 60 % lines (732 000 cap); margin COMMENTS "
                        "holding other amounts and percentages ('100 % og 580 000 kr', 'Maks 10 000') that are not "
                        "answers"])


# ---------------------------------------------------------------- z13 source (converted by LibreOffice)
def z13_docx(out: Path):
    o = org("97483201")
    d = _doc("Liberation Sans", 10)
    _header_footer(d, "Nav Vestre Toten – søknad 2020", "Nav Vestre Toten · Postboks 84, 2831 Raufoss · vestre.toten@nav.no")
    p = d.add_paragraph()
    r = p.add_run("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknad for 2020")
    r.bold, r.font.size = True, Pt(13)
    t = d.add_table(rows=0, cols=4)
    t.style = "Table Grid"

    def pair_row(a, b, c=None, e=None):
        cells = t.add_row().cells
        cell_text(cells[0], a, bold=True, size=9)
        shade(cells[0])
        if c is None:
            m = cells[1].merge(cells[3])
            cell_text(m, b)
        else:
            cell_text(cells[1], b)
            cell_text(cells[2], c, bold=True, size=9)
            shade(cells[2])
            cell_text(cells[3], e)

    pair_row("Søker", "Nav Vestre Toten", "Kommune", "Vestre Toten")
    pair_row("Org.nr.", spaced(o), "Telefon", "934 02 718")
    pair_row("Kontaktperson", "Ragnhild Sveen", "E-post", "ragnhild.sveen@nav.no")
    pair_row("Prosjektets navn", "Bo og bli – boligsosialt los")
    pair_row("Status", "Videreføring – år 2", "Oppstart", "01.02.2020")
    pair_row("Stilling", "Boligsosial veileder, 1 årsverk")
    d.add_paragraph()
    d.add_paragraph().add_run("Satsingsområder").bold = True
    for on, txt in [(False, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (True, "Sikring av sårbare overganger")]:
        d.add_paragraph(("☒ " if on else "☐ ") + txt)
    d.add_paragraph().add_run("Budsjett 2020").bold = True
    b = d.add_table(rows=3, cols=2)
    b.style = "Table Grid"
    for i, (x, y) in enumerate([("Lønn og sosiale kostnader", "610 000"), ("Kompetansemidler", "0"),
                                ("Sum", "610 000")]):
        cell_text(b.cell(i, 0), x)
        cell_text(b.cell(i, 1), y)
    d.add_paragraph()
    d.add_paragraph("Nettverk/klyngesamarbeid: ☒ Ja ☐ Nei        Ekstern prosessevaluering: ☐ Ja ☒ Nei")
    d.add_paragraph().add_run("Underskrifter").bold = True
    s = d.add_table(rows=3, cols=4)
    s.style = "Table Grid"
    for j, h in enumerate(["Rolle", "Navn", "Dato", "Signatur"]):
        cell_text(s.cell(0, j), h, bold=True)
        shade(s.cell(0, j))
    for i, (role, name, date) in enumerate([("Nav-leder", "Gunnhild Bakken", "30.01.2020"),
                                            ("Kommunalsjef helse og velferd", "Ivar Skogli", "31.01.2020")], 1):
        cell_text(s.cell(i, 0), role)
        cell_text(s.cell(i, 1), name)
        cell_text(s.cell(i, 2), date)
        ink_run(s.cell(i, 3).paragraphs[0], name, 35)
    stable_docx(d, out)
    return truth("z13", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Vestre Toten", "Vestre Toten", o),
                 contact=("Ragnhild Sveen", "ragnhild.sveen@nav.no", "93402718"),
                 project=("Bo og bli – boligsosialt los", "continuation", "2020-02-01"), pct=100,
                 amounts={"positions": 610000, "competence": 0, "other": None, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Gunnhild Bakken", "Nav-leder", "2020-01-30", "handwritten"),
                       ("municipality", "Ivar Skogli", "Kommunalsjef helse og velferd", "2020-01-31", "handwritten")],
                 notes=["python-docx → LibreOffice; 4-column table with grey labels and merged answer cells; "
                        "'1 årsverk'; competence written as 0; signature TABLE Rolle/Navn/Dato/Signatur with ink in "
                        "the last column; 610 000 exactly at the cap"])


# ---------------------------------------------------------------- z15 not-application nn (endringssøknad)
def z15(out: Path):
    o = org("97622104")
    d = _doc("Calibri", 11)
    _header_footer(d, "Nav Stad", "Nav Stad · Eidsgata 10, 6770 Nordfjordeid")
    t = d.add_table(rows=1, cols=3)
    no_borders(t)
    for j, v in enumerate(["Vår ref.: 20/311", "Dykkar ref.: 2019/8841", "Dato: 14.08.2020"]):
        cell_text(t.cell(0, j), v, size=9)
    d.add_paragraph("Statsforvaltaren i Vestland")
    p = d.add_paragraph()
    p.add_run("Søknad om endring i prosjekt med tilsegn om tilskot 2020 – «Saman i arbeid»").bold = True
    d.add_paragraph(
        f"Nav Stad (org.nr. {spaced(o)}) fekk i brev av 12. mai 2020 tilsegn om 610 000 kr i tilskot til "
        "utvikling av sosiale tenester i Nav for prosjektet «Saman i arbeid», ei stilling (100 %).")
    d.add_paragraph(
        "Vi søkjer med dette om å endre prosjektet slik: Målgruppa vert utvida frå unge under 25 år til også å "
        "gjelde familiar med barn, og oppstarten vert flytta frå 1. september til 1. november 2020 fordi "
        "stillinga ikkje var tilsett i tide. Tilskotsbeløpet og stillingsprosenten er uendra.")
    t = d.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("", "Godkjent i tilsegn", "Etter endring"),
                             ("Målgruppe", "Unge 18–25 år", "Unge 18–25 år og barnefamiliar"),
                             ("Oppstart", "01.09.2020", "01.11.2020")]):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i == 0))
    d.add_paragraph()
    d.add_paragraph("Kontaktperson: Torunn Myklebust, torunn.myklebust@nav.no, 957 40 213.")
    d.add_paragraph("Med helsing")
    ink_run(d.add_paragraph(), "Johannes Heggheim", 40)
    d.add_paragraph("Johannes Heggheim\nNav-leiar, Nav Stad")
    stable_docx(d, out)
    return truth("z15", "docx", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False,
                 notes=["ENDRINGSSØKNAD: request to change the target group and start of a project already granted "
                        "in 2020 (tilsegn 610 000 kr, 100 %); letter with reference block, ink signature of the "
                        "Nav-leiar"])


# ---------------------------------------------------------------- z16 not-application nb (cover letter alone)
def z16(out: Path):
    d = _doc("Times New Roman", 11)
    _header_footer(d, "ULLENSAKER KOMMUNE – Kommunedirektøren", "Ullensaker kommune · Furusethgata 12, 2050 Jessheim")
    t = d.add_table(rows=2, cols=3)
    no_borders(t)
    for j, (a, b) in enumerate([("Vår ref.:", "20/00219-3"), ("Deres ref.:", ""), ("Dato:", "31.01.2020")]):
        cell_text(t.cell(0, j), a, size=8)
        cell_text(t.cell(1, j), b)
    d.add_paragraph("Statsforvalteren i Oslo og Viken\nPostboks 325\n1502 Moss")
    p = d.add_paragraph()
    p.add_run("Oversendelse av søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – "
              "Nav Ullensaker").bold = True
    d.add_paragraph(
        "Vedlagt oversendes søknad fra Nav Ullensaker om tilskudd til prosjektet «Aktiv hverdag». Søknaden er "
        "behandlet i kommunens ledergruppe 20. januar 2020, og kommunedirektøren støtter at prosjektet "
        "gjennomføres i samarbeid mellom Nav og helse- og velferdsområdet.")
    d.add_paragraph(
        "Søknadsskjemaet med underskrifter sendes fra Nav-kontoret i egen forsendelse. Spørsmål om søknaden kan "
        "rettes til Nav-leder i Nav Ullensaker.")
    d.add_paragraph("Med hilsen")
    ink_run(d.add_paragraph(), "Hilde Kvernmo", 40)
    d.add_paragraph("Hilde Kvernmo\nkommunedirektør")
    d.add_paragraph("Vedlegg: Søknad fra Nav Ullensaker (ettersendes)")
    stable_docx(d, out)
    return truth("z16", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False,
                 notes=["the municipality's COVER LETTER alone ('Oversendelse av søknad …'), the form itself is not "
                        "in the file; signed by the kommunedirektør"])
