"""Corpus 51's Word documents: a change request, minutes, another scheme's application, bad files,
and genuine applications that carry reports, grant letters and council decisions inside."""
from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

from kit51 import (S20, add_ink, cell_text, encrypted_office_file, new_doc, normalise_zip, orgnr, save_doc,
                   soffice_pdf, spaced, truth)


def _h(doc, text, size=13):
    from docx.shared import Pt
    r = doc.add_paragraph().add_run(text)
    r.bold = True
    r.font.size = Pt(size)


def _table(doc, rows, style="Table Grid", widths=None, shade=None):
    from docx.shared import Cm
    t = doc.add_table(rows=0, cols=len(rows[0]))
    t.style = style
    for r in rows:
        cells = t.add_row().cells
        for i, v in enumerate(r):
            cell_text(cells[i], v, bold=(i == 0 and shade is not None), shade=shade if i == 0 else None)
            if widths:
                cells[i].width = Cm(widths[i])
    return t


def _ink_pair(doc, left, right, seeds):
    """Two signing blocks side by side in a borderless table: place/date, ink, name and title lines."""
    t = doc.add_table(rows=3, cols=2)
    for col, (place, name, title) in enumerate((left, right)):
        t.cell(0, col).paragraphs[0].add_run(place)
        if seeds[col]:
            add_ink(t.cell(1, col).paragraphs[0], seeds[col], 4.2)
        cell_text(t.cell(2, col), f"{name}\n{title}" if name else title)


# ------------------------------------------------------------ tg02 change request (nn)
def tg02(out: Path):
    doc = new_doc("Arial", 10.5, "Melding om endring")
    doc.add_paragraph("Nav Vik\nVik kommune")
    doc.add_paragraph("Til: Fylkesmannen i Vestland\nDato: 18.08.2020")
    _h(doc, "Søknad om endring i prosjekt med tilsegn – «Ungdomsløftet Vik»")
    doc.add_paragraph("Tilskotsordning: Tilskot til utvikling av sosiale tenester i Nav 2020. Tilsegnsbrev av 02.06.2020, "
                      "dykkar ref. 2020/2277.")
    _table(doc, [["", "I tilsegnet", "Endring vi ber om"],
                 ["Stilling", "100 % frå 01.03.2020", "60 % frå 01.09.2020"],
                 ["Tilskot 2020", "610 000 kr", "Uendra – ubrukte midlar (om lag 120 000 kr) overførte til 2021"],
                 ["Prosjektperiode", "01.03.2020–31.12.2020", "01.03.2020–30.06.2021"]])
    doc.add_paragraph()
    doc.add_paragraph("Grunngjeving: Prosjektmedarbeidaren gjekk ned i stilling frå 1. september av personlege grunnar. "
                      "Vi ønskjer å halde fram med same mål og same målgruppe, men over lengre tid. Vi søkjer ikkje om "
                      "nye midlar.")
    doc.add_paragraph("Kontaktperson: Silje Tenold, silje.tenold@nav.no, tlf. 57 69 81 00")
    _ink_pair(doc, ("Vik, 18.08.2020", "Eirik Hove", "Nav-leiar"), ("Vik, 19.08.2020", "Anne Kari Ness", "kommunedirektør"),
              ("tg02a", "tg02b"))
    save_doc(doc, out)
    return truth("tg02", "docx", "not-application", lang="nn", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["a request to change an approved 2020 project (100 % → 60 %, longer period), "
                                            "titled 'Søknad om endring', no new money; ink by both leaders"])


# ------------------------------------------------------------ tg03 application to another AVdir grant (nb, via PDF)
def tg03(out: Path):
    doc = new_doc("Calibri", 11, "Søknad økonomi og gjeld")
    org = orgnr("97453322")
    _h(doc, "Søknad om tilskudd til økonomi- og gjeldsrådgivning 2020", 14)
    doc.add_paragraph("Tilskuddsordning forvaltet av Arbeids- og velferdsdirektoratet: utvikling av økonomi- og "
                      "gjeldsrådgivningen i NAV-kontoret. Søknaden sendes Fylkesmannen innen 1. mars 2020.")
    _table(doc, [["Søker", "NAV Ullensaker"], ["Kommune", "Ullensaker"], ["Organisasjonsnummer", spaced(org)],
                 ["Kontaktperson", "Bjørn Solheim, bjorn.solheim@nav.no, 66 10 85 00"],
                 ["Tiltakets navn", "Gjeldsfri Ullensaker"],
                 ["Beskrivelse", "Tidlig innsats overfor husholdninger med betalingsproblemer, gruppekurs i "
                  "privatøkonomi og digital budsjettveiledning."],
                 ["Stilling", "100 % økonomirådgiver"], ["Omsøkt beløp", "kr 580 000"],
                 ["Oppstart", "01.05.2020"]], shade="DDEBF7")
    doc.add_paragraph()
    doc.add_paragraph("Underskrift")
    _ink_pair(doc, ("Jessheim, 12.02.2020", "Randi Kvisler", "NAV-leder"),
              ("Jessheim, 14.02.2020", "Kari Bjørnsen", "Kommunalsjef"), ("tg03a", "tg03b"))
    with tempfile.TemporaryDirectory() as td:
        d = Path(td) / "tg03.docx"
        save_doc(doc, d)
        soffice_pdf(d, out)
    return truth("tg03", "pdf", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["an application to ANOTHER AVdir grant (økonomi- og gjeldsrådgivning) from "
                                            "a Nav office: position, amount, contact, both signatures"])


# ------------------------------------------------------------ tg06 council minutes approving the application (nb)
def tg06(out: Path):
    doc = new_doc("Times New Roman", 11, "Særutskrift")
    doc.add_paragraph("VESTBY KOMMUNE")
    _h(doc, "SÆRUTSKRIFT", 14)
    _table(doc, [["Utvalg", "Møtedato", "Saksnr."], ["Formannskapet", "28.01.2020", "PS 7/20"]], style="Table Grid")
    doc.add_paragraph()
    _h(doc, "Søknad om tilskudd til utvikling av sosiale tjenester i NAV-kontoret 2020 – prosjekt «Sammen i jobb»", 12)
    doc.add_paragraph("Saksbehandler: Marianne Wold, NAV Vestby. Arkiv: F03.")
    _h(doc, "Rådmannens innstilling", 11)
    doc.add_paragraph("Formannskapet slutter seg til at NAV Vestby søker om kr 610 000 til én 100 % stilling i "
                      "prosjektet «Sammen i jobb». Kommunen dekker egenandel på kr 150 000 innenfor NAVs budsjett.")
    _h(doc, "Behandling i Formannskapet – 28.01.2020", 11)
    doc.add_paragraph("Rådmannens innstilling ble enstemmig vedtatt.")
    _h(doc, "FSK-7/20 Vedtak:", 11)
    doc.add_paragraph("Formannskapet slutter seg til at NAV Vestby søker om kr 610 000 til én 100 % stilling i "
                      "prosjektet «Sammen i jobb». Kommunen dekker egenandel på kr 150 000 innenfor NAVs budsjett.")
    doc.add_paragraph()
    doc.add_paragraph("Rett utskrift bekreftes\nVestby, 29.01.2020\n\nTone Myhre\nutvalgssekretær")
    save_doc(doc, out)
    return truth("tg06", "docx", "not-application", lang="nb", scheme=None, expected=["NOT_AN_APPLICATION"],
                 score_fields=False, notes=["council minutes (særutskrift) approving the office's application"])


# ------------------------------------------------------------ bad input
def tg07(out: Path):
    out.write_bytes(encrypted_office_file(7))
    return truth("tg07", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 score_fields=False, notes=["a password-protected Word file: an OLE compound file with "
                                            "EncryptionInfo/EncryptedPackage under a .docx name"])


def tg10(out: Path):
    """The budget spreadsheet saved under a .docx name: a valid zip, but an Excel workbook."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/'
          'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
          'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook'
          '.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override '
          'PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml'
          '.worksheet+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats'
            '.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/'
          'spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets><sheet name="Budsjett 2020" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.'
              'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.'
              'openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    rows = [("Post", "Beløp"), ("Lønn prosjektstilling 100 %", 560000), ("Sosiale kostnader", 50000),
            ("Kompetanse", 10000), ("Sum", 620000)]
    cells = ""
    for i, (a, b) in enumerate(rows, 1):
        bcell = f'<c r="B{i}" t="inlineStr"><is><t>{b}</t></is></c>' if isinstance(b, str) else f'<c r="B{i}"><v>{b}</v></c>'
        cells += f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>{a}</t></is></c>{bcell}</row>'
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/'
             f'spreadsheetml/2006/main"><sheetData>{cells}</sheetData></worksheet>')
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                           ("xl/_rels/workbook.xml.rels", wbrels), ("xl/worksheets/sheet1.xml", sheet)]:
            z.writestr(zipfile.ZipInfo(name, date_time=(2020, 1, 28, 12, 0, 0)), data)
    normalise_zip(out)
    return truth("tg10", "docx", "bad-input", lang=None, scheme=None, expected=["DOCUMENT_UNREADABLE"],
                 optional=["NOT_AN_APPLICATION"], score_fields=False,
                 notes=["an Excel budget workbook (xl/workbook.xml, no word/document.xml) saved under a .docx name"])


# ------------------------------------------------------------ tg09 a complete application, a .docx under a .pdf name
def tg09(out: Path):
    doc = new_doc("Verdana", 9.5, "Søknad 2020")
    org = orgnr("97428877")
    _h(doc, "Tilskudd til utvikling av sosiale tjenester i NAV-kontoret – søknad for 2020", 13)
    _table(doc, [["A. Søker", ""], ["NAV-kontor", "NAV Rakkestad"], ["Kommune", "Rakkestad"],
                 ["Org.nr.", spaced(org)], ["Kontaktperson", "Lene Fjeld"], ["E-post", "lene.fjeld@nav.no"],
                 ["Telefon", "69 22 55 00"],
                 ["B. Prosjekt", ""], ["Prosjektnavn", "Sterkere sammen"], ["Nytt / videreføring", "Nytt"],
                 ["Oppstartsdato", "15.03.2020"],
                 ["C. Økonomi", ""], ["Stillingsprosent", "80 %"], ["Lønn og sosiale utgifter", "480 000"],
                 ["Kompetansemidler", "8 000"], ["Totalt omsøkt", "488 000"],
                 ["D. Prioritert område", ""], ["Bruk av ordinært arbeidsliv", "☐"],
                 ["Oppfølging av barnefamilier, ungdom og innvandrere", "☒"], ["Sikring av sårbare overganger", "☐"],
                 ["E. Interesse", ""], ["Nettverk", "Ja"], ["Ekstern prosessevaluering", "Nei"]], widths=[7, 9])
    doc.add_paragraph()
    _ink_pair(doc, ("Rakkestad, 22.01.2020", "Morten Aas", "NAV-leder"),
              ("Rakkestad, 23.01.2020", "Ingrid Grøtjord", "Rådmann"), ("tg09a", "tg09b"))
    save_doc(doc, out)
    return truth("tg09", "pdf", "bad-input", lang="nb", scheme=S20, office=("Nav Rakkestad", "Rakkestad", org),
                 contact=("Lene Fjeld", "lene.fjeld@nav.no", "69225500"),
                 project=("Sterkere sammen", "new", "2020-03-15"), pct=80,
                 amounts={"positions": 480000, "competence": 8000, "total": 488000},
                 prio=["barnefamilier-ungdom-innvandrere"], interest=(True, False),
                 sigs=[("nav_leader", "Morten Aas", "NAV-leder", "2020-01-22", "handwritten"),
                       ("municipality", "Ingrid Grøtjord", "Rådmann", "2020-01-23", "handwritten")],
                 notes=["a complete, intact Word application saved with a .pdf name: readable by its content, so "
                        "no DOCUMENT_UNREADABLE; the record is the application's"])
