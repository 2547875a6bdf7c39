"""Word-born documents of corpus 41 (docx-form, docx-letter, docx-controls, docx-legacy-fields, an .odt,
and two pdf-from-office). Each builder writes one file and returns its truth."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from docx.shared import Cm, Pt

from kit41 import (S20, add_ink, add_xml_run, cell_text, check_sdt_xml, formcheck_xml, formtext_xml, frame,
                   ins_del_xml, leader_tab, new_doc, normalise_odt, org, save_doc, sdt_xml, soffice_convert,
                   soffice_pdf, textbox_run_xml, truth)

HEAD_NB = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
HEAD_NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"


def _lead(doc, label, value, pos=8.5):
    p = doc.add_paragraph()
    leader_tab(p, pos)
    p.add_run(label)
    p.add_run("\t" + value)
    p.paragraph_format.space_after = Pt(2)
    return p


def _ink_table(doc, rows):
    """Borderless two-column signature table: place/date, ink, name, title per column."""
    t = doc.add_table(rows=4, cols=len(rows))
    for i, (place, seed, name, title) in enumerate(rows):
        cell_text(t.cell(0, i), place)
        add_ink(t.cell(1, i).paragraphs[0], seed, 4.0)
        cell_text(t.cell(2, i), name)
        cell_text(t.cell(3, i), title)


# ---------------------------------------------------------------- n01 docx-form nb: dot-leader tab lines, header/footer
def n01(out: Path):
    doc = new_doc("Arial", 10.5, "Søknad Nav Elverum")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Nav Elverum\tArkivsak 20/114\tSide 1"
    sec.footer.paragraphs[0].text = "Nav Elverum · Storgata 12, 2408 Elverum · Elverum 27. januar 2020"
    doc.add_paragraph().add_run(HEAD_NB).bold = True
    doc.add_paragraph("Skjemaet fylles ut av Nav-kontoret. Maks 610 000 kroner per 100 % stilling.")
    doc.add_paragraph().add_run("Opplysninger om søker").bold = True
    for lab, val in [("Nav-kontor", "Nav Elverum"), ("Kommune", "Elverum"), ("Org.nr.", "974 912 503"),
                     ("Kontaktperson", "Silje Haugen"), ("E-post", "silje.haugen@nav.no"), ("Tlf.", "62 43 88 10")]:
        _lead(doc, lab, val)
    doc.add_paragraph().add_run("Om prosjektet").bold = True
    for lab, val in [("Prosjektets navn", "Ut i jobb – Elverum"), ("Nytt prosjekt / videreføring", "Nytt prosjekt"),
                     ("Planlagt oppstart", "1. april 2020"), ("Stillingsressurs", "80 % prosjektstilling"),
                     ("Lønn inkl. sosiale kostnader", "kr 488 000,-"), ("Kompetansemidler", "kr 10 000,-"),
                     ("Totalt omsøkt beløp", "kr 498 000,-")]:
        _lead(doc, lab, val)
    doc.add_paragraph().add_run("Prioriterte områder (sett X)").bold = True
    for mark, lab in [("X", "Bruk av ordinært arbeidsliv"), ("", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                      ("X", "Sikring av sårbare overganger")]:
        _lead(doc, lab, mark, 13.5)
    _lead(doc, "Ønsker dere å delta i nettverk/klyngesamarbeid?", "Ja", 13.5)
    _lead(doc, "Ønsker dere ekstern prosessevaluering?", "Ja", 13.5)
    doc.add_paragraph("Beskrivelse: Prosjektet gir unge ledige tett oppfølging ut i ordinære jobber hos lokale "
                      "arbeidsgivere, og sikrer overgangen fra videregående skole til arbeid.")
    doc.add_paragraph().add_run("Underskrifter").bold = True
    _ink_table(doc, [("Elverum, 24.01.2020", "n01a", "Per Øyvind Moen", "Leder Nav Elverum"),
                     ("Elverum, 27.01.2020", "n01b", "Kristin Bjørnstad", "Kommunedirektør")])
    save_doc(doc, out)
    return truth("n01", "docx", "docx-form", lang="nb", scheme=S20, office=("Nav Elverum", "Elverum", "974912503"),
                 contact=("Silje Haugen", "silje.haugen@nav.no", "62438810"),
                 project=("Ut i jobb – Elverum", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 488000, "competence": 10000, "total": 498000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Per Øyvind Moen", "Leder Nav Elverum", "2020-01-24", "handwritten"),
                       ("municipality", "Kristin Bjørnstad", "Kommunedirektør", "2020-01-27", "handwritten")],
                 notes=["near-miss: 80 % at exactly 488 000; labels and values on one line joined by a dot-leader TAB",
                        "header holds the office and an archive number, footer the office address and a date"])


# ---------------------------------------------------------------- n02 docx-form nn: answers in text boxes
def _tb(doc, label, lines, n):
    doc.add_paragraph(label).paragraph_format.space_after = Pt(0)
    add_xml_run(doc.add_paragraph(), textbox_run_xml(lines, n))


def n02(out: Path):
    doc = new_doc("Cambria", 11, "Søknad Nav Stord")
    doc.add_paragraph().add_run(HEAD_NN).bold = True
    doc.add_paragraph("Skriv svaret i boksen under kvart spørsmål.")
    items = [("1. Kva Nav-kontor søkjer?", ["Nav Stord"]), ("2. Kommune", ["Stord kommune"]),
             ("3. Organisasjonsnummer", ["992 206 306"]),
             ("4. Kontaktperson (namn, e-post, telefon)", ["Eirik Vaage", "eirik.vaage@nav.no", "53 49 60 00"]),
             ("5. Namnet på prosjektet", ["Samhandling for unge på Stord"]),
             ("6. Er prosjektet nytt eller ei vidareføring?", ["Vidareføring, 2. år"]),
             ("7. Oppstart", ["01.01.2020"]), ("8. Stillingsressurs", ["Ei heil stilling (100 %)"]),
             ("9. Budsjett", ["Løn og sosiale kostnader: 600 000 kr", "Kompetansemidlar: 15 000 kr",
                              "Sum søkt: 615 000 kr"]),
             ("10. Kva prioritert område gjeld søknaden?", ["Oppfølging av barnefamiliar, ungdom og innvandrarar"]),
             ("11. Ønskjer de å vere med i nettverk/klyngesamarbeid?", ["Ja"]),
             ("12. Ønskjer de ekstern prosessevaluering?", ["Nei"])]
    for n, (lab, lines) in enumerate(items):
        _tb(doc, lab, lines, n)
    doc.add_paragraph().add_run("Underskrift").bold = True
    _ink_table(doc, [("Stord, 22.01.2020", "n02a", "Guro Tveit", "Leiar Nav Stord"),
                     ("Stord, 23.01.2020", "n02b", "Ole Hope", "Kommunedirektør")])
    save_doc(doc, out)
    return truth("n02", "docx", "docx-form", lang="nn", scheme=S20, office=("Nav Stord", "Stord", "992206306"),
                 contact=("Eirik Vaage", "eirik.vaage@nav.no", "53496000"),
                 project=("Samhandling for unge på Stord", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 15000, "total": 615000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Guro Tveit", "Leiar Nav Stord", "2020-01-22", "handwritten"),
                       ("municipality", "Ole Hope", "Kommunedirektør", "2020-01-23", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["every answer sits in an inline DrawingML text box (w:txbxContent) under its question",
                        "defect: competence 15 000 > 10 000"])


# ---------------------------------------------------------------- n03 docx-form nb: nested tables
def n03(out: Path):
    doc = new_doc("Calibri", 10.5, "Søknad Nav Lillestrøm")
    doc.add_paragraph().add_run(HEAD_NB).bold = True
    outer = doc.add_table(rows=4, cols=1)
    outer.style = "Table Grid"
    sections = [("A  Søker", [("Nav-kontor", "Nav Lillestrøm"), ("Kommune", "Lillestrøm"),
                              ("Organisasjonsnummer", "974 661 803"), ("Kontaktperson", "Nina Bråthen"),
                              ("E-post", "nina.brathen@nav.no"), ("Telefon", "66 93 40 00")]),
                ("B  Prosjekt", [("Tittel", "Bolig først – ung i Lillestrøm"), ("Type", "Nytt prosjekt"),
                                 ("Oppstart", "01.05.2020"), ("Stilling", "100 %")]),
                ("C  Budsjett (kr)", [("Lønn og sosiale utgifter", "605 000"), ("Kompetanse", "5 000"),
                                      ("Totalt", "610 000")]),
                ("D  Prioriteringer og interesse", [("Bruk av ordinært arbeidsliv", "☐"),
                                                    ("Oppfølging av barnefamilier, ungdom og innvandrere", "☐"),
                                                    ("Sikring av sårbare overganger", "☒"),
                                                    ("Nettverk/klyngesamarbeid", "Nei"),
                                                    ("Ekstern prosessevaluering", "Ja")])]
    for i, (head, rows) in enumerate(sections):
        c = outer.cell(i, 0)
        cell_text(c, head, bold=True, shade="D9E2F3")
        inner = c.add_table(rows=len(rows), cols=2)
        inner.style = "Table Grid"
        for j, (a, b) in enumerate(rows):
            cell_text(inner.cell(j, 0), a)
            cell_text(inner.cell(j, 1), b)
        c.add_paragraph("")
    doc.add_paragraph("")
    doc.add_paragraph("Prosjektet skal hjelpe unge som går ut av barnevernet over i egen bolig og aktivitet.")
    doc.add_paragraph().add_run("E  Signaturer").bold = True
    sig = doc.add_table(rows=1, cols=2)
    sig.style = "Table Grid"
    for i, (seed, who, tit, dt) in enumerate([("n03a", "Espen Kleven", "Nav-leder", "21.01.2020"),
                                             ("n03b", "Anne Marit Dahl", "Kommunalsjef helse og velferd", "22.01.2020")]):
        c = sig.cell(0, i)
        cell_text(c, f"Dato: {dt}")
        add_ink(c.add_paragraph(), seed, 4)
        c.add_paragraph(f"{who}, {tit}")
    save_doc(doc, out)
    return truth("n03", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Lillestrøm", "Lillestrøm", "974661803"),
                 contact=("Nina Bråthen", "nina.brathen@nav.no", "66934000"),
                 project=("Bolig først – ung i Lillestrøm", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 605000, "competence": 5000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(False, True),
                 sigs=[("nav_leader", "Espen Kleven", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Anne Marit Dahl", "Kommunalsjef helse og velferd", "2020-01-22", "handwritten")],
                 expected=["ORG_NUMBER_INVALID"],
                 notes=["each section is an outer table cell holding a nested label/value table",
                        "defect: 974 661 803 fails MOD11 (valid would end in 2)"])


# ---------------------------------------------------------------- n04 docx-letter nn: tracked changes, comments
def n04(out: Path):
    doc = new_doc("Times New Roman", 12, "Søknad Nav Sunnfjord")
    doc.add_paragraph("Nav Sunnfjord\nPostboks 40, 6801 Førde\nOrg.nr. 992 368 403")
    doc.add_paragraph("Statsforvaltaren i Vestland\nNjøsavegen 2, 6863 Leikanger")
    doc.add_paragraph("Førde, 31. januar 2020")
    doc.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Ny start i Sunnfjord»").bold = True
    p = doc.add_paragraph("Nav Sunnfjord (Sunnfjord kommune) søkjer om tilskot til det nye prosjektet «Ny start i Sunnfjord». "
                          "Prosjektet skal følgje opp innvandrarar og barnefamiliar som står utanfor arbeidslivet, "
                          "med oppstart ")
    for x in ins_del_xml("1. mars 2020", "1. april 2020", 1):
        add_xml_run(p, x)
    p.add_run(".")
    p2 = doc.add_paragraph("Vi søkjer om ei stilling (100 %). Løn og sosiale kostnader er rekna til ")
    for x in ins_del_xml("580 000", "610 000", 2):
        add_xml_run(p2, x)
    r = p2.add_run(" kroner, og vi søkjer i tillegg 10 000 kroner i kompetansemidlar, til saman ")
    for x in ins_del_xml("590 000", "620 000", 3):
        add_xml_run(p2, x)
    p2.add_run(" kroner.")
    doc.add_comment(r, text="Har vi rekna med arbeidsgjevaravgift? Sjå budsjett 2019: 545 000.", author="Leiar",
                    initials="KL")
    r2 = doc.add_paragraph("Kontaktperson er Sunniva Førde, sunniva.forde@nav.no, telefon 57 72 35 00.").runs[0]
    doc.add_comment(r2, text="Skal Tore stå som kontakt i staden?", author="Saksbehandlar", initials="SF")
    doc.add_paragraph("Vi ønskjer å delta i nettverk og klyngesamarbeid, men ønskjer ikkje ekstern prosessevaluering.")
    doc.add_paragraph("Med helsing")
    t = doc.add_table(rows=3, cols=2)
    add_ink(t.cell(0, 0).paragraphs[0], "n04a", 4)
    add_ink(t.cell(0, 1).paragraphs[0], "n04b", 4)
    cell_text(t.cell(1, 0), "Kari Lothe\nleiar Nav Sunnfjord")
    cell_text(t.cell(1, 1), "Arve Helle\nkommunedirektør, Sunnfjord kommune")
    cell_text(t.cell(2, 0), "31.01.2020")
    cell_text(t.cell(2, 1), "01.02.2020")
    save_doc(doc, out)
    return truth("n04", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", "992368403"),
                 contact=("Sunniva Førde", "sunniva.forde@nav.no", "57723500"),
                 project=("Ny start i Sunnfjord", "new", "2020-04-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Kari Lothe", "leiar Nav Sunnfjord", "2020-01-31", "handwritten"),
                       ("municipality", "Arve Helle", "kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["tracked changes left in the file (w:del old / w:ins new): truth is the accepted reading",
                        "comments in the margin name another amount and another contact: not the applicant's answers",
                        "near-miss: 610 000 exactly at the cap; municipality signed ON the deadline day"])


# ---------------------------------------------------------------- n05 docx-letter nb: sum mismatch
def n05(out: Path):
    doc = new_doc("Georgia", 11, "Søknad Nav Molde")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "NAV Molde – Søknad sosiale tjenester 2020"
    doc.add_paragraph("Til Fylkesmannen i Møre og Romsdal")
    doc.add_paragraph("Vår ref.: 20/0311    Dato: 28.01.2020")
    doc.add_paragraph().add_run("Søknad om tilskudd – prosjektet «Aktiv hverdag Molde»").bold = True
    doc.add_paragraph("NAV Molde, org.nr. 974 546 205, søker med dette om midler til videreføring av prosjektet "
                      "«Aktiv hverdag Molde» (år 2). Prosjektet startet 1. februar 2019, og år 2 starter 1. februar 2020.")
    doc.add_paragraph("Prosjektet følger opp ungdom under 30 år som har vært lenge på sosialhjelp, og bruker praksisplasser "
                      "i ordinære virksomheter i Molde. Vi søker om to halve stillinger (2 × 50 %).")
    t = doc.add_table(rows=5, cols=2)
    t.style = "Light List Accent 1"
    for i, (a, b) in enumerate([("Post", "Beløp"), ("Jobbspesialist 50 %", "305 000"), ("Miljøarbeider 50 %", "305 000"),
                                ("Kompetanseheving (kurs IPS-metodikk tilpasset)", "8 000"), ("Sum omsøkt", "628 000")]):
        cell_text(t.cell(i, 0), a, bold=i in (0, 4))
        cell_text(t.cell(i, 1), b, bold=i in (0, 4))
    doc.add_paragraph("")
    doc.add_paragraph("Kontaktperson i prosjektet er Jon Aspås, tlf. 712 40 800, e-post jon.aspas@nav.no. "
                      "Vi ønsker å være med i nettverk/klynge. Ekstern prosessevaluering: nei takk.")
    doc.add_paragraph("Dokumentet er elektronisk godkjent og har derfor ingen håndskrevne signaturer.")
    t2 = doc.add_table(rows=3, cols=3)
    t2.style = "Table Grid"
    for i, row in enumerate([("Godkjent av", "Rolle", "Dato"), ("Randi Brekken", "NAV-leder", "28.01.2020"),
                             ("Arild Stokke", "Rådmann", "29.01.2020")]):
        for j, v in enumerate(row):
            cell_text(t2.cell(i, j), v, bold=i == 0)
    save_doc(doc, out)
    return truth("n05", "docx", "docx-letter", lang="nb", scheme=S20, office=("Nav Molde", "Molde", "974546205"),
                 contact=("Jon Aspås", "jon.aspas@nav.no", "71240800"),
                 project=("Aktiv hverdag Molde", "continuation", "2020-02-01"), pct=100,
                 amounts={"positions": 610000, "competence": 8000, "total": 628000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Randi Brekken", "NAV-leder", "2020-01-28", "electronic_approval"),
                       ("municipality", "Arild Stokke", "Rådmann", "2020-01-29", "electronic_approval")],
                 expected=["AMOUNT_SUM_MISMATCH"],
                 notes=["defect: 305 000 + 305 000 + 8 000 = 618 000, the table's sum says 628 000",
                        "approval recorded as a table Godkjent av / Rolle / Dato under the sentence",
                        "phone written in an odd grouping 712 40 800"])


# ---------------------------------------------------------------- n06 docx-controls nn: controls in frames, phone only
def n06(out: Path):
    doc = new_doc("Calibri", 10.5, "Søknad Nav Sunndal")
    doc.add_paragraph().add_run(HEAD_NN).bold = True
    rows = [("Nav-kontor", "kontor", "Nav Sunndal"), ("Kommune", "kommune", "Sunndal"),
            ("Organisasjonsnr.", "orgnr", "974 017 601"), ("Kontaktperson", "kontakt", "Marit Fiske"),
            ("E-post", "epost", None), ("Telefon", "tlf", "71 69 90 00"),
            ("Prosjekttittel", "tittel", "Saman om bustad"), ("Nytt eller vidareføring", "type", "Nytt"),
            ("Oppstartsdato", "start", "15.03.2020"), ("Stillingsprosent", "pst", "50"),
            ("Løn og sosiale kostnader (kr)", "lonn", "290 000"), ("Kompetansemidlar (kr)", "komp", "0"),
            ("Sum (kr)", "sum", "290 000")]
    for lab, tag, val in rows:
        f = doc.add_paragraph()
        frame(f, 5200, 0, 5200)
        add_xml_run(f, sdt_xml(tag, val))
        p = doc.add_paragraph(lab + ":")
        p.paragraph_format.space_after = Pt(6)
    doc.add_paragraph("Prioriterte område:")
    for tag, on, lab in [("p1", False, "Bruk av ordinært arbeidsliv"),
                         ("p2", False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                         ("p3", True, "Sikring av sårbare overgangar")]:
        p = doc.add_paragraph()
        add_xml_run(p, check_sdt_xml(tag, on))
        p.add_run(" " + lab)
    for q, yes in [("Interesse for nettverk/klyngesamarbeid", True), ("Interesse for ekstern prosessevaluering", False)]:
        p = doc.add_paragraph(q + ":  ")
        add_xml_run(p, check_sdt_xml(q[:6] + "j", yes))
        p.add_run(" Ja   ")
        add_xml_run(p, check_sdt_xml(q[:6] + "n", not yes))
        p.add_run(" Nei")
    doc.add_paragraph("Underskrifter").runs[0].bold = True
    t = doc.add_table(rows=3, cols=2)
    t.style = "Table Grid"
    cell_text(t.cell(0, 0), "Leiar Nav Sunndal")
    cell_text(t.cell(0, 1), "Kommunedirektør")
    add_ink(t.cell(1, 0).paragraphs[0], "n06a", 3.8)
    add_ink(t.cell(1, 1).paragraphs[0], "n06b", 3.8)
    add_xml_run(t.cell(2, 0).paragraphs[0], sdt_xml("sig1", "Ragnhild Øye, 20.01.2020"))
    add_xml_run(t.cell(2, 1).paragraphs[0], sdt_xml("sig2", "Terje Hoel, 21.01.2020"))
    save_doc(doc, out)
    return truth("n06", "docx", "docx-controls", lang="nn", scheme=S20, office=("Nav Sunndal", "Sunndal", "974017601"),
                 contact=("Marit Fiske", None, "71699000"), project=("Saman om bustad", "new", "2020-03-15"), pct=50,
                 amounts={"positions": 290000, "competence": 0, "total": 290000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Ragnhild Øye", "Leiar Nav Sunndal", "2020-01-20", "handwritten"),
                       ("municipality", "Terje Hoel", "Kommunedirektør", "2020-01-21", "handwritten")],
                 notes=["near-miss: the e-mail control still shows its placeholder; contact reachable by phone only",
                        "competence control holds '0' → 0 (stated)"])


# ---------------------------------------------------------------- n07 docx-legacy-fields nb: municipal block empty
def n07(out: Path):
    doc = new_doc("Courier New", 10, "Søknad Nav Kongsberg")
    doc.add_paragraph().add_run(HEAD_NB).bold = True
    vals = [("Nav-kontor:        ", "kontor", "NAV Kongsberg"), ("Kommune:           ", "kommune", "Kongsberg"),
            ("Org.nummer:        ", "org", "974 668 904"), ("Kontaktperson:     ", "kp", "Lars Grini"),
            ("E-post:            ", "ep", "lars.grini@nav.no"), ("Telefon:           ", "tlf", "32 29 99 00"),
            ("Prosjektnavn:      ", "tittel", "Kongsberg-modellen for unge"), ("Oppstart:          ", "start", "01.03.2020"),
            ("Stilling (%):      ", "pst", "70"), ("Lønn (kr):         ", "lonn", "427 000"),
            ("Kompetanse (kr):   ", "komp", "10 000"), ("Sum omsøkt (kr):   ", "sum", "437 000")]
    for lab, name, v in vals:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.add_run(lab)
        for x in formtext_xml(name, v):
            add_xml_run(p, x)
    doc.add_paragraph("")
    for lab, name, on in [("Nytt prosjekt ", "ny", True), ("Videreføring ", "vf", False)]:
        p = doc.add_paragraph()
        for x in formcheck_xml(name, on):
            add_xml_run(p, x)
        p.add_run(" " + lab)
    doc.add_paragraph("Prioriterte områder:")
    for lab, name, on in [("Bruk av ordinært arbeidsliv", "a1", True),
                          ("Oppfølging av barnefamilier, ungdom og innvandrere", "a2", True),
                          ("Sikring av sårbare overganger", "a3", False)]:
        p = doc.add_paragraph()
        for x in formcheck_xml(name, on):
            add_xml_run(p, x)
        p.add_run(" " + lab)
    for q, name, on in [("Ønsker nettverk/klyngesamarbeid: ", "nett", False),
                        ("Ønsker ekstern prosessevaluering: ", "eval", False)]:
        p = doc.add_paragraph(q)
        for x in formcheck_xml(name + "j", on):
            add_xml_run(p, x)
        p.add_run(" Ja  ")
        for x in formcheck_xml(name + "n", not on):
            add_xml_run(p, x)
        p.add_run(" Nei")
    doc.add_paragraph("")
    doc.add_paragraph("Underskrift NAV-leder:")
    add_ink(doc.add_paragraph(), "n07a", 4.2)
    p = doc.add_paragraph("Navn/dato:         ")
    for x in formtext_xml("sig1", "Hege Sandvik, 23.01.2020"):
        add_xml_run(p, x)
    doc.add_paragraph("")
    doc.add_paragraph("Underskrift rådmann/kommunedirektør:")
    doc.add_paragraph("______________________________")
    p = doc.add_paragraph("Navn/dato:         ")
    for x in formtext_xml("sig2", ""):
        add_xml_run(p, x)
    save_doc(doc, out)
    return truth("n07", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Kongsberg", "Kongsberg", "974668904"),
                 contact=("Lars Grini", "lars.grini@nav.no", "32299900"),
                 project=("Kongsberg-modellen for unge", "new", "2020-03-01"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "total": 437000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Hege Sandvik", None, "2020-01-23", "handwritten")],
                 expected=["SIGNATURE_MUNICIPALITY_MISSING"],
                 notes=["labels aligned with spaces in Courier, FORMTEXT values; 70 % at exactly 427 000",
                        "defect: municipal block is a blank line and an empty FORMTEXT"])


# ---------------------------------------------------------------- n08 .odt nn via LibreOffice
def n08(out: Path):
    doc = new_doc("Liberation Serif", 11, "Søknad Nav Ørsta")
    doc.add_paragraph().add_run("Tilskot til utvikling av sosiale tenester i Nav – søknad for 2020").bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for a, b in [("Søkjar (Nav-kontor)", "NAV Ørsta"), ("Kommune", "Ørsta kommune"), ("Org.nr.", "974 614 405"),
                 ("Kontaktperson", "Ingvild Bjørdal – ingvild.bjordal@nav.no – 70 04 99 00"),
                 ("Prosjekt", "«Vegen vidare – Ørsta»"), ("Søknaden gjeld", "Vidareføring av prosjektet, 3. år"),
                 ("Prosjektstart", "januar 2020"), ("Stillingar", "60-prosent stilling"),
                 ("Budsjett", "Løn 360 000 kr – kompetanse 6 000 kr – i alt 366 000 kr"),
                 ("Prioritert område", "Ungdom som fell ut av vidaregåande skule, og overgangen til arbeid eller utdanning"),
                 ("Nettverk/klynge", "Ja"), ("Ekstern prosessevaluering", "Ja")]:
        r = t.add_row()
        cell_text(r.cells[0], a, bold=True)
        cell_text(r.cells[1], b)
    doc.add_paragraph("")
    _ink_table(doc, [("Ørsta, 29.01.2020", "n08a", "Hallgeir Barstad", "Nav-leiar"),
                     ("Ørsta, 30.01.2020", "n08b", "Kjell Rune Vik", "konstituert kommunedirektør")])
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "n08.docx"
        save_doc(doc, src)
        odt = soffice_convert(src, "odt", Path(td))
        shutil.copy(odt, out)
    normalise_odt(out)
    return truth("n08", "odt", "docx-form", lang="nn", scheme=S20, office=("Nav Ørsta", "Ørsta", "974614405"),
                 contact=("Ingvild Bjørdal", "ingvild.bjordal@nav.no", "70049900"),
                 project=("Vegen vidare – Ørsta", "continuation", "2020-01-01"), pct=60,
                 amounts={"positions": 360000, "competence": 6000, "total": 366000},
                 prio=["barnefamilier-ungdom-innvandrere", "saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Hallgeir Barstad", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Kjell Rune Vik", "konstituert kommunedirektør", "2020-01-30", "handwritten")],
                 notes=["an .odt written by LibreOffice from a Word draft",
                        "near-miss: 3rd year (limit is three), acting ('konstituert') kommunedirektør, area in other words",
                        "areas: the answer names youth leaving upper secondary school (follow-up of youth) and the "
                        "transition to work or education (vulnerable transitions): both are addressed"])


# ---------------------------------------------------------------- n11 pdf-from-office nb: 4th year, header/footer
def n11(out: Path):
    doc = new_doc("Verdana", 9.5, "Søknad Nav Halden")
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "NAV Halden\t\tSøknad 2020"
    sec.footer.paragraphs[0].text = "Halden, 22.01.2020 – side 1"
    doc.add_paragraph().add_run(HEAD_NB).bold = True
    t = doc.add_table(rows=0, cols=4)
    t.style = "Table Grid"
    for a, b, c, d in [("Org.nr.", "974 110 407", "Kommune", "Halden"),
                       ("Kontakt", "Bente Kvist", "E-post / tlf.", "bente.kvist@nav.no / 69 17 00 00"),
                       ("Prosjekt", "Familieløftet Halden", "Søknadstype", "Videreføring – 4. prosjektår"),
                       ("Oppstart år 4", "01.01.2020", "Stilling", "100 %"),
                       ("Lønn", "kr 600 000", "Kompetanse", "kr 10 000"), ("Sum omsøkt", "kr 610 000", "", "")]:
        r = t.add_row()
        for i, v in enumerate((a, b, c, d)):
            cell_text(r.cells[i], v, bold=i % 2 == 0)
    doc.add_paragraph("")
    doc.add_paragraph("Prioritert område: [X] Oppfølging av barnefamilier, ungdom og innvandrere   [ ] Bruk av ordinært "
                      "arbeidsliv   [ ] Sikring av sårbare overganger")
    doc.add_paragraph("Nettverk/klyngesamarbeid: [X] Ja [ ] Nei      Ekstern prosessevaluering: [ ] Ja [X] Nei")
    doc.add_paragraph("Prosjektet har fått tilskudd i 2017, 2018 og 2019 og søker nå et fjerde år for å sikre overføring til drift.")
    _ink_table(doc, [("Dato: 20.01.2020", "n11a", "Tove Ingebretsen", "Leder NAV Halden"),
                     ("Dato: 22.01.2020", "n11b", "Roar Jonsen", "Rådmann")])
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "n11.docx"
        save_doc(doc, src)
        soffice_pdf(src, out)
    return truth("n11", "pdf", "pdf-from-office", lang="nb", scheme=S20, office=("Nav Halden", "Halden", "974110407"),
                 contact=("Bente Kvist", "bente.kvist@nav.no", "69170000"),
                 project=("Familieløftet Halden", "continuation", "2020-01-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Tove Ingebretsen", "Leder NAV Halden", "2020-01-20", "handwritten"),
                       ("municipality", "Roar Jonsen", "Rådmann", "2020-01-22", "handwritten")],
                 expected=["CONTINUATION_LIMIT"],
                 notes=["four-column label/value/label/value table; office only in the page header",
                        "defect: continuation in its 4th project year"])


# ---------------------------------------------------------------- n12 pdf-from-office nn: text boxes → PDF
def n12(out: Path):
    doc = new_doc("Cambria", 11, "Søknad Nav Ullensvang")
    doc.add_paragraph().add_run(HEAD_NN).bold = True
    items = [("Nav-kontor", ["Nav Ullensvang"]), ("Kommune", ["Ullensvang"]), ("Org.nr.", ["964 509 808"]),
             ("Kontaktperson", ["Solveig Tveito, solveig.tveito@nav.no, 53 65 40 00"]),
             ("Prosjektnamn", ["Heim etter soning"]), ("Ny søknad eller vidareføring", ["Nytt prosjekt"]),
             ("Oppstart", ["1. mars 2020"]), ("Stilling", ["100 %"]),
             ("Budsjett", ["Løn inkl. sosiale utgifter: 600 000", "Kompetanse: 10 000", "Totalt: 610 000"]),
             ("Kva område gjeld prosjektet?",
              ["Tett oppfølging av personar som blir lauslatne frå fengsel, slik at dei har bustad, inntekt og "
               "aktivitet frå første dag ute."]),
             ("Nettverk/klyngesamarbeid", ["Nei"]), ("Ekstern prosessevaluering", ["Nei"])]
    for n, (lab, lines) in enumerate(items):
        _tb(doc, lab, lines, n)
    _ink_table(doc, [("Odda, 28.01.2020", "n12a", "Leif Bakke", "Nav-leiar"),
                     ("Odda, 29.01.2020", "n12b", "Aud Opheim", "kommunalsjef")])
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "n12.docx"
        save_doc(doc, src)
        soffice_pdf(src, out)
    return truth("n12", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Ullensvang", "Ullensvang", "964509808"),
                 contact=("Solveig Tveito", "solveig.tveito@nav.no", "53654000"),
                 project=("Heim etter soning", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["saarbare-overganger"], interest=(False, False),
                 sigs=[("nav_leader", "Leif Bakke", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Aud Opheim", "kommunalsjef", "2020-01-29", "handwritten")],
                 notes=["text boxes converted by LibreOffice", "near-miss: area (release from prison) described in other "
                        "words, not ticked; total 610 000 = 600 000 + 10 000"])
