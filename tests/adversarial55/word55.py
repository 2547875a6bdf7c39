"""Word documents of corpus 55 (docx-form, docx-controls, docx-legacy-fields, docx-letter) and the two
Word files converted to PDF (pdf-from-office). Each builder writes one file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from kit55 import (S20, add_ink, cell_text, legacy_check, legacy_text, new_doc, no_borders, save_doc, sdt_check,
                   sdt_text, soffice_pdf, truth)

HEAD_NB = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
HEAD_NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav 2020"


def _para(doc, text, bold=False, size=None, align=None):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = bold
    if size:
        r.font.size = Pt(size)
    if align:
        p.alignment = align
    return p


def _qa_table(doc, rows, style="Table Grid", widths=(6.0, 10.5)):
    """A two-column question/answer table; a row whose answer is None is a shaded section heading."""
    t = doc.add_table(rows=0, cols=2)
    t.style = style
    for q, a in rows:
        c = t.add_row().cells
        if a is None:
            m = c[0].merge(c[1])
            cell_text(m, q, bold=True, shade="D9E2F3")
            continue
        cell_text(c[0], q)
        cell_text(c[1], a)
        c[0].width, c[1].width = Cm(widths[0]), Cm(widths[1])
    return t


def _ink_table(doc, blocks, seed):
    """Signature blocks side by side: a caption, place/date, ink (or nothing), name, title."""
    t = doc.add_table(rows=5, cols=len(blocks))
    no_borders(t)
    for i, (cap, place_date, ink, name, title) in enumerate(blocks):
        cell_text(t.cell(0, i), cap, bold=True)
        cell_text(t.cell(1, i), place_date)
        if ink:
            add_ink(t.cell(2, i).paragraphs[0], f"{seed}{i}", 4.0)
        else:
            cell_text(t.cell(2, i), "\n______________________________")
        cell_text(t.cell(3, i), name)
        cell_text(t.cell(4, i), title)
    return t


# ---------------------------------------------------------------- cf01 docx-form nb, inter-municipal office, all at the caps
def cf01(out: Path):
    doc = new_doc("Arial", 10, "Søknad Ytre Namdal")
    _para(doc, "NAV Ytre Namdal  ·  Vertskommune Nærøysund  ·  Sentralbord 55 55 33 33", size=8,
          align=WD_ALIGN_PARAGRAPH.RIGHT)
    _para(doc, HEAD_NB, bold=True, size=14)
    _para(doc, "Interkommunalt Nav-kontor for Nærøysund og Leka. Skjemaet sendes Statsforvalteren i Trøndelag.")
    _qa_table(doc, [
        ("1  Søker", None),
        ("Nav-kontor", "NAV Ytre Namdal"),
        ("Kommune (vertskommune)", "Nærøysund"),
        ("Org.nr:", "974 324 121"),
        ("Kontaktperson", "Silje Aune, prosjektkoordinator\nMobil: 0047 916 23 451\nE-post: silje.aune@nav.no"),
        ("2  Prosjektet", None),
        ("Prosjektets navn", "Ungdomsløftet Ytre Namdal"),
        ("Nytt prosjekt eller videreføring?", "Nytt prosjekt"),
        ("Planlagt oppstart", "1. mars 2020"),
        ("Stillingsressurs", "1 stilling – 100 %"),
        ("3  Økonomi", None),
        ("Lønn og sosiale utgifter", "kr 610.000,-"),
        ("Prosjektspesifikk kompetanse", "kr 10.000,-"),
        ("Sum omsøkt", "kr 620.000,-"),
        ("4  Satsingsområder", None),
        ("Hvilke prioriterte områder svarer prosjektet på?",
         "☐ Bruk av ordinært arbeidsliv\n☒ Oppfølging av barnefamilier, ungdom og innvandrere\n☐ Sikring av sårbare overganger"),
        ("Ønsker dere å delta i nettverk/klyngesamarbeid?", "☒ Ja   ☐ Nei"),
        ("Ønsker dere ekstern prosessevaluering?", "☐ Ja   ☒ Nei"),
    ])
    _para(doc, "")
    _para(doc, "Prosjektet skal gi unge mellom 16 og 25 år i begge kommunene én fast veileder som følger dem "
               "fra skole eller hjem og ut i lønnet arbeid hos lokale bedrifter.")
    _para(doc, "Underskrifter", bold=True)
    _ink_table(doc, [("For NAV Ytre Namdal", "Rørvik, 14.01.20", True, "Bjørn Ove Kvaløy", "Leder NAV Ytre Namdal"),
                     ("For Nærøysund kommune", "Rørvik, 15.01.20", True, "Hege Sæther", "Kommunedirektør")], "cf01")
    save_doc(doc, out)
    return truth("cf01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Ytre Namdal", "Nærøysund", "974324121"),
                 contact=("Silje Aune", "silje.aune@nav.no", "91623451"),
                 project=("Ungdomsløftet Ytre Namdal", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Bjørn Ove Kvaløy", "Leder NAV Ytre Namdal", "2020-01-14", "handwritten"),
                       ("municipality", "Hege Sæther", "Kommunedirektør", "2020-01-15", "handwritten")],
                 notes=["near-miss: 100 % at exactly 610 000 and competence exactly 10 000, written 'kr 610.000,-'",
                        "inter-municipal office named after a region; the host municipality is stated",
                        "contact phone is the contact's mobile '0047 916 23 451'; the header's switchboard is the office's",
                        "two-digit years '14.01.20'"])


# ---------------------------------------------------------------- cf02 docx-form nn, invalid foretaksnummer
def cf02(out: Path):
    doc = new_doc("Cambria", 11, "Søknad Sunnfjord")
    _para(doc, HEAD_NN, bold=True, size=13)
    _para(doc, "Søkjar: Nav-kontoret i Sunnfjord", bold=True)
    t = doc.add_table(rows=0, cols=3)
    t.style = "Light List Accent 1"
    for n, q, a in [("A", "Namn på Nav-kontoret", "Nav-kontoret i Sunnfjord"), ("B", "Kommune", "Sunnfjord kommune"),
                    ("C", "Foretaksnr.", "974 565 183"),
                    ("D", "Kontaktperson (namn, e-post, telefon)", "Ingvild Skrede / ingvild.skrede@nav.no / 57 72 84 10"),
                    ("E", "Prosjektnamn", "Arbeidslaget Sunnfjord"),
                    ("F", "Ny søknad eller vidareføring", "Vidareføring (2. år)"),
                    ("G", "Oppstart", "1. januar 2020"),
                    ("H", "Stillingsressurs", "Ei 75 % stilling"),
                    ("I", "Løn og sosiale kostnader", "kr 457 500"),
                    ("J", "Kompetansemidlar", "kr 8 000"),
                    ("K", "Sum søkt", "kr 465 500")]:
        c = t.add_row().cells
        cell_text(c[0], n, bold=True)
        cell_text(c[1], q)
        cell_text(c[2], a)
    _para(doc, "")
    _para(doc, "Prioriterte område (set kryss)", bold=True)
    for mark, area in [("X", "Bruk av ordinært arbeidsliv"), (" ", "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                       ("X", "Sikring av sårbare overgangar")]:
        _para(doc, f"[{mark}]  {area}")
    _para(doc, "Nettverk/klyngesamarbeid: [X] Ja  [ ] Nei        Ekstern prosessevaluering: [X] Ja  [ ] Nei")
    _para(doc, "Arbeidslaget tek imot deltakarar som kjem ut av rusbehandling eller fengsel, og gjev dei arbeid i "
               "ordinære verksemder med ein fast jobbspesialist ved sida.")
    _para(doc, "Underskrift", bold=True)
    _ink_table(doc, [("Nav-leiar", "Førde, 27. januar 2020", True, "Torunn Myklebust", "Nav-leiar"),
                     ("Kommunen", "Førde, 28. januar 2020", True, "Arild Hjelmeland",
                      "Kommunalsjef for helse og velferd")], "cf02")
    save_doc(doc, out)
    return truth("cf02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", "974565183"),
                 contact=("Ingvild Skrede", "ingvild.skrede@nav.no", "57728410"),
                 project=("Arbeidslaget Sunnfjord", "continuation", "2020-01-01"), pct=75,
                 amounts={"positions": 457500, "competence": 8000, "total": 465500},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Torunn Myklebust", "Nav-leiar", "2020-01-27", "handwritten"),
                       ("municipality", "Arild Hjelmeland", "Kommunalsjef for helse og velferd", "2020-01-28",
                        "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["defect: foretaksnr. 974 565 183 fails MOD11", "office written 'Nav-kontoret i Sunnfjord'",
                        "75 % at exactly 457 500 (= 610 000 × 0,75): no cap breach"])


# ---------------------------------------------------------------- cf03 docx-form nb, two org numbers, phone-only contact, e-approval
def cf03(out: Path):
    doc = new_doc("Calibri", 11, "Søknad Stange")
    _para(doc, "NAV Stange kommune", bold=True, size=16)
    _para(doc, HEAD_NB, bold=True)
    _qa_table(doc, [
        ("Søker", "NAV Stange kommune"),
        ("Org.nr. NAV Stange", "993 865 680"),
        ("Org.nr. Stange kommune", "944 040 382"),
        ("Kontaktperson i prosjektet", "Marius Bergum, tlf. 625 62 300"),
        ("Tittel på prosjektet", "Familieløftet Stange"),
        ("Søknaden gjelder", "Nytt prosjekt (år 1)"),
        ("Prosjektstart", "april 2020"),
        ("Stillinger i prosjektet", "1,5 årsverk (familiekoordinator 100 % og jobbspesialist 50 %)"),
    ], style="Light Grid Accent 1")
    _para(doc, "")
    _para(doc, "Budsjett", bold=True)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Post", "Stillingsandel", "Beløp")):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for row in (("Familiekoordinator", "100 %", "kr 600 000"), ("Jobbspesialist", "50 %", "kr 300 000"),
                ("Kompetanse (prosjektspesifikk)", "", "kr 10 000"), ("Sum omsøkt", "150 %", "kr 910 000")):
        c = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v, bold=row[0].startswith("Sum"))
    _para(doc, "")
    _para(doc, "Prioriterte områder: Oppfølging av barnefamilier, ungdom og innvandrere (ja). "
               "Bruk av ordinært arbeidsliv (nei). Sikring av sårbare overganger (nei).")
    _para(doc, "Interesse for nettverk/klyngesamarbeid: Nei. Interesse for ekstern prosessevaluering: Ja.")
    _para(doc, "Godkjenning", bold=True)
    t = doc.add_table(rows=1, cols=3)
    t.style = "Table Grid"
    for i, h in enumerate(("Godkjent av", "Stilling", "Dato")):
        cell_text(t.rows[0].cells[i], h, bold=True)
    for row in (("Anne Grete Holm", "NAV-leder", "30.01.2020"),
                ("Per Kristian Sveen", "Assisterende kommunedirektør", "31.01.2020")):
        c = t.add_row().cells
        for i, v in enumerate(row):
            cell_text(c[i], v)
    _para(doc, "Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    save_doc(doc, out)
    return truth("cf03", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Stange", "Stange", "993865680"), contact=("Marius Bergum", None, "62562300"),
                 project=("Familieløftet Stange", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 900000, "competence": 10000, "total": 910000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Anne Grete Holm", "NAV-leder", "2020-01-30", "electronic_approval"),
                       ("municipality", "Per Kristian Sveen", "Assisterende kommunedirektør", "2020-01-31",
                        "electronic_approval")],
                 notes=["office written 'NAV Stange kommune'; two org numbers, the Nav office's is the office's",
                        "near-miss: phone-only contact '625 62 300' (3-2-3) is reachable",
                        "150 % at 900 000 under 915 000; 'april 2020' → 2020-04-01",
                        "municipal approver is an assistant municipal director"])


# ---------------------------------------------------------------- cf04 docx-controls nn, content controls
def cf04(out: Path):
    doc = new_doc("Calibri", 11, "Søknad Volda")
    _para(doc, HEAD_NN, bold=True, size=13)
    _para(doc, "Fyll ut felta. Klikk i boksane for å krysse av.")
    rows = [("Nav-kontor", "Nav Volda", None), ("Kommune", "Volda", None), ("Organisasjonsnummer", "991.157.867", None),
            ("Kontaktperson", "Kari Nordal", None), ("E-post", "kari.nordal(at)nav.no", None),
            ("Telefon", "+47 70 05 87 14", None), ("Prosjekttittel", "Ung i Volda", None),
            ("Type søknad", "Vidareføring, 3. år", None), ("Oppstartsdato", "01.01.2020", "2020-01-01"),
            ("Prosjektperiode", "01.01.2020–31.12.2020", None), ("Stillingsprosent", "100 %", None),
            ("Løn og sosiale kostnader", "kr 600 000", None), ("Kompetanse", "kr 10 000", None),
            ("Totalt søkt beløp", "kr 610 000", None)]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for q, a, d in rows:
        c = t.add_row().cells
        cell_text(c[0], q)
        sdt_text(c[1].paragraphs[0], a, q.lower().replace(" ", "_"), date_iso=d)
    _para(doc, "")
    _para(doc, "Prioriterte område", bold=True)
    for on, area in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                     (False, "Sikring av sårbare overgangar")]:
        p = doc.add_paragraph()
        sdt_check(p, on, "prio")
        p.add_run("  " + area)
    for q, yes in (("Ønskjer de å vere med i nettverk/klyngesamarbeid?", True),
                   ("Ønskjer de ekstern prosessevaluering?", False)):
        p = doc.add_paragraph(q + "  ")
        sdt_check(p, yes, "ja")
        p.add_run(" Ja   ")
        sdt_check(p, not yes, "nei")
        p.add_run(" Nei")
    _para(doc, "Signatur", bold=True)
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    for i, (name, title, date, iso) in enumerate((("Eli Rotevatn", "Leiar Nav Volda", "24.01.2020", "2020-01-24"),
                                                 ("Rune Sjåstad", "Kommunedirektør", "27.01.2020", "2020-01-27"))):
        add_ink(t.cell(0, i).paragraphs[0], f"cf04{i}", 4.0)
        sdt_text(t.cell(1, i).paragraphs[0], name, "namn")
        sdt_text(t.cell(2, i).paragraphs[0], title, "tittel")
        sdt_text(t.cell(3, i).paragraphs[0], date, "dato", date_iso=iso)
    save_doc(doc, out)
    return truth("cf04", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Volda", "Volda", "991157867"), contact=("Kari Nordal", "kari.nordal@nav.no", "70058714"),
                 project=("Ung i Volda", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Eli Rotevatn", "Leiar Nav Volda", "2020-01-24", "handwritten"),
                       ("municipality", "Rune Sjåstad", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["org number with dots; e-mail obfuscated '(at)'; phone '+47 70 05 87 14'",
                        "near-miss: continuation year 3 is allowed; total 610 000 is not the positions amount (600 000)"])


# ---------------------------------------------------------------- cf05 docx-legacy-fields nb, no contact person
def cf05(out: Path):
    doc = new_doc("Times New Roman", 11, "Søknad Vest-Telemark")
    _para(doc, HEAD_NB, bold=True, size=13)
    _para(doc, "NAV Vest-Telemark er et interkommunalt Nav-kontor for Fyresdal, Kviteseid, Nissedal, Seljord, "
               "Tokke og Vinje, med Kviteseid som vertskommune.")
    for label, val, name in [("Søker (Nav-kontor)", "NAV Vest-Telemark", "Tekst1"), ("Vertskommune", "Kviteseid", "Tekst2"),
                             ("Org.nr.", "920 097 308", "Tekst3"), ("Kontaktperson", "", "Tekst4"),
                             ("E-post", "", "Tekst5"), ("Telefon", "", "Tekst6"),
                             ("Prosjektnavn", "Arbeid først i Vest-Telemark", "Tekst7"),
                             ("Prosjektperiode", "01.08.2020–31.07.2021", "Tekst8"),
                             ("Stillingsprosent", "50 %", "Tekst9"), ("Lønn inkl. sosiale kostnader", "305 000", "Tekst10"),
                             ("Kompetanse", "5 000", "Tekst11"), ("Sum søknadsbeløp", "310 000", "Tekst12")]:
        p = doc.add_paragraph(f"{label}:\t")
        legacy_text(p, val, name)
    p = doc.add_paragraph("Søknaden gjelder:  ")
    legacy_check(p, True, "Avkryss1")
    p.add_run(" Nytt prosjekt   ")
    legacy_check(p, False, "Avkryss2")
    p.add_run(" Videreføring")
    _para(doc, "Prioriterte områder:", bold=True)
    for i, (on, area) in enumerate([(True, "Bruk av ordinært arbeidsliv"),
                                    (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                                    (False, "Sikring av sårbare overganger")]):
        p = doc.add_paragraph()
        legacy_check(p, on, f"Avkryss{3 + i}")
        p.add_run("  " + area)
    for q, yes, n in (("Interesse for nettverk/klyngesamarbeid", True, 6), ("Interesse for ekstern prosessevaluering", False, 8)):
        p = doc.add_paragraph(q + ":  ")
        legacy_check(p, yes, f"Avkryss{n}")
        p.add_run(" Ja  ")
        legacy_check(p, not yes, f"Avkryss{n + 1}")
        p.add_run(" Nei")
    _para(doc, "")
    _ink_table(doc, [("NAV-leder", "Kviteseid, 20.01.2020", True, "Olav Tveiten", "NAV-leder"),
                     ("Rådmann i vertskommunen", "Kviteseid, 22.01.2020", True, "Gunhild Bakken", "Rådmann")], "cf05")
    save_doc(doc, out)
    return truth("cf05", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Vest-Telemark", "Kviteseid", "920097308"), contact=(None, None, None),
                 project=("Arbeid først i Vest-Telemark", "new", "2020-08-01"), pct=50,
                 amounts={"positions": 305000, "competence": 5000, "total": 310000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Olav Tveiten", "NAV-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Gunhild Bakken", "Rådmann", "2020-01-22", "handwritten")],
                 expected=["CONTACT_MISSING"],
                 notes=["defect: contact name, e-mail and phone fields left empty (en-spaces)",
                        "start from the period '01.08.2020–31.07.2021'; 50 % at exactly 305 000"])
