"""Letters of corpus 59 (docx-letter) and its Word-made PDFs (pdf-from-office, LibreOffice export).
All Nynorsk. Each builder writes one file and returns its truth."""
from __future__ import annotations

import tempfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

from kit59 import S20, add_ink, borderless, cell_text, new_doc, orgnr, save_doc, soffice_pdf, truth


def _letterhead(doc, office, addr, org_shown, date_line, ref):
    p = doc.add_paragraph(office)
    p.runs[0].bold = True
    doc.add_paragraph(addr + f"\nOrg.nr. {org_shown}")
    p = doc.add_paragraph(f"Vår ref.: {ref}\n{date_line}")
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("Fylkesmannen i Vestland\nPostboks 7310\n5020 Bergen")


# ---------------------------------------------------------------- nn08 docx-letter, Nav Luster (clean: number words, e-approval)
def nn08(out: Path):
    org = orgnr("97099722")
    doc = new_doc("Garamond", 12, "Søknad om tilskot")
    _letterhead(doc, "Nav Luster", "Postboks 54, 6868 Gaupne", "970 997 229", "Gaupne, 29. januar 2020", "20/118")
    doc.add_paragraph("Søknad om tilskot til utvikling av sosiale tenester i Nav – «Vegen vidare»").runs[0].bold = True
    for para in [
        "Nav Luster søkjer med dette om tilskot for 2020 til det nye prosjektet «Vegen vidare». Prosjektet skal "
        "starte opp 1. mai 2020.",
        "Målgruppa er unge som går frå vidaregåande skule, frå barnevernet eller frå rusbehandling og over i vaksenlivet. "
        "Prosjektet skal sikre desse sårbare overgangane mellom tenester, skule og arbeid, slik at ingen fell mellom "
        "to stolar.",
        "Vi søkjer om midlar til ein 40 % stilling som overgangskoordinator. Til løn og sosiale kostnader søkjer vi om "
        "to hundre og førti tusen kroner (kr 240 000). I tillegg søkjer vi om fire tusen kroner (kr 4 000) til "
        "kompetanse knytt til prosjektet. Samla søknadssum er kr 244 000. Luster kommune dekkjer sjølv ein eigendel på "
        "60 000 kroner til kontorhald og rettleiing.",
        "Nav Luster ønskjer å vere med i nettverk/klyngesamarbeid med andre kontor. Vi ønskjer ikkje ekstern "
        "prosessevaluering i 2020.",
        "Kontaktperson for søknaden er sakshandsamar Lars Eide, telefon 57 68 55 00, e-post lars.eide@nav.no.",
        "Søknaden er forankra i kommuneleiinga og er elektronisk godkjent:"]:
        doc.add_paragraph(para)
    t = doc.add_table(rows=3, cols=3)
    t.style = "Table Grid"
    for r, row in enumerate([("Godkjent av", "Rolle", "Dato"), ("Siv Bolstad", "Nav-leiar", "29.01.2020"),
                             ("Jon Ove Bruheim", "Rådmann", "30.01.2020")]):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v, bold=r == 0)
    doc.add_paragraph("Dokumentet er godkjent elektronisk i kommunen sitt sakshandsamingssystem og har difor ikkje "
                      "handskrivne underskrifter.")
    save_doc(doc, out)
    return truth("nn08", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Luster", "Luster", org), contact=("Lars Eide", "lars.eide@nav.no", "57685500"),
                 project=("Vegen vidare", "new", "2020-05-01"), pct=40,
                 amounts={"positions": 240000, "competence": 4000, "total": 244000}, own_funding=60000,
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Siv Bolstad", "Nav-leiar", "2020-01-29", "electronic_approval"),
                       ("municipality", "Jon Ove Bruheim", "Rådmann", "2020-01-30", "electronic_approval")],
                 notes=["near-miss: amounts in number words beside digits; electronic approval in a table;",
                        "priority area argued in prose; own funding (eigendel) in prose"])


# ---------------------------------------------------------------- nn09 docx-letter, Nav Vang (defect: competence over cap)
def nn09(out: Path):
    org = orgnr("91123451")
    doc = new_doc("Calibri", 11, "Søknad")
    doc.add_paragraph("NAV VANG\nTyinvegen 5133, 2975 Vang i Valdres").runs[0].bold = True
    doc.add_paragraph("Fylkesmannen i Innlandet\nv/ sosialavdelinga")
    doc.add_paragraph("Vang, 23.01.2020").alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.add_paragraph("SØKNAD OM TILSKOTT TIL UTVIKLING AV SOSIALE TENESTER I NAV-KONTORET 2020").runs[0].bold = True
    for para in [
        f"Søkjar: Nav Vang (Vang kommune), organisasjonsnummer {org}.",
        "Prosjekt: «Jobb i bygda». Nytt prosjekt med oppstart 1. mars 2020.",
        "Prosjektet skal bruke det ordinære arbeidslivet i Valdres aktivt: deltakarane skal ut i vanlege verksemder "
        "med ein jobbspesialist i ryggen frå første dag.",
        "Stillingsressurs: ein halv stilling (50 %).",
        "Kontaktperson: Kristin Stee, kristin.stee@nav.no, tlf. 61 36 94 00."]:
        doc.add_paragraph(para)
    doc.add_paragraph("Budsjett 2020").runs[0].bold = True
    t = doc.add_table(rows=4, cols=2)
    t.style = "Light List"
    for r, (a, b) in enumerate([("Post", "Kroner"), ("Løn og sosiale utgifter, 50 % stilling", "300 000"),
                                ("Kompetanseheving og fagutvikling i prosjektet", "15 000"), ("Sum søkt tilskott", "315 000")]):
        cell_text(t.cell(r, 0), a, bold=r in (0, 3))
        cell_text(t.cell(r, 1), b, bold=r in (0, 3))
    doc.add_paragraph()
    doc.add_paragraph("Nettverk/klyngesamarbeid: ja. Ekstern prosessevaluering: nei.")
    doc.add_paragraph("Med helsing")
    s = doc.add_table(rows=3, cols=2)
    borderless(s)
    for col, (seed, name, title) in enumerate([("nn09a", "Trond Bakken", "leiar Nav Vang"),
                                               ("nn09b", "Ingunn Thune", "rådmann i Vang")]):
        add_ink(s.cell(0, col).paragraphs[0], seed, 4.0)
        cell_text(s.cell(1, col), name)
        cell_text(s.cell(2, col), title)
    save_doc(doc, out)
    return truth("nn09", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Vang", "Vang", org), contact=("Kristin Stee", "kristin.stee@nav.no", "61369400"),
                 project=("Jobb i bygda", "new", "2020-03-01"), pct=50,
                 amounts={"positions": 300000, "competence": 15000, "total": 315000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, False),
                 sigs=[("nav_leader", "Trond Bakken", "leiar Nav Vang", "2020-01-23", "handwritten"),
                       ("municipality", "Ingunn Thune", "rådmann i Vang", "2020-01-23", "handwritten")],
                 expected=["COMPETENCE_OVER_CAP"],
                 notes=["defect: 'Kompetanseheving og fagutvikling' 15 000 > 10 000; signatures take the letter's date"])


# ---------------------------------------------------------------- nn14 pdf-from-office, Nav Fjaler (clean, thousands)
def nn14(out: Path):
    org = orgnr("97634011")
    doc = new_doc("Liberation Serif", 11, "Søknad")
    doc.add_heading("Tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    doc.add_paragraph("Søknad frå Nav Fjaler")
    for label, value in [("Søkjar", "Nav Fjaler"), ("Kommune", "Fjaler kommune"), ("Organisasjonsnummer", org),
                         ("Kontaktperson", "Astrid Hellevang"), ("E-post", "astrid.hellevang@nav.no"),
                         ("Telefon", "57 73 81 00"), ("Prosjekt", "Heile familien"),
                         ("Nytt eller vidareført", "Nytt prosjekt"), ("Oppstart", "1. september 2020"),
                         ("Stillingsprosent", "100 %")]:
        doc.add_paragraph(f"{label}: {value}")
    doc.add_paragraph("Prioritert område: Prosjektet skal gi barnefamiliar med låg inntekt ei heilskapleg oppfølging, "
                      "der foreldra får hjelp til arbeid og borna til fritid og skule.")
    doc.add_paragraph("Budsjett (beløp i 1000 kr)").runs[0].bold = True
    t = doc.add_table(rows=4, cols=3)
    t.style = "Table Grid"
    for r, row in enumerate([("", "Søkt tilskot", "Kommunal eigenfinansiering"), ("Løn og sosiale kostnader", "610", "150"),
                             ("Kompetanse", "10", "0"), ("Sum", "620", "150")]):
        for c, v in enumerate(row):
            cell_text(t.cell(r, c), v, bold=r in (0, 3))
    doc.add_paragraph()
    doc.add_paragraph("Nav Fjaler ønskjer å delta i nettverk/klyngesamarbeid: Ja")
    doc.add_paragraph("Nav Fjaler ønskjer ekstern prosessevaluering: Ja")
    doc.add_paragraph("Underskrifter").runs[0].bold = True
    s = doc.add_table(rows=4, cols=2)
    borderless(s)
    for col, (place, seed, name, title) in enumerate([("Dale, 20.01.2020", "nn14a", "Helge Fosse", "Nav-leiar"),
                                                      ("Dale, 21.01.2020", "nn14b", "Anne Karin Ulvestad", "Rådmann")]):
        cell_text(s.cell(0, col), place)
        add_ink(s.cell(1, col).paragraphs[0], seed, 4.0)
        cell_text(s.cell(2, col), name)
        cell_text(s.cell(3, col), title)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "nn14.docx"
        save_doc(doc, src)
        soffice_pdf(src, out)
    return truth("nn14", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Fjaler", "Fjaler", org), contact=("Astrid Hellevang", "astrid.hellevang@nav.no", "57738100"),
                 project=("Heile familien", "new", "2020-09-01"), pct=100,
                 amounts={"positions": 610000, "competence": 10000, "total": 620000}, own_funding=150000,
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, True),
                 sigs=[("nav_leader", "Helge Fosse", "Nav-leiar", "2020-01-20", "handwritten"),
                       ("municipality", "Anne Karin Ulvestad", "Rådmann", "2020-01-21", "handwritten")],
                 notes=["near-miss: budget 'beløp i 1000 kr' 610 / 10 / 620 at both caps; own funding column"])


# ---------------------------------------------------------------- nn15 pdf-from-office, Nav Vågå (defect: contact missing)
def nn15(out: Path):
    org = orgnr("97456822")
    doc = new_doc("Liberation Sans", 10, "Søknad")
    doc.add_paragraph("Nav Vågå – søknad om tilskot til sosiale tenester 2020").runs[0].bold = True
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for label, value in [("Nav-kontor", "Nav Vågå"), ("Kommune", "Vågå"), ("Org.nr.", org),
                         ("Kontaktperson (namn)", "Ingrid Sletten"), ("Kontaktperson (e-post)", ""),
                         ("Kontaktperson (telefon)", ""), ("Prosjektnamn", "Arbeidslaget"),
                         ("Type", "Vidareføring, år 2"), ("Oppstart", "01.01.2020"),
                         ("Stillingsprosent", "80 %"), ("Løn og sosiale kostnader", "480 000"),
                         ("Kompetanse", "8 000"), ("Sum", "488 000"),
                         ("Prioriterte område", "Bruk av ordinært arbeidsliv"),
                         ("Nettverk/klyngesamarbeid", "Nei"), ("Ekstern prosessevaluering", "Nei")]:
        c = t.add_row().cells
        cell_text(c[0], label, bold=True)
        cell_text(c[1], value)
    doc.add_paragraph()
    s = doc.add_table(rows=2, cols=2)
    s.style = "Table Grid"
    for col, (seed, line) in enumerate([("nn15a", "Vågå, 28.01.2020\nPer Arne Sletten\nNav-leiar"),
                                        ("nn15b", "Vågå, 29.01.2020\nMarit Bakken\nkommunedirektør")]):
        add_ink(s.cell(0, col).paragraphs[0], seed, 4.0)
        cell_text(s.cell(1, col), line)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "nn15.docx"
        save_doc(doc, src)
        soffice_pdf(src, out)
    return truth("nn15", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Vågå", "Vågå", org), contact=("Ingrid Sletten", None, None),
                 project=("Arbeidslaget", "continuation", "2020-01-01"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "total": 488000},
                 prio=["ordinaert-arbeidsliv"], interest=(False, False),
                 sigs=[("nav_leader", "Per Arne Sletten", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Marit Bakken", "kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["CONTACT_MISSING"],
                 notes=["defect: contact name only, e-mail and phone rows left empty"])
