"""Word documents of corpus 64, part three: letters that quote the announcement or keep a template's
brackets, and the Word sources of the pdf-from-office documents."""
from __future__ import annotations

import tempfile
from pathlib import Path

from kit64 import S20, new_doc, save_doc, soffice_pdf, truth
from word64 import hint, ink_table, label_cell, put, sdt_text, text_cell


def _table(doc, rows, style="Table Grid"):
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for row in rows:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            text_cell(c, v)
    return t


# ---------------------------------------------------------------- gd07 docx-letter nb, the announcement quoted in the letter
def gd07(out: Path):
    doc = new_doc("Georgia", 11, "Søknad")
    doc.add_paragraph("Nav Tromsø\nPostboks 6160, 9291 Tromsø\nOrg.nr. 988 120 332")
    doc.add_paragraph("Statsforvalteren i Troms og Finnmark\nSosial- og helseavdelingen")
    doc.add_paragraph("Tromsø, 22. januar 2020")
    doc.add_paragraph().add_run("Søknad om tilskudd til utvikling av sosiale tjenester i Nav-kontoret 2020 – "
                                "«Tromsø i arbeid»").bold = True
    for para in [
        "I kunngjøringen heter det at tilskudd gis med «inntil kr 610 000 per 100 % stilling», at midlene «kun kan gå "
        "til stillinger», og at søknader som «kun beskriver kapasitetsøkning» eller implementering av ferdige metoder "
        "ikke prioriteres. Direktoratet peker på tre prioriterte områder: bruk av ordinært arbeidsliv, oppfølging av "
        "barnefamilier, ungdom og innvandrere, og sikring av sårbare overganger.",
        "Prosjektet vårt hører inn under det siste området. Vi vil utvikle en ny arbeidsmåte for unge voksne som "
        "skrives ut fra rusbehandling eller psykisk helsevern, slik at de har bolig, økonomi og en plan for arbeid "
        "eller skole den dagen de kommer ut. Prosjektet er nytt og starter 1. april 2020.",
        "Vi søker om midler til 1,5 årsverk: én 100 % stilling som overgangskoordinator og én 50 % stilling som "
        "jobbspesialist. Budsjett for 2020:",
    ]:
        doc.add_paragraph(para)
    _table(doc, [["Post", "Beløp (kr)"], ["Overgangskoordinator, 100 % stilling", "610 000"],
                 ["Jobbspesialist, 50 % stilling", "305 000"], ["Prosjektspesifikk kompetanse", "10 000"],
                 ["Sum søknadsbeløp", "925 000"]])
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson for søknaden er Are Nilsen, are.nilsen@nav.no, telefon 77 79 40 00. Vi ønsker å "
                      "delta i nettverk/klyngesamarbeid, men ønsker ikke ekstern prosessevaluering.")
    doc.add_paragraph("Med hilsen\nElin Johansen\nleder Nav Tromsø\n\nStig Tore Laugen\nkommunedirektør, Tromsø kommune")
    doc.add_paragraph("Dokumentet er elektronisk godkjent av Elin Johansen 22.01.2020 og Stig Tore Laugen 24.01.2020 "
                      "og har derfor ingen håndskrevne signaturer.")
    save_doc(doc, out)
    return truth("gd07", "docx", "docx-letter", lang="nb", scheme=S20,
                 office=("Nav Tromsø", "Tromsø", "988120332"), contact=("Are Nilsen", "are.nilsen@nav.no", "77794000"),
                 project=("Tromsø i arbeid", "new", "2020-04-01"), pct=150,
                 amounts={"positions": 915000, "competence": 10000, "total": 925000},
                 prio=["saarbare-overganger"], interest=(True, False),
                 sigs=[("nav_leader", "Elin Johansen", "Leder Nav Tromsø", "2020-01-22", "electronic_approval"),
                       ("municipality", "Stig Tore Laugen", "Kommunedirektør", "2020-01-24", "electronic_approval")],
                 notes=["near-miss: 150 % at exactly 915 000; the announcement's caps, areas and exclusions quoted, "
                        "the office's area named as 'det siste området' and described"])


# ---------------------------------------------------------------- gd08 docx-letter nn, the template's contact bracket left unfilled
def gd08(out: Path):
    doc = new_doc("Cambria", 11, "Søknad")
    doc.add_paragraph("Nav Stad\nPostboks 94, 6771 Nordfjordeid")
    doc.add_paragraph("Statsforvaltaren i Vestland")
    doc.add_paragraph("Nordfjordeid, 29. januar 2020")
    doc.add_paragraph().add_run("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020 – «Kysten i arbeid»").bold = True
    for para in [
        "Nav Stad (org.nr. 991 145 621) søkjer med dette om tilskot til prosjektet «Kysten i arbeid» i Stad kommune. "
        "Prosjektet er nytt og tek til 1. mars 2020.",
        "Prosjektet skal bruke ordinært arbeidsliv aktivt: ein jobbspesialist skal finne arbeidsgjevarar i "
        "fiskeindustrien og reiselivet og følgje opp deltakarane på arbeidsplassen.",
        "Vi søkjer om ei stilling (100 %). Budsjett:",
    ]:
        doc.add_paragraph(para)
    _table(doc, [["Post", "Kroner"], ["Løn og sosiale kostnader, 100 % stilling", "600 000"],
                 ["Kompetanse", "10 000"], ["Sum", "610 000"]])
    doc.add_paragraph()
    doc.add_paragraph("Kontaktperson: [Namn, e-post og telefon til kontaktperson – t.d. Ola Nordmann, "
                      "ola.nordmann@nav.no, 12 34 56 78]")
    doc.add_paragraph("Vi ønskjer å vere med i nettverk/klyngesamarbeid og er positive til ekstern prosessevaluering.")
    doc.add_paragraph("Venleg helsing")
    ink_table(doc, [("For Nav Stad", None, "Nordfjordeid, 29.01.2020", "gd08a", "Kari Anne Bjørlykke, Nav-leiar"),
                    ("For Stad kommune", None, "Nordfjordeid, 30.01.2020", "gd08b", "Rune Hovden, kommunedirektør")])
    save_doc(doc, out)
    return truth("gd08", "docx", "docx-letter", lang="nn", scheme=S20,
                 office=("Nav Stad", "Stad", "991145621"), contact=(None, None, None),
                 project=("Kysten i arbeid", "new", "2020-03-01"), pct=100,
                 amounts={"positions": 600000, "competence": 10000, "total": 610000},
                 prio=["ordinaert-arbeidsliv"], interest=(True, True),
                 sigs=[("nav_leader", "Kari Anne Bjørlykke", "Nav-leiar", "2020-01-29", "handwritten"),
                       ("municipality", "Rune Hovden", "Kommunedirektør", "2020-01-30", "handwritten")],
                 expected=["CONTACT_MISSING"],
                 notes=["defect: the contact line still holds the template's bracket with the example "
                        "'Ola Nordmann, ola.nordmann@nav.no, 12 34 56 78'"])


# ---------------------------------------------------------------- gd12 pdf-from-office nb, an example row under every answer
def gd12(out: Path):
    doc = new_doc("Arial", 10, "Søknadsskjema")
    doc.add_heading("Søknadsskjema – sosiale tjenester i Nav-kontoret 2020", 1)
    hint(doc.add_paragraph(), "Under hvert svarfelt står et eksempel i kursiv. Eksempelet skal ikke endres.", 9)
    rows = [("Søkende Nav-kontor", "Nav Drammen", "Nav Eksempelby"), ("Kommune", "Drammen", "Eksempelby"),
            ("Organisasjonsnummer", "918 344 063", "123 456 789"),
            ("Kontaktperson", "Nina Aasen / nina.aasen@nav.no / 32 80 50 00",
             "Ola Nordmann / ola.nordmann@nav.no / 12 34 56 78"),
            ("Prosjektets navn", "Familieløftet Drammen", "Sammen om arbeid"),
            ("Nytt eller videreføring", "Nytt", "Videreføring, 2. år"),
            ("Oppstart", "01.03.2020", "01.08.2020"),
            ("Stillinger", "2 stillinger à 100 % (jobbspesialist og familiekoordinator)", "50 % stilling"),
            ("Prioritert område", "Oppfølging av barnefamilier, ungdom og innvandrere", "Bruk av ordinært arbeidsliv"),
            ("Nettverk/klyngesamarbeid", "Nei", "Ja"), ("Ekstern prosessevaluering", "Ja", "Nei")]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, ans, ex in rows:
        c = t.add_row().cells
        label_cell(c[0], lab)
        text_cell(c[1], ans)
        e = t.add_row().cells
        m = e[0].merge(e[1])
        hint(m.paragraphs[0], f"Eksempel: {ex}")
    doc.add_paragraph()
    doc.add_paragraph().add_run("Budsjett 2020").bold = True
    _table(doc, [["Post", "Omsøkt beløp"], ["Jobbspesialist, 100 %", "610 000"], ["Familiekoordinator, 100 %", "610 000"],
                 ["Prosjektspesifikk kompetanse", "10 000"], ["Sum", "1 230 000"]])
    hint(doc.add_paragraph(), "Eksempel: 50 % stilling – kr 305 000; kompetanse – kr 10 000; sum – kr 315 000")
    doc.add_paragraph()
    ink_table(doc, [("Nav-leder", None, "Drammen, 27.01.2020", "gd12a", "Kjetil Sand, Nav-leder"),
                    ("Kommunens ledelse", None, "Drammen, 28.01.2020", "gd12b", "Rigmor Haugen, kommunaldirektør")])
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "gd12.docx"
        save_doc(doc, src)
        soffice_pdf(src, out)
    return truth("gd12", "pdf", "pdf-from-office", lang="nb", scheme=S20,
                 office=("Nav Drammen", "Drammen", "918344063"), contact=("Nina Aasen", "nina.aasen@nav.no", "32805000"),
                 project=("Familieløftet Drammen", "new", "2020-03-01"), pct=200,
                 amounts={"positions": 1220000, "competence": 10000, "total": 1230000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(False, True),
                 sigs=[("nav_leader", "Kjetil Sand", "Nav-leder", "2020-01-27", "handwritten"),
                       ("municipality", "Rigmor Haugen", "Kommunaldirektør", "2020-01-28", "handwritten")],
                 notes=["near-miss: 200 % at exactly 1 220 000; an italic 'Eksempel:' row under every answer "
                        "(Nav Eksempelby, Ola Nordmann, 50 %, Videreføring 2. år, Bruk av ordinært arbeidsliv)",
                        "municipal signer titled 'kommunaldirektør'"])


# ---------------------------------------------------------------- gd13 pdf-from-office nn, title placeholder left
def gd13(out: Path):
    doc = new_doc("Calibri", 10, "Søknadsskjema")
    doc.add_heading("Søknad om tilskot til utvikling av sosiale tenester i Nav 2020", 1)
    hint(doc.add_paragraph(), "Veiledning: Klikk i feltene og skriv inn. Grå tekst er hjelpetekst.", 9)
    rows = [("Nav-kontor", sdt_text("Kontor", "Nav Ullensvang")), ("Kommune", sdt_text("Kommune", "Ullensvang")),
            ("Organisasjonsnummer", sdt_text("Orgnr", "992 651 709")),
            ("Kontaktperson", sdt_text("Kontakt", "Solveig Tveit, solveig.tveit@nav.no, 53 65 40 00")),
            ("Tittel på prosjektet", sdt_text("Tittel", None, "Skriv tittelen her (f.eks. «Saman om arbeid»)")),
            ("Nytt prosjekt eller vidareføring", sdt_text("Type", "Nytt prosjekt")),
            ("Oppstart", sdt_text("Start", "01.04.2020")),
            ("Stillingsressurs", sdt_text("Prosent", "Ei 60 % stilling")),
            ("Løn og sosiale kostnader", sdt_text("Lonn", "366 000 kr")), ("Kompetanse", sdt_text("Komp", "5 000 kr")),
            ("Sum søknadsbeløp", sdt_text("Sum", "371 000 kr")),
            ("Prioritert område", sdt_text("Omr", "Sikring av sårbare overgangar")),
            ("Nettverk/klyngesamarbeid", sdt_text("Nett", "Ja")), ("Ekstern prosessevaluering", sdt_text("Eval", "Ja"))]
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for lab, x in rows:
        c = t.add_row().cells
        c[0].paragraphs[0].add_run(lab).bold = True
        put(c[1].paragraphs[0], x)
    doc.add_paragraph()
    doc.add_paragraph("Prosjektet skal gje unge vaksne som flyttar heim etter behandling ein plan for bustad og arbeid "
                      "før dei kjem heim, saman med kommunehelsetenesta.")
    ink_table(doc, [("Nav-leiar", "(eks. Ola Nordmann, Nav-leder)", "Odda, 28.01.2020", "gd13a", "Bjørn Lekve, Nav-leiar"),
                    ("Kommunedirektør", "(eks. Kari Nordmann, kommunedirektør)", "Odda, 29.01.2020", "gd13b",
                     "Ingrid Kvåle, kommunedirektør")])
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "gd13.docx"
        save_doc(doc, src)
        soffice_pdf(src, out)
    return truth("gd13", "pdf", "pdf-from-office", lang="nn", scheme=S20,
                 office=("Nav Ullensvang", "Ullensvang", "992651709"),
                 contact=("Solveig Tveit", "solveig.tveit@nav.no", "53654000"),
                 project=(None, "new", "2020-04-01"), pct=60,
                 amounts={"positions": 366000, "competence": 5000, "total": 371000},
                 prio=["saarbare-overganger"], interest=(True, True),
                 sigs=[("nav_leader", "Bjørn Lekve", "Nav-leiar", "2020-01-28", "handwritten"),
                       ("municipality", "Ingrid Kvåle", "Kommunedirektør", "2020-01-29", "handwritten")],
                 expected=["TITLE_MISSING"],
                 notes=["defect: the title control still shows its grey placeholder 'Skriv tittelen her (f.eks. «Saman "
                        "om arbeid»)' after LibreOffice export", "60 % at exactly 366 000"])
