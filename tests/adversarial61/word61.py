"""Word documents of corpus 61 (docx-form, docx-controls, docx-legacy-fields, docx-letter, and the two
pdf-from-office files). Each builder writes one file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

from kit61 import (S20, add_ink, formcheck, formtext, new_doc, orgnr, save_doc, sdt_check, sdt_date, sdt_text,
                   soffice_pdf, spaced, truth)

TITLE = "Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020"
TITLE_NN = "Søknad om tilskot til utvikling av sosiale tenester i Nav-kontoret 2020"


def _table(doc, rows, widths=(6.0, 10.5), style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(widths))
    t.style = style
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
            cells[i].width = Cm(widths[i])
    return t


# ---------------------------------------------------------------- gx01 docx-form nb: questions as labels, X column
def gx01(out: Path):
    nr = orgnr("97481320")
    doc = new_doc("Arial", 10, "Søknad Stange")
    doc.add_heading(TITLE, 1)
    doc.add_paragraph("Fylles ut av Nav-kontoret og sendes Fylkesmannen i Innlandet innen 1. februar.")
    _table(doc, [("Hvilket Nav-kontor søker?", "NAV Stange"), ("I hvilken kommune?", "Stange kommune"),
                 ("Kontorets organisasjonsnummer", spaced(nr)),
                 ("Hvem kan vi kontakte om søknaden?", "Hilde Bjørke"),
                 ("Kontaktpersonens e-post og telefon", "hilde.bjorke@nav.no / tlf 625 62 300"),
                 ("Hva heter prosjektet?", "Arbeidslinja i Stange"),
                 ("Er dette et nytt prosjekt eller en videreføring?", "Nytt prosjekt"),
                 ("Når starter prosjektet?", "15.03.2020"),
                 ("Hvor stor stillingsressurs søkes det om?", "1 årsverk")])
    doc.add_paragraph()
    doc.add_paragraph("Budsjett (kr)").runs[0].bold = True
    _table(doc, [("Post", "Beløp"), ("Lønn inkl. sosiale utgifter", "kr 610.000"),
                 ("Prosjektspesifikk kompetanse", "kr 10.000"), ("Totalt søkt beløp", "kr 620.000")], (8, 5))
    doc.add_paragraph()
    doc.add_paragraph("Hvilke prioriterte områder svarer prosjektet på? Sett X.")
    _table(doc, [("Bruk av ordinært arbeidsliv", "X"), ("Oppfølging av barnefamilier, ungdom og innvandrere", ""),
                 ("Sikring av sårbare overganger", "X")], (12, 2))
    doc.add_paragraph()
    _table(doc, [("Ønsker kontoret å delta i nettverk/klyngesamarbeid?", "Ja"),
                 ("Ønsker kontoret ekstern prosessevaluering?", "Nei")], (12, 2))
    doc.add_paragraph()
    doc.add_paragraph("Underskrifter").runs[0].bold = True
    for place, seed, name, title in [("Stange, 29.01.2020", "gx01a", "Per Olav Rud", "Virksomhetsleder NAV Stange"),
                                     ("Stange, 30.01.2020", "gx01b", "Anne Sophie Lien", "Rådmann")]:
        doc.add_paragraph(place)
        add_ink(doc.add_paragraph(), seed, 4.0)
        doc.add_paragraph(f"{name}, {title}")
    save_doc(doc, out)
    return truth("gx01", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Stange", "Stange", nr), contact=("Hilde Bjørke", "hilde.bjorke@nav.no", "62562300"),
                 project=("Arbeidslinja i Stange", "new", "2020-03-15"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000},
                 prio=["ordinaert-arbeidsliv", "saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Per Olav Rud", "Virksomhetsleder NAV Stange", "2020-01-29", "handwritten"),
                       ("municipality", "Anne Sophie Lien", "Rådmann", "2020-01-30", "handwritten")],
                 notes=["near-miss: 1 årsverk at exactly kr 610.000 (dot thousands), competence exactly 10.000",
                        "near-miss: Nav leader titled 'Virksomhetsleder'"])


# ---------------------------------------------------------------- gx02 docx-form nn: Nav leader block empty
def gx02(out: Path):
    nr = orgnr("99255618")
    doc = new_doc("Times New Roman", 11, "Søknad Sunnfjord")
    doc.add_paragraph(TITLE_NN).runs[0].bold = True
    doc.add_paragraph("Del A – Søkjar")
    _table(doc, [("Nav-kontor", "Nav Sunnfjord"), ("Kommune", "Sunnfjord"), ("Org.nr.", nr),
                 ("Kontaktperson", "Eldbjørg Hjelmeland"), ("E-post", "eldbjorg.hjelmeland@nav.no"),
                 ("Telefon", "57 72 31 00")], (5, 11))
    doc.add_paragraph("Del B – Prosjektet")
    _table(doc, [("Namn på prosjektet", "Ung i Sunnfjord"), ("Type", "Nytt prosjekt"),
                 ("Planlagd oppstart", "1. april 2020"), ("Stillingsdel", "60 %"),
                 ("Løn og sosiale utgifter", "366 000"), ("Kompetansemidlar", "—"), ("Sum søkt", "366 000")], (5, 11))
    doc.add_paragraph("Del C – Prioriterte område (kryss av)")
    for on, lab in [(False, "Bruk av ordinært arbeidsliv"), (True, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                    (False, "Sikring av sårbare overgangar")]:
        doc.add_paragraph(("☒ " if on else "☐ ") + lab)
    doc.add_paragraph("Interesse for nettverk/klyngesamarbeid: ☒ Ja ☐ Nei")
    doc.add_paragraph("Interesse for ekstern prosessevaluering: ☐ Ja ☒ Nei")
    doc.add_paragraph("Del D – Underskrift")
    t = _table(doc, [("Nav-leiar", "Ordførar/kommunedirektør"), ("", ""), ("Namn:", "Namn: Gunnhild Sæle"),
                     ("Dato:", "Dato: 27.01.2020")], (8, 8))
    add_ink(t.rows[1].cells[1].paragraphs[0], "gx02b", 4.0)
    save_doc(doc, out)
    return truth("gx02", "docx", "docx-form", lang="nn", scheme=S20,
                 office=("Nav Sunnfjord", "Sunnfjord", nr),
                 contact=("Eldbjørg Hjelmeland", "eldbjorg.hjelmeland@nav.no", "57723100"),
                 project=("Ung i Sunnfjord", "new", "2020-04-01"), pct=60,
                 amounts={"positions": 366000, "competence": None, "total": 366000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("municipality", "Gunnhild Sæle", "Kommunedirektør", "2020-01-27", "handwritten")],
                 expected=["SIGNATURE_NAV_LEADER_MISSING"],
                 notes=["defect: the Nav-leiar column is empty (no ink, no name, no date)",
                        "municipal column header 'Ordførar/kommunedirektør'; title taken as kommunedirektør"])


# ---------------------------------------------------------------- gx03 docx-form nb: two 50 % lines, kommunalsjef
def gx03(out: Path):
    nr = orgnr("97440231")
    doc = new_doc("Calibri", 11, "Lørenskog")
    doc.add_paragraph("NAV Lørenskog").runs[0].bold = True
    doc.add_paragraph(TITLE)
    _table(doc, [("1  Søker (Nav-kontor)", "NAV Lørenskog, Lørenskog kommune"), ("2  Org. nummer", nr),
                 ("3  Kontaktperson", "Tarjei Myhre – tarjei.myhre@nav.no – 67 93 40 00"),
                 ("4  Prosjektnavn", "«Familieløftet»"), ("5  Nytt/videreført", "☒ Nytt   ☐ Videreført"),
                 ("6  Oppstart", "mai 2020")], (5, 11.5))
    doc.add_paragraph()
    doc.add_paragraph("7  Stillinger og budsjett")
    _table(doc, [("Stilling", "Stillingsprosent", "Lønn og sos. utg."), ("Familiekoordinator", "50 %", "305 000"),
                 ("Jobbveileder", "50 %", "305 000"), ("Sum stillinger", "100 %", "610 000"),
                 ("Kompetansemidler", "", "8 500"), ("Totalt omsøkt", "", "618 500")], (6, 4, 5))
    doc.add_paragraph()
    doc.add_paragraph("8  Prioriterte områder")
    doc.add_paragraph("☐ Bruk av ordinært arbeidsliv")
    doc.add_paragraph("☒ Oppfølging av barnefamilier, ungdom og innvandrere")
    doc.add_paragraph("☐ Sikring av sårbare overganger")
    doc.add_paragraph("9  Nettverk/klynge: ☐ Ja ☒ Nei      Ekstern prosessevaluering: ☒ Ja ☐ Nei")
    doc.add_paragraph()
    t = _table(doc, [("For NAV Lørenskog", "For Lørenskog kommune"), ("", ""),
                     ("Nina Holte\nEnhetsleder", "Espen Grøtting\nKommunalsjef helse og velferd"),
                     ("Lørenskog 24.01.2020", "Lørenskog 28.01.2020")], (8, 8), "Normal Table")
    add_ink(t.rows[1].cells[0].paragraphs[0], "gx03a", 4.0)
    add_ink(t.rows[1].cells[1].paragraphs[0], "gx03b", 4.0)
    save_doc(doc, out)
    return truth("gx03", "docx", "docx-form", lang="nb", scheme=S20,
                 office=("Nav Lørenskog", "Lørenskog", nr), contact=("Tarjei Myhre", "tarjei.myhre@nav.no", "67934000"),
                 project=("Familieløftet", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 610000, "competence": 8500, "total": 618500},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Nina Holte", "Enhetsleder", "2020-01-24", "handwritten"),
                       ("municipality", "Espen Grøtting", "Kommunalsjef helse og velferd", "2020-01-28", "handwritten")],
                 notes=["near-miss: two 50 % lines summing to exactly the cap; municipal signer a kommunalsjef",
                        "borderless signature table, ink row then 'name\\ntitle' then place/date"])


# ---------------------------------------------------------------- gx04 docx-controls nb: signed on the deadline day
def _ctl_rows(doc, rows):
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, kind, *v in rows:
        c = t.add_row().cells
        c[0].text = label
        p = c[1].paragraphs[0]
        {"t": sdt_text, "d": sdt_date}[kind](p, label, *v)
    return t


def gx04(out: Path):
    nr = orgnr("96430771")
    doc = new_doc("Segoe UI", 10, "Moss")
    doc.add_heading("Søknadsskjema – sosiale tjenester i Nav 2020", 1)
    _ctl_rows(doc, [("Navn på Nav-kontor", "t", "Nav Moss"), ("Kommune", "t", "Moss"), ("Organisasjonsnr.", "t", nr),
                    ("Kontaktperson", "t", "Linn Therese Aas"), ("E-postadresse", "t", "linn.therese.aas@nav.no"),
                    ("Telefonnummer", "t", "+47 69 24 10 00"), ("Prosjektets navn", "t", "Los til jobb"),
                    ("Prosjektstart", "d", "2020-06-01", "01.06.2020"), ("Samlet stillingsandel", "t", "70 %"),
                    ("Lønnsmidler (kr)", "t", "427 000"), ("Kompetansemidler (kr)", "t", "10 000"),
                    ("Sum (kr)", "t", "437 000")])
    doc.add_paragraph()
    p = doc.add_paragraph()
    sdt_check(p, "Nytt", True)
    p.add_run(" Nytt prosjekt   ")
    sdt_check(p, "Videre", False)
    p.add_run(" Videreføring")
    doc.add_paragraph("Prioriterte områder:")
    for on, lab in [(True, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamilier, ungdom og innvandrere"),
                    (False, "Sikring av sårbare overganger")]:
        p = doc.add_paragraph()
        sdt_check(p, lab[:20], on)
        p.add_run(" " + lab)
    for lab, on in [("Interessert i nettverk/klyngesamarbeid", True), ("Interessert i ekstern prosessevaluering", True)]:
        p = doc.add_paragraph(lab + ": ")
        sdt_check(p, lab[:20] + "J", on)
        p.add_run(" Ja ")
        sdt_check(p, lab[:20] + "N", not on)
        p.add_run(" Nei")
    doc.add_paragraph()
    t = doc.add_table(rows=4, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "Nav-leder", "Kommunedirektør"
    add_ink(t.cell(1, 0).paragraphs[0], "gx04a", 3.8)
    add_ink(t.cell(1, 1).paragraphs[0], "gx04b", 3.8)
    sdt_text(t.cell(2, 0).paragraphs[0], "Navn leder", "Kristian Holm")
    sdt_text(t.cell(2, 1).paragraphs[0], "Navn kommune", "Marit Lindstrøm")
    sdt_date(t.cell(3, 0).paragraphs[0], "Dato leder", "2020-01-31", "31.01.2020")
    sdt_date(t.cell(3, 1).paragraphs[0], "Dato kommune", "2020-02-01", "01.02.2020")
    save_doc(doc, out)
    return truth("gx04", "docx", "docx-controls", lang="nb", scheme=S20,
                 office=("Nav Moss", "Moss", nr), contact=("Linn Therese Aas", "linn.therese.aas@nav.no", "69241000"),
                 project=("Los til jobb", "new", "2020-06-01"), pct=70,
                 amounts={"positions": 427000, "competence": 10000, "total": 437000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Kristian Holm", "Nav-leder", "2020-01-31", "handwritten"),
                       ("municipality", "Marit Lindstrøm", "Kommunedirektør", "2020-02-01", "handwritten")],
                 notes=["near-miss: kommunedirektør signed ON the deadline day (date picker); 70 % at exactly 427 000"])


# ---------------------------------------------------------------- gx05 docx-controls nn: total does not add up
def gx05(out: Path):
    nr = orgnr("93847562")
    doc = new_doc("Cambria", 11, "Ørsta")
    doc.add_paragraph(TITLE_NN).runs[0].bold = True
    for lab, val in [("Søkjar (Nav-kontor)", "Nav Ørsta"), ("Kommune", "Ørsta kommune"), ("Organisasjonsnummer", spaced(nr)),
                     ("Kontaktperson", "Sindre Bjørdal, sindre.bjordal@nav.no, 70 04 66 00"),
                     ("Tittel på prosjektet", "Vegen vidare"), ("Nytt eller vidareføring", "Vidareføring, andre året"),
                     ("Oppstart", "01.01.2020"), ("Stillingsprosent", "80"), ("Løn og sosiale kostnader", "470 000"),
                     ("Kompetansetiltak", "9 000"), ("Sum søknadsbeløp", "489 000")]:
        p = doc.add_paragraph(lab + ": ")
        p.runs[0].bold = True
        sdt_text(p, lab, val)
    doc.add_paragraph("Prioriterte område:")
    for on, lab in [(False, "Bruk av ordinært arbeidsliv"), (False, "Oppfølging av barnefamiliar, ungdom og innvandrarar"),
                    (True, "Sikring av sårbare overgangar")]:
        p = doc.add_paragraph()
        sdt_check(p, lab[:15], on)
        p.add_run(" " + lab)
    p = doc.add_paragraph("Nettverk: ")
    sdt_text(p, "nett", "Ja")
    p = doc.add_paragraph("Ekstern prosessevaluering: ")
    sdt_text(p, "eval", "Ja")
    doc.add_paragraph()
    for role, seed, name, iso, shown in [("Nav-leiar", "gx05a", "Ragnhild Liadal", "2020-01-22", "22.01.2020"),
                                         ("Kommunedirektør", "gx05b", "Bjørn Tore Barstad", "2020-01-23", "23.01.2020")]:
        doc.add_paragraph(role + ":")
        add_ink(doc.add_paragraph(), seed, 4.2)
        p = doc.add_paragraph()
        sdt_text(p, "namn " + role, name)
        p.add_run("   ")
        sdt_date(p, "dato " + role, iso, shown)
    save_doc(doc, out)
    return truth("gx05", "docx", "docx-controls", lang="nn", scheme=S20,
                 office=("Nav Ørsta", "Ørsta", nr), contact=("Sindre Bjørdal", "sindre.bjordal@nav.no", "70046600"),
                 project=("Vegen vidare", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 470000, "competence": 9000, "total": 489000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Ragnhild Liadal", "Nav-leiar", "2020-01-22", "handwritten"),
                       ("municipality", "Bjørn Tore Barstad", "Kommunedirektør", "2020-01-23", "handwritten")],
                 expected=["AMOUNT_SUM_MISMATCH"], notes=["defect: 470 000 + 9 000 = 479 000, the form says 489 000"])


# ---------------------------------------------------------------- gx06 docx-legacy-fields nb: percent field empty
def gx06(out: Path):
    nr = orgnr("98122735")
    doc = new_doc("Verdana", 9, "Ringerike")
    doc.add_paragraph(TITLE).runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, val in [("Nav-kontor", "NAV Ringerike"), ("Kommune", "Ringerike"), ("Org.nr", nr),
                     ("Kontaktperson", "Vidar Hoel"), ("E-post", "vidar.hoel@nav.no"), ("Tlf.", "32 11 75 00"),
                     ("Prosjekttittel", "Kvalifisering Hønefoss"), ("Oppstartsdato", "01.03.2020"),
                     ("Stillingsprosent", "\u2002\u2002\u2002\u2002\u2002"), ("Omsøkt lønn", "600 000"),
                     ("Omsøkt kompetanse", "0"), ("Sum omsøkt", "600 000")]:
        c = t.add_row().cells
        c[0].text = lab
        formtext(c[1].paragraphs[0], lab[:18].replace(" ", "_"), val)
    doc.add_paragraph()
    for lab, on in [("Nytt prosjekt", True), ("Videreføring", False), ("Bruk av ordinært arbeidsliv", True),
                    ("Oppfølging av barnefamilier, ungdom og innvandrere", True), ("Sikring av sårbare overganger", False),
                    ("Ønsker nettverk/klyngesamarbeid", False), ("Ønsker ekstern prosessevaluering", False)]:
        p = doc.add_paragraph()
        formcheck(p, lab[:18].replace(" ", "_"), on)
        p.add_run(" " + lab)
    doc.add_paragraph()
    for role, seed, name, date in [("Nav-leder", "gx06a", "Camilla Skjærvik", "Hønefoss 21.01.2020"),
                                   ("Rådmann", "gx06b", "Tore Isaksen", "Hønefoss 22.01.2020")]:
        p = doc.add_paragraph(f"{role}: ")
        formtext(p, role, name)
        p.add_run("    Sted/dato: ")
        formtext(p, role + "d", date)
        add_ink(doc.add_paragraph(), seed, 4.0)
    save_doc(doc, out)
    return truth("gx06", "docx", "docx-legacy-fields", lang="nb", scheme=S20,
                 office=("Nav Ringerike", "Ringerike", nr), contact=("Vidar Hoel", "vidar.hoel@nav.no", "32117500"),
                 project=("Kvalifisering Hønefoss", "new", "2020-03-01"), pct=None,
                 amounts={"positions": 600000, "competence": 0, "total": 600000},
                 prio=["ordinaert-arbeidsliv", "barnefamilier-ungdom-innvandrere"], interest=(False, False),
                 sigs=[("nav_leader", "Camilla Skjærvik", "Nav-leder", "2020-01-21", "handwritten"),
                       ("municipality", "Tore Isaksen", "Rådmann", "2020-01-22", "handwritten")],
                 expected=["POSITION_PERCENT_MISSING"],
                 notes=["defect: the Stillingsprosent FORMTEXT holds only en-spaces"])


# ---------------------------------------------------------------- gx07 docx-letter nn: 1,5 årsverk at the cap, e-approval
def gx07(out: Path):
    nr = orgnr("91233468")
    doc = new_doc("Georgia", 11, "Stord")
    doc.add_paragraph("Nav Stord\nPostboks 424, 5404 Stord").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Statsforvaltaren i Vestland\nNjøsvegen 2\n6863 Leikanger")
    doc.add_paragraph("Stord, 30. januar 2020")
    doc.add_paragraph("Søknad om tilskot – «Stord i arbeid» (nytt prosjekt)").runs[0].bold = True
    for s in [
        f"Nav Stord (org.nr. {nr}) søkjer med dette om tilskot til utvikling av sosiale tenester i Nav-kontoret "
        "for 2020. Stord kommune står bak søknaden.",
        "Prosjektet skal sikre overgangen frå vidaregåande skule til arbeid for unge som har falle ut av "
        "opplæringa, og høyrer såleis inn under satsingsområdet sikring av sårbare overgangar. Vi vil nytte "
        "ordinære arbeidsplassar i næringslivet på Stord som læringsarena.",
        "Vi søkjer om 1,5 årsverk: ein jobbspesialist i full stilling og ein ungdomskontakt i halv stilling. "
        "Prosjektet tek til 1. september 2020.",
    ]:
        doc.add_paragraph(s)
    _table(doc, [("Budsjettpost", "Søkt frå Statsforvaltaren"), ("Jobbspesialist 100 %", "610 000"),
               ("Ungdomskontakt 50 %", "305 000"), ("Sum løn og sosiale utgifter", "915 000"),
               ("Kompetanse", "0"), ("Totalt søkt", "915 000")], (9, 6))
    for s in [
        "I tillegg dekkjer Stord kommune sjølv 200 000 kroner til drift og lokale.",
        "Vi er interesserte i å vere med i nettverk/klyngesamarbeid, men ønskjer ikkje ekstern prosessevaluering.",
        "Kontaktperson er rådgjevar Ingvild Tysnes, ingvild.tysnes@nav.no, telefon 53 49 68 00.",
        "Dokumentet er elektronisk godkjent og har difor ikkje handskrivne signaturar.",
        "Godkjent av: Nav-leiar Oddvar Lønning (29.01.2020) og kommunedirektør Sølvi Fitje (30.01.2020).",
    ]:
        doc.add_paragraph(s)
    save_doc(doc, out)
    return truth("gx07", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Stord", "Stord", nr), contact=("Ingvild Tysnes", "ingvild.tysnes@nav.no", "53496800"),
                 project=("Stord i arbeid", "new", "2020-09-01"), pct=150,
                 amounts={"positions": 915000, "competence": 0, "total": 915000}, own_funding=200000,
                 prio=["saarbare-overganger", "ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Oddvar Lønning", "Nav-leiar", "2020-01-29", "electronic_approval"),
                       ("municipality", "Sølvi Fitje", "Kommunedirektør", "2020-01-30", "electronic_approval")],
                 notes=["near-miss: 150 % at exactly 915 000; areas argued in prose; own funding in a sentence"])


# ---------------------------------------------------------------- gx08 docx-letter nb: 80 % over the cap
def gx08(out: Path):
    nr = orgnr("97715523")
    doc = new_doc("Arial", 11, "Harstad")
    doc.add_paragraph("NAV Harstad").runs[0].bold = True
    doc.add_paragraph("Til Fylkesmannen i Troms og Finnmark")
    doc.add_paragraph("Vår dato: 20.01.2020        Vår referanse: 20/1187")
    doc.add_paragraph("SØKNAD OM MIDLER – PROSJEKT «NY START HARSTAD»").runs[0].bold = True
    for s in [
        f"NAV Harstad, organisasjonsnummer {spaced(nr)}, søker om tilskudd til utvikling av sosiale tjenester "
        "i NAV-kontoret. Prosjektet er nytt og starter 1. april 2020.",
        "Målgruppen er unge og innvandrere med lang vei til arbeid, og prosjektet skal bruke ordinært "
        "arbeidsliv aktivt gjennom avtaler med lokale arbeidsgivere.",
        "Det søkes om en 80 prosent stilling som programrådgiver. Lønn med sosiale kostnader er beregnet slik:",
    ]:
        doc.add_paragraph(s)
    _table(doc, [("Programrådgiver, 80 %", "500 000"), ("Kompetanseheving i prosjektet", "10 000"),
                 ("Sum søknad", "510 000")], (9, 5))
    for s in ["Vi ønsker å delta i nettverk. Ekstern prosessevaluering er ikke aktuelt for oss nå.",
              "Spørsmål om søknaden kan rettes til Mari Nordahl (mari.nordahl@nav.no, 77 04 10 00).",
              "Med vennlig hilsen"]:
        doc.add_paragraph(s)
    t = _table(doc, [("", ""), ("Jostein Elvebakk\nNAV-leder", "Hanne Mortensen\nRådmann"),
                     ("Harstad 20.01.2020", "Harstad 21.01.2020")], (8, 8), "Normal Table")
    add_ink(t.rows[0].cells[0].paragraphs[0], "gx08a", 4.0)
    add_ink(t.rows[0].cells[1].paragraphs[0], "gx08b", 4.0)
    save_doc(doc, out)
    return truth("gx08", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Harstad", "Harstad", nr), contact=("Mari Nordahl", "mari.nordahl@nav.no", "77041000"),
                 project=("Ny start Harstad", "new", "2020-04-01"), pct=80,
                 amounts={"positions": 500000, "competence": 10000, "total": 510000},
                 prio=["barnefamilier-ungdom-innvandrere", "ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Jostein Elvebakk", "NAV-leder", "2020-01-20", "handwritten"),
                       ("municipality", "Hanne Mortensen", "Rådmann", "2020-01-21", "handwritten")],
                 expected=["AMOUNT_OVER_CAP"], notes=["defect: 80 % at 500 000 > 488 000",
                                                      "title written in capitals in the heading: case compared folded"])


# ---------------------------------------------------------------- gx13 pdf-from-office nb: Oslo district, bydelsdirektør
def gx13(out: Path):
    nr = orgnr("92158830")
    doc = new_doc("Liberation Sans", 10, "Grünerløkka")
    doc.add_paragraph("Oslo kommune – Bydel Grünerløkka").runs[0].bold = True
    doc.add_paragraph(TITLE)
    _table(doc, [("Søker", "Nav Grünerløkka"), ("Kommune", "Oslo"), ("Organisasjonsnummer", nr),
                 ("Kontaktperson", "Amir Haddad"), ("Kontaktinformasjon", "amir.haddad@nav.no | 21 80 21 80"),
                 ("Prosjekt", "Aktiv i bydelen"), ("Status", "Videreføring – år 2 av 3"), ("Startdato", "01.01.2020"),
                 ("Stilling", "50-prosent stilling som familieveileder"), ("Lønnsmidler", "300 000"),
                 ("Kompetanse", "10 000"), ("Søknadsbeløp totalt", "310 000"),
                 ("Prioritert område", "Oppfølging av barnefamilier, ungdom og innvandrere"),
                 ("Nettverk / klynge", "Ja"), ("Ekstern prosessevaluering", "Ja")], (5.5, 11))
    doc.add_paragraph()
    t = _table(doc, [("Nav-leder", "Bydelsdirektør"), ("", ""), ("Ingrid Solbakken", "Thomas Berge"),
                     ("Dato: 17.01.2020", "Dato: 20.01.2020")], (8, 8))
    add_ink(t.rows[1].cells[0].paragraphs[0], "gx13a", 4.0)
    add_ink(t.rows[1].cells[1].paragraphs[0], "gx13b", 4.0)
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / "gx13.docx"
        save_doc(doc, d)
        soffice_pdf(d, out)
    return truth("gx13", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Grünerløkka", "Oslo", nr), contact=("Amir Haddad", "amir.haddad@nav.no", "21802180"),
                 project=("Aktiv i bydelen", "continuation", "2020-01-01"), pct=50,
                 amounts={"positions": 300000, "competence": 10000, "total": 310000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Ingrid Solbakken", "Nav-leder", "2020-01-17", "handwritten"),
                       ("municipality", "Thomas Berge", "Bydelsdirektør", "2020-01-20", "handwritten")],
                 notes=["near-miss: Oslo district, municipal leadership is a bydelsdirektør; header names 'Oslo kommune'"])


# ---------------------------------------------------------------- gx14 pdf-from-office nn: Nav leader signed late
def gx14(out: Path):
    nr = orgnr("99301457")
    doc = new_doc("Liberation Serif", 11, "Volda")
    doc.add_paragraph(TITLE_NN).runs[0].bold = True
    for lab, val in [("Nav-kontor", "Nav Volda"), ("Kommune", "Volda"), ("Org.nr.", nr),
                     ("Kontaktperson", "Marte Rotevatn"), ("E-post", "marte.rotevatn@nav.no"), ("Telefon", "70 05 87 00"),
                     ("Prosjekttittel", "Saman om jobb"), ("Prosjekttype", "Nytt"), ("Oppstart", "01.05.2020"),
                     ("Stillingar", "ei stilling"), ("Løn", "580 000 kr"), ("Kompetanse", "10 000 kr"),
                     ("Totalt", "590 000 kr")]:
        p = doc.add_paragraph()
        p.add_run(lab + ": ").bold = True
        p.add_run(val)
    doc.add_paragraph("Prioritert område: ☒ Bruk av ordinært arbeidsliv ☐ Oppfølging av barnefamiliar, ungdom og "
                      "innvandrarar ☐ Sikring av sårbare overgangar")
    doc.add_paragraph("Nettverk: Nei. Ekstern prosessevaluering: Ja.")
    for role, seed, name, date in [("Nav-leiar", "gx14a", "Arnfinn Bakke", "Volda, 03.02.2020"),
                                   ("Kommunedirektør", "gx14b", "Rune Sjurgard", "Volda, 29.01.2020")]:
        doc.add_paragraph(date)
        add_ink(doc.add_paragraph(), seed, 4.0)
        doc.add_paragraph(f"{name}\n{role}")
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / "gx14.docx"
        save_doc(doc, d)
        soffice_pdf(d, out)
    return truth("gx14", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Volda", "Volda", nr), contact=("Marte Rotevatn", "marte.rotevatn@nav.no", "70058700"),
                 project=("Saman om jobb", "new", "2020-05-01"), pct=100,
                 amounts={"positions": 580000, "competence": 10000, "total": 590000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, True),
                 sigs=[("nav_leader", "Arnfinn Bakke", "Nav-leiar", "2020-02-03", "handwritten"),
                       ("municipality", "Rune Sjurgard", "Kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["SIGNED_AFTER_DEADLINE"], notes=["defect: the Nav-leiar signed 03.02.2020"])
