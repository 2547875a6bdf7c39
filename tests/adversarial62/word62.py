"""Word documents of corpus 62 (docx-form, docx-controls, docx-legacy-fields, docx-letter) and the two
Word files converted by LibreOffice (pdf-from-office). Each builder writes one file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx.shared import Cm, Pt

from kit62 import (S20, add_ink, bad_orgnr, borders_off, cell_text, formcheck, formtext, new_doc, orgnr, save_doc,
                   sdt_check, sdt_date, sdt_date_long, sdt_placeholder, sdt_text, soffice_pdf, truth)


def _sig_table(doc, cols):
    """Signature blocks side by side: each column (caption above, ink seed or None, lines under)."""
    t = doc.add_table(rows=3, cols=len(cols))
    borders_off(t)
    for i, (cap, seed, under) in enumerate(cols):
        cell_text(t.cell(0, i), cap)
        if seed:
            add_ink(t.cell(1, i).paragraphs[0], seed, 4.2)
        else:
            t.cell(1, i).paragraphs[0].add_run("\n\n")
        t.cell(1, i).add_paragraph("_" * 30)
        cell_text(t.cell(2, i), under)
    return t


# ------------------------------------------------- gy01 docx-form nb: four-column grid, budget in thousands
def gy01(out: Path):
    nr = orgnr("97447119")
    doc = new_doc("Arial", 10, "Søknad Nav Ullensaker")
    doc.add_paragraph().add_run("Ullensaker kommune").bold = True
    h = doc.add_paragraph()
    r = h.add_run("SØKNAD – TILSKUDD TIL UTVIKLING AV SOSIALE TJENESTER I NAV-KONTORET 2020")
    r.bold, r.font.size = True, Pt(13)
    t = doc.add_table(rows=6, cols=4)
    t.style = "Table Grid"
    rows = [("Nav-kontor", "NAV Ullensaker", "Kommune", "Ullensaker"),
            ("Organisasjonsnr.", f"{nr[:3]} {nr[3:6]} {nr[6:]}", "Kontaktperson", "Ingvild Mørk Haugen"),
            ("E-post", "ingvild.mork.haugen@nav.no", "Telefon", "63 94 20 00"),
            ("Prosjektnavn", "Kompass – unge voksne i jobb", "Søknaden gjelder", "Nytt prosjekt"),
            ("Planlagt oppstart", "15.04.2020", "Stillingsomfang", "100 prosent"),
            ("Antall stillinger", "1", "Stillingstittel", "Jobbkonsulent")]
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(j % 2 == 0), shade="E7E6E6" if j % 2 == 0 else None)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Budsjett (beløp i 1000 kr)").bold = True
    b = doc.add_table(rows=4, cols=2)
    b.style = "Table Grid"
    for i, (a, v) in enumerate([("Post", "Omsøkt"), ("Lønn inkl. sosiale kostnader, 100 % jobbkonsulent", "590"),
                                ("Prosjektspesifikk kompetanse", "10"), ("Totalt omsøkt", "600")]):
        cell_text(b.cell(i, 0), a, bold=(i in (0, 3)))
        cell_text(b.cell(i, 1), v, bold=(i in (0, 3)))
    doc.add_paragraph()
    doc.add_paragraph().add_run("Målgruppe og satsingsområde").bold = True
    doc.add_paragraph("Prosjektet retter seg mot unge voksne mellom 18 og 30 år som står uten arbeid. Vi skal "
                      "bruke lokale bedrifter på Gardermoen og i Jessheim sentrum aktivt: deltakerne får praksis "
                      "og ansettelse direkte hos vanlige arbeidsgivere, med tett oppfølging av både arbeidstaker "
                      "og arbeidsgiver.")
    doc.add_paragraph("Ønsker kontoret å delta i nettverk/klyngesamarbeid?  Ja")
    doc.add_paragraph("Ønsker kontoret ekstern prosessevaluering?  Nei")
    doc.add_paragraph()
    doc.add_paragraph("Jessheim, 24.01.2020")
    _sig_table(doc, [("For NAV Ullensaker", "gy01a", "Tor Egil Rønning\nNAV-leder"),
                     ("For Ullensaker kommune", "gy01b", "Bente Solhaug\nKommunalsjef helse og velferd")])
    save_doc(doc, out)
    return truth("gy01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Ullensaker", "Ullensaker", nr),
                 contact=("Ingvild Mørk Haugen", "ingvild.mork.haugen@nav.no", "63942000"),
                 project=("Kompass – unge voksne i jobb", "new", "2020-04-15"), pct=100,
                 amounts={"positions": 590000, "competence": 10000, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Tor Egil Rønning", "NAV-leder", "2020-01-24", "handwritten"),
                       ("municipality", "Bente Solhaug", "Kommunalsjef helse og velferd", "2020-01-24", "handwritten")],
                 notes=["near-miss: budget stated 'beløp i 1000 kr' (590 / 10 / 600 → 590 000 / 10 000 / 600 000)",
                        "ordinary working life described in words, not named; four-column label grid",
                        "truth fix after first run: 'unge voksne mellom 18 og 30 år' with 'tett oppfølging' is the "
                        "youth follow-up area too (Nav counts under-30s as youth); first truth had only arbeidsliv",
                        "one place/date line above both signatures"])


# ------------------------------------------------- gy02 docx-form nn: bold questions, boxed answers
def _boxed(doc, q, a):
    p = doc.add_paragraph()
    p.add_run(q).bold = True
    p.paragraph_format.space_after = Pt(2)
    t = doc.add_table(rows=1, cols=1)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), a)


def gy02(out: Path):
    nr = orgnr("96486822")
    doc = new_doc("Cambria", 11, "Søknad Nav Kinn")
    doc.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav – 2020").bold = True
    doc.add_paragraph("Sendast Statsforvaltaren i Vestland innan 1. februar 2020.")
    for q, a in [("Kva Nav-kontor søkjer?", "Nav Kinn"), ("Kommune", "Kinn kommune"),
                 ("Organisasjonsnummer", nr),
                 ("Kontaktperson (namn, e-post, telefon)", "Solveig Eikrem\nsolveig.eikrem@nav.no\n57 75 62 00"),
                 ("Namnet på prosjektet", "Kystlos"), ("Er prosjektet nytt eller ei vidareføring?", "[x] Nytt   [ ] Vidareføring"),
                 ("Når startar prosjektet?", "1. mars 2020"),
                 ("Stilling(ar) det vert søkt om", "Ungdomsrettleiar, 60 % stilling"),
                 ("Søknadsbeløp", "Løn og sosiale kostnader: kr 366 000\nKompetanse (evaluering og fagutvikling): kr 12 500\n"
                                  "Sum: kr 378 500"),
                 ("Kva prioritert område gjeld prosjektet?",
                  "[ ] Bruk av ordinært arbeidsliv\n[x] Oppfølging av barnefamiliar, ungdom og innvandrarar\n"
                  "[ ] Sikring av sårbare overgangar"),
                 ("Interesse for nettverk/klyngesamarbeid", "[x] Ja   [ ] Nei"),
                 ("Interesse for ekstern prosessevaluering", "[ ] Ja   [x] Nei")]:
        _boxed(doc, q, a)
    doc.add_paragraph()
    doc.add_paragraph("Florø, 29. januar 2020")
    _sig_table(doc, [("Nav-leiar", "gy02a", "Arve Solheim"), ("Kommunedirektør", "gy02b", "Karen Nygård Lefdal")])
    save_doc(doc, out)
    return truth("gy02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Kinn", "Kinn", nr), contact=("Solveig Eikrem", "solveig.eikrem@nav.no", "57756200"),
                 project=("Kystlos", "new", "2020-03-01"), pct=60,
                 amounts={"positions": 366000, "competence": 12500, "total": 378500},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Arve Solheim", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Karen Nygård Lefdal", "Kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["defect: competence 12 500 > 10 000 (positions exactly at 60 % cap 366 000)",
                        "questions in bold, each answer in its own one-cell box; [x]/[ ] boxes"])


# ------------------------------------------------- gy03 docx-form nb: three columns, two position lines, 1,2 årsverk
def gy03(out: Path):
    nr = orgnr("93871125")
    doc = new_doc("Calibri", 10, "Søknad NAV Sarpsborg")
    doc.add_paragraph().add_run("NAV Sarpsborg – søknad om tilskudd (kap. 0621 post 63), tilskuddsår 2020").bold = True
    t = doc.add_table(rows=1, cols=3)
    t.style = "Light Grid Accent 1"
    for j, v in enumerate(("Punkt", "Opplysning", "Merknad")):
        cell_text(t.cell(0, j), v, bold=True)
    for a, b_, c_ in [("Søker (Nav-kontor)", "NAV Sarpsborg", "Vertskommune: Sarpsborg"),
                      ("Org.nr.", nr, "Underenhet"),
                      ("Kontaktperson", "Espen Bakke Olsen", "Prosjektleder"),
                      ("Kontaktinfo", "espen.bakke.olsen@nav.no – 69 10 89 00", ""),
                      ("Prosjekt", "«Sammen om skolen»", "Arbeidstittel"),
                      ("Status", "Nytt", ""),
                      ("Oppstart", "01.05.2020", "Forutsatt tilsagn"),
                      ("Omfang", "1,2 årsverk", "Se stillingstabell")]:
        row = t.add_row().cells
        cell_text(row[0], a), cell_text(row[1], b_), cell_text(row[2], c_)
    doc.add_paragraph()
    doc.add_paragraph().add_run("Stillinger og kostnader").bold = True
    s = doc.add_table(rows=1, cols=3)
    s.style = "Table Grid"
    for j, v in enumerate(("Stilling", "Stillingsprosent", "Lønn og sosiale kostnader")):
        cell_text(s.cell(0, j), v, bold=True)
    for row_ in [("Familiekoordinator", "100 %", "610 000"), ("Skolekontakt", "20 %", "122 000"),
                 ("Kompetansemidler (prosessveiledning)", "", "8 000"), ("Sum omsøkt", "", "740 000")]:
        cells = s.add_row().cells
        for j, v in enumerate(row_):
            cell_text(cells[j], v, bold=row_[0].startswith("Sum"))
    doc.add_paragraph()
    doc.add_paragraph("Prosjektet skal sikre tett oppfølging av barnefamilier med lav inntekt, og særlig barn og "
                      "ungdom som står i fare for å falle ut av videregående skole. Overgangen fra ungdomsskole "
                      "til videregående er et kritisk punkt vi vil følge opp systematisk.")
    doc.add_paragraph("Nettverk/klyngesamarbeid: ønskes.   Ekstern prosessevaluering: ønskes ikke.")
    doc.add_paragraph()
    _sig_table(doc, [("Sarpsborg, 27.01.2020", "gy03a", "Linn Cathrine Berg\nEnhetsleder NAV Sarpsborg"),
                     ("Sarpsborg, 28.01.2020", "gy03b", "Ole Kristian Gran\nKommunedirektør")])
    save_doc(doc, out)
    return truth("gy03", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Sarpsborg", "Sarpsborg", nr),
                 contact=("Espen Bakke Olsen", "espen.bakke.olsen@nav.no", "69108900"),
                 project=("Sammen om skolen", "new", "2020-05-01"), pct=120,
                 amounts={"positions": 732000, "competence": 8000, "total": 740000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Linn Cathrine Berg", "Enhetsleder NAV Sarpsborg", "2020-01-27", "handwritten"),
                       ("municipality", "Ole Kristian Gran", "Kommunedirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: two position lines 100 % + 20 % at exactly 732 000 (cap for 120 %); '1,2 årsverk'",
                        "no separate positions sum row: positions = 610 000 + 122 000; the Sum row is the total",
                        "Nav leader titled 'Enhetsleder'; areas argued in prose (families/youth; school transition)"])


# ------------------------------------------------- gy04 docx-controls nn: controls with long-date pickers
def gy04(out: Path):
    nr = orgnr("96459901")
    doc = new_doc("Calibri", 11, "Søknadsskjema Nav Ålesund")
    doc.add_paragraph().add_run("Søknadsskjema – tilskot til utvikling av sosiale tenester i Nav 2020").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"

    def row(label, fill):
        c = t.add_row().cells
        cell_text(c[0], label, bold=True)
        fill(c[1].paragraphs[0])
    row("Søkjar (Nav-kontor)", lambda p: sdt_text(p, "Kontor", "Nav Ålesund"))
    row("Kommune", lambda p: sdt_text(p, "Kommune", "Ålesund"))
    row("Org.nr.", lambda p: sdt_text(p, "Orgnr", nr))
    row("Kontaktperson", lambda p: sdt_text(p, "Kontakt", "Eirik Vartdal"))
    row("E-post", lambda p: sdt_text(p, "Epost", "Eirik.Vartdal@nav.no"))
    row("Telefon", lambda p: sdt_text(p, "Tlf", "+47 70 16 25 00"))
    row("Prosjekttittel", lambda p: sdt_text(p, "Tittel", "Arbeid først – Sunnmøre"))
    row("Type prosjekt", lambda p: (sdt_check(p, "Ny", False), p.add_run(" Nytt   "),
                                    sdt_check(p, "Vidare", True), p.add_run(" Vidareføring (2. år)")))
    row("Oppstart", lambda p: sdt_date_long(p, "Start", "2020-09-01", "1. september 2020"))
    row("Stillingsprosent", lambda p: sdt_text(p, "Pst", "100 %"))
    row("Løn og sosiale kostnader", lambda p: sdt_text(p, "Lonn", "600 000 kr"))
    row("Kompetansemidlar", lambda p: sdt_text(p, "Komp", "10 000 kr"))
    row("Totalt søkt", lambda p: sdt_text(p, "Sum", "610 000 kr"))
    row("Kommunal eigendel", lambda p: sdt_text(p, "Eigen", "150 000 kr"))
    row("Prioriterte område", lambda p: (sdt_check(p, "A1", True), p.add_run(" Bruk av ordinært arbeidsliv\n"),
                                         sdt_check(p, "A2", False),
                                         p.add_run(" Oppfølging av barnefamiliar, ungdom og innvandrarar\n"),
                                         sdt_check(p, "A3", False), p.add_run(" Sikring av sårbare overgangar")))
    row("Nettverk/klyngesamarbeid", lambda p: (sdt_check(p, "NJ", False), p.add_run(" Ja  "),
                                               sdt_check(p, "NN", True), p.add_run(" Nei")))
    row("Ekstern prosessevaluering", lambda p: (sdt_check(p, "EJ", True), p.add_run(" Ja  "),
                                                sdt_check(p, "EN", False), p.add_run(" Nei")))
    doc.add_paragraph()
    doc.add_paragraph().add_run("Underskrifter").bold = True
    s = doc.add_table(rows=4, cols=2)
    s.style = "Table Grid"
    cell_text(s.cell(0, 0), "Nav-leiar", bold=True)
    cell_text(s.cell(0, 1), "Kommunedirektør", bold=True)
    add_ink(s.cell(1, 0).paragraphs[0], "gy04a", 4.0)
    add_ink(s.cell(1, 1).paragraphs[0], "gy04b", 4.0)
    sdt_text(s.cell(2, 0).paragraphs[0], "NamnNav", "Hege Brunstad")
    sdt_text(s.cell(2, 1).paragraphs[0], "NamnKom", "Arne Vinje")
    sdt_date_long(s.cell(3, 0).paragraphs[0], "DatoNav", "2020-01-30", "30. januar 2020")
    sdt_date_long(s.cell(3, 1).paragraphs[0], "DatoKom", "2020-01-31", "31. januar 2020")
    save_doc(doc, out)
    return truth("gy04", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Ålesund", "Ålesund", nr), contact=("Eirik Vartdal", "eirik.vartdal@nav.no", "70162500"),
                 project=("Arbeid først – Sunnmøre", "continuation", "2020-09-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000}, own_funding=150000,
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Hege Brunstad", "Nav-leiar", "2020-01-30", "handwritten"),
                       ("municipality", "Arne Vinje", "Kommunedirektør", "2020-01-31", "handwritten")],
                 notes=["near-miss: total 610 000 equals the cap figure but is positions 600 000 + competence 10 000",
                        "date pickers show long dates ('31. januar 2020'); e-mail written with capitals; +47 phone",
                        "continuation year 2; own contribution 150 000"])


# ------------------------------------------------- gy05 docx-controls nb: municipal block left as placeholder
def gy05(out: Path):
    nr = orgnr("97023131")
    doc = new_doc("Segoe UI", 10, "Søknad Nav Drammen")
    doc.add_paragraph().add_run("Tilskudd til utvikling av sosiale tjenester i Nav-kontoret – søknad 2020").bold = True
    doc.add_paragraph("Fyll ut feltene. Skjemaet sendes Statsforvalteren innen 1. februar.")
    for label, fill in [
            ("Nav-kontor: ", lambda p: sdt_text(p, "Kontor", "Nav Drammen")),
            ("Kommune: ", lambda p: sdt_text(p, "Kommune", "Drammen")),
            ("Organisasjonsnummer: ", lambda p: sdt_text(p, "Org", nr)),
            ("Kontaktperson: ", lambda p: sdt_text(p, "Kontakt", "Mona Kristiansen, mona.kristiansen@nav.no, 32 80 60 00")),
            ("Prosjektets tittel: ", lambda p: sdt_text(p, "Tittel", "Flyt Drammen")),
            ("Nytt prosjekt: ", lambda p: sdt_check(p, "Ny", True)),
            ("Videreføring: ", lambda p: sdt_check(p, "Vf", False)),
            ("Oppstart: ", lambda p: sdt_date(p, "Start", "2020-06-01", "01.06.2020")),
            ("Stillingsandel: ", lambda p: sdt_text(p, "Pst", "50%")),
            ("Lønn og sosiale kostnader: ", lambda p: sdt_text(p, "Lonn", "kr 300 000")),
            ("Kompetanse: ", lambda p: sdt_text(p, "Komp", "kr 5 000")),
            ("Sum omsøkt: ", lambda p: sdt_text(p, "Sum", "kr 305 000"))]:
        p = doc.add_paragraph()
        p.add_run(label).bold = True
        fill(p)
    p = doc.add_paragraph()
    p.add_run("Prioriterte områder: ").bold = True
    sdt_check(p, "P1", False), p.add_run(" Bruk av ordinært arbeidsliv  ")
    sdt_check(p, "P2", False), p.add_run(" Oppfølging av barnefamilier, ungdom og innvandrere  ")
    sdt_check(p, "P3", True), p.add_run(" Sikring av sårbare overganger")
    p = doc.add_paragraph()
    p.add_run("Nettverk/klyngesamarbeid: ").bold = True
    sdt_check(p, "NJ", True), p.add_run(" Ja ")
    sdt_check(p, "NN", False), p.add_run(" Nei")
    p = doc.add_paragraph()
    p.add_run("Ekstern prosessevaluering: ").bold = True
    sdt_check(p, "EJ", True), p.add_run(" Ja ")
    sdt_check(p, "EN", False), p.add_run(" Nei")
    doc.add_paragraph()
    doc.add_paragraph().add_run("Signatur leder Nav Drammen").bold = True
    add_ink(doc.add_paragraph(), "gy05a", 4.0)
    p = doc.add_paragraph("Navn: ")
    sdt_text(p, "NavNavn", "Jørn Bakken")
    p.add_run("    Dato: ")
    sdt_date(p, "NavDato", "2020-01-22", "22.01.2020")
    doc.add_paragraph()
    doc.add_paragraph().add_run("Signatur kommunedirektør").bold = True
    doc.add_paragraph()
    p = doc.add_paragraph("Navn: ")
    sdt_placeholder(p, "KomNavn")
    p.add_run("    Dato: ")
    sdt_placeholder(p, "KomDato", "Klikk eller trykk for å skrive inn en dato.")
    save_doc(doc, out)
    return truth("gy05", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Drammen", "Drammen", nr),
                 contact=("Mona Kristiansen", "mona.kristiansen@nav.no", "32806000"),
                 project=("Flyt Drammen", "new", "2020-06-01"), pct=50,
                 amounts={"positions": 300000, "competence": 5000, "total": 305000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Jørn Bakken", "Leder Nav Drammen", "2020-01-22", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["defect: the municipal block's name and date controls still show Word's placeholder text, no ink",
                        "the Nav leader's title is only in the caption 'Signatur leder Nav Drammen'"])


# ------------------------------------------------- gy06 docx-legacy-fields nb: FORMTEXT in a ruled list
def gy06(out: Path):
    good = orgnr("97455302")
    nr = bad_orgnr(good)
    doc = new_doc("Times New Roman", 11, "Søknad NAV Skien")
    doc.add_paragraph().add_run("NAV SKIEN").bold = True
    doc.add_paragraph().add_run("Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret, 2020").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, val in [("1. Søkende NAV-kontor", "NAV Skien"), ("2. Kommune", "Skien"),
                       ("3. Organisasjonsnummer", nr), ("4. Kontaktperson", "Anette Gundersen"),
                       ("5. E-postadresse", "anette.gundersen@nav.no"), ("6. Telefon", "35 58 10 00"),
                       ("7. Prosjektnavn", "Ny start Skien"), ("9. Oppstartsdato", "01.08.2020"),
                       ("10. Stillingsprosent", "80"), ("11. Lønn og sosiale kostnader (kr)", "480000"),
                       ("12. Kompetansemidler (kr)", "0"), ("13. Sum (kr)", "480000")]:
        c = t.add_row().cells
        cell_text(c[0], label)
        formtext(c[1].paragraphs[0], label.split(".")[0], val)
        if label.startswith("7."):
            c2 = t.add_row().cells
            cell_text(c2[0], "8. Nytt prosjekt / videreføring")
            p = c2[1].paragraphs[0]
            formcheck(p, "ny", True), p.add_run(" Nytt   ")
            formcheck(p, "vf", False), p.add_run(" Videreføring")
    doc.add_paragraph()
    doc.add_paragraph("14. Prioriterte områder (kryss av):")
    for lab, on in [("Bruk av ordinært arbeidsliv", True), ("Oppfølging av barnefamilier, ungdom og innvandrere", True),
                    ("Sikring av sårbare overganger", False)]:
        p = doc.add_paragraph()
        formcheck(p, lab[:6], on)
        p.add_run(" " + lab)
    p = doc.add_paragraph("15. Interesse for nettverk/klyngesamarbeid: ")
    formcheck(p, "nj", False), p.add_run(" ja  "), formcheck(p, "nn", True), p.add_run(" nei")
    p = doc.add_paragraph("16. Interesse for ekstern prosessevaluering: ")
    formcheck(p, "ej", False), p.add_run(" ja  "), formcheck(p, "en", True), p.add_run(" nei")
    doc.add_paragraph()
    _sig_table(doc, [("NAV-leder", "gy06a", "Skien, 23.01.2020\nRagnhild Holta"),
                     ("Rådmann", "gy06b", "Skien, 27.01.2020\nHans Petter Sønstebø")])
    save_doc(doc, out)
    return truth("gy06", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Skien", "Skien", nr), contact=("Anette Gundersen", "anette.gundersen@nav.no", "35581000"),
                 project=("Ny start Skien", "new", "2020-08-01"), pct=80,
                 amounts={"positions": 480000, "competence": 0, "total": 480000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Ragnhild Holta", "NAV-leder", "2020-01-23", "handwritten"),
                       ("municipality", "Hans Petter Sønstebø", "Rådmann", "2020-01-27", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=[f"defect: org number {nr} fails MOD11 (valid would be {good})",
                        "competence written 0 → 0; percent '80' without %; 'Rådmann' (older title)"])


# ------------------------------------------------- gy07 docx-letter nb: letter, electronic approval paragraph
def gy07(out: Path):
    nr = orgnr("97434208")
    doc = new_doc("Georgia", 11, "Søknad Nav Tromsø")
    for s in ["Nav Tromsø", "Postboks 6100, 9291 Tromsø", "Org.nr. " + nr, ""]:
        doc.add_paragraph(s)
    for s in ["Statsforvalteren i Troms og Finnmark", "Sosial- og helseavdelingen", ""]:
        doc.add_paragraph(s)
    p = doc.add_paragraph("Tromsø, 28. januar 2020")
    p.alignment = 2
    doc.add_paragraph().add_run("Søknad om tilskudd – «Arbeidslinja i nord»").bold = True
    for s in [
        "Nav Tromsø søker med dette om tilskudd til utvikling av sosiale tjenester i Nav-kontoret for 2020. "
        "Prosjektet «Arbeidslinja i nord» er nytt og skal etter planen starte opp 1. mars 2020.",
        "Vi søker om midler til én 80 %-stilling som jobbspesialist. Lønn og sosiale kostnader er beregnet til "
        "kr 488 000. I tillegg søker vi om kr 7 500 til kompetanseheving knyttet til prosjektet (kurs i "
        "arbeidsgiverrettet arbeid). Samlet søknadsbeløp er dermed kr 495 500. Tromsø kommune bidrar med en "
        "egenandel på kr 120 000 til kontorplass og reiser.",
        "Målgruppen er innvandrere med lang botid som har avsluttet introduksjonsprogrammet uten å komme i "
        "arbeid. Jobbspesialisten skal skaffe ordinære jobber i privat og offentlig sektor og følge opp både "
        "deltaker og arbeidsgiver på arbeidsplassen.",
        "Vi er interessert i å delta i nettverk med andre kontorer, men ønsker ikke ekstern prosessevaluering "
        "dette året.",
        "Kontaktperson for søknaden er rådgiver Maja Nilsen Eira, e-post maja.nilsen.eira@nav.no, "
        "telefon 77 79 80 00.", "", "Med vennlig hilsen", ""]:
        doc.add_paragraph(s)
    t = doc.add_table(rows=2, cols=2)
    borders_off(t)
    cell_text(t.cell(0, 0), "Kari-Anne Johansen")
    cell_text(t.cell(1, 0), "Nav-leder")
    cell_text(t.cell(0, 1), "Stig Tore Hanssen")
    cell_text(t.cell(1, 1), "Kommunedirektør, Tromsø kommune")
    doc.add_paragraph()
    doc.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    save_doc(doc, out)
    return truth("gy07", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Tromsø", "Tromsø", nr), contact=("Maja Nilsen Eira", "maja.nilsen.eira@nav.no", "77798000"),
                 project=("Arbeidslinja i nord", "new", "2020-03-01"), pct=80,
                 amounts={"positions": 488000, "competence": 7500, "total": 495500}, own_funding=120000,
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Kari-Anne Johansen", "Nav-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Stig Tore Hanssen", "Kommunedirektør", "2020-01-28", "electronic_approval")],
                 notes=["near-miss: 80 % at exactly 488 000; all facts in prose; own contribution 120 000",
                        "electronic approval: names and titles side by side above the sentence; dates = letter date",
                        "municipal title written 'Kommunedirektør, Tromsø kommune' → title Kommunedirektør"])


# ------------------------------------------------- gy08 docx-letter nn: Nynorsk letter, 75 % over cap
def gy08(out: Path):
    nr = orgnr("93862370")
    doc = new_doc("Calibri", 11, "Søknad Nav Orkland")
    doc.add_paragraph("Nav Orkland · Orkland kommune · org.nr. " + f"{nr[:3]} {nr[3:6]} {nr[6:]}")
    doc.add_paragraph("Til: Statsforvaltaren i Trøndelag")
    doc.add_paragraph("Orkanger, 21.01.2020")
    doc.add_paragraph().add_run("SØKNAD OM TILSKOT 2020: «LOSEN – UNGE INN I ARBEID»").bold = True
    for s in [
        "Nav Orkland søkjer om tilskot til prosjektet «Losen – unge inn i arbeid». Dette er eit nytt prosjekt "
        "med oppstart 1. april 2020.",
        "Vi søkjer om midlar til ei 75 % stilling som ungdomslos. Stillinga skal følgje opp ungdom som har "
        "droppa ut av vidaregåande skule, og hjelpe dei over i skule eller arbeid.",
        "Budsjett:"]:
        doc.add_paragraph(s)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (a, v) in enumerate([("Løn og sosiale kostnader, 75 %", "460 000"), ("Kompetanse", "10 000"),
                                ("Sum søkt", "470 000"), ("Eigendel Orkland kommune", "90 000")]):
        cell_text(t.cell(i, 0), a), cell_text(t.cell(i, 1), v)
    for s in [
        "", "Kontoret ønskjer å vere med i nettverk og klyngesamarbeid, og ønskjer ekstern prosessevaluering.",
        "Kontaktperson: Ingrid Bakk Lien, ingrid.bakk.lien@nav.no, tlf. 72 48 32 00.", "", "Med helsing", ""]:
        doc.add_paragraph(s)
    t2 = doc.add_table(rows=3, cols=2)
    borders_off(t2)
    add_ink(t2.cell(0, 0).paragraphs[0], "gy08a", 4.0)
    add_ink(t2.cell(0, 1).paragraphs[0], "gy08b", 4.0)
    cell_text(t2.cell(1, 0), "Jostein Bjerkan")
    cell_text(t2.cell(2, 0), "Nav-leiar")
    cell_text(t2.cell(1, 1), "Marit Halvorsen Hoel")
    cell_text(t2.cell(2, 1), "Kommunedirektør")
    save_doc(doc, out)
    return truth("gy08", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Orkland", "Orkland", nr), contact=("Ingrid Bakk Lien", "ingrid.bakk.lien@nav.no", "72483200"),
                 project=("Losen – unge inn i arbeid", "new", "2020-04-01"), pct=75,
                 amounts={"positions": 460000, "competence": 10000, "total": 470000}, own_funding=90000,
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Jostein Bjerkan", "Nav-leiar", "2020-01-21", "handwritten"),
                       ("municipality", "Marit Halvorsen Hoel", "Kommunedirektør", "2020-01-21", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"],
                 notes=["defect: 75 % at 460 000 > cap 457 500",
                        "title in capitals in the heading and in «»: truth keeps the case of the sentence in the body",
                        "signature dates = the letter's date"])


# ------------------------------------------------- gy13 pdf-from-office nb: shaded sections, municipal late
def gy13(out: Path):
    nr = orgnr("97408762")
    doc = new_doc("Verdana", 9, "Søknad Nav Haugesund")
    doc.add_paragraph().add_run("Nav Haugesund").bold = True
    doc.add_paragraph().add_run("Søknad: Tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020").bold = True

    def section(title, rows):
        t = doc.add_table(rows=1, cols=2)
        t.style = "Table Grid"
        c = t.cell(0, 0).merge(t.cell(0, 1))
        cell_text(c, title, bold=True, shade="BDD7EE")
        for a, v in rows:
            r = t.add_row().cells
            cell_text(r[0], a), cell_text(r[1], v)
        doc.add_paragraph()
    section("A  Søker", [("Nav-kontor", "Nav Haugesund"), ("Kommune", "Haugesund kommune"), ("Org.nr", nr),
                         ("Kontaktperson", "Trond Vikse"), ("E-post/telefon", "trond.vikse@nav.no / 52 86 20 00")])
    section("B  Prosjektet", [("Navn", "Brobyggeren"), ("Nytt/videreføring", "Videreføring – 2. år"),
                              ("Oppstart", "01.01.2020"), ("Stilling", "Brobygger 100 %")])
    section("C  Økonomi", [("Lønn og sosiale kostnader", "kr 605 000"), ("Kompetanse", "kr 5 000"),
                           ("Totalt", "kr 610 000")])
    section("D  Prioriterte områder og interesse",
            [("Sikring av sårbare overganger", "X"), ("Bruk av ordinært arbeidsliv", ""),
             ("Oppfølging av barnefamilier, ungdom og innvandrere", ""),
             ("Nettverk/klyngesamarbeid", "Ja"), ("Ekstern prosessevaluering", "Ja")])
    doc.add_paragraph("Prosjektet følger opp personer som løslates fra Haugesund fengsel, slik at bolig, "
                      "inntekt og aktivitet er på plass fra første dag.")
    _sig_table(doc, [("Dato: 29.01.2020", "gy13a", "Gunn Elin Tveit\nNav-leder"),
                     ("Dato: 03.02.2020", "gy13b", "Per Arne Hauge\nKommunedirektør")])
    with tempfile.TemporaryDirectory() as td:
        dx = Path(td) / "gy13.docx"
        save_doc(doc, dx)
        soffice_pdf(dx, out)
    return truth("gy13", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Haugesund", "Haugesund", nr), contact=("Trond Vikse", "trond.vikse@nav.no", "52862000"),
                 project=("Brobyggeren", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Gunn Elin Tveit", "Nav-leder", "2020-01-29", "handwritten"),
                       ("municipality", "Per Arne Hauge", "Kommunedirektør", "2020-02-03", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"],
                 notes=["defect: the kommunedirektør signed 03.02.2020, after the 1 February deadline",
                        "areas marked with X in a second column; blue merged section rows"])


# ------------------------------------------------- gy14 pdf-from-office nn: two 50 % lines, rådmann
def gy14(out: Path):
    nr = orgnr("92414309")
    doc = new_doc("Liberation Serif", 11, "Søknad Nav Øygarden")
    doc.add_paragraph().add_run("Nav Øygarden – søknad om tilskot til sosiale tenester i Nav 2020").bold = True
    for a, v in [("Søkjar", "Nav Øygarden, Øygarden kommune"), ("Organisasjonsnummer", nr),
                 ("Prosjekt", "Heim til arbeid"), ("Ny eller vidareføring", "Nytt prosjekt"),
                 ("Oppstart", "mai 2020"),
                 ("Kontaktperson", "Sindre Turøy (sindre.turoy@nav.no, 56 31 50 00)")]:
        p = doc.add_paragraph()
        p.add_run(a + ": ").bold = True
        p.add_run(v)
    doc.add_paragraph("Vi søkjer om to stillingar à 50 %:")
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for i, row in enumerate([("Stilling", "Prosent", "Beløp"), ("Arbeidsrettleiar", "50 %", "305 000"),
                             ("Bu- og oppfølgingsrettleiar", "50 %", "305 000"), ("Sum", "100 %", "610 000")]):
        for j, v in enumerate(row):
            cell_text(t.cell(i, j), v, bold=(i in (0, 3)))
    doc.add_paragraph("Det vert ikkje søkt om kompetansemidlar. Totalt søkt beløp: 610 000 kroner.")
    doc.add_paragraph("Prosjektet skal sikre overgangen frå institusjon og fengsel til eigen bustad og arbeid, "
                      "og bruke lokale arbeidsgjevarar i havbruk og industri som læringsarena.")
    doc.add_paragraph("Nettverk/klyngesamarbeid: nei. Ekstern prosessevaluering: ja.")
    doc.add_paragraph()
    t2 = doc.add_table(rows=3, cols=3)
    t2.style = "Table Grid"
    for j, v in enumerate(("Rolle", "Namn / dato", "Underskrift")):
        cell_text(t2.cell(0, j), v, bold=True)
    cell_text(t2.cell(1, 0), "Nav-leiar"), cell_text(t2.cell(1, 1), "Torbjørn Sætre, 20.01.2020")
    add_ink(t2.cell(1, 2).paragraphs[0], "gy14a", 3.5)
    cell_text(t2.cell(2, 0), "Rådmann"), cell_text(t2.cell(2, 1), "Ranveig Hjelmeland, 24.01.2020")
    add_ink(t2.cell(2, 2).paragraphs[0], "gy14b", 3.5)
    with tempfile.TemporaryDirectory() as td:
        dx = Path(td) / "gy14.docx"
        save_doc(doc, dx)
        soffice_pdf(dx, out)
    return truth("gy14", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Øygarden", "Øygarden", nr), contact=("Sindre Turøy", "sindre.turoy@nav.no", "56315000"),
                 project=("Heim til arbeid", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": None, "total": 610000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Torbjørn Sætre", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Ranveig Hjelmeland", "Rådmann", "2020-01-24", "handwritten")],
                 notes=["near-miss: two 50 % lines at 305 000 each = 610 000, exactly the cap for 100 %; Sum row is a sum",
                        "no competence applied for ('vert ikkje søkt om') → null; 'mai 2020' → 2020-05-01",
                        "areas argued in prose (transitions from prison; local employers as learning arena)"])
